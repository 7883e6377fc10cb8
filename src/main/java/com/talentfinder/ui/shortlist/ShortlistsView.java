package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.common.Subscriptions;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The shortlists screen ({@code #shortlistsView}): the lists on the left; the selected list's entries (a page
 * at a time), filters and actions in the middle; the entry's editor and profile on the right; the snackbar
 * with Undo at the bottom.
 */
public final class ShortlistsView extends BorderPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    /** The screen's stylesheet. */
    public static final String STYLESHEET = Objects.requireNonNull(
            ShortlistsView.class.getResource("shortlist.css")).toExternalForm();

    /** What the screen opens in windows of their own. */
    public record Openers(Consumer<ExportSource> export, Consumer<List<ShortlistEntry>> compare) {
    }

    /** Bulk work on the selected entries, and the possible duplicates of the list shown. */
    public record BulkWork(BulkActionsViewModel actions, DuplicatesViewModel duplicates) {
    }

    private final EntriesTable table;
    private final ShortlistSidebar sidebar;
    private final CompareChoice compareChoice = new CompareChoice();
    private final BulkBar bulkBar;
    /** The freelancers of the last multi-row selection the user made (kept across a page read again). */
    private Set<String> sticky = Set.of();
    private boolean itemsChanging;

    public ShortlistsView(ShortlistsViewModel lists, EntriesViewModel entries, EntryEditorViewModel editor,
                          RefreshViewModel refresh, Node detailView, PortraitImages portraits,
                          ShortlistDialogs dialogs, ShortlistDrag drag, Openers openers, CurrentRanking ranking,
                          BulkWork bulk) {
        setId("shortlistsView");
        getStyleClass().add("shortlists-view");
        getStylesheets().add(STYLESHEET);
        bulkBar = new BulkBar(bulk.actions(), lists.lists(), entries);
        // Runs before the table sees a new page (it clears its selection then): see keepSelection().
        subs.listen(entries.entries(), (ListChangeListener<ShortlistEntry>) c -> itemsChanging = true);
        table = new EntriesTable(entries, editor, portraits, compareChoice, () -> remove(entries, bulk.actions()),
                ranking, new EntriesTable.BulkHooks(bulk.duplicates(), bulkBar::open, bulk.actions()::setRating));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ShortlistEntry>) c -> {
            compareChoice.selectionChanged(table.chosen());
            bulk.actions().select(table.chosen());
            if (!itemsChanging) {
                sticky = table.chosen().stream().map(ShortlistEntry::freelancerId).collect(Collectors.toSet());
            }
        });
        subs.listen(entries.entries(), (ListChangeListener<ShortlistEntry>) c -> keepSelection());
        subs.listen(entries.listProperty(), (o, was, now) -> sticky = Set.of());
        subs.listen(entries.entries(), (ListChangeListener<ShortlistEntry>) c -> bulk.duplicates().check());
        subs.listen(entries.listProperty(), (o, was, now) -> compareChoice.clear());
        subs.listen(entries.entries(), (ListChangeListener<ShortlistEntry>) c ->
                compareChoice.refreshed(entries.entries()));
        sidebar = new ShortlistSidebar(lists, dialogs, drag);
        subs.listen(lists.selectedProperty(), (o, was, now) -> entries.show(now));
        entries.show(lists.selectedProperty().get());

        BorderPane middle = new BorderPane(createTableArea(entries));
        middle.setTop(createHeader(lists, entries, refresh, openers, bulk));
        middle.setBottom(createFooter(entries, refresh));
        middle.getStyleClass().add("entries-pane");

        EntryEditorView editorView = new EntryEditorView(editor);
        subs.onClose(editorView::close);
        VBox side = new VBox(editorView, detailView);
        side.getStyleClass().add("entry-side");
        VBox.setVgrow(detailView, Priority.ALWAYS);
        SplitPane split = new SplitPane(middle, side);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);

        setLeft(sidebar);
        setCenter(split);
        NoticeBar notices = new NoticeBar(lists.notices());
        subs.onClose(notices::close);
        subs.onClose(table::close);
        subs.onClose(sidebar::close);
        setBottom(new VBox(ShortlistErrorLine.of(lists, entries, refresh), notices));
        com.talentfinder.ui.KeepWhole.buttonsUnder(this);
    }

    /**
     * A page read again (after a bulk change, an edit, a filter) keeps the rows selected before that are still
     * shown, so the user can go on working on the same selection.
     */
    private void keepSelection() {
        itemsChanging = false;
        if (sticky.size() < 2) {
            return;
        }
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (sticky.contains(table.getItems().get(i).freelancerId())) {
                rows.add(i);
            }
        }
        if (rows.size() > 1) {
            Set<String> keep = sticky;
            int[] more = rows.subList(1, rows.size()).stream().mapToInt(Integer::intValue).toArray();
            table.getSelectionModel().selectIndices(rows.get(0), more);
            sticky = keep;
        }
    }

    private List<ShortlistEntry> chosen() {
        return table.chosen();
    }

    /** One row: removed at once (Undo in the bar); several: a bulk removal, asked first with the count. */
    private void remove(EntriesViewModel entries, BulkActionsViewModel bulk) {
        if (chosen().size() > 1) {
            bulk.remove();
        } else {
            entries.remove(chosen());
        }
    }

    /** Focuses the list of shortlists (when the screen is shown). */
    public void focusLists() {
        sidebar.listView().requestFocus();
    }

    private Node createHeader(ShortlistsViewModel lists, EntriesViewModel entries, RefreshViewModel refresh,
                              Openers openers, BulkWork bulk) {
        Label title = new Label();
        title.setId("shortlistTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Shortlist s = entries.listProperty().get();
            return s == null ? Messages.get("shortlist.none.title") : s.name();
        }, entries.listProperty()));
        // The title has a line of its own: the buttons can never squeeze it away.
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Label.USE_PREF_SIZE);

        Button compare = action("compareButton", "shortlist.compare", "shortlist.compare.tooltip",
                MaterialDesignC.COMPARE, () -> openers.compare().accept(compareChoice.chosen()));
        compare.disableProperty().bind(compareChoice.canCompareProperty().not());
        Label hint = new Label();
        hint.setId("compareHint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(compareChoice.hintProperty());
        hint.setMinWidth(Label.USE_PREF_SIZE);
        title.setMinWidth(160);
        Button export = action("exportListButton", "shortlist.export", "shortlist.export.tooltip",
                MaterialDesignE.EXPORT,
                () -> openers.export().accept(ExportSource.shortlist(entries.repository(),
                        entries.listProperty().get(), entries.query())));
        Button refreshButton = action("refreshListButton", "shortlist.refresh", "shortlist.refresh.tooltip",
                MaterialDesignR.REFRESH,
                () -> refresh.refresh(entries.listProperty().get()));
        Button remove = action("removeEntriesButton", "shortlist.remove", "shortlist.remove.tooltip",
                MaterialDesignD.DELETE_OUTLINE,
                () -> remove(entries, bulk.actions()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : List.of(export, refreshButton)) {
            b.disableProperty().bind(entries.listProperty().isNull().or(refresh.runningProperty()));
        }
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, compare, spacer, export, refreshButton, remove);
        head.setAlignment(Pos.CENTER_LEFT);

        EntryFilterBar filters = new EntryFilterBar(entries);
        subs.onClose(filters::close);
        filters.disableProperty().bind(entries.listProperty().isNull());
        // The title keeps a line of its own, the hint at its right: buttons can never squeeze either away.
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, hint);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        bulkBar.disableProperty().bind(entries.listProperty().isNull());
        VBox top = new VBox(8, titleRow, head, filters, new DuplicateBanner(bulk.duplicates()), bulkBar);
        top.getStyleClass().add("entries-header");
        return top;
    }

    private Node createTableArea(EntriesViewModel entries) {
        Label none = new Label(Messages.get("shortlist.none.text"));
        none.setId("noShortlistState");
        none.setWrapText(true);
        none.getStyleClass().add("state-text");
        VBox empty = new VBox(12, new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS), none);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("state-pane");
        empty.visibleProperty().bind(entries.listProperty().isNull());
        table.visibleProperty().bind(entries.listProperty().isNotNull());
        return new StackPane(table, empty);
    }

    private Node createFooter(EntriesViewModel entries, RefreshViewModel refresh) {
        Button previous = iconButton("entriesPreviousPage", MaterialDesignC.CHEVRON_LEFT, "shortlist.pager.previous",
                entries::previousPage);
        Button next = iconButton("entriesNextPage", MaterialDesignC.CHEVRON_RIGHT, "shortlist.pager.next",
                entries::nextPage);
        previous.disableProperty().bind(Bindings.lessThanOrEqual(entries.paging().pageProperty(), 1));
        next.disableProperty().bind(Bindings.greaterThanOrEqual(entries.paging().pageProperty(), entries.paging().pageCountProperty()));
        Label info = new Label();
        info.setId("entriesPageInfo");
        info.textProperty().bind(entries.paging().pageInfoProperty());

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(refresh.progressProperty());
        bar.setPrefWidth(160);
        Label progressText = new Label();
        progressText.textProperty().bind(refresh.progressTextProperty());
        Button cancel = new Button(Messages.get("shortlist.refresh.cancel"));
        cancel.setId("cancelRefreshButton");
        cancel.setOnAction(e -> refresh.cancel());
        HBox progress = new HBox(8, bar, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(refresh.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(6, progress, spacer, previous, info, next);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("entries-footer");
        return footer;
    }

    private static Button action(String id, String key, String tooltip, Ikon icon, Runnable run) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tooltip)));
        b.setOnAction(e -> run.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static Button iconButton(String id, Ikon icon, String key, Runnable run) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setAccessibleText(Messages.get(key));
        b.setOnAction(e -> run.run());
        return b;
    }

    /** Lets go of the view models (and its parts'): call when this screen is removed for good. */
    public void close() {
        subs.close();
    }
}
