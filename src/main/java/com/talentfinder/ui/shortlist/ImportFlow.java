package com.talentfinder.ui.shortlist;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Import that asks first: the file is read and previewed in the background (list name, entries, new vs
 * already there, whose notes differ, how many the user had removed), then the user confirms, or chooses between
 * merging into the list of the same name and importing as a new list; the notice that follows offers Undo.
 */
final class ImportFlow {

    private static final int NAMES_SHOWN = 5;

    private final ShortlistImporter importer;
    private final TaskRunner runner;
    private final Confirmations confirmations;
    private final Notices notices;

    ImportFlow(ShortlistImporter importer, TaskRunner runner, Confirmations confirmations, Notices notices) {
        this.importer = importer;
        this.runner = runner;
        this.confirmations = confirmations;
        this.notices = notices;
    }

    /**
     * Previews {@code file}, asks, imports.
     *
     * @param busy      told true while working, false when done
     * @param done      the imported (or restored) list's name, to select it; null after an undo
     * @param failed    any failure, for the screen's error line
     */
    void start(Path file, Consumer<Boolean> busy, Consumer<String> done, Consumer<Throwable> failed) {
        busy.accept(true);
        runner.run("preview import", p -> importer.preview(file), preview -> {
            busy.accept(false);
            Boolean merge = ask(preview);
            if (merge == null) {
                return;
            }
            busy.accept(true);
            runner.run("import shortlist", p -> importer.apply(preview, merge), summary -> {
                busy.accept(false);
                notices.show(Messages.format("shortlist.import.done", summary.listName(), summary.added(),
                        summary.updated(), summary.skipped()), () -> undo(summary, done, failed));
                done.accept(summary.listName());
            }, e -> {
                busy.accept(false);
                failed.accept(e);
            });
        }, e -> {
            busy.accept(false);
            failed.accept(e);
        });
    }

    /** True to merge, false to import as a new list, null when cancelled. */
    private Boolean ask(ShortlistImporter.Preview p) {
        String text = describe(p);
        if (!p.listExists()) {
            return confirmations.confirm(Messages.get("shortlist.import.ask.title"), text,
                    Messages.get("shortlist.import.ask.import")) ? Boolean.TRUE : null;
        }
        int choice = confirmations.choose(Messages.get("shortlist.import.ask.title"),
                text + "\n\n" + Messages.format("shortlist.import.ask.exists", p.listName()),
                Messages.get("shortlist.import.ask.merge"), Messages.get("shortlist.import.ask.asNew"));
        return choice < 0 ? null : choice == 0;
    }

    static String describe(ShortlistImporter.Preview p) {
        StringBuilder sb = new StringBuilder(Messages.format("shortlist.import.preview", p.listName(), p.entries(),
                p.merge().fresh(), p.merge().present()));
        List<String> differ = p.merge().notesDiffer();
        if (!differ.isEmpty()) {
            String names = String.join(", ", differ.subList(0, Math.min(NAMES_SHOWN, differ.size())))
                    + (differ.size() > NAMES_SHOWN ? ", …" : "");
            sb.append(' ').append(Messages.format("shortlist.import.preview.notes", differ.size(), names));
        }
        if (p.merge().removedLocally() > 0) {
            sb.append(' ').append(Messages.format("shortlist.import.preview.removed", p.merge().removedLocally()));
        }
        if (p.skipped() > 0) {
            sb.append(' ').append(Messages.format("shortlist.import.preview.skipped", p.skipped()));
        }
        return sb.toString();
    }

    private void undo(ShortlistImporter.Summary summary, Consumer<String> done, Consumer<Throwable> failed) {
        runner.run("undo import", p -> {
            importer.undo(summary);
            return null;
        }, ok -> {
            notices.show(Messages.format("shortlist.import.undone", summary.listName()));
            done.accept(null);
        }, failed);
    }
}
