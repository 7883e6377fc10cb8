package com.talentfinder.store;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one user changed on one entry: only the fields named here are written, each checked against the value
 * the user started from.
 */
public final class EntryChange {

    private final Map<EntryField, Object> values;

    private EntryChange(Map<EntryField, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static EntryChange status(EntryStatus status) {
        return of(EntryField.STATUS, status);
    }

    public static EntryChange rating(int rating) {
        if (rating < 0 || rating > ShortlistEntry.MAX_RATING) {
            throw new IllegalArgumentException("A rating is 0 to 5");
        }
        return of(EntryField.RATING, rating);
    }

    /** Notes as typed, without NUL characters (see {@link UntrustedText#withoutNul}), cut to the longest kept. */
    public static EntryChange notes(String notes) {
        String n = notes == null ? "" : UntrustedText.withoutNul(notes);
        return of(EntryField.NOTES, n.length() > ShortlistEntries.MAX_NOTES_LENGTH
                ? n.substring(0, ShortlistEntries.MAX_NOTES_LENGTH) : n);
    }

    public static EntryChange tags(Collection<String> tags) {
        return of(EntryField.TAGS, ShortlistEntry.normaliseTags(tags == null ? List.of() : tags));
    }

    /** One field set to a value of its type (as {@link EntryField#valueIn} gives it). */
    public static EntryChange of(EntryField field, Object value) {
        Map<EntryField, Object> m = new EnumMap<>(EntryField.class);
        m.put(field, value);
        return new EntryChange(m);
    }

    /** This change and {@code other}'s fields (other wins where both set one). */
    public EntryChange and(EntryChange other) {
        Map<EntryField, Object> m = new EnumMap<>(EntryField.class);
        m.putAll(values);
        m.putAll(other.values);
        return new EntryChange(m);
    }

    public Set<EntryField> fields() {
        return values.keySet();
    }

    public Object value(EntryField field) {
        return values.get(field);
    }

    /** {@code base} with this change applied. */
    public ShortlistEntry applyTo(ShortlistEntry base) {
        EntryStatus status = values.containsKey(EntryField.STATUS) ? (EntryStatus) values.get(EntryField.STATUS)
                : base.status();
        int rating = values.containsKey(EntryField.RATING) ? (Integer) values.get(EntryField.RATING) : base.rating();
        String notes = values.containsKey(EntryField.NOTES) ? (String) values.get(EntryField.NOTES) : base.notes();
        @SuppressWarnings("unchecked")
        List<String> tags = values.containsKey(EntryField.TAGS) ? (List<String>) values.get(EntryField.TAGS)
                : base.tags();
        return new ShortlistEntry(base.shortlistId(), base.freelancer(), base.savedAt(), status, rating, notes, tags,
                base.refresh());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryChange other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "EntryChange" + values.keySet();
    }
}
