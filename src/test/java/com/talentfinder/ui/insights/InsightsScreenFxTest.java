package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InsightsScreenFxTest {

    @TempDir
    static Path dir;

    private final FakeInsightsPort port = new FakeInsightsPort();
    private InsightsFeature feature;
    private InsightsView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        feature = new InsightsFeature(port, new SyncTaskRunner(), ZoneOffset.UTC,
                (name, ext) -> dir.resolve(name));
        view = (InsightsView) feature.root();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void typingAQueryShowsTheCostThenFetchingFillsChartAndTable(FxRobot robot) {
        robot.clickOn(view.rates.query).write("wordpress");
        assertThat(view.rates.bar.costLabel.getText()).isEqualTo("3 credits on your plan");
        assertThat(port.calls).isZero();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(port.calls).isEqualTo(3);
        assertThat(view.rates.table.getItems()).isNotEmpty();
        assertThat(view.rates.plot.rows()).hasSizeLessThanOrEqualTo(18).isNotEmpty();
        assertThat(((Label) view.rates.card.getChildren().get(0)).getText()).contains("ASKING rates");
    }

    @Test
    void ctrlFOnThisScreenFindsTheRatesQuery(FxRobot robot) {
        // MainView's Ctrl+F focuses the first node styled SCREEN_FIND inside the screen's view.
        assertThat(view.lookup("." + com.talentfinder.ui.StyleClasses.SCREEN_FIND)).isSameAs(view.rates.query);
    }

    @Test
    void theChartIsSavedAsAPngWithItsCaveat(FxRobot robot) throws Exception {
        robot.interact(() -> {
            feature.rates().queryProperty().set("wordpress");
            feature.rates().start();
        });
        robot.clickOn(view.rates.png);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("rates-by-location.png");
        assertThat(png).exists();
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P');
        assertThat(view.notice.getText()).isEqualTo("Saved rates-by-location.png.");
    }

    @Test
    void weightsCanBeSetFromTheKeyboardAndWhyFollows(FxRobot robot) {
        robot.interact(() -> {
            feature.rates().queryProperty().set("wordpress");
            feature.rates().start();
            view.select(3);
        });
        Spinner<?> jss = robot.lookup("#weight-jss").queryAs(Spinner.class);
        robot.clickOn(jss.getEditor()).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.ranking().weightProperty(com.talentfinder.insights.Factor.JSS).get()).isEqualTo(30);
        assertThat(feature.ranking().presetProperty().get()).isNull();
        assertThat(view.ranking.table.getItems()).isNotEmpty();
        assertThat(feature.ranking().headlineProperty().get()).startsWith("Why ");
    }
}
