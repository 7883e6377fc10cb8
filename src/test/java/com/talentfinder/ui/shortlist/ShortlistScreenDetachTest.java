package com.talentfinder.ui.shortlist;

import static com.talentfinder.testing.FxThread.collected;
import static com.talentfinder.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 12 (6): a dropped screen lets go of everything it built. The shortlists screen is built, used, dropped
 * ({@link ShortlistFeature#dispose()}, as {@code MainView.drop} does) and built again against the same feature
 * and view models: nothing of the old root stays reachable, and the rebuilt one follows the view models.
 */
class ShortlistScreenDetachTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDroppedShortlistsScreenIsCollectedAndARebuiltOneStillWorks() throws Exception {
        ShortlistRepository repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "shortlist-detach"));
        Shortlist q1 = repo.create("Frontend Q1");
        repo.create("Backup");
        repo.add(q1.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        ShortlistFeature feature = onFx(() -> FxFixtures.feature(repo, new Samples.FakeDialogs(), () -> null));
        StackPane host = onFx(StackPane::new);
        Stage window = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(host, 1280, 800));
            stage.show();
            return stage;
        });
        WeakReference<Node> old = onFx(() -> {
            Node view = feature.create();
            host.getChildren().setAll(view);
            feature.shown();
            feature.listsViewModel().selectedProperty().set(q1);
            host.applyCss();
            host.layout();
            host.getChildren().clear();
            feature.dispose();
            return new WeakReference<>(view);
        });

        Node rebuilt = onFx(() -> {
            Node view = feature.create();
            host.getChildren().setAll(view);
            feature.shown();
            return view;
        });
        assertThat(rebuilt).isNotSameAs(old.get());
        onFx(() -> {
            feature.listsViewModel().selectedProperty().set(repo.list().stream()
                    .filter(s -> s.name().equals("Backup")).findFirst().orElseThrow());
            return null;
        });

        assertThat(collected(old)).as("the dropped shortlists screen is still reachable").isTrue();
        String title = onFx(() -> ((Label) rebuilt.lookup("#shortlistTitle")).getText());
        onFx(() -> {
            window.hide();
            return null;
        });
        assertThat(title).isEqualTo("Backup");
    }
}
