package com.talentfinder.store;

import com.talentfinder.domain.ShortlistEntry;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/** The fields of an entry that people edit, each merged on its own when two people write the same entry. */
public enum EntryField {
    STATUS,
    RATING,
    NOTES,
    TAGS;

    /** This field's value in {@code e}: an EntryStatus, an Integer, a String or a List of tags. */
    public Object valueIn(ShortlistEntry e) {
        return switch (this) {
            case STATUS -> e.status();
            case RATING -> e.rating();
            case NOTES -> e.notes();
            case TAGS -> e.tags();
        };
    }

    /** "STATUS,NOTES" as stored in {@code changed_fields}. */
    static String codes(Set<EntryField> fields) {
        StringJoiner j = new StringJoiner(",");
        fields.forEach(f -> j.add(f.name()));
        return j.toString();
    }

    /** The fields named in a stored {@code changed_fields}; unknown codes are skipped. */
    static Set<EntryField> parse(String codes) {
        Set<EntryField> out = EnumSet.noneOf(EntryField.class);
        if (codes != null) {
            for (String code : codes.split(",")) {
                for (EntryField f : values()) {
                    if (f.name().equals(code.strip())) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }
}
