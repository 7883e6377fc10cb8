package com.talentfinder.app.sync;

import com.talentfinder.store.Backoff;
import com.talentfinder.store.ChangeFeed;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.VersionedEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The use case of editing entries with others on one database (issue 16): every edit is a versioned write as
 * the member named in Settings ("Your name"), merged field by field by the store; on a team list ratings are
 * per member. It listens to the store's {@link ChangeFeed} and passes "changed elsewhere" on.
 *
 * <p>When the team database is away, an edit is kept ({@link PendingEdits}: the latest per entry and field, in
 * the data folder so it survives a restart) and the state turns {@link ConnectionState#UNREACHABLE}; the app
 * keeps trying (the feed reconnects, and a probe with {@link Backoff} asks the store) and, once it answers, sends
 * the kept edits, each merged or reported as a conflict like any other write. Edits kept by an earlier run are
 * sent as soon as {@link #listen} starts and the server answers. Every method blocks on the database: call them off the UI thread. Listeners
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
     * An edit waiting for the server: {@code base} holds the values the user started from (at {@code version})
     * for the fields {@code change} sets.
     *
     * @param memberRating true for this member's own rating on a team list (then {@code change} holds RATING)
     * @param createdAt    when it was first kept, epoch milliseconds
     */
    public record Pending(long shortlistId, String freelancerId, long version, EntryChange base, EntryChange change,
                          String member, boolean memberRating, long createdAt) {
    }

    private final SyncStore store;
    private final Supplier<String> member;
    private final boolean teamRatings;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final PendingEdits kept;
    private final ReconnectProbe probe;
    private final Object sending = new Object();
    private volatile ConnectionState state = ConnectionState.CONNECTED;
    private ChangeFeed feed;

    /**
     * @param member      the member name in force ("Your name", else the OS user name)
     * @param teamRatings true on a team database: each member rates on their own
     */
    public EntrySync(SyncStore store, Supplier<String> member, boolean teamRatings, Backoff backoff) {
        this(store, member, teamRatings, backoff, PendingEdits.inMemory());
    }

    /** With {@code kept}: the edits waiting (those of an earlier run are sent once {@link #listen} starts). */
    public EntrySync(SyncStore store, Supplier<String> member, boolean teamRatings, Backoff backoff,
                     PendingEdits kept) {
        this.store = store;
        this.kept = kept;
        this.member = member;
        this.teamRatings = teamRatings;
        this.probe = new ReconnectProbe(backoff);
    }

    /** Starts listening to the store's changes through the feed {@code feeds} makes for this sync. */
    public void listen(Function<ChangeFeed.Listener, ChangeFeed> feeds) {
        synchronized (this) {
            if (feed != null) {
                return;
            }
            feed = feeds.apply(this);
        }
        int n = kept.size();
        if (n > 0) {
            listeners.forEach(l -> l.state(state, n));
            probe.execute(this::resumeKept);
        }
    }

    /** Edits kept by an earlier run: sent now if the server answers, else once it is back. */
    private void resumeKept() {
        try {
            store.ping();
        } catch (RuntimeException e) {
            lostNow();
            return;
        }
        if (state == ConnectionState.CONNECTED) {
            sendKept();
            int n = kept.size();
            listeners.forEach(l -> l.state(state, n));
            listeners.forEach(Listener::changed);
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

    public int keptEdits() {
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
        return send(PendingEdits.edit(shortlistId, base, change, member(), false));
    }

    /** Sets this member's rating (team) or the entry's rating (personal). */
    public EditResult rate(long shortlistId, VersionedEntry base, int stars) {
        return send(PendingEdits.edit(shortlistId, base, EntryChange.rating(stars), member(), teamRatings));
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
            int stars = (Integer) edit.change().value(EntryField.RATING);
            return EditResult.of(store.rate(edit.shortlistId(), edit.freelancerId(), edit.member(), stars));
        }
        Optional<VersionedEntry> stored = store.load(edit.shortlistId(), edit.freelancerId());
        if (stored.isEmpty()) {
            return EditResult.of(new SaveOutcome.Gone());
        }
        return EditResult.of(store.save(edit.shortlistId(), PendingEdits.baseOn(edit, stored.get()), edit.change(),
                edit.member()));
    }

    private EditResult keep(Pending edit) {
        // the base stays the version first edited: later edits of the same entry add their fields
        int n = kept.keep(edit);
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
        probe.schedule(() -> state == ConnectionState.UNREACHABLE, store::ping, this::backNow);
    }

    /** The server answers again: send what was kept, then tell everyone to read again. */
    private void backNow() {
        synchronized (this) {
            if (state == ConnectionState.CONNECTED) {
                return;
            }
            state = ConnectionState.CONNECTED;
        }
        probe.reset();
        sendKept();
        int n = keptEdits();
        listeners.forEach(l -> l.state(state, n));
        listeners.forEach(Listener::changed);
    }

    /** Sends the kept edits in order; each is forgotten once the server gave its answer. */
    private void sendKept() {
        synchronized (sending) {
            sendKeptNow();
        }
    }

    private void sendKeptNow() {
        for (Pending edit : kept.all()) {
            try {
                EditResult result = write(edit);
                kept.done(edit);
                listeners.forEach(l -> l.sent(edit, result));
            } catch (RuntimeException e) {
                if (Unreachable.is(e)) {
                    // gone again: this one and the rest stay kept until the next reconnect
                    lostNow();
                    return;
                }
                kept.done(edit);
                listeners.forEach(l -> l.notSent(edit, e));
            }
        }
    }

    @Override
    public synchronized void close() {
        probe.close();
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }
}
