package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.Weights;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.ScoreColumn;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shortlist's Score column: it follows the shared ranking and sorts the page shown, headless. */
@ExtendWith(ApplicationExtension.class)
class EntriesScoreFxTest {

    private final CurrentRanking ranking = new CurrentRanking();

    @Start
    void start(Stage stage) throws Exception {
        AppContext.applyTheme("light");
        ShortlistRepository repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "score-fx"));
        Shortlist list = repo.create("Frontend Q1");
        repo.add(list.id(), List.of(
                Samples.freelancer("~a", "Ada", "40", 95, List.of("React")),
                Samples.freelancer("~b", "Bea", "35", 90, List.of("React")),
                Samples.freelancer("~c", "Cem", "50", 99, List.of("React"))));
        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(100, 0, 0, 0, 0, 0, 0)));
        ShortlistFeature feature = FxFixtures.feature(repo, new Samples.FakeDialogs(), () -> stage);
        feature.useRanking(ranking);
        Scene scene = new Scene(feature.screen(), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ShortlistEntry> table(FxRobot robot) {
        return robot.lookup("#entriesTable").queryAs(TableView.class);
    }

    private static List<String> names(TableView<ShortlistEntry> t) {
        return t.getItems().stream().map(e -> e.freelancer().name()).toList();
    }

    @Test
    void sortingByScoreOrdersThePageAndNewWeightsSortItAgain(FxRobot robot) {
        robot.clickOn("Frontend Q1");
        TableView<ShortlistEntry> t = table(robot);
        TableColumn<ShortlistEntry, ?> score = t.getColumns().stream()
                .filter(c -> ScoreColumn.ID.equals(c.getId())).findFirst().orElseThrow();

        robot.interact(() -> {
            score.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(score));
        });
        assertThat(names(t)).containsExactly("Cem", "Ada", "Bea");

        // The rate closest to a 35 USD target now counts alone: the page sorts again by itself.
        robot.interact(() -> ranking.criteriaProperty().set(new RankingCriteria(Weights.of(0, 0, 0, 0, 0, 100, 0),
                new BigDecimal("35"), "USD", List.of())));
        assertThat(names(t)).containsExactly("Bea", "Ada", "Cem");

        // Another column sorts in the database again, every page.
        TableColumn<ShortlistEntry, ?> name = t.getColumns().stream()
                .filter(c -> "entries-name".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(name));
        });
        assertThat(names(t)).containsExactly("Cem", "Bea", "Ada");
    }
}
