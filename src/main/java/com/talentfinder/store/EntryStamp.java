package com.talentfinder.store;

import java.time.Instant;
import java.util.Set;

/**
 * The version of an entry and who changed it last: what an optimistic write checks, and what the editor shows
 * ("Status changed by Dana, 2 minutes ago").
 *
 * @param version   raised by one on every versioned write
 * @param changedBy the member who wrote last, or null when nobody has since versions began
 * @param changedAt when, or null
 * @param changedFields the fields that write changed (empty when unknown)
 */
public record EntryStamp(long version, String changedBy, Instant changedAt, Set<EntryField> changedFields) {

    public EntryStamp {
        changedFields = Set.copyOf(changedFields == null ? Set.of() : changedFields);
    }

    public static EntryStamp none() {
        return new EntryStamp(0, null, null, Set.of());
    }
}
