package com.talentfinder.app.insights;

import com.talentfinder.export.ReportTable;
import com.talentfinder.insights.InsightsJson;
import com.talentfinder.insights.LocationKey;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.insights.RateStatistics;
import com.talentfinder.insights.SkillSupply;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The insight outcomes as tables with their caveat and fetch date underneath: printed by the command line and
 * exported to CSV or XLSX ({@link #export}), so the caveat travels with every copy of the figures.
 */
public final class InsightsTables {

    private static final List<String> FIGURES = List.of("n", "Min", "P10", "P25", "Median", "P75", "P90", "Max",
            "Mean", "Confidence");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InsightsTables() {
    }

    public static ReportTable rates(Outcomes.Rates r, ZoneId zone) {
        List<String> headers = new ArrayList<>(List.of("Country", "Currency"));
        headers.addAll(FIGURES);
        List<List<Object>> rows = new ArrayList<>();
        for (InsightsJson.RateGroupRow g : r.json().groups()) {
            List<Object> row = new ArrayList<>();
            row.add(g.group() == LocationKey.Kind.COUNTRY ? g.country() : "(unknown country)");
            row.add(g.currency());
            figures(row, g.stats());
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Rates by location for \"" + r.query() + "\": " + r.fetch().pagesFetched() + " of " + r.pagesAsked()
                + " page(s) of " + InsightsService.PER_PAGE + " fetched" + stopped(r.fetch()) + ".");
        notes.add("Left out (no rate or currency): " + r.rates().excluded() + ". Below 5 values: too few to say.");
        notes.add(Caveat.rates(r.fetch().fetched(), r.fetch().demo(), zone));
        return new ReportTable("Rates by location", headers, rows, notes);
    }

    public static ReportTable market(Outcomes.Market m, ZoneId zone) {
        List<String> headers = new ArrayList<>(List.of("Keyword", "Freelancers offering", "Top Rated share",
                "Currency"));
        headers.addAll(FIGURES);
        List<List<Object>> rows = new ArrayList<>();
        for (InsightsJson.MarketRow k : m.json().keywords()) {
            List<Object> row = new ArrayList<>();
            row.add(k.keyword());
            row.add(k.totalResults());
            row.add(k.topRatedShare() == null ? null : k.topRatedShare().setScale(4, java.math.RoundingMode.HALF_UP));
            row.add(k.currency());
            figures(row, k.stats());
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (m.name() != null) {
            notes.add("Saved report \"" + m.name() + "\", saved " + TIME.format(m.savedAt().atZone(zone)) + ".");
        }
        notes.add("Market-rate report: up to " + m.pagesPerKeyword() + " page(s) of " + InsightsService.PER_PAGE
                + " per keyword" + stopped(m.fetch()) + ".");
        if (!m.missing().isEmpty()) {
            notes.add("Not fetched: " + String.join(", ", m.missing()) + ".");
        }
        notes.add("Top Rated share: of the freelancers fetched, those with Top Rated, Top Rated Plus or "
                + "Expert-Vetted. Freelancers offering: Upwork's total for the keyword.");
        notes.add(Caveat.rates(m.fetch().fetched(), m.fetch().demo(), zone));
        return new ReportTable("Market rates", headers, rows, notes);
    }

    public static ReportTable ranking(Outcomes.Ranking r, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        int i = 1;
        for (RankingScore.Ranked x : r.ranked()) {
            String contributions = x.breakdown().contributions().entrySet().stream()
                    .map(e -> e.getKey().code() + " " + e.getValue().toPlainString())
                    .collect(Collectors.joining(", "));
            String unknown = x.breakdown().unknown().stream()
                    .map(s -> s.factor().code() + " (" + s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ")")
                    .collect(Collectors.joining(", "));
            rows.add(List.of(i++, x.freelancer().name() == null ? "" : x.freelancer().name(),
                    x.breakdown().score() == null ? "unknown" : x.breakdown().score(), contributions, unknown));
        }
        List<String> notes = List.of(
                "Score formula version " + RankingScore.FORMULA_VERSION + ", weights " + r.criteria().weights().toSpec()
                        + (r.criteria().targetRate() == null ? "" : ", target rate "
                        + r.criteria().targetRate().toPlainString() + " " + r.criteria().targetCurrency())
                        + (r.criteria().requiredSkills().isEmpty() ? ""
                        : ", skills " + String.join(", ", r.criteria().requiredSkills())) + ".",
                Caveat.ranking(r.fetch().fetched(), r.fetch().demo(), zone));
        return new ReportTable("Ranking", List.of("Rank", "Name", "Score", "Contributions", "Unknown (weight spread)"),
                rows, notes);
    }

    public static ReportTable supply(SkillSupply.Series s, boolean demo, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        for (SkillSupply.Point p : s.points()) {
            rows.add(java.util.Arrays.asList(TIME.format(p.time().atZone(zone)), p.totalResults(), p.method(),
                    p.methodChanged() ? "yes" : ""));
        }
        return new ReportTable("Freelancers offering", List.of("Time", "Freelancers offering", "Method",
                "Method changed"), rows, List.of("Freelancers offering \"" + s.keyword() + "\": " + s.points().size()
                + " count(s).", Caveat.supply(demo)));
    }

    /** Writes {@code table} to {@code file}: XLSX when its name ends in .xlsx, else CSV. */
    public static void export(ReportTable table, Path file) throws IOException {
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (xlsx) {
                table.writeXlsx(out);
            } else {
                table.writeCsvFile(out);
            }
        }
    }

    private static void figures(List<Object> row, RateStatistics s) {
        row.add(s.count());
        for (BigDecimal v : List.of(nz(s.min()), nz(s.p10()), nz(s.p25()), nz(s.median()), nz(s.p75()), nz(s.p90()),
                nz(s.max()), nz(s.mean()))) {
            row.add(v.signum() < 0 ? null : v.setScale(2, java.math.RoundingMode.HALF_UP));
        }
        row.add(s.confidence().code().replace('_', ' '));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ONE.negate() : v;
    }

    private static String stopped(FetchSummary f) {
        return switch (f.outcome()) {
            case COMPLETED -> "";
            case CANCELLED -> " (cancelled: figures from the pages fetched before that)";
            case FAILED -> " (stopped by an error: figures from the pages fetched before that)";
        };
    }
}
