package com.talentfinder.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the work on two or more entries for the same freelancer becomes one (merging duplicates, or moving an
 * entry onto a list that already has that person): nothing the user wrote is lost.
 *
 * <ul>
 *   <li>status: the better one in {@link #STATUS_ORDER}: Hired, Interviewing, Contacted, Rejected, New. A
 *       recorded decision beats "nothing done yet" (New is only the default), and among recorded ones the
 *       furthest step of the pipeline wins; Rejected ranks under every step still going on, so a rejection in
 *       one entry never hides an interview in the other, but it is never lost to a mere New;</li>
 *   <li>rating: the higher;</li>
 *   <li>notes: every non-blank note, in order, joined with {@link #NOTES_SEPARATOR} (a note already contained
 *       word for word is not repeated);</li>
 *   <li>tags: the union.</li>
 * </ul>
 */
public final class EntryMerge {

    /** Best first. */
    public static final List<EntryStatus> STATUS_ORDER = List.of(EntryStatus.HIRED, EntryStatus.INTERVIEWING,
            EntryStatus.CONTACTED, EntryStatus.REJECTED, EntryStatus.NEW);

    /** Put between merged notes. */
    public static final String NOTES_SEPARATOR = "\n\n----\n\n";

    /** The user's work on one entry. */
    public record Work(EntryStatus status, int rating, String notes, List<String> tags) {
        public Work {
            status = status == null ? EntryStatus.NEW : status;
            notes = notes == null ? "" : notes;
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public static Work of(ShortlistEntry e) {
            return new Work(e.status(), e.rating(), e.notes(), e.tags());
        }
    }

    private EntryMerge() {
    }

    /** The better of two statuses (see {@link #STATUS_ORDER}). */
    public static EntryStatus better(EntryStatus a, EntryStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return STATUS_ORDER.indexOf(a) <= STATUS_ORDER.indexOf(b) ? a : b;
    }

    /** The works merged, the first one's notes first. */
    public static Work merge(List<Work> works) {
        if (works.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge");
        }
        EntryStatus status = null;
        int rating = 0;
        List<String> notes = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Work w : works) {
            status = better(status, w.status());
            rating = Math.max(rating, w.rating());
            notes.add(w.notes());
            tags.addAll(w.tags());
        }
        return new Work(status, rating, joinNotes(notes), ShortlistEntry.normaliseTags(tags));
    }

    /** Every non-blank note in order, joined with {@link #NOTES_SEPARATOR}; one already there is skipped. */
    public static String joinNotes(Collection<String> notes) {
        StringBuilder out = new StringBuilder();
        for (String n : notes) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String note = n.strip();
            if (out.indexOf(note) >= 0) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(NOTES_SEPARATOR);
            }
            out.append(note);
        }
        return out.toString();
    }
}
