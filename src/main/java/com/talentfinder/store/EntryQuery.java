package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One page of a shortlist's entries: sort, filters and the window to read.
 *
 * <p>Filters combine with AND; an empty status set means every status. Values with no value (null or 0) are
 * no filter. Entries with no value for the sort key (no rate, hidden JSS) always come last. Rates are sorted by
 * their number whatever their currency.
 *
 * @param sort        the sort key
 * @param ascending   direction
 * @param statuses    keep only these statuses (empty: all)
 * @param minRating   keep only ratings at least this (0: all)
 * @param tag         keep only entries with this tag (normalised like tags are), or null
 * @param text        keep only entries whose name, title, skills, location, notes or tags contain it, or null
 * @param offset      first row, from 0
 * @param limit       at most this many rows, 1 to {@value #MAX_LIMIT}
 */
public record EntryQuery(EntrySort sort, boolean ascending, Set<EntryStatus> statuses, int minRating, String tag,
                         String text, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    public EntryQuery {
        sort = sort == null ? EntrySort.SAVED_AT : sort;
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (minRating < 0 || minRating > 5) {
            throw new IllegalArgumentException("minRating is 0 to 5");
        }
        tag = tag == null || tag.isBlank() ? null : tag;
        text = text == null || text.isBlank() ? null : text.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset is at least 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT);
        }
    }

    /** Every entry, newest saved first, the first page. */
    public static EntryQuery all() {
        return new EntryQuery(EntrySort.SAVED_AT, false, Set.of(), 0, null, null, 0, DEFAULT_LIMIT);
    }

    public EntryQuery sortedBy(EntrySort newSort, boolean newAscending) {
        return new EntryQuery(newSort, newAscending, statuses, minRating, tag, text, offset, limit);
    }

    public EntryQuery withStatuses(Set<EntryStatus> newStatuses) {
        return new EntryQuery(sort, ascending, newStatuses, minRating, tag, text, offset, limit);
    }

    public EntryQuery withMinRating(int newMinRating) {
        return new EntryQuery(sort, ascending, statuses, newMinRating, tag, text, offset, limit);
    }

    public EntryQuery withTag(String newTag) {
        return new EntryQuery(sort, ascending, statuses, minRating, newTag, text, offset, limit);
    }

    public EntryQuery withText(String newText) {
        return new EntryQuery(sort, ascending, statuses, minRating, tag, newText, offset, limit);
    }

    /** The window {@code [offset, offset + limit)}. */
    public EntryQuery page(int newOffset, int newLimit) {
        return new EntryQuery(sort, ascending, statuses, minRating, tag, text, newOffset, newLimit);
    }

    /** The text filter as matched: lower case. */
    String textKey() {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
