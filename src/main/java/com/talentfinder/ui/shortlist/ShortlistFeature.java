package com.talentfinder.ui.shortlist;

import com.talentfinder.ui.common.DesktopFolderOpener;
import com.talentfinder.ui.common.FolderOpener;
import com.talentfinder.api.PortraitSource;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.detail.DetailView;
import com.talentfinder.ui.detail.DetailViewModel;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * The shortlists feature, wired: its ViewModels, the shortlists screen, and what it adds to the search window
 * (the results table's menu, Ctrl+S and drag; the bar above the detail pane; the drop on the "Shortlists"
 * toggle). The composition root builds one and plugs its nodes in.
 */
public final class ShortlistFeature {

    /** Everything the feature needs from outside. */
    public record Needs(ShortlistRepository repo, PortraitSource portraits, TaskRunner runner,
                        TaskRunner portraitRunner, Clock clock, DesktopActions desktop, ShortlistDialogs dialogs,
                        FolderOpener folders, Supplier<BatchPlanner> planner, Supplier<BatchFetcher> fetcher,
                        Supplier<Window> owner) {
    }

    private final Needs needs;
    private final ShortlistsViewModel lists;
    private final EntriesViewModel entries;
    private final EntryEditorViewModel editor;
    private final RefreshViewModel refresh;
    private final AddToShortlistViewModel add;
    private final PortraitImages savedPortraits;
    private final PortraitImages livePortraits;
    private final ShortlistDrag drag;
    private final ShortlistWindows windows;
    private ShortlistsView view;

    public ShortlistFeature(Needs needs) {
        this.needs = needs;
        Notices notices = new Notices();
        lists = new ShortlistsViewModel(needs.repo(), needs.runner(), needs.dialogs(), notices,
                new ShortlistImporter(needs.repo(), needs.clock()));
        entries = new EntriesViewModel(needs.repo(), needs.runner(), notices);
        editor = new EntryEditorViewModel(entries);
        refresh = new RefreshViewModel(needs.repo(), needs.runner(), needs.dialogs(), needs.planner(),
                needs.fetcher(), notices, entries::reload);
        add = new AddToShortlistViewModel(lists, needs.repo(), needs.portraits(), needs.runner(), entries::reload);
        SnapshotPortraitSource saved = new SnapshotPortraitSource(needs.repo(), needs.portraits());
        entries.entries().addListener((ListChangeListener<ShortlistEntry>) c ->
                entries.entries().forEach(saved::register));
        savedPortraits = new PortraitImages(saved, needs.portraitRunner());
        livePortraits = new PortraitImages(needs.portraits(), needs.portraitRunner());
        drag = new ShortlistDrag(add);
        windows = new ShortlistWindows(needs.owner(), savedPortraits, needs.clock());
        lists.reload();
    }

    /** The production wiring on top of the app's services. */
    public static ShortlistFeature create(AppServices services, TaskRunner runner, TaskRunner portraitRunner,
                                          DesktopActions desktop, Supplier<Window> owner) {
        ShortlistRepository repo = new ShortlistRepository(services.database(), services.clock());
        Supplier<BatchPlanner> planner = () -> new BatchPlanner(r -> services.mode().chain().isCached(r),
                services.creditMeter(), services.isDemo() ? null : services.limiter());
        Supplier<BatchFetcher> fetcher = () -> new BatchFetcher(services.mode().chain(),
                services.isDemo() ? null : services.limiter());
        return new ShortlistFeature(new Needs(repo, services.portraits(), runner, portraitRunner, services.clock(),
                desktop, new FxShortlistDialogs(owner), new DesktopFolderOpener(), planner, fetcher, owner));
    }

    /** The shortlists screen (built once). */
    public ShortlistsView screen() {
        if (view == null) {
            Node detail = new DetailView(new DetailViewModel(entries.selectedFreelancerProperty(), savedPortraits,
                    needs.clock(), needs.desktop()));
            view = new ShortlistsView(lists, entries, editor, refresh, detail, savedPortraits, needs.dialogs(),
                    drag, new ShortlistsView.Openers(this::export, windows::compare));
        }
        return view;
    }

    /** Adds the menu, Ctrl+S, Ctrl+E and dragging to the search results table. */
    public void installOnResults(TableView<Freelancer> resultsTable, Supplier<String> caption) {
        ResultsShortlistHook.install(resultsTable, add, lists, needs.dialogs(), drag, needs.owner(),
                shown -> export(ExportSource.results(shown, caption.get())));
    }

    /** The "Add to shortlist" button and "On: …" chips for the search window's detail pane. */
    public Node detailBar(ObservableValue<Freelancer> selection) {
        add.watch(selection);
        return new ShortlistMembershipBar(add, needs.dialogs(), selection);
    }

    /** Makes the "Shortlists" toggle a drop target (adds to the list used last; hovering switches screens). */
    public void acceptDropsOn(Node shortlistsToggle, Runnable showShortlists) {
        drag.acceptOnToggle(shortlistsToggle, lists::lastUsed, showShortlists);
    }

    /** Call when the screen is shown: the lists and the page shown are read again. */
    public void screenShown() {
        lists.reload();
    }

    private void export(ExportSource source) {
        windows.export(new ExportViewModel(source, needs.dialogs(), needs.folders(), needs.runner(), needs.clock()));
    }

    /** A caption for exported search results: "Search results: react". */
    public static String resultsCaption(String query) {
        return query == null || query.isBlank() ? Messages.get("export.results.caption.none")
                : Messages.format("export.results.caption", query.strip());
    }

    public ShortlistsViewModel listsViewModel() {
        return lists;
    }

    public EntriesViewModel entriesViewModel() {
        return entries;
    }

    public AddToShortlistViewModel addViewModel() {
        return add;
    }

}
