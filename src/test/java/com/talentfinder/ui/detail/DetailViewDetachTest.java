package com.talentfinder.ui.detail;

import static com.talentfinder.testing.FxThread.collected;
import static com.talentfinder.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.Freelancers;
import com.talentfinder.ui.common.PortraitImages;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 12 (6): a view that is removed lets go of its long-lived view model. Build the detail pane, show it,
 * remove and close it, build a new one against the same view model: the old one is collected, the new one works.
 */
class DetailViewDetachTest {

    private final SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();
    /** Lives as long as the window, like the real one in AppContext. */
    private final DetailViewModel longLived = new DetailViewModel(selection,
            new PortraitImages(PortraitSource.NONE, new SyncTaskRunner()),
            Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC), new DesktopActions() {
                @Override
                public void openInBrowser(String url) {
                }

                @Override
                public void copyToClipboard(String text) {
                }
            });

    @BeforeAll
    static void toolkit() throws Exception {
        // Through TestFX, which starts the toolkit once for every test in this JVM (Platform.startup would
        // make TestFX's own launch fail in the Fx tests that run later).
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDroppedDetailViewIsCollectedAndARebuiltOneStillWorks() throws Exception {
        StackPane host = onFx(StackPane::new);
        Stage window = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(host, 600, 400));
            stage.show();
            return stage;
        });
        WeakReference<DetailView> old = onFx(() -> {
            DetailView view = new DetailView(longLived);
            host.getChildren().setAll(view);
            selection.set(Freelancers.olena());
            host.getChildren().clear();
            view.close();
            return new WeakReference<>(view);
        });

        DetailView rebuilt = onFx(() -> {
            DetailView view = new DetailView(longLived);
            host.getChildren().setAll(view);
            return view;
        });
        onFx(() -> {
            selection.set(Freelancers.olena());
            return null;
        });

        assertThat(collected(old)).as("the dropped detail view is still reachable from its view model").isTrue();
        String name = onFx(() -> {
            rebuilt.applyCss();
            return ((Label) rebuilt.lookup("#detailName")).getText();
        });
        onFx(() -> {
            window.hide();
            return null;
        });
        assertThat(name).isEqualTo(longLived.nameProperty().get()).isNotBlank();
    }
}
