package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * What the shortlists add to the search results table, from outside it: several rows can be selected; a
 * context menu with "Add to shortlist ▸ lists / New list…" and "Export results…"; Ctrl+S opens the chooser for
 * the selected rows; Ctrl+E exports the results shown; rows can be dragged onto a list.
 */
final class ResultsShortlistHook {

    static final KeyCombination SAVE = com.talentfinder.ui.Shortcut.ADD_TO_SHORTLIST.combination();
    static final KeyCombination EXPORT = com.talentfinder.ui.Shortcut.EXPORT_RESULTS.combination();

    private ResultsShortlistHook() {
    }

    static void install(TableView<Freelancer> table, AddToShortlistViewModel add, ShortlistsViewModel lists,
                        ShortlistDialogs dialogs, ShortlistDrag drag, Supplier<Window> owner,
                        Consumer<List<Freelancer>> exportResults) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Supplier<List<Freelancer>> chosen = () -> List.copyOf(table.getSelectionModel().getSelectedItems());

        Menu addMenu = new Menu(Messages.get("shortlist.menu.add"), new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        addMenu.setId("addToShortlistMenu");
        MenuItem chooser = new MenuItem(Messages.get("shortlist.menu.choose"));
        chooser.setAccelerator(SAVE);
        chooser.setOnAction(e -> choose(table, add, lists, owner));
        MenuItem export = new MenuItem(Messages.get("shortlist.menu.exportResults"),
                new FontIcon(MaterialDesignE.EXPORT));
        export.setId("exportResultsItem");
        export.setAccelerator(EXPORT);
        export.setOnAction(e -> exportResults.accept(List.copyOf(table.getItems())));
        ContextMenu menu = new ContextMenu(addMenu, chooser, new SeparatorMenuItem(), export);
        menu.setOnShowing(e -> {
            addMenu.getItems().setAll(AddMenus.items(add, dialogs, chosen));
            boolean none = table.getSelectionModel().isEmpty();
            addMenu.setDisable(none);
            chooser.setDisable(none);
            export.setDisable(table.getItems().isEmpty());
        });
        table.setContextMenu(menu);

        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                choose(table, add, lists, owner);
                e.consume();
            } else if (EXPORT.match(e) && !table.getItems().isEmpty()) {
                exportResults.accept(List.copyOf(table.getItems()));
                e.consume();
            }
        });
        drag.installSource(table);
    }

    /** Ctrl+S: the chooser for the selected rows, preselecting the list used last. */
    static void choose(TableView<Freelancer> table, AddToShortlistViewModel add, ShortlistsViewModel lists,
                       Supplier<Window> owner) {
        List<Freelancer> who = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (who.isEmpty()) {
            return;
        }
        ShortlistChooser.ask(owner.get(), lists.snapshot(), lists.lastUsed(), who.size()).ifPresent(c -> {
            if (c.existing() != null) {
                add.addTo(c.existing(), who);
            } else {
                add.addToNewList(c.newName(), who);
            }
        });
    }
}
