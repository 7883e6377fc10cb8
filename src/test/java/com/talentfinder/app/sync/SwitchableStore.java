package com.talentfinder.app.sync;

import com.talentfinder.store.EntryChange;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.StoreException;
import com.talentfinder.store.VersionedEntry;
import java.net.ConnectException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real store that answers "connection refused" while {@code down}. */
final class SwitchableStore implements SyncStore {
    private final SyncStore real;
    volatile boolean down;

    SwitchableStore(SyncStore real) {
        this.real = real;
    }

    private void check() {
        if (down) {
            throw new StoreException("Could not reach the team database", new ConnectException("refused"));
        }
    }

    @Override
    public Optional<VersionedEntry> load(long shortlistId, String freelancerId) {
        check();
        return real.load(shortlistId, freelancerId);
    }

    @Override
    public SaveOutcome save(long shortlistId, VersionedEntry base, EntryChange mine, String member) {
        check();
        return real.save(shortlistId, base, mine, member);
    }

    @Override
    public SaveOutcome rate(long shortlistId, String freelancerId, String member, int rating) {
        check();
        return real.rate(shortlistId, freelancerId, member, rating);
    }

    @Override
    public Map<String, List<MemberRating>> ratings(long shortlistId, Collection<String> freelancerIds) {
        check();
        return real.ratings(shortlistId, freelancerIds);
    }

    @Override
    public void ping() {
        check();
        real.ping();
    }
}
