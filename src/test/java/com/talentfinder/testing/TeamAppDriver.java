package com.talentfinder.testing;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.app.sync.EntrySyncs;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ChangeFeeds;
import com.talentfinder.store.Database;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.shortlist.EntriesViewModel;
import com.talentfinder.ui.shortlist.EntryEditorViewModel;
import com.talentfinder.ui.shortlist.Notices;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One Talent Finder app, without a window, for tests that run two of them as separate processes (issue 16). It
 * builds the real composition root ({@link AppServices} from the environment: {@code TALENT_FINDER_HOME},
 * {@code TALENT_FINDER_DB_URL}, {@code TALENT_FINDER_MEMBER}) and the shortlist feature's own ViewModels over
 * the window's {@link EntrySyncs} wiring; one thread stands in for the FX thread. Commands come one per line on
 * stdin, each answered by one line on stdout ({@code ok …} or {@code err …}):
 *
 * <pre>
 * create LIST N              a list with freelancers 1..N     open LIST ID     selects that entry
 * set status|notes|tags V    an edit, committed at once         type notes V     typed, not yet committed
 * commit notes               the focus leaves the notes box     show             status|notes|tags of the entry
 * await status|notes|tags V MS   until the entry shows V        conflicts?       the questions asked, then clears
 * quit
 * </pre>
 *
 * Times in answers are {@code System.currentTimeMillis()} when the app saw it.
 */
public final class TeamAppDriver {

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "driver-ui"));
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AppServices services;
    private final ShortlistRepository repo;
    private final EntrySync sync;
    private final EntriesViewModel entries;
    private final EntryEditorViewModel editor;

    private TeamAppDriver() {
        services = AppServices.fromEnvironment();
        Database db = services.shortlistDatabase();
        repo = new ShortlistRepository(db, services.clock());
        sync = EntrySyncs.forApp(services, db, repo);
        Notices notices = new Notices();
        entries = new EntriesViewModel(repo, new SyncTaskRunner(), notices);
        // The question closed unanswered takes theirs (nothing is overwritten); the question is what tests check
        editor = new EntryEditorViewModel(entries, sync, (title, text, action) -> {
            questions.add((title + " | " + text).replace('\n', ' '));
            return false;
        }, notices, services.clock());
        sync.addListener(new EntrySync.Listener() {
            @Override
            public void changed() {
                ui.execute(() -> { // what ShortlistFeature.changedElsewhere does
                    entries.reload();
                    editor.changedElsewhere();
                });
            }
        });
        sync.listen(l -> ChangeFeeds.start(db, l));
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TeamAppDriver app = new TeamAppDriver();
        out.println("ok ready " + app.sync.member());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String answer;
            try {
                answer = app.answer(line);
            } catch (Exception e) {
                Throwable t = e.getCause() != null ? e.getCause() : e;
                answer = "err " + t.getClass().getSimpleName() + ": " + t.getMessage();
            }
            out.println(answer.replace('\n', ' '));
        }
        app.sync.close();
        app.ui.shutdownNow();
        app.services.close();
        System.exit(0);
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get();
    }

    private String answer(String line) throws Exception {
        String[] w = line.split(" ", 3);
        return switch (w[0]) {
            case "create" -> onUi(() -> {
                Shortlist list = repo.create(w[1]);
                repo.add(list.id(), IntStream.rangeClosed(1, Integer.parseInt(w[2]))
                        .mapToObj(TestFreelancers::numbered).toList());
                return "ok " + list.id();
            });
            case "open" -> onUi(() -> {
                entries.show(repo.findByName(w[1]).orElseThrow());
                entries.selectedProperty().set(entries.entries().stream()
                        .filter(e -> e.freelancerId().equals(w[2])).findFirst().orElseThrow());
                return "ok " + describe(entries.selectedProperty().get());
            });
            case "set" -> onUi(() -> {
                switch (w[1]) {
                    case "status" -> editor.statusProperty().set(EntryStatus.valueOf(w[2]));
                    case "notes" -> {
                        editor.notesProperty().set(w[2]);
                        editor.commitNotes();
                    }
                    case "tags" -> {
                        editor.tagsTextProperty().set(w[2]);
                        editor.commitTags();
                    }
                    default -> throw new IllegalArgumentException("no field " + w[1]);
                }
                return "ok " + System.currentTimeMillis() + " " + describe(entries.selectedProperty().get());
            });
            case "type" -> onUi(() -> {
                editor.notesProperty().set(w[2]);
                return "ok";
            });
            case "commit" -> onUi(() -> {
                editor.commitNotes();
                return "ok " + describe(entries.selectedProperty().get());
            });
            case "show" -> "ok " + onUi(() -> describe(entries.selectedProperty().get()));
            case "await" -> await(w[1], w[2]);
            case "conflicts?" -> {
                List<String> asked = new ArrayList<>(questions);
                questions.clear();
                yield "ok " + asked.size() + (asked.isEmpty() ? "" : " " + String.join(" || ", asked));
            }
            default -> "err unknown command";
        };
    }

    /** Waits until the selected entry's {@code field} reads {@code "VALUE MS"}'s value (as {@link #describe}). */
    private String await(String field, String valueAndMillis) throws Exception {
        int cut = valueAndMillis.lastIndexOf(' ');
        String wanted = valueAndMillis.substring(0, cut);
        long deadline = System.currentTimeMillis() + Long.parseLong(valueAndMillis.substring(cut + 1));
        Function<ShortlistEntry, String> read = switch (field) {
            case "status" -> e -> e.status().name();
            case "notes" -> ShortlistEntry::notes;
            case "tags" -> e -> String.join(",", e.tags());
            default -> throw new IllegalArgumentException("no field " + field);
        };
        while (System.currentTimeMillis() < deadline) {
            ShortlistEntry e = onUi(() -> entries.selectedProperty().get());
            if (e != null && wanted.equals(read.apply(e))) {
                return "ok " + System.currentTimeMillis() + " " + describe(e);
            }
            Thread.sleep(5);
        }
        return "err timeout " + onUi(() -> describe(entries.selectedProperty().get()));
    }

    private static String describe(ShortlistEntry e) {
        return e == null ? "none" : e.status().name() + "|" + e.notes() + "|" + String.join(",", e.tags());
    }
}
