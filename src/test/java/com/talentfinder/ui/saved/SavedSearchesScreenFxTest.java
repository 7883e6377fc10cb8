package com.talentfinder.ui.saved;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.app.saved.SavedFilters;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The saved-searches screen headless: cost before a run, Run, the New marks, and a result's profile. */
@ExtendWith(ApplicationExtension.class)
class SavedSearchesScreenFxTest {

    @TempDir
    static Path dir;

    private SavedFixture fx;
    private SavedSearchesFeature feature;
    private Label profile;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        profile = new Label();
        fx = new SavedFixture(dir.resolve(java.util.UUID.randomUUID().toString()), Clock.systemUTC());
        fx.rank(1, 8);
        fx.saved.save("React weekly", "react developer", 10, SavedFilters.NONE, 2, true);
        feature = new SavedSearchesFeature(fx.saved, new SyncTaskRunner(), Clock.systemUTC(), (selection, images) -> {
            profile.setId("profileStandIn");
            profile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> selection.get() == null ? "" : selection.get().name(), selection));
            return new StackPane(profile);
        }, null, () -> stage);
        Node root = feature.create();
        feature.shown();
        stage.setScene(new Scene((javafx.scene.Parent) root, 1280, 800));
        stage.show();
    }

    @Test
    void runningShowsTheNewcomersMarkedNewAndOpensAProfile(FxRobot robot) {
        Label cost = robot.lookup("#savedCost").queryAs(Label.class);
        assertThat(cost.getText()).startsWith("Run: at most 2 calls");
        robot.clickOn("#savedRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".saved-new-badge").queryAll()).hasSize(8);

        fx.ranking.add(0, SavedFixture.person(40));
        fx.ranking.add(2, SavedFixture.person(41));
        fx.ranking.add(5, SavedFixture.person(42));
        robot.clickOn("#savedRunButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> results = robot.lookup("#savedResultsTable").queryAs(TableView.class);
        assertThat(results.getItems()).hasSize(11);
        assertThat(robot.lookup(".saved-new-badge").queryAll()).hasSize(3);
        ListView<?> searches = robot.lookup("#savedSearchesTable").queryAs(ListView.class);
        assertThat(((SavedSearchesViewModel.Row) searches.getItems().get(0)).newSince())
                .isEqualTo("3 new since earlier today");
        robot.interact(() -> results.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(profile.getText()).isEqualTo("Person 40");
    }

    @Test
    void saveSearchAsksForANameAndSavesTheQueryWithItsFilters(FxRobot robot) {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox();
        SavedFilters rate = new SavedFilters(new java.math.BigDecimal("25"), null, null, null, null, null);
        robot.interact(() -> {
            feature.installSaveAction(bar, bar, () -> new SaveSearchViewModel.Current("vue developer", 20, rate));
            ((javafx.scene.layout.BorderPane) robot.lookup("#savedSearchesScreen").query()).setBottom(bar);
        });
        robot.clickOn("#saveSearchButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField name = robot.lookup("#saveSearchName").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("vue developer");
        robot.interact(() -> name.setText("Vue monthly"));
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.saved.find("vue monthly").orElseThrow().filters()).isEqualTo(rate);
        ListView<?> searches = robot.lookup("#savedSearchesTable").queryAs(ListView.class);
        assertThat(searches.getItems()).hasSize(2);
    }
}
