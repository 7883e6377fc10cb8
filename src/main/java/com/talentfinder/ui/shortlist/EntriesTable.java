package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntrySort;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.common.ResultFormats;
import com.talentfinder.ui.common.ScoreColumn;
import com.talentfinder.ui.common.Subscriptions;
import com.talentfinder.ui.common.TableSelection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The entries of the page shown ({@code #entriesTable}). Clicking a header sorts in the database (every page,
 * not just this one); status and rating are edited in the cells; 0–5 rates the focused row; Delete removes
 * the selected rows (with Undo). Multi-select, for Compare and Remove.
 */
final class EntriesTable extends TableView<ShortlistEntry> {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();


    private final CompareChoice compare;

    /** The page shown, in the database's order, or by score when the Score column is the sort. */
    private final SortedList<ShortlistEntry> page;
    private final TableColumn<ShortlistEntry, ShortlistEntry> score;

    EntriesTable(EntriesViewModel vm, EntryEditorViewModel editor, PortraitImages portraits, CompareChoice compare,
                 Runnable remove, CurrentRanking ranking) {
        this.compare = compare;
        setId("entriesTable");
        getStyleClass().add("entries-table");
        setAccessibleText(Messages.get("shortlist.table.accessible"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label(Messages.get("shortlist.table.empty")));

        TableColumn<ShortlistEntry, ShortlistEntry> tick = column("shortlist.column.compare", null,
                c -> compareCell(compare), 100);
        tick.setResizable(false);
        getColumns().add(tick);
        TableColumn<ShortlistEntry, ShortlistEntry> portrait = column("shortlist.column.portrait", null,
                c -> EntryCells.portrait(portraits), 44);
        portrait.setText("");
        portrait.setResizable(false);
        getColumns().add(portrait);
        getColumns().add(column("shortlist.column.name", EntrySort.NAME,
                c -> EntryCells.text(e -> e.freelancer().displayName()), 130));
        // The score is computed here, not stored: it sorts the page shown (the database sorts every page by the
        // other columns).
        score = ScoreColumn.create(ranking, ShortlistEntry::freelancer, subs);
        getColumns().add(score);
        getColumns().add(column("shortlist.column.status", EntrySort.STATUS, c -> EntryCells.status(editor), 142));
        getColumns().add(column("shortlist.column.rating", EntrySort.RATING, c -> EntryCells.rating(editor), 100));
        getColumns().add(column("shortlist.column.notes", null, c -> EntryCells.text(EntryCells::notesPreview), 220));
        getColumns().add(column("shortlist.column.rate", EntrySort.RATE,
                c -> EntryCells.text(e -> ResultFormats.rate(e.freelancer())), 112));
        getColumns().add(column("shortlist.column.jss", EntrySort.JSS,
                c -> EntryCells.text(e -> ResultFormats.jss(e.freelancer())), 70));
        getColumns().add(column("shortlist.column.tags", null,
                c -> EntryCells.text(e -> String.join(", ", e.tags())), 120));
        getColumns().add(column("shortlist.column.title", null,
                c -> EntryCells.text(e -> title(e.freelancer())), 190));
        getColumns().add(column("shortlist.column.saved", EntrySort.SAVED_AT, c -> EntryCells.text(EntryCells::saved),
                112));
        getColumns().add(column("shortlist.column.checked", null, c -> EntryCells.refresh(), 112));

        page = new SortedList<>(vm.entries());
        setItems(page);
        setSortPolicy(t -> {
            if (!getSortOrder().isEmpty() && getSortOrder().get(0) == score) {
                sortPageByScore();
            } else {
                page.setComparator(null);
                sortInDatabase(vm);
            }
            return true;
        });
        TableSelection.bind(this, vm.selectedProperty(), subs);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(e, editor, remove));
    }

    private static String title(Freelancer f) {
        return f.title() == null || f.title().isBlank() ? ResultFormats.missing() : f.title().strip();
    }

    private static TableColumn<ShortlistEntry, ShortlistEntry> column(String key, EntrySort sort,
            Function<TableColumn<ShortlistEntry, ShortlistEntry>, TableCell<ShortlistEntry, ShortlistEntry>> cells,
            double width) {
        TableColumn<ShortlistEntry, ShortlistEntry> c = new TableColumn<>(Messages.get(key));
        c.setId("entries-" + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        c.setCellFactory(cells::apply);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setUserData(sort);
        c.setSortable(sort != null);
        return c;
    }

    /** Orders the page shown by score (a new comparator each time, so new weights sort again). */
    private void sortPageByScore() {
        Comparator<ShortlistEntry> byScore = score.getComparator()::compare;
        page.setComparator(score.getSortType() == TableColumn.SortType.ASCENDING ? byScore : byScore.reversed());
    }

    /** The header clicked becomes the database's sort; unchanged sorts do not reload. */
    private void sortInDatabase(EntriesViewModel vm) {
        EntrySort key = null;
        boolean up = false;
        if (!getSortOrder().isEmpty()) {
            TableColumn<ShortlistEntry, ?> first = getSortOrder().get(0);
            key = (EntrySort) first.getUserData();
            up = first.getSortType() == TableColumn.SortType.ASCENDING;
        }
        EntrySort effective = key == null ? EntrySort.SAVED_AT : key;
        boolean effectiveUp = key != null && up;
        if (effective != vm.sortProperty().get() || effectiveUp != vm.ascendingProperty().get()) {
            vm.sortBy(key, up);
        }
    }

    /** A check box that ticks the row's entry for Compare. */
    private static TableCell<ShortlistEntry, ShortlistEntry> compareCell(CompareChoice compare) {
        return new TableCell<>() {
            private final javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();

            {
                box.setAccessibleText(Messages.get("shortlist.column.compare.accessible"));
                box.setOnAction(e -> {
                    if (getItem() != null) {
                        compare.setTicked(getItem(), box.isSelected());
                    }
                });
                setAlignment(javafx.geometry.Pos.CENTER);
                box.getStyleClass().add("compare-tick");
                // Ticks changed elsewhere (Space, another list): show them without redrawing the table.
                compare.tickCountProperty().addListener(o -> box.setSelected(compare.isTicked(getItem())));
            }

            @Override
            protected void updateItem(ShortlistEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(compare.isTicked(entry));
                    setGraphic(box);
                }
            }
        };
    }

    private void onKey(KeyEvent e, EntryEditorViewModel editor, Runnable remove) {
        if (com.talentfinder.ui.Shortcut.TICK_TO_COMPARE.combination().match(e)) {
            // Space ticks the selected rows for Compare (all ticked already: untick them).
            List<ShortlistEntry> rows = chosen();
            boolean on = !rows.stream().allMatch(compare::isTicked);
            rows.forEach(r -> compare.setTicked(r, on));
            e.consume();
            return;
        }
        if (com.talentfinder.ui.Shortcut.REMOVE_ENTRIES.combination().match(e) || e.getCode() == KeyCode.BACK_SPACE) {
            remove.run();
            e.consume();
            return;
        }
        String typed = e.getText();
        ShortlistEntry focused = getSelectionModel().getSelectedItem();
        if (focused != null && typed != null && typed.length() == 1 && typed.charAt(0) >= '0'
                && typed.charAt(0) <= '5' && !e.isShortcutDown() && !e.isAltDown()) {
            editor.setRating(focused, typed.charAt(0) - '0');
            e.consume();
        }
    }

    /** The rows chosen (for Compare, Remove, Export of a selection). */
    List<ShortlistEntry> chosen() {
        return List.copyOf(getSelectionModel().getSelectedItems());
    }

    /** Lets go of the view models: call when this view is removed for good. */
    void close() {
        subs.close();
    }
}
