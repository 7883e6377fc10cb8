package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @Test
    void noFlagMeansNoProbe() {
        assertThat(StartupProbe.fromArgs(List.of())).isEmpty();
    }

    @Test
    void theMarkerFlagCarriesTheQueryAndTheExitFlagIsSeparate() {
        StartupProbe probe = StartupProbe.fromArgs(List.of("--startup-marker=react developer", "--exit-after-marker"))
                .orElseThrow();

        assertThat(probe.query()).isEqualTo("react developer");
        assertThat(probe.exitsAfterMarker()).isTrue();
    }

    @Test
    void aMarkerWithoutAQueryMarksTheFirstFrameAndStaysOpen() {
        StartupProbe probe = StartupProbe.fromArgs(List.of("--startup-marker")).orElseThrow();

        assertThat(probe.query()).isNull();
        assertThat(probe.exitsAfterMarker()).isFalse();
    }

    @Test
    void theLauncherOpensTheWindowOnlyWhenEveryArgumentIsAProbeFlag() {
        assertThat(StartupProbe.isProbeOnly(new String[] {"--startup-marker=x", "--exit-after-marker"})).isTrue();
        assertThat(StartupProbe.isProbeOnly(new String[] {"search", "--startup-marker=x"})).isFalse();
        assertThat(StartupProbe.isProbeOnly(new String[0])).isFalse();
    }
}
