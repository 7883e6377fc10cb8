package com.talentfinder.app.sync;

import com.talentfinder.store.Backoff;
import com.talentfinder.store.ChangeFeed;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.VersionedEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The use case of editing entries with others on one database (issue 16): every edit is a versioned write as
 * the member named in Settings ("Your name"), merged field by field by the store; on a team list ratings are
 * per member. It listens to the store's {@link ChangeFeed} and passes "changed elsewhere" on.
 *
 * <p>When the team database is away, an edit is kept (in memory, the latest per entry and field) and the state
 * turns {@link ConnectionState#UNREACHABLE}; the app keeps trying (the feed reconnects, and a probe with
 * {@link Backoff} asks the store) and, once it answers, sends the kept edits, each merged or reported as a
 * conflict like any other write. Every method blocks on the database: call them off the UI thread. Listeners
 * are called on background threads.
 */
public final class EntrySync implements ChangeFeed.Listener, AutoCloseable {

    /** Hears the sync, on a background thread. */
    public interface Listener {
        /** Someone else changed the database: read again what is shown. */
        default void changed() {
        }

        /** The connection state changed, or the number of edits kept for later. */
        default void state(ConnectionState state, int keptEdits) {
        }

        /** An edit kept while the server was away has been sent: its outcome (a conflict, gone, saved). */
        default void sent(Pending edit, EditResult result) {
        }

        /** An edit kept while the server was away could not be saved (a failure other than the connection). */
        default void notSent(Pending edit, RuntimeException failure) {
        }
    }

    /**
     * An edit waiting for the server.
     *
     * @param memberRating true for this member's own rating on a team list (then {@code change} holds RATING)
     */
    public record Pending(long shortlistId, VersionedEntry base, EntryChange change, String member,
                          boolean memberRating) {
    }

    private record Key(long shortlistId, String freelancerId, boolean memberRating) {
    }

    private final SyncStore store;
    private final Supplier<String> member;
    private final boolean teamRatings;
    private final Backoff backoff;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Key, Pending> kept = new LinkedHashMap<>();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tf-db-reconnect");
        t.setDaemon(true);
        return t;
    });
    private volatile ConnectionState state = ConnectionState.CONNECTED;
    private ChangeFeed feed;

    /**
     * @param member      the member name in force ("Your name", else the OS user name)
     * @param teamRatings true on a team database: each member rates on their own
     */
    public EntrySync(SyncStore store, Supplier<String> member, boolean teamRatings, Backoff backoff) {
        this.store = store;
        this.member = member;
        this.teamRatings = teamRatings;
        this.backoff = backoff;
    }

    /** Starts listening to the store's changes through the feed {@code feeds} makes for this sync. */
    public synchronized void listen(Function<ChangeFeed.Listener, ChangeFeed> feeds) {
        if (feed == null) {
            feed = feeds.apply(this);
        }
    }

    /** Adds a listener; returns what removes it. */
    public Runnable addListener(Listener l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    public String member() {
        return member.get();
    }

    /** True on a team database: ratings are per member and the list shows their average. */
    public boolean teamRatings() {
        return teamRatings;
    }

    public ConnectionState state() {
        return state;
    }

    public synchronized int keptEdits() {
        return kept.size();
    }

    /** The entry with its version (the base of the next edit); throws when the database cannot be reached. */
    public Optional<VersionedEntry> load(long shortlistId, String freelancerId) {
        return guarded(() -> store.load(shortlistId, freelancerId));
    }

    /** Each member's rating of the given entries; empty off a team database. */
    public Map<String, List<MemberRating>> ratings(long shortlistId, Collection<String> freelancerIds) {
        return teamRatings ? guarded(() -> store.ratings(shortlistId, freelancerIds)) : Map.of();
    }

    /** Saves {@code change} made on {@code base}; kept for later when the server is away. */
    public EditResult save(long shortlistId, VersionedEntry base, EntryChange change) {
        return send(new Pending(shortlistId, base, change, member(), false));
    }

    /** Sets this member's rating (team) or the entry's rating (personal). */
    public EditResult rate(long shortlistId, VersionedEntry base, int stars) {
        return send(new Pending(shortlistId, base, EntryChange.rating(stars), member(), teamRatings));
    }

    private EditResult send(Pending edit) {
        if (state == ConnectionState.UNREACHABLE) {
            return keep(edit);
        }
        try {
            return write(edit);
        } catch (RuntimeException e) {
            if (Unreachable.is(e)) {
                lostNow();
                return keep(edit);
            }
            throw e;
        }
    }

    private EditResult write(Pending edit) {
        if (edit.memberRating()) {
            int stars = (Integer) edit.change().value(com.talentfinder.store.EntryField.RATING);
            return EditResult.of(store.rate(edit.shortlistId(), edit.base().freelancerId(), edit.member(), stars));
        }
        return EditResult.of(store.save(edit.shortlistId(), edit.base(), edit.change(), edit.member()));
    }

    private EditResult keep(Pending edit) {
        int n;
        synchronized (this) {
            Key key = new Key(edit.shortlistId(), edit.base().freelancerId(), edit.memberRating());
            Pending earlier = kept.get(key);
            // the base stays the version first edited: later edits of the same entry add their fields
            kept.put(key, earlier == null ? edit : new Pending(edit.shortlistId(), earlier.base(),
                    earlier.change().and(edit.change()), edit.member(), edit.memberRating()));
            n = kept.size();
        }
        listeners.forEach(l -> l.state(ConnectionState.UNREACHABLE, n));
        return EditResult.keptForLater();
    }

    private <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (Unreachable.is(e)) {
                lostNow();
            }
            throw e;
        }
    }

    // ---- the feed and the reconnect probe ----

    @Override
    public void changed() {
        listeners.forEach(Listener::changed);
    }

    @Override
    public void lost() {
        lostNow();
    }

    @Override
    public void back() {
        backNow();
    }

    private void lostNow() {
        synchronized (this) {
            if (state == ConnectionState.UNREACHABLE) {
                return;
            }
            state = ConnectionState.UNREACHABLE;
        }
        int n = keptEdits();
        listeners.forEach(l -> l.state(ConnectionState.UNREACHABLE, n));
        scheduleProbe();
    }

    private void scheduleProbe() {
        if (probe.isShutdown()) {
            return;
        }
        probe.schedule(() -> {
            if (state != ConnectionState.UNREACHABLE) {
                return;
            }
            try {
                store.ping();
                backNow();
            } catch (RuntimeException e) {
                scheduleProbe();
            }
        }, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The server answers again: send what was kept, then tell everyone to read again. */
    private void backNow() {
        synchronized (this) {
            if (state == ConnectionState.CONNECTED) {
                return;
            }
            state = ConnectionState.CONNECTED;
        }
        backoff.reset();
        sendKept();
        int n = keptEdits();
        listeners.forEach(l -> l.state(state, n));
        listeners.forEach(Listener::changed);
    }

    private void sendKept() {
        List<Pending> toSend;
        synchronized (this) {
            toSend = new ArrayList<>(kept.values());
            kept.clear();
        }
        for (int i = 0; i < toSend.size(); i++) {
            Pending edit = toSend.get(i);
            try {
                EditResult result = write(edit);
                listeners.forEach(l -> l.sent(edit, result));
            } catch (RuntimeException e) {
                if (Unreachable.is(e)) {
                    // gone again: keep this one and the rest, and wait for the next reconnect
                    toSend.subList(i, toSend.size()).forEach(this::keep);
                    lostNow();
                    return;
                }
                listeners.forEach(l -> l.notSent(edit, e));
            }
        }
    }

    @Override
    public synchronized void close() {
        probe.shutdownNow();
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }
}
