package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15, points 5 and 6 on the screen, headless: select with the keyboard, change all at once, duplicates. */
@ExtendWith(ApplicationExtension.class)
class BulkWorkFxTest {

    private ShortlistRepository repo;
    private Shortlist q1;
    private Samples.FakeDialogs dialogs;

    @Start
    void start(Stage stage) throws Exception {
        AppContext.applyTheme("light");
        repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "bulk-fx"));
        q1 = repo.create("Frontend Q1");
        repo.create("Backup");
        repo.add(q1.id(), List.of(
                Samples.freelancer("~a", "Ada", "40", 95, List.of("React")),
                Samples.freelancer("~b", "Bea", "35", 90, List.of("Vue")),
                Samples.freelancer("~c", "Cem", "50", 99, List.of("Go")),
                Samples.freelancer("~d", "Ada", "40", 95, List.of("React"))));
        dialogs = new Samples.FakeDialogs();
        ShortlistFeature feature = FxFixtures.feature(repo, dialogs, () -> stage);
        Scene scene = new Scene(feature.screen(), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ShortlistEntry> table(FxRobot robot) {
        return robot.lookup("#entriesTable").queryAs(TableView.class);
    }

    private List<ShortlistEntry> all() {
        List<ShortlistEntry> out = new ArrayList<>();
        repo.forEachEntry(q1.id(), EntryQuery.all(), out::add);
        return out;
    }

    @Test
    void ctrlASelectsEveryRowCtrlBOpensTheActionsAndTheKeyboardSetsAStatusForAllWithOneUndo(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        robot.clickOn("Bea");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(4);
        assertThat(robot.lookup("#bulkCount").queryLabeled().getText()).isEqualTo("4 selected");

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bulkMenu").queryAs(MenuButton.class).isShowing()).isTrue();
        // "Set status" is the first item: open it, go down to the fourth status (Hired), choose it.
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(all()).hasSize(4).allMatch(e -> e.status() == EntryStatus.HIRED);
        assertThat(robot.lookup("#noticeText").queryLabeled().getText()).isEqualTo("Set 4 entries to Hired.");

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(all()).allMatch(e -> e.status() == EntryStatus.NEW);
    }

    @Test
    void aDigitWithSeveralRowsSelectedRatesThemAllAndTheCheckBoxesShowTheSelection(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        robot.clickOn("Bea");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(all()).filteredOn(e -> e.rating() == 3).hasSize(2);
        assertThat(robot.lookup(".select-tick").queryAllAs(javafx.scene.control.CheckBox.class))
                .filteredOn(javafx.scene.control.CheckBox::isSelected).hasSize(2);
    }

    @Test
    void theSamePersonTwiceIsFlaggedAndMergedFromTheNotice(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#duplicateText").queryLabeled().getText())
                .startsWith("2 possible duplicates: Ada is on this list 2 times");
        assertThat(robot.lookup(".duplicate-badge").queryAll()).hasSize(2);

        robot.clickOn("#mergeDuplicatesButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(all()).hasSize(3);
        assertThat(robot.lookup("#duplicateBanner").query().isVisible()).isFalse();
    }
}
