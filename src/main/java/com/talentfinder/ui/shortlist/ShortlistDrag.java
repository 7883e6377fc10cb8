package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Duration;

/**
 * Dragging freelancers from the results table onto a shortlist. The dragboard carries only the profile ids
 * (in a private format); the freelancers themselves stay here, in memory, for the drop. Drop targets: a list in
 * the sidebar (adds to it), and the "Shortlists" toggle (adds to the list used last; hovering over it for a
 * moment switches to the shortlists screen, so the drop can land on any list).
 */
final class ShortlistDrag {

    static final DataFormat FORMAT = new DataFormat("application/x-talent-finder-freelancers");
    static final Duration HOVER_TO_SWITCH = Duration.millis(700);

    private final AddToShortlistViewModel add;
    private List<Freelancer> dragged = List.of();

    ShortlistDrag(AddToShortlistViewModel add) {
        this.add = add;
    }

    /** Lets the selected rows of {@code table} be dragged. */
    void installSource(TableView<Freelancer> table) {
        table.setOnDragDetected(e -> {
            List<Freelancer> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (chosen.isEmpty()) {
                return;
            }
            dragged = chosen;
            Dragboard board = table.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(FORMAT, String.join("\n", chosen.stream().map(Freelancer::id).toList()));
            board.setContent(content);
            e.consume();
        });
        table.setOnDragDone(e -> dragged = List.of());
    }

    /** Makes {@code target} accept a drop that adds the dragged freelancers to {@code list.get()}. */
    void acceptOn(Node target, Supplier<Shortlist> list) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(FORMAT) && !dragged.isEmpty() && list.get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> {
            if (e.getDragboard().hasContent(FORMAT) && list.get() != null) {
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
        });
        target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasContent(FORMAT) && !dragged.isEmpty() && list.get() != null;
            if (ok) {
                add.addTo(list.get(), dragged);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /**
     * The "Shortlists" toggle as a drop target: a drop adds to the list used last; hovering switches screens.
     */
    void acceptOnToggle(Node toggle, Supplier<Shortlist> lastUsed, Runnable showShortlists) {
        PauseTransition hover = new PauseTransition(HOVER_TO_SWITCH);
        hover.setOnFinished(e -> showShortlists.run());
        acceptOn(toggle, lastUsed);
        javafx.event.EventHandler<? super javafx.scene.input.DragEvent> entered = toggle.getOnDragEntered();
        toggle.setOnDragEntered(e -> {
            entered.handle(e);
            if (e.getDragboard().hasContent(FORMAT)) {
                hover.playFromStart();
            }
        });
        javafx.event.EventHandler<? super javafx.scene.input.DragEvent> exited = toggle.getOnDragExited();
        toggle.setOnDragExited(e -> {
            exited.handle(e);
            hover.stop();
        });
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
}
