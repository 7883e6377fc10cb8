package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: a new page re-fills the table's rows in place; it does not empty every visible row first (which made
 * each row and cell go through its "empty" state and work out its CSS anew). Sorting and selection behave as
 * before.
 */
@ExtendWith(ApplicationExtension.class)
class NewPageRowsFxTest {

    private SearchViewModel search;

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        search = new SearchViewModel(new FakeSource(), new SyncTaskRunner(), new InMemoryHistory(),
                new ManualTicker(), () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        MainView view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Freelancer> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryAs(TableView.class);
    }

    private void searchFor(FxRobot robot, String query) {
        robot.interact(() -> {
            search.queryProperty().set(query);
            search.search();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> names(TableView<Freelancer> t) {
        return t.getItems().stream().map(Freelancer::name).toList();
    }

    @Test
    void theNextPageAndANewSearchRefillTheRowsWithoutEmptyingThem(FxRobot robot) {
        searchFor(robot, "react");
        TableView<Freelancer> t = table(robot);
        AtomicInteger emptied = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        robot.interact(() -> {
            for (Node n : t.lookupAll(".table-row-cell")) {
                IndexedCell<?> row = (IndexedCell<?>) n;
                row.emptyProperty().addListener((o, was, now) -> {
                    if (now) {
                        emptied.incrementAndGet();
                    }
                });
                row.itemProperty().addListener(o -> updated.incrementAndGet());
            }
        });

        robot.interact(search::nextPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(t).get(0)).isEqualTo("Person 25 react");
        assertThat(updated.get()).as("rows given a new freelancer").isGreaterThan(5);
        searchFor(robot, "java");
        assertThat(names(t).get(0)).isEqualTo("Person 0 java");
        Node firstNameCell = t.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == 0
                        && "nameColumn".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
        assertThat(((javafx.scene.control.TableCell<?, ?>) firstNameCell).getText()).isEqualTo("Person 0 java");

        // Before, every visible row (14 here) was emptied at each of the two changes; the flow may still let go
        // of a spare row it keeps below the view.
        assertThat(emptied.get()).as("rows emptied on the way").isLessThanOrEqualTo(2);
    }

    @Test
    void sortingByAColumnOrdersTheRowsAndHoldsForTheNextPage(FxRobot robot) {
        searchFor(robot, "react");
        TableView<Freelancer> t = table(robot);
        TableColumn<Freelancer, ?> name = t.getColumns().stream()
                .filter(c -> "nameColumn".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(name));
        });
        List<Freelancer> sorted = new ArrayList<>(t.getItems());
        sorted.sort(ResultComparators.NAME.reversed());
        assertThat(t.getSortOrder()).containsExactly(name);
        assertThat(t.getItems()).containsExactlyElementsOf(sorted);
        assertThat(names(t).get(0)).isNotEqualTo("Person 0 react");

        robot.interact(search::nextPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSortOrder()).containsExactly(name);
        List<Freelancer> next = new ArrayList<>(t.getItems());
        assertThat(names(t)).contains("Person 25 react");
        next.sort(ResultComparators.NAME.reversed());
        assertThat(t.getItems()).containsExactlyElementsOf(next);
    }

    @Test
    void aSelectionOffTheNewPageIsCleared(FxRobot robot) {
        searchFor(robot, "react");
        TableView<Freelancer> t = table(robot);
        robot.interact(() -> t.getSelectionModel().select(2));
        assertThat(search.selectedProperty().get().name()).isEqualTo("Person 2 react");

        robot.interact(search::nextPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.selectedProperty().get()).isNull();
        assertThat(t.getSelectionModel().getSelectedItem()).isNull();

        robot.interact(() -> t.getSelectionModel().select(1));
        assertThat(search.selectedProperty().get().name()).isEqualTo("Person 26 react");
        robot.interact(search::previousPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.selectedProperty().get()).isNull();
        assertThat(names(t).get(0)).isEqualTo("Person 0 react");
    }
}
