package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.desktop.WindowState.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowStateFitTest {

    private static final Rect LAPTOP = new Rect(0, 0, 1440, 900);
    private static final Rect MONITOR_RIGHT = new Rect(1440, 0, 2560, 1440);

    @Test
    void aWindowInsideAScreenStaysWhereItWas() {
        Rect saved = new Rect(1600, 100, 1200, 800);

        assertThat(WindowState.fitToScreens(saved, List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(saved);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorComesBackCentredOnThePrimaryScreen() {
        Rect savedOnMonitor = new Rect(2000, 200, 1200, 800);

        Rect fitted = WindowState.fitToScreens(savedOnMonitor, List.of(LAPTOP));

        assertThat(fitted).isEqualTo(new Rect(120, 50, 1200, 800));
    }

    @Test
    void aWindowHangingOverAnEdgeIsPulledIn() {
        Rect saved = new Rect(-300, 500, 1000, 700);

        assertThat(WindowState.fitToScreens(saved, List.of(LAPTOP))).isEqualTo(new Rect(0, 200, 1000, 700));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        Rect saved = new Rect(100, 100, 3000, 2000);

        assertThat(WindowState.fitToScreens(saved, List.of(LAPTOP))).isEqualTo(LAPTOP);
    }

    @Test
    void aStraddlingWindowMovesToTheScreenItOverlapsMost() {
        Rect saved = new Rect(1300, 100, 1000, 700);

        assertThat(WindowState.fitToScreens(saved, List.of(LAPTOP, MONITOR_RIGHT)))
                .isEqualTo(new Rect(1440, 100, 1000, 700));
    }

    @Test
    void noScreensLeavesTheRectangleAlone() {
        Rect saved = new Rect(5, 5, 100, 100);

        assertThat(WindowState.fitToScreens(saved, List.of())).isEqualTo(saved);
    }
}
