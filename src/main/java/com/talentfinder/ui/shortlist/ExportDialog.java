package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.ui.Messages;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The export dialog ({@code #exportDialog}): format, the columns to write (not for JSON, which holds every
 * field), then "Export…" asks where to save and writes in the background; the outcome stays in the dialog
 * with "Open folder".
 */
final class ExportDialog extends Dialog<Void> {

    static final ButtonType EXPORT = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);

    ExportDialog(ExportViewModel vm) {
        setTitle(Messages.format("export.title", vm.caption()));
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        getDialogPane().setContent(createContent(vm));
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(ShortlistsView.STYLESHEET);
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("exportButton");
        export.disableProperty().bind(vm.busyProperty());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            vm.export();
            e.consume();
        });
        getDialogPane().setPrefWidth(520);
    }

    private static Node createContent(ExportViewModel vm) {
        Label heading = new Label(Messages.format("export.heading", vm.caption()));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);

        ToggleGroup formats = new ToggleGroup();
        VBox formatBox = new VBox(4);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton r = new RadioButton(f.label());
            r.setId("exportFormat-" + f.extension());
            r.setUserData(f);
            r.setToggleGroup(formats);
            r.setSelected(vm.formatProperty().get() == f);
            formatBox.getChildren().add(r);
        }
        formats.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.formatProperty().set((ExportFormat) now.getUserData());
            }
        });

        Label columnsTitle = new Label(Messages.get("export.columns"));
        columnsTitle.getStyleClass().add("export-section");
        ListView<ExportViewModel.ColumnChoice> columns = new ListView<>();
        columns.setId("exportColumns");
        columns.getItems().setAll(vm.columns());
        columns.setCellFactory(CheckBoxListCell.forListView(ExportViewModel.ColumnChoice::chosenProperty));
        columns.setPrefHeight(220);
        columns.disableProperty().bind(vm.columnsApplyProperty().not());
        Hyperlink all = new Hyperlink(Messages.get("export.columns.all"));
        all.setOnAction(e -> vm.chooseAll(true));
        Hyperlink none = new Hyperlink(Messages.get("export.columns.none"));
        none.setOnAction(e -> vm.chooseAll(false));
        all.disableProperty().bind(columns.disableProperty());
        none.disableProperty().bind(columns.disableProperty());
        Label jsonNote = new Label(Messages.get("export.json.note"));
        jsonNote.getStyleClass().add("export-note");
        jsonNote.setWrapText(true);
        jsonNote.visibleProperty().bind(vm.columnsApplyProperty().not());
        jsonNote.managedProperty().bind(jsonNote.visibleProperty());
        HBox columnsHead = new HBox(8, columnsTitle, all, none);
        columnsHead.setAlignment(Pos.CENTER_LEFT);

        Label privacy = new Label(Messages.get("export.hiddenNote"));
        privacy.getStyleClass().add("export-note");
        privacy.setWrapText(true);

        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label outcome = new Label();
        outcome.setId("exportOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        Hyperlink open = new Hyperlink(Messages.get("export.openFolder"), new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.setId("openFolderLink");
        open.visibleProperty().bind(vm.canOpenFolderProperty());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> vm.openFolder());
        HBox result = new HBox(8, spinner, outcome, open);
        result.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("exportError");
        error.getStyleClass().add("shortlist-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label formatTitle = new Label(Messages.get("export.format"));
        formatTitle.getStyleClass().add("export-section");
        VBox content = new VBox(10, heading, formatTitle, formatBox, columnsHead, columns, jsonNote, privacy,
                result, error);
        content.setId("exportDialog");
        content.getStyleClass().add("export-dialog");
        return content;
    }
}
