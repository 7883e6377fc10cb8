package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shortlists screen, headless, on a temporary database. */
@ExtendWith(ApplicationExtension.class)
class ShortlistsViewFxTest {

    private ShortlistRepository repo;
    private Stage stage;

    /** Compare windows stay open (they are not modal): close them so the next test sees only its own. */
    @org.junit.jupiter.api.AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        AppContext.applyTheme("light");
        repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "shortlist-fx"));
        Shortlist q1 = repo.create("Frontend Q1");
        repo.create("Backup");
        repo.add(q1.id(), List.of(
                Samples.freelancer("~a", "Ada", "40", 95, List.of("React", "GraphQL")),
                Samples.freelancer("~b", "Bea", "35", 90, List.of("React", "Vue")),
                Samples.freelancer("~c", "Cem", "50", 99, List.of("React", "Go"))));
        repo.setStatus(q1.id(), List.of("~b"), EntryStatus.INTERVIEWING);
        ShortlistFeature feature = FxFixtures.feature(repo, new Samples.FakeDialogs(), () -> stage);
        Scene scene = new Scene(feature.screen(), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ShortlistEntry> table(FxRobot robot) {
        return robot.lookup("#entriesTable").queryAs(TableView.class);
    }

    @Test
    void theListsShowWithTheirCountsAndTheSelectedListsEntries(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Shortlist> lists = robot.lookup("#shortlistList").queryAs(ListView.class);

        assertThat(lists.getItems()).extracting(Shortlist::name).containsExactly("Backup", "Frontend Q1");
        robot.clickOn("Frontend Q1");
        assertThat(table(robot).getItems()).extracting(e -> e.freelancer().name())
                .containsExactlyInAnyOrder("Ada", "Bea", "Cem");
        assertThat(robot.lookup("#entriesPageInfo").queryLabeled().getText()).isEqualTo("1–3 of 3 · page 1 of 1");
    }

    @Test
    void typingADigitRatesTheSelectedEntry(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        robot.clickOn("Ada").type(KeyCode.DIGIT4);

        assertThat(repo.entry(repo.findByName("Frontend Q1").orElseThrow().id(), "~a").orElseThrow().rating())
                .isEqualTo(4);
    }

    @Test
    void compareOpensForTwoSelectedEntries(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        robot.clickOn("Ada");
        robot.press(KeyCode.CONTROL).clickOn("Cem").release(KeyCode.CONTROL);
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#compareView").tryQuery()).isPresent();
        assertThat(robot.lookup("#compareShared").lookup("React").tryQuery()).isPresent();
    }

    @Test
    void tickingTwoEntriesEnablesCompareWhichShowsStatusNotesAndLocalTime(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        assertThat(robot.lookup("#compareHint").queryLabeled().getText()).isEqualTo("Tick 2–4 to compare");
        assertThat(robot.lookup("#compareButton").query().isDisabled()).isTrue();

        robot.clickOn((javafx.scene.Node) robot.lookup(".compare-tick").nth(0).query());
        robot.clickOn((javafx.scene.Node) robot.lookup(".compare-tick").nth(1).query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#compareHint").queryLabeled().getText()).isEqualTo("2 chosen");
        assertThat(robot.lookup("#compareButton").query().isDisabled()).isFalse();
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compareView").lookup("Status").tryQuery()).isPresent();
        assertThat(robot.lookup("#compareView").lookup("Your notes").tryQuery()).isPresent();
        assertThat(robot.lookup("#compareView").lookup("Local time").tryQuery()).isPresent();
    }

    @Test
    void theListTitleAndEveryButtonKeepTheirTextInASmallWindow(FxRobot robot) {
        javafx.stage.Window window = robot.lookup("#shortlistsView").query().getScene().getWindow();
        double before = window.getWidth();
        robot.interact(() -> window.setWidth(1024));
        try {
            robot.clickOn("Frontend Q1");
            WaitForAsyncUtils.waitForFxEvents();
            // The profile pane builds its buttons for the first entry shown (issue 13): show one.
            robot.interact(() -> robot.lookup("#entriesTable").queryAs(javafx.scene.control.TableView.class)
                    .getSelectionModel().selectFirst());
            WaitForAsyncUtils.waitForFxEvents();
            assertWholeAtThisWidth(robot);
        } finally {
            robot.interact(() -> window.setWidth(before));
        }
    }

    private static void assertWholeAtThisWidth(FxRobot robot) {
        javafx.scene.control.Label title = robot.lookup("#shortlistTitle").queryAs(javafx.scene.control.Label.class);
        assertThat(title.getWidth()).isGreaterThanOrEqualTo(title.prefWidth(-1) - 1);
        for (String id : List.of("#compareButton", "#exportListButton", "#refreshListButton", "#removeEntriesButton",
                "#copyLinkButton", "#openProfileButton")) {
            javafx.scene.control.Labeled b = robot.lookup(id).queryLabeled();
            assertThat(b.getWidth()).as(id).isGreaterThanOrEqualTo(b.prefWidth(-1) - 1);
        }
    }

    @Test
    void theEntryFilterIsWhatCtrlFFocusesHere(FxRobot robot) {
        assertThat(robot.lookup("." + com.talentfinder.ui.StyleClasses.SCREEN_FIND).query().getId())
                .isEqualTo("entrySearchField");
    }
}
