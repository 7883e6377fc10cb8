package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.TestWindows;
import java.time.Clock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the greyed results of an earlier search (issue 11) are drawn by a veil over the table, not by fading
 * the table (which made the renderer copy the table offscreen at every frame). The veil must look as the faded
 * table did, in both themes: the same pixels, give or take rounding and the anti-aliasing of a line.
 */
@ExtendWith(ApplicationExtension.class)
class StaleVeilFxTest {

    private final FakeSource fake = new FakeSource();
    private final DeferredTaskRunner runner = new DeferredTaskRunner();
    private SearchViewModel search;
    private Scene scene;

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        search = new SearchViewModel(fake, fake, runner, new InMemoryHistory(), new ManualTicker(),
                Clock.systemUTC(), () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        MainView view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE));
        scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> AppContext.applyTheme("light"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theVeiledTableLooksLikeTheTableAt45PercentOpacity(String theme, FxRobot robot) {
        robot.interact(() -> AppContext.applyTheme(theme));
        robot.interact(() -> {
            search.queryProperty().set("react");
            search.search();
        });
        robot.interact(runner::runAll);
        robot.interact(() -> {
            search.queryProperty().set("java");
            search.search();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#resultsTable").query();
        Node veil = robot.lookup("#staleVeil").query();
        assertThat(veil.isVisible()).isTrue();
        assertThat(table.getOpacity()).isEqualTo(1.0);
        assertThat(veil.getBoundsInParent()).isEqualTo(table.getBoundsInParent());

        WritableImage[] veiled = new WritableImage[1];
        WritableImage[] faded = new WritableImage[1];
        robot.interact(() -> veiled[0] = scene.snapshot(null));
        robot.interact(() -> {
            veil.setStyle("-fx-opacity: 0");
            table.setOpacity(0.45);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> faded[0] = scene.snapshot(null));

        Bounds b = table.localToScene(table.getLayoutBounds());
        PixelReader a = veiled[0].getPixelReader();
        PixelReader f = faded[0].getPixelReader();
        int worst = 0;
        int sampled = 0;
        int off = 0;
        int differentFromPlain = 0;
        for (int y = (int) b.getMinY() + 1; y < (int) b.getMaxY() - 1; y += 2) {
            for (int x = (int) b.getMinX() + 1; x < (int) b.getMaxX() - 1; x += 2) {
                int p = a.getArgb(x, y);
                int q = f.getArgb(x, y);
                int d = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    d = Math.max(d, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
                worst = Math.max(worst, d);
                sampled++;
                if (d > 3) {
                    off++;
                }
            }
        }
        // Rounding apart, only the anti-aliasing of a row's 1-pixel border line may differ (the faded table was
        // drawn offscreen, a fraction of a pixel apart): seen 8 levels on one line of 725 pixels.
        assertThat(off).as("pixels more than 3 levels apart, %s theme", theme).isLessThanOrEqualTo(sampled / 100);
        assertThat(worst).as("largest channel difference, %s theme", theme).isLessThanOrEqualTo(16);
        // And it is greyed at all: the header row differs from the unveiled one.
        robot.interact(() -> table.setOpacity(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] plain = new WritableImage[1];
        robot.interact(() -> plain[0] = scene.snapshot(null));
        PixelReader n = plain[0].getPixelReader();
        for (int y = (int) b.getMinY() + 1; y < (int) b.getMaxY() - 1; y += 2) {
            for (int x = (int) b.getMinX() + 1; x < (int) b.getMaxX() - 1; x += 2) {
                if (n.getArgb(x, y) != a.getArgb(x, y)) {
                    differentFromPlain++;
                }
            }
        }
        assertThat(differentFromPlain).isGreaterThan(1000);
    }
}
