package com.talentfinder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ExportRow;
import com.talentfinder.export.ExportScorer;
import com.talentfinder.export.ExportSpec;
import com.talentfinder.export.ShortlistExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Prints a search result as a table (people), CSV (spreadsheets) or JSON (scripts). */
final class ResultPrinter {

    /** What a search printed: the first page asked for and what came back. */
    record Result(String query, int page, int perPage, int pagesFetched, long totalResults, int totalPages,
                  List<Freelancer> freelancers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultPrinter() {
    }

    static void json(Result r, PrintWriter out) {
        ObjectNode o = JSON.createObjectNode();
        o.put("query", r.query());
        o.put("page", r.page());
        o.put("per_page", r.perPage());
        o.put("pages_fetched", r.pagesFetched());
        o.put("total_results", r.totalResults());
        o.put("total_pages", r.totalPages());
        o.set("freelancers", FreelancerJson.toJson(r.freelancers()));
        try {
            out.println(JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CSV as the export writes it (byte-order mark, RFC 4180, formulas neutralised). */
    static void csv(Result r, PrintWriter out, Clock clock) throws IOException {
        csv(r, out, clock, ExportScorer.NONE);
    }

    /** As above, with each freelancer's ranking score and the formula's version. */
    static void csv(Result r, PrintWriter out, Clock clock, ExportScorer scorer) throws IOException {
        ExportSpec spec = new ExportSpec(r.query(), ExportColumn.forResults(), clock.instant(), clock.getZone(),
                scorer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShortlistExporter.write(ExportFormat.CSV, bytes, spec, r.freelancers().stream().map(ExportRow::of).iterator());
        out.print(bytes.toString(StandardCharsets.UTF_8));
    }

    static void table(Result r, PrintWriter out) {
        String format = "%-22s %-40s %14s %-26s %9s %-15s%n";
        out.printf(format, "NAME", "TITLE", "RATE", "LOCATION", "JSS", "BADGE");
        for (Freelancer f : r.freelancers()) {
            out.printf(format, cut(f.displayName(), 22), cut(f.title(), 40), rate(f), cut(f.location(), 26),
                    jss(f), badge(f));
        }
        out.printf("%nPage %d of %,d · %,d freelancers in all · %d page(s) fetched · %d shown%n",
                r.page(), r.totalPages(), r.totalResults(), r.pagesFetched(), r.freelancers().size());
    }

    static String rate(Freelancer f) {
        if (com.talentfinder.cleaning.FreelancerCleaning.sane(f.hourlyRate()) == null) {
            return "—";
        }
        String amount = f.hourlyRate().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return amount + " " + (f.currency() == null ? "" : f.currency()) + "/hr";
    }

    static String jss(Freelancer f) {
        if (f.jssHidden()) {
            return "hidden";
        }
        return f.jobSuccessScore() == null ? "no score" : f.jobSuccessScore() + "%";
    }

    static String badge(Freelancer f) {
        Badge b = f.badge();
        return b == null ? "" : b.englishLabel();
    }

    static String earnings(Freelancer f) {
        if (f.earningsHidden()) {
            return "hidden";
        }
        BigDecimal e = com.talentfinder.cleaning.FreelancerCleaning.sane(f.totalEarnings());
        return e == null ? "" : e.toPlainString();
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("[\\p{Cntrl}]", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }
}
