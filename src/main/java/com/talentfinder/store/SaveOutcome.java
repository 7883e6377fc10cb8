package com.talentfinder.store;

import java.time.Instant;
import java.util.List;

/** What a versioned write did: saved (merged with others' changes or not), a conflict, or the entry is gone. */
public sealed interface SaveOutcome {

    /**
     * Written. {@code merged} is true when someone else had changed other fields since the user's version: their
     * changes are kept and {@code now} shows both.
     */
    record Saved(VersionedEntry now, boolean merged) implements SaveOutcome {
    }

    /**
     * Someone else changed a field this user changed too. Those fields were left as they are; fields without a
     * clash were written. {@code now} is the entry as stored, the base for "keep mine".
     */
    record Conflict(VersionedEntry now, List<FieldConflict> conflicts) implements SaveOutcome {
        public Conflict {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The entry is no longer on the list (removed by someone, or the list deleted). */
    record Gone() implements SaveOutcome {
    }

    /**
     * One field both changed: this user's value and the one stored, with who stored it and when.
     *
     * @param mine   a value of the field's type (see {@link EntryField#valueIn})
     * @param theirs the stored value, same type
     */
    record FieldConflict(EntryField field, Object mine, Object theirs, String theirsBy, Instant theirsAt) {
    }
}
