package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limiter paces to the plan, or to a custom figure when one is given. */
class CustomPaceTest {

    @TempDir
    Path home;

    private AppServices services(Map<String, String> extra) {
        java.util.Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("TALENT_FINDER_HOME", home.toString());
        return new AppServices(env, Clock.systemUTC());
    }

    @Test
    void thePlanSetsThePace() {
        try (AppServices s = services(Map.of("TALENT_FINDER_PLAN", "hobby"))) {
            assertThat(s.limiter().callsPerMinute()).isEqualTo(20);
        }
    }

    @Test
    void aCustomFigureWinsOverThePlan() {
        try (AppServices s = services(Map.of("TALENT_FINDER_PLAN", "free", "TALENT_FINDER_CALLS_PER_MINUTE", "12"))) {
            assertThat(s.limiter().callsPerMinute()).isEqualTo(12);
            assertThat(s.plan().creditsPerMonth()).isEqualTo(100);
        }
    }

    @Test
    void aFigureThatIsNotAUsableNumberIsIgnored() {
        try (AppServices s = services(Map.of("TALENT_FINDER_CALLS_PER_MINUTE", "lots"))) {
            assertThat(s.limiter().callsPerMinute()).isEqualTo(5);
        }
        try (AppServices s = services(Map.of("TALENT_FINDER_CALLS_PER_MINUTE", "0"))) {
            assertThat(s.limiter().callsPerMinute()).isEqualTo(5);
        }
    }
}
