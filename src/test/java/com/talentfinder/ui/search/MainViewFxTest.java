package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main view, headless, on a fake source. */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    private final FakeSource source = new FakeSource();
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private SearchViewModel search;

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        search = new SearchViewModel(source, new SyncTaskRunner(), new InMemoryHistory(), new ManualTicker(),
                () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        MainView view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), settingsOpened::incrementAndGet, PortraitThumbnails.NONE));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.focusSearchField();
    }

    private static void search(FxRobot robot, String query) {
        robot.clickOn("#searchField").write(query).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Freelancer> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryAs(TableView.class);
    }

    private static String pageInfo(FxRobot robot) {
        return robot.lookup("#pageInfo").queryLabeled().getText();
    }

    @Test
    void beforeAnySearchTheFirstRunStateAndDemoBadgeShow(FxRobot robot) {
        assertThat(robot.lookup("#firstRunState").query().isVisible()).isTrue();
        assertThat(robot.lookup("#demoBadge").query().isVisible()).isTrue();
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
    }

    @Test
    void typingAQueryAndEnterFillsTheTable(FxRobot robot) {
        search(robot, "react");

        assertThat(table(robot).getItems()).hasSize(25);
        assertThat(table(robot).isVisible()).isTrue();
        assertThat(pageInfo(robot)).isEqualTo("Page 1 of 3 · 60 freelancers");
    }

    @Test
    void selectingARowSetsTheSharedSelection(FxRobot robot) {
        search(robot, "react");
        robot.clickOn("Person 2 react");

        assertThat(search.selectedProperty().get()).isNotNull();
        assertThat(search.selectedProperty().get().name()).isEqualTo("Person 2 react");
    }

    @Test
    void arrowKeysMoveTheSelection(FxRobot robot) {
        search(robot, "react");
        robot.clickOn("Person 0 react").type(KeyCode.DOWN).type(KeyCode.DOWN);

        assertThat(search.selectedProperty().get().name()).isEqualTo("Person 2 react");
    }

    @Test
    void theNextPageButtonChangesThePage(FxRobot robot) {
        search(robot, "react");
        robot.clickOn("#nextPageButton");

        assertThat(pageInfo(robot)).isEqualTo("Page 2 of 3 · 60 freelancers");
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Person 25 react");
    }

    @Test
    void altRightAndAltLeftChangePage(FxRobot robot) {
        search(robot, "react");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(pageInfo(robot)).startsWith("Page 2 of 3");

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(pageInfo(robot)).startsWith("Page 1 of 3");
        assertThat(source.callCount()).isEqualTo(2);
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) {
        search(robot, "react");
        robot.clickOn("Person 0 react");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
    }

    @Test
    void aBadgeFilterHidesRowsAndSaysHowMany(FxRobot robot) {
        search(robot, "react");
        robot.clickOn("#badgeFilter-top_rated");

        assertThat(table(robot).getItems()).hasSize(9);
        Node note = robot.lookup("#filterNote").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(robot.lookup("#filterNote").queryLabeled().getText())
                .isEqualTo("9 of 25 shown · 16 hidden by filters");

        robot.clickOn("#clearFiltersLink");
        assertThat(table(robot).getItems()).hasSize(25);
    }

    @Test
    void anUnauthorizedAnswerShowsTheBannerWithOpenSettings(FxRobot robot) {
        source.failNext(new ApiException(ApiException.Kind.UNAUTHORIZED, "The key was refused."));
        search(robot, "react");

        assertThat(robot.lookup("#errorBanner").query().isVisible()).isTrue();
        Button action = robot.lookup("#errorBannerAction").queryButton();
        assertThat(action.getText()).isEqualTo("Open settings");
        robot.clickOn(action);
        assertThat(settingsOpened.get()).isEqualTo(1);
    }

    @Test
    void noMatchesShowsTheEmptyState(FxRobot robot) {
        source.total("zzz", 0);
        search(robot, "zzz");

        assertThat(robot.lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(table(robot).isVisible()).isFalse();
    }

    @Test
    void aBlankQueryShowsItsMessageUnderTheField(FxRobot robot) {
        robot.clickOn("#searchButton");

        assertThat(robot.lookup("#searchInputError").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(source.callCount()).isZero();
    }
}
