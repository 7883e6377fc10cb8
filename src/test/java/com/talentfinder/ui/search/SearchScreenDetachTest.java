package com.talentfinder.ui.search;

import static com.talentfinder.testing.FxThread.collected;
import static com.talentfinder.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.SyncTaskRunner;
import java.lang.ref.WeakReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 12 (6): the search screen, built, used, dropped ({@link SearchFeature#dispose()}, as {@code MainView.drop}
 * does) and built again against the same view models: nothing of the old root stays reachable, and the rebuilt
 * one follows the view models.
 */
class SearchScreenDetachTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDroppedSearchScreenIsCollectedAndARebuiltOneStillWorks() throws Exception {
        SearchViewModel search = onFx(() -> new SearchViewModel(new FakeSource(), new SyncTaskRunner(),
                new InMemoryHistory(), new ManualTicker(), () -> true));
        ResultsViewModel results = onFx(() -> new ResultsViewModel(search));
        SearchFeature feature = new SearchFeature(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE));
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
            search.queryProperty().set("react");
            search.search();
            host.applyCss();
            host.layout();
            host.getChildren().clear();
            feature.dispose();
            return new WeakReference<>(view);
        });

        Node rebuilt = onFx(() -> {
            Node view = feature.create();
            host.getChildren().setAll(view);
            search.nextPage();
            return view;
        });

        assertThat(collected(old)).as("the dropped search screen is still reachable").isTrue();
        String info = onFx(() -> ((Label) rebuilt.lookup("#pageInfo")).getText());
        onFx(() -> {
            window.hide();
            return null;
        });
        assertThat(info).startsWith("Page 2 of 3");
    }
}
