package com.talentfinder.insights;

import com.talentfinder.domain.SearchPage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When the pages behind a report were fetched (for a cached page: when it was first fetched), for the caveat
 * every chart and export carries. Equal ends when everything came from one moment.
 */
public record FetchedWindow(Instant earliest, Instant latest) {

    public FetchedWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest");
        }
    }

    /** The window of these pages (pages without a time are skipped), or null when none has a time. */
    public static FetchedWindow of(List<SearchPage> pages) {
        Instant min = null;
        Instant max = null;
        for (SearchPage p : pages) {
            Instant t = p.fetchedAt();
            if (t != null) {
                min = min == null || t.isBefore(min) ? t : min;
                max = max == null || t.isAfter(max) ? t : max;
            }
        }
        return min == null ? null : new FetchedWindow(min, max);
    }
}
