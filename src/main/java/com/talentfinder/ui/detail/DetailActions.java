package com.talentfinder.ui.detail;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** The profile's actions: Open profile (with why it cannot, when it cannot), Copy link, and the note under them. */
final class DetailActions {

    private DetailActions() {
    }

    static Node create(DetailViewModel vm, Subscriptions subs) {
        Button open = new Button(Messages.get("detail.open"), DetailView.icon(MaterialDesignO.OPEN_IN_NEW));
        open.setId("openProfileButton");
        open.getStyleClass().add("accent");
        subs.bind(open.disableProperty(), vm.canOpenProperty().not());
        open.setOnAction(e -> vm.openProfile());
        open.setTooltip(new Tooltip(Messages.get("detail.open.tooltip")));
        // A disabled button shows no tooltip: let its holder show why it is disabled.
        open.mouseTransparentProperty().bind(open.disabledProperty());
        StackPane openHolder = new StackPane(open);
        Tooltip why = new Tooltip();
        subs.bind(why.textProperty(), vm.openBlockedReasonProperty());
        subs.listen(vm.canOpenProperty(), (o, was, can) -> installWhy(openHolder, why, can));
        installWhy(openHolder, why, vm.canOpenProperty().get());

        Button copy = new Button(Messages.get("detail.copy"), DetailView.icon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyLinkButton");
        subs.bind(copy.disableProperty(), vm.canOpenProperty().not());
        copy.setOnAction(e -> vm.copyLink());
        copy.setTooltip(new Tooltip(Messages.get("detail.copy.tooltip")));

        Label note = new Label();
        note.setId("detailNote");
        note.getStyleClass().add("detail-note");
        note.setWrapText(true);
        subs.bind(note.textProperty(), Bindings.when(vm.canOpenProperty())
                .then(vm.feedbackProperty()).otherwise(vm.openBlockedReasonProperty()));
        // The note has a line of its own under the buttons: beside them, a narrow pane squeezed it to one
        // letter per line.
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        for (Region keepWhole : new Region[] {open, openHolder, copy}) {
            keepWhole.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons wrap onto two lines in a narrow pane instead of being cut.
        FlowPane buttons = new FlowPane(8, 6, openHolder, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(6, buttons, note);
        actions.getStyleClass().add("detail-actions");
        return actions;
    }

    private static void installWhy(Node holder, Tooltip why, boolean canOpen) {
        if (canOpen) {
            Tooltip.uninstall(holder, why);
        } else {
            Tooltip.install(holder, why);
        }
    }
}
