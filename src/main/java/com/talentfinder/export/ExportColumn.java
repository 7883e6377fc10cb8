package com.talentfinder.export;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Figures;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A column of a CSV or XLSX export. Values are a {@link String}, a {@link Number}, an {@link java.time.Instant}
 * (the saved date) or null. A hidden JSS or hidden earnings is the text {@value #HIDDEN}, never a number.
 */
public enum ExportColumn {
    // The order a manager reads a shortlist in: who, where they stand, what they cost, where and when they
    // are, how good; the rest after; notes last of the everyday columns.
    NAME("name", "Name", Kind.TEXT, 24, false, r -> f(r).name()),
    STATUS("status", "Status", Kind.TEXT, 13, true, r -> e(r).status().englishLabel()),
    // 0 means "not rated": left blank, never a rating of 0.
    RATING("rating", "Rating", Kind.NUMBER, 8, true, r -> e(r).rating() == 0 ? null : e(r).rating()),
    RATE("rate", "Hourly rate", Kind.NUMBER, 11, false, r -> f(r).hourlyRate()),
    CURRENCY("currency", "Currency", Kind.TEXT, 9, false, r -> f(r).currency()),
    COUNTRY("country", "Country", Kind.TEXT, 18, false, r -> f(r).country()),
    LOCAL_TIME("local_time", "Local time zone", Kind.TEXT, 22, false, r -> blankToNull(f(r).timezone())),
    JSS("jss", "Job Success Score (%)", Kind.NUMBER, 12, false,
            r -> f(r).jssHidden() ? ExportColumn.HIDDEN : f(r).jobSuccessScore()),
    // The ranking score (0-100, blank when unknown) and the formula's version ("v1"): a score means
    // nothing without the formula that made it.
    SCORE("score", "Score (0-100)", Kind.NUMBER, 9, false, ExportRow::score),
    SCORE_FORMULA("score_formula", "Score formula", Kind.TEXT, 22, false, ExportRow::scoreFormula),
    // Upwork shows earnings as "$15,000+": the number is a lower bound, said in the next column.
    EARNINGS("earnings", "Total earned (USD, at least)", Kind.NUMBER, 14, false,
            r -> f(r).earningsHidden() ? ExportColumn.HIDDEN : Figures.wholeEarnings(f(r))),
    EARNINGS_NOTE("earnings_note", "Earnings as shown", Kind.TEXT, 18, false, ExportColumn::earningsNote),
    // Whole hours and dollars, rounded down by the same rule as every screen (Figures).
    HOURS("hours", "Hours", Kind.NUMBER, 10, false, r -> Figures.wholeHours(f(r).totalHours())),
    JOBS("jobs", "Jobs", Kind.NUMBER, 8, false, r -> Figures.jobs(f(r).totalCompletedJobs())),
    BADGE("badge", "Badge", Kind.TEXT, 16, false, r -> {
        Badge b = f(r).badge();
        return b == null ? null : b.englishLabel();
    }),
    TITLE("title", "Title", Kind.TEXT, 40, false, r -> f(r).title()),
    LOCATION("location", "Location", Kind.TEXT, 26, false, r -> f(r).location()),
    SKILLS("skills", "Skills", 40, false, r -> f(r).skills()),
    TAGS("tags", "Tags", 24, true, r -> e(r).tags()),
    SAVED_AT("saved_at", "Saved", Kind.DATE, 17, true, r -> e(r).savedAt()),
    PROFILE_URL("profile_url", "Profile URL", Kind.URL, 45, false, r -> f(r).profileUrl()),
    ID_VERIFIED("id_verified", "Identity verified", Kind.TEXT, 10, false, r -> f(r).idVerified() ? "yes" : "no"),
    NOTES("notes", "Notes", Kind.TEXT, 40, true, r -> e(r).notes()),
    DESCRIPTION("description", "Description", Kind.TEXT, 60, false, r -> f(r).description()),
    ID("id", "Profile id", Kind.TEXT, 22, false, r -> f(r).id());

    /** What separates the items of a list column (skills, tags) in its one cell. */
    static final String LIST_SEPARATOR = ", ";

    /** The text written for a value the freelancer hides. */
    public static final String HIDDEN = "hidden";

    /** How a column's cells are written. */
    public enum Kind { TEXT, NUMBER, URL, DATE }

    private final String key;
    private final String title;
    private final Kind kind;
    private final int width;
    private final boolean entryOnly;
    private final Function<ExportRow, Object> value;
    /** For a list column, its items; null for the others. */
    private final Function<ExportRow, List<String>> items;

    ExportColumn(String key, String title, Kind kind, int width, boolean entryOnly, Function<ExportRow, Object> value) {
        this.key = key;
        this.title = title;
        this.kind = kind;
        this.width = width;
        this.entryOnly = entryOnly;
        this.value = value;
        this.items = null;
    }

    /** A list column: one text cell of its items joined by {@value #LIST_SEPARATOR}. */
    ExportColumn(String key, String title, int width, boolean entryOnly, Function<ExportRow, List<String>> items) {
        this.key = key;
        this.title = title;
        this.kind = Kind.TEXT;
        this.width = width;
        this.entryOnly = entryOnly;
        this.value = r -> String.join(LIST_SEPARATOR, items.apply(r));
        this.items = items;
    }

    /** The stable name used on the command line ({@code --columns name,rate}). */
    public String key() {
        return key;
    }

    /** The header text. */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    /** A sensible spreadsheet column width, in characters. */
    public int width() {
        return width;
    }

    /** True for the shortlist columns (status, rating, notes, tags, saved date). */
    public boolean entryOnly() {
        return entryOnly;
    }

    /** The value for {@code row}; null when unknown, or when this is a shortlist column and the row has none. */
    public Object valueOf(ExportRow row) {
        if (entryOnly && row.entry() == null) {
            return null;
        }
        return value.apply(row);
    }

    /**
     * For a list column (skills, tags), the items {@link #valueOf} joins, so that a writer can write them without
     * the joined string; null for the other columns, and where {@link #valueOf} is null.
     */
    List<String> itemsOf(ExportRow row) {
        if (items == null || entryOnly && row.entry() == null) {
            return null;
        }
        return items.apply(row);
    }

    /** Every column, for a shortlist. */
    public static List<ExportColumn> forShortlist() {
        return List.of(values());
    }

    /** The columns that make sense for plain search results (no shortlist columns). */
    public static List<ExportColumn> forResults() {
        return Arrays.stream(values()).filter(c -> !c.entryOnly).toList();
    }

    /**
     * Reads a comma-separated list of keys ({@code name, rate,jss}), in the order given, without duplicates.
     *
     * @throws IllegalArgumentException with a plain message naming the unknown column and the known ones
     */
    public static List<ExportColumn> parseList(String text) {
        LinkedHashSet<ExportColumn> out = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String k = part.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            if (k.isEmpty()) {
                continue;
            }
            ExportColumn found = Arrays.stream(values()).filter(c -> c.key.equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown column \"" + part.strip()
                            + "\". Use any of: " + Arrays.stream(values()).map(ExportColumn::key)
                            .collect(Collectors.joining(", ")) + "."));
            out.add(found);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one column to export.");
        }
        return new ArrayList<>(out);
    }

    /** "more than $15,000" for the screens' "$15,000+" (same rounding: {@link Figures}); "hidden"; blank when not sent. */
    private static Object earningsNote(ExportRow r) {
        Freelancer f = f(r);
        if (f.earningsHidden()) {
            return HIDDEN;
        }
        Long whole = Figures.wholeEarnings(f);
        return whole == null ? null : "more than $" + Figures.grouped(whole);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Freelancer f(ExportRow r) {
        return r.freelancer();
    }

    private static ShortlistEntry e(ExportRow r) {
        return r.entry();
    }
}
