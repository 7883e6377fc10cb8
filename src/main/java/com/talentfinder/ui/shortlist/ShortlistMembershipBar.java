package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.ui.Messages;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Above the search window's detail pane ({@code #shortlistBar}): "Add to shortlist" for the selected
 * freelancer, and the lists they are already on as chips ("On: Frontend Q1, Backup").
 */
final class ShortlistMembershipBar extends VBox {

    ShortlistMembershipBar(AddToShortlistViewModel add, ShortlistDialogs dialogs,
                           ObservableValue<Freelancer> selection) {
        setId("shortlistBar");
        getStyleClass().add("shortlist-bar");
        getStylesheets().add(ShortlistsView.STYLESHEET);
        setSpacing(6);

        MenuButton addButton = new MenuButton(Messages.get("shortlist.menu.add"),
                new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        addButton.setId("addToShortlistButton");
        addButton.getStyleClass().add("accent");
        addButton.setOnShowing(e -> addButton.getItems().setAll(AddMenus.items(add, dialogs, () ->
                selection.getValue() == null ? List.of() : List.of(selection.getValue()))));
        addButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selection.getValue() == null, selection));
        addButton.setMinWidth(MenuButton.USE_PREF_SIZE);

        Label on = new Label(Messages.get("shortlist.on"));
        on.getStyleClass().add("on-label");
        on.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane chips = new FlowPane(4, 4);
        chips.setId("onListsChips");
        chips.setPrefWrapLength(240);
        chips.setMinWidth(0);
        chips.setAlignment(Pos.CENTER_LEFT);
        add.onLists().addListener((ListChangeListener<Shortlist>) c -> {
            chips.getChildren().setAll(on);
            chips.getChildren().addAll(add.onLists().stream().map(s -> {
                Label chip = new Label(s.name());
                chip.getStyleClass().add("on-list-chip");
                chip.setMinWidth(0);
                return chip;
            }).toList());
            chips.setVisible(!add.onLists().isEmpty());
            chips.setManaged(chips.isVisible());
        });
        chips.setVisible(false);
        chips.setManaged(false);
        HBox row = new HBox(8, addButton);
        row.setAlignment(Pos.CENTER_LEFT);

        Label feedback = new Label();
        feedback.setId("shortlistFeedback");
        feedback.getStyleClass().add("shortlist-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(add.feedbackProperty());
        feedback.visibleProperty().bind(feedback.textProperty().isNotEmpty());
        feedback.managedProperty().bind(feedback.visibleProperty());

        getChildren().addAll(row, chips, feedback);
        setMinWidth(0);
        visibleProperty().bind(addButton.disableProperty().not());
        managedProperty().bind(visibleProperty());
    }
}
