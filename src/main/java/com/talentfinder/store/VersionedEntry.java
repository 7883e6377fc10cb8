package com.talentfinder.store;

import com.talentfinder.domain.ShortlistEntry;
import java.util.Objects;

/** An entry as read at one version: the base of an edit, and what a conflict shows as "theirs". */
public record VersionedEntry(ShortlistEntry entry, EntryStamp stamp) {

    public VersionedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(stamp, "stamp");
    }

    public String freelancerId() {
        return entry.freelancerId();
    }
}
