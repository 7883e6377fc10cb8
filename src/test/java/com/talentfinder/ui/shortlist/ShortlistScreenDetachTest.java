package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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

    /** True once {@code ref} is cleared; gives the collector a bounded number of chances. */
    private static boolean collected(WeakReference<?> ref) throws Exception {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
            onFx(() -> null); // let pending pulses drop their references too
        }
        return ref.get() == null;
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        Object[] out = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
