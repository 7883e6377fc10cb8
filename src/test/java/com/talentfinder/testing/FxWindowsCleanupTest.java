package com.talentfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 (7): a window one TestFX test leaves open (a compare window, a Settings dialog) is gone before the
 * next test starts, so a later {@code clickOn} cannot land on it. TestFX's {@link ApplicationExtension} does
 * this itself after every test ({@code FxToolkit.cleanupAfterTest} hides every window); every Fx test here
 * uses that extension, and this test pins the behaviour should the TestFX version or our setup change.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FxWindowsCleanupTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("primary"), 200, 100));
        stage.show();
    }

    @Test
    @Order(1)
    void aTestLeavesASecondWindowOpen() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Stage extra = new Stage();
            extra.setScene(new Scene(new Label("left open"), 100, 50));
            extra.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(extraWindows()).hasSize(1);
    }

    @Test
    @Order(2)
    void theNextTestStartsWithOnlyItsOwnWindow() throws Exception {
        assertThat(extraWindows()).isEmpty();
    }

    private static List<Window> extraWindows() throws Exception {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != primary && w.isShowing()).toList()).get(10, TimeUnit.SECONDS);
    }
}
