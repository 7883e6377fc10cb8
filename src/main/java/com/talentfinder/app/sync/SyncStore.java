package com.talentfinder.app.sync;

import com.talentfinder.store.EntryChange;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.SharedEntries;
import com.talentfinder.store.VersionedEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link EntrySync} needs of the store ({@link SharedEntries} in the app, a fake in tests). */
public interface SyncStore {

    Optional<VersionedEntry> load(long shortlistId, String freelancerId);

    SaveOutcome save(long shortlistId, VersionedEntry base, EntryChange mine, String member);

    SaveOutcome rate(long shortlistId, String freelancerId, String member, int rating);

    Map<String, List<MemberRating>> ratings(long shortlistId, Collection<String> freelancerIds);

    /** Throws when the database cannot be reached. */
    void ping();

    static SyncStore of(SharedEntries entries) {
        return new SyncStore() {
            @Override
            public Optional<VersionedEntry> load(long shortlistId, String freelancerId) {
                return entries.load(shortlistId, freelancerId);
            }

            @Override
            public SaveOutcome save(long shortlistId, VersionedEntry base, EntryChange mine, String member) {
                return entries.save(shortlistId, base, mine, member);
            }

            @Override
            public SaveOutcome rate(long shortlistId, String freelancerId, String member, int rating) {
                return entries.rate(shortlistId, freelancerId, member, rating);
            }

            @Override
            public Map<String, List<MemberRating>> ratings(long shortlistId, Collection<String> freelancerIds) {
                return entries.ratings(shortlistId, freelancerIds);
            }

            @Override
            public void ping() {
                entries.ping();
            }
        };
    }
}
