package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Under the filter note: which pages the filters see, the offer to fetch the rest with its cost (nothing is spent
 * until "Fetch all pages" is clicked), then progress with Cancel, then how it ended.
 */
final class AllPagesBar extends FlowPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    AllPagesBar(AllPagesViewModel vm, ObservableBooleanValue filtering) {
        super(8, 4);
        setId("allPagesBar");
        // Whole items wrap to a second line on a narrow window, instead of each label into a tall column.
        subs.bind(prefWrapLengthProperty(), widthProperty().subtract(24));
        getStyleClass().addAll(com.talentfinder.ui.StyleClasses.FILTER_NOTE, "all-pages-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label coverage = label("allPagesCoverage", vm.coverageProperty(), null);
        coverage.setWrapText(false);
        coverage.setMinWidth(USE_PREF_SIZE);
        Label offer = label("allPagesOffer", vm.offerTextProperty(), vm.offeredProperty());
        offer.getStyleClass().add(Styles.TEXT_BOLD);
        Button fetch = new Button(Messages.get("allPages.fetch"), new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        fetch.setId("fetchAllPagesButton");
        fetch.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        fetch.setMinWidth(USE_PREF_SIZE);
        fetch.setOnAction(e -> vm.fetchAll());
        show(fetch, vm.offeredProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("allPagesProgress");
        bar.setPrefWidth(140);
        subs.bind(bar.progressProperty(), vm.progressProperty());
        show(bar, vm.runningProperty());
        Label progress = label("allPagesProgressText", vm.progressTextProperty(), vm.runningProperty());
        Button cancel = new Button(Messages.get("allPages.cancel"));
        cancel.setMinWidth(USE_PREF_SIZE);
        cancel.setId("cancelAllPagesButton");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> vm.cancel());
        show(cancel, vm.runningProperty());
        Label outcome = label("allPagesOutcome", vm.outcomeProperty(), null);

        getChildren().addAll(coverage, offer, fetch, bar, progress, cancel, outcome);
        subs.bind(visibleProperty(), vm.runningProperty().or(vm.offeredProperty())
                .or(vm.outcomeProperty().isNotEmpty())
                .or(vm.coverageProperty().isNotEmpty().and(filtering)));
        subs.bind(managedProperty(), visibleProperty());
    }

    private Label label(String id, javafx.beans.value.ObservableStringValue text,
                               ObservableBooleanValue when) {
        Label l = new Label();
        l.setId(id);
        subs.bind(l.textProperty(), text);
        l.setWrapText(false);
        show(l, when == null ? l.textProperty().isNotEmpty() : l.textProperty().isNotEmpty().and(when));
        return l;
    }

    private void show(Node n, ObservableBooleanValue when) {
        subs.bind(n.visibleProperty(), javafx.beans.binding.Bindings.createBooleanBinding(when::get, when));
        subs.bind(n.managedProperty(), n.visibleProperty());
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
