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
import java.util.function.Consumer;
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

    private final EntriesTable table;
    private final ShortlistSidebar sidebar;
    private final CompareChoice compareChoice = new CompareChoice();

    public ShortlistsView(ShortlistsViewModel lists, EntriesViewModel entries, EntryEditorViewModel editor,
                          RefreshViewModel refresh, Node detailView, PortraitImages portraits,
                          ShortlistDialogs dialogs, ShortlistDrag drag, Openers openers) {
        this(lists, entries, editor, refresh, detailView, portraits, dialogs, drag, openers, new CurrentRanking());
    }

    /** @param ranking the ranking in force: the entries' Score column follows it */
    public ShortlistsView(ShortlistsViewModel lists, EntriesViewModel entries, EntryEditorViewModel editor,
                          RefreshViewModel refresh, Node detailView, PortraitImages portraits,
                          ShortlistDialogs dialogs, ShortlistDrag drag, Openers openers, CurrentRanking ranking) {
        setId("shortlistsView");
        getStyleClass().add("shortlists-view");
        getStylesheets().add(STYLESHEET);
        table = new EntriesTable(entries, editor, portraits, compareChoice, () -> entries.remove(chosen()),
                ranking);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ShortlistEntry>) c ->
                compareChoice.selectionChanged(table.chosen()));
        subs.listen(entries.listProperty(), (o, was, now) -> compareChoice.clear());
        subs.listen(entries.entries(), (ListChangeListener<ShortlistEntry>) c ->
                compareChoice.refreshed(entries.entries()));
        sidebar = new ShortlistSidebar(lists, dialogs, drag);
        subs.listen(lists.selectedProperty(), (o, was, now) -> entries.show(now));
        entries.show(lists.selectedProperty().get());

        BorderPane middle = new BorderPane(createTableArea(entries));
        middle.setTop(createHeader(lists, entries, refresh, openers));
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
        setBottom(new VBox(errorLine(lists, entries, refresh), notices));
        com.talentfinder.ui.KeepWhole.buttonsUnder(this);
    }

    private List<ShortlistEntry> chosen() {
        return table.chosen();
    }

    /** Focuses the list of shortlists (when the screen is shown). */
    public void focusLists() {
        sidebar.listView().requestFocus();
    }

    private Node createHeader(ShortlistsViewModel lists, EntriesViewModel entries, RefreshViewModel refresh,
                              Openers openers) {
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
                () -> entries.remove(chosen()));
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
        VBox top = new VBox(8, titleRow, head, filters);
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

    private static Node errorLine(ShortlistsViewModel lists, EntriesViewModel entries, RefreshViewModel refresh) {
        Label error = new Label();
        error.setId("shortlistError");
        error.getStyleClass().add("shortlist-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> firstOf(lists.errorProperty().get(),
                entries.errorProperty().get(), refresh.errorProperty().get()),
                lists.errorProperty(), entries.errorProperty(), refresh.errorProperty()));
        Button dismiss = new Button(Messages.get("shortlist.error.dismiss"));
        dismiss.getStyleClass().add(Styles.FLAT);
        dismiss.setOnAction(e -> {
            lists.clearError();
            entries.clearError();
        });
        HBox line = new HBox(8, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE), error, dismiss);
        line.getStyleClass().add("shortlist-error-line");
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(error.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static String firstOf(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
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
