package com.talentfinder.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.Freelancers;
import com.talentfinder.ui.common.PortraitImages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DetailViewFxTest {

    private final SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();
    private final DetailViewModelTest.RecordingDesktop desktop = new DetailViewModelTest.RecordingDesktop();

    private Stage stage;
    private DetailView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DetailViewModel vm = new DetailViewModel(selection,
                new PortraitImages(PortraitSource.NONE, new SyncTaskRunner()),
                Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC), desktop);
        view = new DetailView(vm);
        stage.setScene(new Scene(view, 480, 700));
        stage.show();
    }

    @Test
    void showsNameAndSkillChipsOfTheSelectedFreelancer(FxRobot robot) {
        robot.interact(() -> selection.set(Freelancers.olena()));

        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isEqualTo("Olena Kovalenko");
        FlowPane skills = robot.lookup("#detailSkills").queryAs(FlowPane.class);
        assertThat(skills.getChildren()).hasSize(8);
        assertThat(((Label) skills.getChildren().get(0)).getText()).isEqualTo("React");
        assertThat(robot.lookup("#detailPane").tryQuery()).isPresent();
    }

    @Test
    void buildsTheProfileWhenAFreelancerIsFirstSelected(FxRobot robot) {
        // Nothing selected: the empty state only, so a window opening without a selection pays for no more.
        assertThat(view.contentBuilt()).isFalse();
        assertThat(robot.lookup("#detailScroll").tryQuery()).isEmpty();
        assertThat(robot.lookup(".detail-empty").query().isVisible()).isTrue();

        robot.interact(() -> selection.set(Freelancers.olena()));

        assertThat(view.contentBuilt()).isTrue();
        assertThat(robot.lookup(".detail-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#detailScroll").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isEqualTo("Olena Kovalenko");
        assertThat(robot.lookup("#openProfileButton").queryAs(Button.class).isDisabled()).isFalse();

        // Back to nothing selected and on to someone else: the same controls, following the selection.
        robot.interact(() -> selection.set(null));
        assertThat(robot.lookup("#detailScroll").query().isVisible()).isFalse();
        robot.interact(() -> selection.set(Freelancers.withUnsafeUrls("javascript:alert(1)", null)));
        assertThat(robot.lookup("#detailScroll").queryAll()).hasSize(1);
        assertThat(robot.lookup("#openProfileButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void ctrlOOpensTheProfile(FxRobot robot) {
        robot.interact(() -> selection.set(Freelancers.olena()));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.opened).containsExactly("https://www.upwork.com/freelancers/~01abcdef123456");
    }

    @Test
    void tabLeavesTheReadOnlyDescription(FxRobot robot) {
        robot.interact(() -> selection.set(Freelancers.olena()));
        robot.clickOn("#detailDescription").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailDescription").query().isFocused()).isFalse();
        assertThat(robot.lookup("#detailDescription").queryAs(javafx.scene.control.TextArea.class).getText())
                .doesNotContain("\t");
    }

    @Test
    void disablesOpenForAnUnsafeLink(FxRobot robot) {
        robot.interact(() -> selection.set(Freelancers.withUnsafeUrls("javascript:alert(1)", null)));
        assertThat(robot.lookup("#openProfileButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#copyLinkButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    /** The stage is shared with the next test classes: give it back at the size they expect. */
    @org.junit.jupiter.api.AfterEach
    void restoreSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void theCopiedNoteReadsAsASentenceInANarrowPane(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(300);
            selection.set(Freelancers.olena());
        });
        robot.clickOn("#copyLinkButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label note = robot.lookup("#detailNote").queryAs(Label.class);
        assertThat(note.getText()).isEqualTo("Link copied to the clipboard.");
        assertThat(note.getWidth()).isGreaterThan(200);
        assertThat(note.getHeight()).isLessThan(3 * note.getFont().getSize() * 1.6);
    }

    @Test
    void aNewSelectionShowsTheProfileFromTheTop(FxRobot robot) {
        robot.interact(() -> {
            stage.setHeight(320); // the profile is taller than the pane: it scrolls
            selection.set(Freelancers.olena());
        });
        javafx.scene.control.ScrollPane scroll = robot.lookup("#detailScroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmax());

        robot.interact(() -> selection.set(Freelancers.withUnsafeUrls("https://www.upwork.com/freelancers/~02", null)));

        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
    }
}
