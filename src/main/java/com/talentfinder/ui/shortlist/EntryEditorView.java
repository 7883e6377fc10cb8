package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The editor above the detail pane of the shortlists screen: status, rating (click the stars or type 0–5),
 * notes (saved when the field loses focus or after a pause in typing) and tags (comma-separated).
 */
final class EntryEditorView extends VBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    /** How long typing must pause before notes are saved. */
    static final Duration SAVE_PAUSE = Duration.millis(900);

    EntryEditorView(EntryEditorViewModel vm) {
        setId("entryEditor");
        getStyleClass().add("entry-editor");
        setSpacing(8);

        Label heading = new Label(Messages.get("shortlist.editor.title"));
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);

        ComboBox<EntryStatus> status = EntryCells.statusBox();
        status.setId("statusEditor");
        subs.bindBidirectional(status.valueProperty(), vm.statusProperty());
        status.setMaxWidth(180);

        StarRating stars = new StarRating(n -> vm.ratingProperty().set(n));
        stars.setId("ratingEditor");
        stars.show(vm.ratingProperty().get());
        subs.listen(vm.ratingProperty(), (o, was, now) -> stars.show(now.intValue()));
        javafx.scene.control.Tooltip.install(stars, new javafx.scene.control.Tooltip(
                Messages.get("shortlist.editor.ratingHint")));

        TextArea notes = new TextArea();
        notes.setId("notesArea");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setPromptText(Messages.get("shortlist.editor.notesPrompt"));
        subs.bindBidirectional(notes.textProperty(), vm.notesProperty());
        PauseTransition pause = new PauseTransition(SAVE_PAUSE);
        pause.setOnFinished(e -> vm.commitNotes());
        notes.textProperty().addListener((o, was, now) -> {
            if (notes.isFocused()) {
                pause.playFromStart();
            }
        });
        notes.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                pause.stop();
                vm.commitNotes();
            }
        });

        TextField tags = new TextField();
        tags.setId("tagsField");
        tags.setPromptText(Messages.get("shortlist.editor.tagsPrompt"));
        subs.bindBidirectional(tags.textProperty(), vm.tagsTextProperty());
        tags.setOnAction(e -> vm.commitTags());
        tags.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                vm.commitTags();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("shortlist.editor.status", status), status);
        grid.addRow(1, label("shortlist.editor.rating", stars), stars);
        grid.addRow(2, label("shortlist.editor.tags", tags), tags);
        grid.addRow(3, label("shortlist.editor.notes", notes), notes);
        GridPane.setHgrow(notes, Priority.ALWAYS);
        GridPane.setHgrow(tags, Priority.ALWAYS);
        grid.setAlignment(Pos.TOP_LEFT);

        // "Status changed by Dana, 2 minutes ago" and, on a team list, who rated what (issue 16).
        Label changedBy = new Label();
        changedBy.setId("changedByLine");
        changedBy.getStyleClass().addAll("changed-by", "text-muted");
        changedBy.setWrapText(true);
        subs.bind(changedBy.textProperty(), vm.changedByProperty());
        changedBy.visibleProperty().bind(changedBy.textProperty().isNotEmpty());
        changedBy.managedProperty().bind(changedBy.visibleProperty());
        Label whoRated = new Label();
        whoRated.setId("whoRatedLine");
        whoRated.getStyleClass().addAll("who-rated", "text-muted");
        whoRated.setWrapText(true);
        subs.bind(whoRated.textProperty(), vm.whoRatedProperty());
        whoRated.visibleProperty().bind(whoRated.textProperty().isNotEmpty());
        whoRated.managedProperty().bind(whoRated.visibleProperty());
        if (vm.teamRatings()) {
            stars.setAccessibleText(Messages.get("team.rating.mine"));
        }

        getChildren().addAll(heading, changedBy, grid, whoRated);
        setMinHeight(USE_PREF_SIZE);
        disableProperty().bind(vm.editingProperty().not());
        visibleProperty().bind(vm.editingProperty());
        managedProperty().bind(visibleProperty());
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("editor-label");
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    void close() {
        subs.close();
    }
}
