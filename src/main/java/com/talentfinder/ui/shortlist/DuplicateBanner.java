package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The notice above the entries ({@code #duplicateBanner}) when the list may hold a freelancer twice: Merge. */
final class DuplicateBanner extends HBox {

    DuplicateBanner(DuplicatesViewModel vm) {
        setId("duplicateBanner");
        getStyleClass().add("duplicate-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label text = new Label();
        text.setId("duplicateText");
        text.setWrapText(true);
        text.textProperty().bind(vm.summaryProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon icon = new FontIcon(MaterialDesignC.CONTENT_DUPLICATE);
        icon.getStyleClass().add("duplicate-icon");

        Button merge = new Button(Messages.get("duplicates.merge"), new FontIcon(MaterialDesignC.CALL_MERGE));
        merge.setId("mergeDuplicatesButton");
        merge.getStyleClass().add(Styles.ACCENT);
        merge.setTooltip(new Tooltip(Messages.get("duplicates.merge.tooltip")));
        merge.setMinWidth(Button.USE_PREF_SIZE);
        merge.setOnAction(e -> vm.merge());
        Button next = new Button(Messages.get("duplicates.next"));
        next.setId("nextDuplicateButton");
        next.setTooltip(new Tooltip(Messages.get("duplicates.next.tooltip")));
        next.setMinWidth(Button.USE_PREF_SIZE);
        next.setOnAction(e -> vm.next());
        next.visibleProperty().bind(Bindings.size(vm.groups()).greaterThan(1));
        next.managedProperty().bind(next.visibleProperty());

        getChildren().addAll(icon, text, next, merge);
        visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
