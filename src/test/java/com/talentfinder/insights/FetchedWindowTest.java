package com.talentfinder.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.SearchPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchedWindowTest {

    private static SearchPage page(String time) {
        return new SearchPage(null, 10, 1, List.of(), time == null ? null : Instant.parse(time), false);
    }

    @Test
    void spansTheOldestAndNewestPage() {
        FetchedWindow w = FetchedWindow.of(List.of(page("2026-12-02T10:00:00Z"), page(null),
                page("2026-11-30T08:00:00Z"), page("2026-12-01T09:00:00Z")));
        assertThat(w).isEqualTo(new FetchedWindow(Instant.parse("2026-11-30T08:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z")));
    }

    @Test
    void noTimesGiveNoWindow() {
        assertThat(FetchedWindow.of(List.of())).isNull();
        assertThat(FetchedWindow.of(List.of(page(null)))).isNull();
    }
}
