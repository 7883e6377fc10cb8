package com.talentfinder.ui.search;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.Subscriptions;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The banner above the results when a search fails: a plain sentence and the one action that helps. */
public final class ErrorBannerView extends HBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private final SearchViewModel vm;
    private final Runnable openSettings;
    private final FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button action = new Button();

    public ErrorBannerView(SearchViewModel vm, Runnable openSettings) {
        this.vm = vm;
        this.openSettings = openSettings;
        setId("errorBanner");
        getStyleClass().add(StyleClasses.ERROR_BANNER);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        title.getStyleClass().addAll(StyleClasses.BANNER_TITLE, Styles.TEXT_BOLD);
        title.setId("errorBannerTitle");
        title.setWrapText(true);
        detail.getStyleClass().add(StyleClasses.BANNER_DETAIL);
        detail.setId("errorBannerDetail");
        detail.setWrapText(true);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        action.setId("errorBannerAction");
        action.setOnAction(e -> act());
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.setId("errorBannerDismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setTooltip(new Tooltip(Messages.get("error.dismiss")));
        dismiss.setAccessibleText(Messages.get("error.dismiss"));
        dismiss.setOnAction(e -> vm.dismissError());
        getChildren().addAll(icon, text, new Spacer(), action, dismiss);
        subs.listen(vm.errorProperty(), (o, was, now) -> show(now));
        show(vm.errorProperty().get());
    }

    private void show(ErrorState state) {
        if (state == null) {
            setVisible(false);
            setManaged(false);
            return;
        }
        boolean waiting = state.action() == ErrorState.Action.WAIT;
        pseudoClassStateChanged(Styles.STATE_WARNING, waiting);
        pseudoClassStateChanged(Styles.STATE_DANGER, !waiting);
        icon.setIconCode(waiting ? MaterialDesignT.TIMER_SAND : MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        title.setText(state.title());
        detail.setText(state.detailLine());
        String label = state.actionLabel();
        action.setText(label);
        action.setVisible(label != null);
        action.setManaged(label != null);
        // Shown only once every text is in place: nothing ever sees the banner with an empty title.
        setVisible(true);
        setManaged(true);
    }

    private void act() {
        ErrorState state = vm.errorProperty().get();
        if (state == null) {
            return;
        }
        switch (state.action()) {
            case RETRY -> vm.retry();
            case OPEN_SETTINGS -> openSettings.run();
            case WAIT -> vm.cancel();
            case NONE -> vm.dismissError();
        }
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
