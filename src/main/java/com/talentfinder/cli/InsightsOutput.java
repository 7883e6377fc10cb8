package com.talentfinder.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.api.ApiException;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.insights.FetchSummary;
import com.talentfinder.app.insights.InsightsService;
import com.talentfinder.domain.InvalidSearchException;
import com.talentfinder.export.ReportTable;
import com.talentfinder.insights.FetchedWindow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the insight commands share: the cost line, progress on stderr, and table, CSV or JSON with the caveat. */
final class InsightsOutput {

    enum Format { table, csv, json }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private InsightsOutput() {
    }

    /** Says the source and the cost on stderr; false (and a sentence) when it needs more credits than are left. */
    static boolean announce(InsightsService service, BatchEstimate estimate, PrintWriter err) {
        if (service.isDemo()) {
            err.println("No API key set (PARSE_API_KEY or Settings), or --demo: using the offline demo data. "
                    + "Nothing is recorded in trends.");
        }
        err.println("Cost: " + estimate.summary());
        err.flush();
        if (!service.isDemo() && estimate.exceedsRemaining()) {
            err.println("This needs " + estimate.callsNeeded() + " calls but only " + estimate.creditsLeft()
                    + " credits are left this month. Use fewer pages or keywords.");
            return false;
        }
        return true;
    }

    /** A run that fetches pages for a report. */
    interface Fetch<T> {
        T run(BatchListener progress, BatchCancellation cancel);
    }

    /** What {@link #fetch} gave: the outcome to print, or the exit code to stop with. */
    record Fetched<T>(T outcome, Integer exit) {
    }

    /**
     * Says the source and the cost (a query the estimate refuses is a usage error), runs {@code fetch} with progress on stderr, and stops on a refused query,
     * too few credits, or a failure before any page (said on stderr).
     */
    static <T> Fetched<T> fetch(InsightsService service, Supplier<BatchEstimate> estimate, Fetch<T> fetch,
                                Function<T, FetchSummary> summary, PrintWriter err) {
        T outcome;
        try {
            if (!announce(service, estimate.get(), err)) {
                return new Fetched<>(null, ExitCodes.USAGE);
            }
            outcome = fetch.run(progress(err), new BatchCancellation());
        } catch (InvalidSearchException e) {
            err.println(e.getMessage());
            return new Fetched<>(null, ExitCodes.USAGE);
        }
        return new Fetched<>(outcome, stopCode(summary.apply(outcome), err));
    }

    /** Progress after each page, on stderr. */
    static BatchListener progress(PrintWriter err) {
        return new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                err.println("Fetched " + p.done() + " of " + p.total() + " page(s) (" + p.calls() + " call(s), "
                        + p.fromCache() + " from the cache).");
                err.flush();
            }
        };
    }

    /**
     * The exit code for how a run ended, or null to go on printing: a failure before any page is an error; a
     * failure or cancel part-way is said and the figures of the pages fetched are printed.
     */
    static Integer stopCode(FetchSummary f, PrintWriter err) {
        if (f.outcome() == BatchResult.Outcome.FAILED) {
            ApiException e = f.failure();
            if (f.pagesFetched() == 0) {
                err.println(e.getMessage());
                return ExitCodes.of(e);
            }
            err.println(e.getMessage() + " Showing figures from the " + f.pagesFetched() + " page(s) fetched before "
                    + "that.");
        } else if (f.outcome() == BatchResult.Outcome.CANCELLED) {
            err.println("Cancelled: showing figures from the " + f.pagesFetched() + " page(s) fetched.");
        }
        return null;
    }

    /** The JSON shape of {@code body} plus {@code caveat} and {@code fetched_at} (ISO-8601, latest fetch, or null). */
    static void json(Object body, String caveat, FetchedWindow fetched, PrintWriter out) {
        ObjectNode node = JSON.valueToTree(body);
        node.put("caveat", caveat);
        node.put("fetched_at", fetched == null ? null : fetched.latest().toString());
        print(node, out);
    }

    static void print(Object node, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static void table(ReportTable t, Format format, PrintWriter out) {
        try {
            if (format == Format.csv) {
                t.writeCsv(out);
            } else {
                text(t, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Aligned columns (numbers to the right), then the notes as footer lines. */
    private static void text(ReportTable t, PrintWriter out) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(t.headers());
        for (List<Object> r : t.rows()) {
            List<String> row = new ArrayList<>();
            for (Object v : r) {
                row.add(v == null ? "–" : v instanceof BigDecimal d ? d.toPlainString() : v.toString().replaceAll("\\p{Cntrl}", " "));
            }
            cells.add(row);
        }
        int[] width = new int[t.headers().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size() && c < width.length; c++) {
                width[c] = Math.max(width[c], Math.min(40, row.get(c).length()));
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            StringBuilder line = new StringBuilder();
            List<String> row = cells.get(i);
            for (int c = 0; c < row.size() && c < width.length; c++) {
                String v = row.get(c).length() > 40 ? row.get(c).substring(0, 39) + "…" : row.get(c);
                boolean number = i > 0 && t.rows().get(i - 1).get(c) instanceof Number;
                line.append(c == 0 ? "" : "  ").append(number ? pad(v, width[c], true) : pad(v, width[c], false));
            }
            out.println(line.toString().stripTrailing());
        }
        if (t.rows().isEmpty()) {
            out.println("(no rows)");
        }
        out.println();
        t.notes().forEach(out::println);
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
