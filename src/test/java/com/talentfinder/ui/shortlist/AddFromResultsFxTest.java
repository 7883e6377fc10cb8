package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import com.talentfinder.ui.search.PortraitThumbnails;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchFeature;
import com.talentfinder.ui.search.SearchHistory;
import com.talentfinder.ui.search.SearchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving results to a shortlist from the search window: context menu and Ctrl+S, headless. */
@ExtendWith(ApplicationExtension.class)
class AddFromResultsFxTest {

    private ShortlistRepository repo;
    private Shortlist q1;
    private MainView view;

    private static final FreelancerSource SOURCE = r -> {
        List<Freelancer> page = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            page.add(Samples.freelancer("~r" + i, "Result " + i));
        }
        return new SearchPage(r, 5, 1, page, Instant.EPOCH, false);
    };

    @Start
    void start(Stage stage) throws Exception {
        AppContext.applyTheme("light");
        repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "shortlist-fx"));
        q1 = repo.create("Frontend Q1");
        SearchViewModel search = new SearchViewModel(SOURCE, new SyncTaskRunner(), SearchHistory.NONE,
                tick -> () -> { }, () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        ShortlistFeature feature = FxFixtures.feature(repo, new Samples.FakeDialogs(), () -> stage);
        view = TestWindows.searchWindow(search, results.filters(), results, new SearchFeature.Slots(
                feature.detailBar(search.selectedProperty()), () -> { }, PortraitThumbnails.NONE), feature);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        SearchFeature searchScreen = (SearchFeature) view.viewModel().screens().get(0);
        searchScreen.onResultsTable(table -> feature.installOnResults(table, () -> "Search results"));
    }

    private void search(FxRobot robot) {
        robot.clickOn("#searchField").write("react").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int count() {
        return repo.count(q1.id(), EntryQuery.all());
    }

    @Test
    void ctrlSSavesTheSelectedRowsToTheListChosen(FxRobot robot) {
        search(robot);
        robot.clickOn("Result 1");
        robot.press(KeyCode.SHIFT).clickOn("Result 3").release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Frontend Q1 (0)");
        robot.clickOn("Save");

        assertThat(count()).isEqualTo(3);
        assertThat(robot.lookup("#shortlistFeedback").queryLabeled().getText())
                .isEqualTo("Added 3 freelancers to “Frontend Q1”.");
    }

    @Test
    void theContextMenuAddsToAList(FxRobot robot) {
        search(robot);
        robot.clickOn("Result 2");
        robot.rightClickOn("Result 2");
        robot.clickOn("Add to shortlist");
        robot.clickOn("Frontend Q1 (0)");

        assertThat(count()).isEqualTo(1);
        assertThat(robot.lookup("#onListsChips").lookup("Frontend Q1").tryQuery()).isPresent();
    }

    @Test
    void ctrl2ShowsTheShortlistsScreenAndCtrl1TheSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(view.showing("shortlists")).isTrue();
        assertThat(robot.lookup("#shortlistList").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(view.showing("shortlists")).isFalse();
        assertThat(robot.lookup("#searchField").tryQuery()).isPresent();
    }

    @Test
    void theShortlistsScreenCanBeDroppedAndBuiltAgain(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        var screen = view.viewModel().current();
        javafx.scene.Node first = view.builtView(screen);
        assertThat(first).isNotNull();

        robot.interact(() -> view.drop(screen));
        javafx.scene.Node second = view.builtView(screen);

        assertThat(second).isNotNull().isNotSameAs(first);
        assertThat(first.getScene()).isNull();
        assertThat(robot.lookup("#shortlistList").queryAll()).hasSize(1);
    }
}
