package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.desktop.WindowState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 (5): the first window fits the screen it starts on; a remembered one is clamped to it. */
class WindowMemoryFitTest {

    @Test
    void aLargeScreenGetsALargeWindowNotAFixed1280By800() {
        WindowState.Rect r = WindowMemory.initialBounds(new WindowState.Rect(0, 0, 1920, 1050));

        assertThat(r.width()).isGreaterThan(1600).isLessThanOrEqualTo(1920);
        assertThat(r.height()).isGreaterThan(900).isLessThanOrEqualTo(1050);
        assertThat(r.x()).isEqualTo((1920 - r.width()) / 2, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aSmallScreenGetsAWindowThatFitsOnIt() {
        WindowState.Rect r = WindowMemory.initialBounds(new WindowState.Rect(0, 0, 1024, 700));

        assertThat(r.width()).isLessThanOrEqualTo(1024).isGreaterThanOrEqualTo(AppContext.MIN_WIDTH);
        assertThat(r.height()).isLessThanOrEqualTo(700).isGreaterThanOrEqualTo(AppContext.MIN_HEIGHT);
        assertThat(r.x()).isGreaterThanOrEqualTo(0);
        assertThat(r.y()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aScreenSmallerThanTheMinimumGetsTheWholeScreen() {
        WindowState.Rect r = WindowMemory.initialBounds(new WindowState.Rect(100, 0, 800, 560));

        assertThat(r).isEqualTo(new WindowState.Rect(100, 0, 800, 560));
    }

    @Test
    void aRememberedSizeLargerThanTodaysScreenIsClamped() {
        WindowState.Rect r = WindowState.fitToScreens(new WindowState.Rect(0, 0, 1900, 1000),
                List.of(new WindowState.Rect(0, 0, 1024, 700)));

        assertThat(r).isEqualTo(new WindowState.Rect(0, 0, 1024, 700));
    }
}
