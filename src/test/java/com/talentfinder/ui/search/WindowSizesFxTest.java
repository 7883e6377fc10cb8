package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 (5): the search screen at 1024 × 700 and at 1920 × 1080. */
@ExtendWith(ApplicationExtension.class)
class WindowSizesFxTest {

    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppContext.applyTheme("light");
        SearchViewModel search = new SearchViewModel(new FakeSource(), new SyncTaskRunner(), new InMemoryHistory(),
                new ManualTicker(), () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        // Like the real profile pane: wide content (a long list name) asks for a wide pane.
        Label detail = new Label("On: Frontend hires, Q3 (React and TypeScript) and a long tail");
        detail.setMinWidth(Label.USE_PREF_SIZE);
        view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new VBox(detail), () -> { }, PortraitThumbnails.NONE));
        Scene scene = new Scene(view, 1024, 700);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Freelancer> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryAs(TableView.class);
    }

    private void searchAt(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.clickOn("#searchField").write("react").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableColumn<Freelancer, ?> column(TableView<Freelancer> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void at1024TheKeyColumnsAndEveryButtonAreWhole(FxRobot robot) {
        searchAt(robot, 1024, 700);
        TableView<Freelancer> t = table(robot);

        assertThat(robot.lookup("#filterPane").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        double right = 0;
        for (String id : new String[] {"portraitColumn", "nameColumn", "titleColumn", "rateColumn",
                "locationColumn", "jssColumn"}) {
            right += column(t, id).getWidth();
        }
        assertThat(right).as("name to Job Success fit in the table").isLessThanOrEqualTo(t.getWidth());
        assertThat(column(t, "titleColumn").getWidth()).isGreaterThanOrEqualTo(170);
        assertThat(column(t, "locationColumn").getWidth()).isGreaterThanOrEqualTo(135);
        double sceneWidth = stage.getScene().getWidth();
        java.util.List<Node> buttons = new java.util.ArrayList<>(robot.lookup(".button").queryAll());
        buttons.addAll(robot.lookup(".toggle-button").queryAll());
        buttons.addAll(robot.lookup(".label").queryAll());
        for (Node n : buttons) {
            if (n instanceof javafx.scene.control.Labeled b && (b instanceof ButtonBase
                    || b instanceof Label l && l.getLabelFor() != null) && b.isVisible() && b.getScene() != null && b.getText() != null
                    && !b.getText().isEmpty() && isShowing(b)) {
                assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 1);
                Bounds onScene = b.localToScene(b.getBoundsInLocal());
                assertThat(onScene.getMaxX()).as(b.getText() + " on screen").isLessThanOrEqualTo(sceneWidth + 1);
            }
        }
        for (String id : new String[] {"#filtersToggle", "#detailToggle", "#jumpToPageField"}) {
            Node n = robot.lookup(id).query();
            assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id).isLessThanOrEqualTo(sceneWidth + 1);
        }
    }

    /** The stage is shared with the next test classes: give it back at the size they expect. */
    @org.junit.jupiter.api.AfterEach
    void restoreSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void onANarrowWindowShowingTheFiltersFoldsTheProfileSoNothingLeavesTheWindow(FxRobot robot) {
        // 1152 px wide (90 % of a 1280 screen): the filters start folded and the profile is shown.
        searchAt(robot, 1152, 720);
        SearchScreenView screen = (SearchScreenView) view.builtView(view.viewModel().screens().get(0));
        assertThat(screen.detailShownProperty().get()).isTrue();

        robot.clickOn("#filtersToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#filterPane").query().isVisible()).isTrue();
        assertThat(screen.detailShownProperty().get()).as("the profile folds").isFalse();
        Node search = robot.lookup("#searchButton").query();
        assertThat(search.localToScene(search.getBoundsInLocal()).getMaxX()).as("Search button on screen")
                .isLessThanOrEqualTo(stage.getScene().getWidth() + 1);

        robot.clickOn("#detailToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.detailShownProperty().get()).isTrue();
        assertThat(robot.lookup("#filterPane").query().isVisible()).as("the filters fold").isFalse();
    }

    @Test
    void onAWideTableTitleAndLocationTakeTheSpareWidth(FxRobot robot) {
        // The headless screen is 1280 × 800: a wide table is the full window with the profile pane folded.
        searchAt(robot, 1280, 800);
        robot.interact(() -> ((SearchScreenView) view.builtView(view.viewModel().screens().get(0))).detailShownProperty().set(false));
        if (robot.lookup("#filterPane").query().isVisible()) {
            robot.clickOn("#filtersToggle");
        }
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Freelancer> t = table(robot);

        assertThat(column(t, "titleColumn").getWidth()).isGreaterThan(220);
        assertThat(column(t, "locationColumn").getWidth()).isGreaterThan(160);
        assertThat(column(t, "rateColumn").getWidth()).isEqualTo(116);
        double all = t.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(all).isLessThanOrEqualTo(t.getWidth()).isGreaterThan(t.getWidth() - 40);
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
