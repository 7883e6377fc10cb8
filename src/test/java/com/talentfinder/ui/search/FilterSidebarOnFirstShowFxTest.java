package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.RecruiterFiltersTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Themes;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter sidebar builds its controls the first time it is shown (issue 13, the first frame): until then it
 * holds none; once shown, they carry the filters already in force (a saved search or the restored state), and
 * they work.
 */
@ExtendWith(ApplicationExtension.class)
class FilterSidebarOnFirstShowFxTest {

    private final ObservableList<Freelancer> loaded = FXCollections.observableArrayList(
            person("~in", "India", "UTC+05:30", "Java developer", null, "Java"),
            person("~de", "Germany", "UTC+01:00", "React developer", null, "React"),
            person("~us", "United States", "UTC-08:00", "Designer", null, "Figma"));
    private FilterViewModel vm;
    private FilterView view;
    private Stage extra;

    @Start
    void start(Stage stage) {
        Themes.apply("light");
        vm = new FilterViewModel(loaded);
        view = new FilterView(vm);
        view.setVisible(false); // folded away, as on a narrow screen
        Scene scene = new Scene(new StackPane(view), 260, 700);
        scene.getStylesheets().add(Themes.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeExtra(FxRobot robot) {
        if (extra != null) {
            robot.interact(extra::hide);
        }
    }

    @Test
    void aFoldedSidebarHoldsNoControlsUntilShownThenShowsTheFiltersInForce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.contentBuilt()).isFalse();
        assertThat(robot.lookup("#regionFilter").tryQuery()).isEmpty();

        // Filters set while the sidebar was folded (what applying a saved search does).
        robot.interact(() -> {
            vm.selectedRegions().setAll(Region.SOUTH_ASIA);
            vm.selectedCountries().setAll("Germany");
            vm.minJssProperty().set(80);
            vm.minOverlapHoursProperty().set(3);
            vm.hideListedProperty().set(true);
            vm.setMaxRate(40);
        });
        robot.interact(() -> view.setVisible(true));

        assertThat(view.contentBuilt()).isTrue();
        @SuppressWarnings("unchecked")
        CheckComboBox<Region> regions = robot.lookup("#regionFilter").queryAs(CheckComboBox.class);
        assertThat(regions.getCheckModel().getCheckedItems()).containsExactly(Region.SOUTH_ASIA);
        @SuppressWarnings("unchecked")
        CheckComboBox<String> countries = robot.lookup("#countryFilter").queryAs(CheckComboBox.class);
        assertThat(countries.getCheckModel().getCheckedItems()).containsExactly("Germany");
        assertThat(robot.lookup("#minJssSlider").queryAs(Slider.class).getValue()).isEqualTo(80);
        assertThat(robot.lookup("#minOverlapSlider").queryAs(Slider.class).getValue()).isEqualTo(3);
        assertThat(robot.lookup("#hideListedFilter").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#rateMaxField").queryAs(TextField.class).getText())
                .isEqualTo(Long.toString(Math.round(vm.rateHighProperty().get())));

        // The controls built late work both ways.
        robot.interact(() -> regions.getCheckModel().check(Region.NORTH_AMERICA));
        assertThat(vm.selectedRegions()).containsExactlyInAnyOrder(Region.SOUTH_ASIA, Region.NORTH_AMERICA);
        robot.interact(vm::clear);
        assertThat(regions.getCheckModel().getCheckedItems()).isEmpty();
        assertThat(robot.lookup("#hideListedFilter").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void aSidebarShownByTheWindowsFirstLayoutIsBuiltAndStyledBeforeThatFrame(FxRobot robot) {
        FilterView[] built = new FilterView[1];
        boolean[] styledAtFirstFrame = new boolean[1];
        robot.interact(() -> {
            FilterView shownAtStart = new FilterView(new FilterViewModel(loaded));
            built[0] = shownAtStart;
            extra = new Stage();
            Scene scene = new Scene(new StackPane(shownAtStart), 260, 700);
            scene.getStylesheets().add(Themes.STYLESHEET);
            // Registered after the sidebar's own check: runs after it in the same pulse, before the frame is drawn.
            scene.addPostLayoutPulseListener(() -> {
                if (!styledAtFirstFrame[0] && shownAtStart.contentBuilt()) {
                    styledAtFirstFrame[0] = shownAtStart.lookup("#regionFilter") instanceof CheckComboBox<?> c
                            && c.getSkin() != null && c.getWidth() > 0;
                }
            });
            extra.setScene(scene);
            extra.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(built[0].contentBuilt()).isTrue();
        assertThat(styledAtFirstFrame[0]).as("skinned and laid out in the pulse that built it").isTrue();
    }
}
