package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import java.util.List;
import java.util.function.Function;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Score cells' "why" tooltip is made on the first hover (issue 13: a popup window per cell was a share of
 * the first results frame); it says what it said before, and a screen reader gets the same text unhovered.
 */
@ExtendWith(ApplicationExtension.class)
class LazyCellTooltipFxTest {

    private final CurrentRanking ranking = new CurrentRanking();
    private TableView<Freelancer> table;

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        table = new TableView<>();
        TableColumn<Freelancer, Freelancer> score = ScoreColumn.create(ranking, Function.identity(), new Subscriptions());
        table.getColumns().add(score);
        table.getItems().setAll(List.of(Freelancers.olena()));
        Scene scene = new Scene(table, 400, 300);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableCell<Freelancer, Freelancer> firstScoreCell(FxRobot robot) {
        return robot.lookup(".score-cell").queryAll().stream()
                .map(n -> (TableCell<Freelancer, Freelancer>) n)
                .filter(c -> !c.isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverWithTheExplanation(FxRobot robot) {
        TableCell<Freelancer, Freelancer> cell = firstScoreCell(robot);
        Freelancer f = Freelancers.olena();
        String why = ScoreWords.explain(f, ranking.score(f));

        assertThat(cell.getTooltip()).as("no popup before the pointer comes").isNull();
        robot.interact(() -> assertThat(cell.queryAccessibleAttribute(AccessibleAttribute.HELP)).isEqualTo(why));

        robot.interact(() -> cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(why);
    }

    @Test
    void aFixedTooltipIsMadeOnTheFirstHoverAndIsTheControlsHelpAtOnce(FxRobot robot) {
        javafx.scene.control.Button b = new javafx.scene.control.Button("x");
        robot.interact(() -> LazyTooltip.install(b, "Next page"));

        assertThat(b.getTooltip()).isNull();
        assertThat(b.getAccessibleHelp()).isEqualTo("Next page");
        robot.interact(() -> b.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(b.getTooltip().getText()).isEqualTo("Next page");
    }

    @Test
    void anEmptiedCellLosesItsTooltip(FxRobot robot) {
        TableCell<Freelancer, Freelancer> cell = firstScoreCell(robot);
        robot.interact(() -> cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(cell.getTooltip()).isNotNull();

        robot.interact(() -> table.getItems().clear());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell.getTooltip()).isNull();
        robot.interact(() -> assertThat(cell.queryAccessibleAttribute(AccessibleAttribute.HELP)).isEqualTo(""));
    }
}
