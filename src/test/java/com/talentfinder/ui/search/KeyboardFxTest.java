package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import com.talentfinder.ui.help.ShortcutsWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 (7): the keyboard reaches everything, and never presses what the user did not mean. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFxTest {

    private final FakeSource source = new FakeSource();
    private final AtomicInteger exported = new AtomicInteger();
    private MainView view;
    private TextField shortlistFilter;
    private Button export;
    private VBox standIn;

    private VBox standIn() {
        return standIn;
    }

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        SearchViewModel search = new SearchViewModel(source, new SyncTaskRunner(), new InMemoryHistory(),
                new ManualTicker(), () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE),
                new StandInShortlists(this::standIn));
        shortlistFilter = new TextField();
        export = new Button("Export");
        shortlistFilter.setId("standInFilter");
        shortlistFilter.getStyleClass().add(StyleClasses.SCREEN_FIND);
        export.setId("standInExport");
        export.setOnAction(e -> exported.incrementAndGet());
        VBox shortlists = new VBox(8, export, shortlistFilter);
        standIn = shortlists;
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.focusSearchField();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Freelancer> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryAs(TableView.class);
    }

    @Test
    void downFromTheSearchFieldMovesIntoTheResults(FxRobot robot) {
        robot.clickOn("#searchField").write("react").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).isFocused()).isTrue();
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void ctrlFFocusesTheShortlistsFilterOnTheShortlistsScreen(FxRobot robot) {
        robot.interact(() -> view.show("shortlists"));
        robot.clickOn("#standInExport");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shortlistFilter.isFocused()).isTrue();
    }

    @Test
    void enterDoesNotPressTheFocusedButtonButSpaceDoes(FxRobot robot) {
        robot.interact(() -> view.show("shortlists"));
        robot.interact(export::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported.get()).isZero();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported.get()).isEqualTo(1);
    }

    @Test
    void aButtonReachedWithTabShowsAFocusRing(FxRobot robot) {
        robot.interact(() -> view.show("shortlists"));
        robot.interact(shortlistFilter::requestFocus);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(export.isFocused()).isTrue();
        assertThat(export.getBorder()).isNotNull();
        assertThat(export.getBorder().getStrokes()).isNotEmpty();
        assertThat(export.getBorder().getStrokes().get(0).getWidths().getTop()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyMenuShortcutIsInTheShortcutsListAndTheListShowsThemAll(FxRobot robot) {
        Set<Object> listed = new HashSet<>();
        for (Shortcut s : Shortcut.values()) {
            listed.add(s.combination());
        }
        MenuBar bar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            items.addAll(m.getItems());
        }
        assertThat(items).filteredOn(i -> i.getAccelerator() != null).isNotEmpty()
                .allSatisfy(i -> assertThat(listed).contains(i.getAccelerator()));
        assertThat(items).extracting(MenuItem::getText).contains("Keyboard shortcuts");

        List<String> shown = new ArrayList<>();
        robot.interact(() -> collectTexts(ShortcutsWindow.content(), shown));
        for (Shortcut s : Shortcut.values()) {
            assertThat(shown).contains(s.keys(), s.description());
        }
    }

    private static void collectTexts(Node n, List<String> out) {
        if (n instanceof Label l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTexts(c, out));
        }
    }

}
