package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observations table (append-only) and saved market reports, on a temporary SQLite file. */
class InsightsRepositoriesTest {

    @TempDir
    Path dir;

    @Test
    void observationsAreKeptPerKeywordOldestFirst() {
        ObservationRepository repo = new ObservationRepository(Database.open(dir.resolve("o.db")));
        repo.append(new ObservationRepository.Row(Instant.parse("2026-01-03T00:00:00Z"), "WordPress", "wordpress", 30,
                "search"));
        repo.append(new ObservationRepository.Row(Instant.parse("2026-01-01T00:00:00Z"), "wordpress", "wordpress", 10,
                "search"));
        repo.append(new ObservationRepository.Row(Instant.parse("2026-01-02T00:00:00Z"), "react", "react", 5, null));

        assertThat(repo.forKeyword("wordpress")).extracting(ObservationRepository.Row::totalResults)
                .containsExactly(10L, 30L);
        assertThat(repo.forKeyword("react").get(0).method()).isNull();
        assertThat(repo.keywords()).containsExactly("react", "wordpress");
        assertThat(repo.count()).isEqualTo(3);
    }

    @Test
    void theObservationsTableRefusesUpdates() {
        Database db = Database.open(dir.resolve("o.db"));
        new ObservationRepository(db).append(
                new ObservationRepository.Row(Instant.EPOCH, "x", "x", 1, "search"));
        assertThatThrownBy(() -> db.write("tamper", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE supply_observation SET total_results = ?")) {
                ps.setLong(1, 99);
                return ps.executeUpdate();
            }
        })).isInstanceOf(StoreException.class);
    }

    @Test
    void aSavedReportReopensWithItsInputsAndNameCanRepeat() {
        MarketReportRepository repo = new MarketReportRepository(Database.open(dir.resolve("r.db")));
        long first = repo.save("Q1 rates", Instant.parse("2026-01-01T10:00:00Z"), List.of("react", "vue"), 3,
                Instant.parse("2026-01-01T09:00:00Z"), Instant.parse("2026-01-01T09:01:00Z"), "{\"a\":1}");
        long second = repo.save(" Q1 rates ", Instant.parse("2026-02-01T10:00:00Z"), List.of("react"), 2, null, null,
                "{\"'; DROP TABLE market_report; --\":2}");

        assertThat(repo.list()).extracting(MarketReportRepository.Summary::id).containsExactly(second, first);
        MarketReportRepository.Saved s = repo.open(first).orElseThrow();
        assertThat(s.summary().keywords()).containsExactly("react", "vue");
        assertThat(s.summary().pages()).isEqualTo(3);
        assertThat(s.fetchedFrom()).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        assertThat(s.inputsJson()).isEqualTo("{\"a\":1}");
        MarketReportRepository.Saved latest = repo.latestNamed("q1 RATES").orElseThrow();
        assertThat(latest.summary().id()).isEqualTo(second);
        assertThat(latest.fetchedFrom()).isNull();
        assertThat(latest.inputsJson()).contains("DROP TABLE");
        assertThat(repo.open(999)).isEmpty();
        assertThatThrownBy(() -> repo.save("  ", Instant.EPOCH, List.of(), 1, null, null, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
