package com.talentfinder.ui.detail;

import static com.talentfinder.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A narrow profile column puts the photo above the name; a wide one beside it, and back again. */
class StackingHeaderTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePhotoGoesAboveTheNameInANarrowColumnAndBesideItInAWideOne() throws Exception {
        StackPane photo = onFx(() -> new StackPane(new Label("photo")));
        Label words = onFx(() -> new Label("Bartłomiej L."));
        StackPane host = onFx(StackPane::new);
        Stage stage = onFx(() -> {
            Pane header = StackingHeader.of(photo, words);
            host.getChildren().setAll(header);
            Stage s = new Stage();
            s.setScene(new Scene(host, 300, 400));
            s.show();
            return s;
        });
        try {
            assertThat(onFx(() -> layoutAt(stage, host, 300))).isInstanceOf(VBox.class);
            assertThat(onFx(() -> layoutAt(stage, host, 700))).isInstanceOf(HBox.class);
            assertThat(onFx(() -> layoutAt(stage, host, 250))).isInstanceOf(VBox.class);
            assertThat(onFx(() -> photo.getParent() == words.getParent())).isTrue();
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private static Object layoutAt(Stage stage, StackPane host, double width) {
        stage.setWidth(width);
        host.resize(width, 400);
        host.applyCss();
        host.layout();
        return ((Pane) host.getChildren().get(0)).getChildren().get(0);
    }
}
