package com.talentfinder.ui.shortlist;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.BatchWork;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.app.sync.EntrySyncs;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.BulkEdits;
import com.talentfinder.store.Database;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Screen;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.ConnectionStatusView;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.DesktopFolderOpener;
import com.talentfinder.ui.common.FolderOpener;
import com.talentfinder.ui.common.ListMemberships;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.common.ProfilePanes;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The shortlists feature, wired: its ViewModels, the shortlists screen, and what it adds to the search window
 * (the results table's menu, Ctrl+S and drag; the bar above the detail pane; the drop on the "Shortlists"
 * toggle). The composition root builds one and plugs its nodes in.
 */
public final class ShortlistFeature implements Screen {

    /** Everything the feature needs from outside. */
    public record Needs(ShortlistRepository repo, PortraitSource portraits, TaskRunner runner,
                        TaskRunner portraitRunner, Clock clock, ProfilePanes profiles, ShortlistDialogs dialogs,
                        FolderOpener folders, Supplier<BatchPlanner> planner, Supplier<BatchFetcher> fetcher,
                        Supplier<Window> owner) {
    }

    private final Needs needs;
    private final ShortlistsViewModel lists;
    private final EntriesViewModel entries;
    private final EntryEditorViewModel editor;
    private final RefreshViewModel refresh;
    private final AddToShortlistViewModel add;
    private final BulkActionsViewModel bulk;
    private final DuplicatesViewModel duplicates;
    private final PortraitImages savedPortraits;
    private final PortraitImages livePortraits;
    private final ShortlistDrag drag;
    private final ShortlistWindows windows;
    private final Notices notices;
    private final ShortlistLiveUpdates live;
    private ShortlistsView view;
    private Node detail;
    /** The ranking in force (the composition root shares it with the other screens); Balanced until then. */
    private CurrentRanking ranking = new CurrentRanking();

    public ShortlistFeature(Needs needs) {
        this(needs, null);
    }

    /**
     * With {@code sync} (issue 16) entry edits are versioned writes as the member it names, merged or asked about
     * when someone else changed the same entry; null: a personal editor on the repository's database.
     */
    public ShortlistFeature(Needs needs, EntrySync sync) {
        this.needs = needs;
        notices = new Notices();
        lists = new ShortlistsViewModel(needs.repo(), needs.runner(), needs.dialogs(), notices,
                new ShortlistImporter(needs.repo(), needs.clock()));
        entries = new EntriesViewModel(needs.repo(), needs.runner(), notices);
        editor = sync == null ? new EntryEditorViewModel(entries)
                : new EntryEditorViewModel(entries, sync, needs.dialogs(), notices, needs.clock());
        refresh = new RefreshViewModel(needs.repo(), needs.runner(), needs.dialogs(), needs.planner(),
                needs.fetcher(), notices, entries::reload);
        add = new AddToShortlistViewModel(lists, needs.repo(), needs.portraits(), needs.runner(), entries::reload);
        Runnable changed = () -> {
            lists.reload();
            entries.reload();
        };
        BulkEdits bulkEdits = sync == null ? needs.repo().bulkEdits() : needs.repo().bulkEdits(sync::member);
        bulk = new BulkActionsViewModel(bulkEdits, needs.runner(), needs.dialogs(), notices, entries, changed);
        duplicates = new DuplicatesViewModel(needs.repo(), bulkEdits, needs.runner(), needs.dialogs(), notices,
                entries, changed);
        SnapshotPortraitSource saved = new SnapshotPortraitSource(needs.repo(), needs.portraits());
        entries.entries().addListener((ListChangeListener<ShortlistEntry>) c ->
                entries.entries().forEach(saved::register));
        savedPortraits = new PortraitImages(saved, needs.portraitRunner());
        livePortraits = new PortraitImages(needs.portraits(), needs.portraitRunner());
        drag = new ShortlistDrag(add);
        windows = new ShortlistWindows(needs.owner(), savedPortraits, needs.clock());
        live = new ShortlistLiveUpdates(notices, entries, this::changedElsewhere);
        lists.reload();
    }

    /** The production wiring on top of the app's services. */
    public static ShortlistFeature create(AppServices services, TaskRunner runner, TaskRunner portraitRunner,
                                          ProfilePanes profiles, Supplier<Window> owner) {
        Database db = services.shortlistDatabase();
        ShortlistRepository repo = new ShortlistRepository(db, services.clock());
        BatchWork batches = services.batches();
        EntrySync sync = EntrySyncs.forApp(services, db, repo);
        ShortlistFeature feature = new ShortlistFeature(new Needs(repo, services.portraits(), runner, portraitRunner,
                services.clock(), profiles, new FxShortlistDialogs(owner), new DesktopFolderOpener(), batches::planner,
                batches::fetcher, owner), sync);
        feature.live.start(sync, db);
        return feature;
    }

    /** Someone else changed the database: the lists, the page shown and the selected entry are read again. */
    public void changedElsewhere() {
        lists.reload();
        entries.reload();
        editor.changedElsewhere();
    }

    /** The status bar's lost-connection label (hidden while the database answers). */
    public Node connectionStatus() {
        return new ConnectionStatusView(live.connection());
    }

    /** Stops listening for other people's changes (the window closes). */
    public void close() {
        live.close();
    }

    @Override
    public String id() {
        return "shortlists";
    }

    @Override
    public String titleKey() {
        return "main.nav.shortlists";
    }

    @Override
    public String tooltipKey() {
        return "main.nav.shortlists.tooltip";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FORMAT_LIST_CHECKS;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.SHOW_SHORTLISTS;
    }

    @Override
    public Node create() {
        return screen();
    }

    /** Hovering a drag over the toggle shows the screen; a drop adds to the list used last. */
    @Override
    public void decorateToggle(Node toggle, Runnable show) {
        drag.acceptOnToggle(toggle, lists::lastUsed, show);
    }

    @Override
    public void shown() {
        screenShown();
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.close();
            view = null;
        }
        if (detail instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        detail = null;
    }

    /** The shortlists screen (built once until disposed). */
    public ShortlistsView screen() {
        if (view == null) {
            detail = needs.profiles().create(entries.selectedFreelancerProperty(), savedPortraits);
            view = new ShortlistsView(lists, entries, editor, refresh, detail, savedPortraits, needs.dialogs(),
                    drag, new ShortlistsView.Openers(this::export, windows::compare), ranking,
                    new ShortlistsView.BulkWork(bulk, duplicates));
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

    /**
     * Which lists freelancers are on, for the search window's "already on a list" marks: read from the store, and
     * a signal whenever the lists or the entries shown change (adds, removals, status changes, imports, deletes).
     */
    public ListMemberships memberships() {
        return new ListMemberships() {
            @Override
            public Map<String, List<ListMembership>> of(Collection<String> freelancerIds) {
                return needs.repo().membershipsOf(freelancerIds);
            }

            @Override
            public void onChange(Runnable changed) {
                lists.lists().addListener((Observable o) -> changed.run());
                entries.entries().addListener((Observable o) -> changed.run());
            }
        };
    }

    /** Call when the screen is shown: the lists and the page shown are read again. */
    public void screenShown() {
        lists.reload();
    }

    /** Shares the ranking in force: the entries' Score column and the exports' score follow it. */
    public void useRanking(CurrentRanking shared) {
        this.ranking = java.util.Objects.requireNonNull(shared);
    }

    private void export(ExportSource source) {
        windows.export(new ExportViewModel(source.scoredBy(ranking.exportScorer()), needs.dialogs(), needs.folders(),
                needs.runner(), needs.clock()));
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

    public BulkActionsViewModel bulkViewModel() {
        return bulk;
    }

    public DuplicatesViewModel duplicatesViewModel() {
        return duplicates;
    }

}
