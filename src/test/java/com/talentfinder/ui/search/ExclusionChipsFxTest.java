package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.RecruiterFiltersTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.KeepWhole;
import com.talentfinder.ui.Themes;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "not …" chips of the filter sidebar: typed in, removed by a click or from the keyboard; the sidebar fits. */
@ExtendWith(ApplicationExtension.class)
class ExclusionChipsFxTest {

    private final ObservableList<Freelancer> loaded = FXCollections.observableArrayList(
            person("~in", "India", "UTC+05:30", "Java developer", null, "Java"),
            person("~de", "Germany", "UTC+01:00", "React developer", null, "React"));
    private FilterViewModel vm;
    private FilterView view;

    @Start
    void start(Stage stage) {
        Themes.apply("light");
        vm = new FilterViewModel(loaded);
        view = new FilterView(vm);
        KeepWhole.buttonsUnder(view); // as the search screen does
        // As in a 1024 x 700 window: the sidebar is taller than its place, so its vertical scroll bar shows.
        // Fixed in a holder: the test stage may be shared with other tests and keep their size.
        view.setMinSize(220, 500);
        view.setMaxSize(220, 500);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view), 220, 500);
        scene.getStylesheets().add(Themes.STYLESHEET);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private FlowPane chips(FxRobot robot) {
        return robot.lookup("#exclusionChips").queryAs(FlowPane.class);
    }

    private List<String> chipTexts(FxRobot robot) {
        return chips(robot).getChildren().stream().map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void aClickOnAChipRemovesIt(FxRobot robot) {
        robot.interact(() -> {
            vm.addExclusion(Exclusion.place("India"));
            vm.addExclusion(new Exclusion(Exclusion.Kind.WORD, "agency"));
        });
        assertThat(chipTexts(robot)).containsExactly("not India", "not “agency”");

        robot.interact(() -> view.setVvalue(view.getVmax()));
        robot.clickOn("not India");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chipTexts(robot)).containsExactly("not “agency”");
        assertThat(vm.exclusions()).containsExactly(new Exclusion(Exclusion.Kind.WORD, "agency"));
    }

    @Test
    void typedInTheFieldThenDeletedFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> view.setVvalue(view.getVmax()));
        robot.clickOn("#exclusionField").write("Eastern Europe").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.exclusions()).containsExactly(Exclusion.region(Region_.EASTERN_EUROPE));
        assertThat(robot.lookup("#exclusionField").queryAs(TextField.class).getText()).isEmpty();
        robot.interact(() -> vm.addExclusion(Exclusion.place("Germany")));

        Node first = chips(robot).getChildren().get(0);
        robot.interact(first::requestFocus);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chipTexts(robot)).containsExactly("not Germany");
        // the focus moved to the next chip: Enter removes it too, then the focus is back in the field
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.exclusions()).isEmpty();
        assertThat(robot.lookup("#exclusionField").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void theSidebarKeepsItsWidth(FxRobot robot) {
        robot.interact(() -> vm.addExclusion(new Exclusion(Exclusion.Kind.WORD, "a long phrase nobody wants")));
        WaitForAsyncUtils.waitForFxEvents();
        Region box = (Region) view.getContent();
        assertThat(view.getViewportBounds().getWidth()).isLessThan(215); // the vertical bar takes its room
        assertThat(box.getWidth()).isLessThanOrEqualTo(view.getViewportBounds().getWidth() + 0.5);
    }

    /** Region is also a JavaFX class name: the filter's region presets under another name here. */
    private static final class Region_ {
        static final com.talentfinder.ui.search.Region EASTERN_EUROPE = com.talentfinder.ui.search.Region.EASTERN_EUROPE;
    }
}
