package com.talentfinder.ui.shortlist;

import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.FolderOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The export dialog's state: the format, which columns (CSV and XLSX; JSON always holds every field so it can
 * be imported), the file chosen through {@link FileDialogs}, the run on the task runner, and the outcome
 * ("Exported 120 entries to …") with an "Open folder" action that opens only the folder.
 */
public final class ExportViewModel {

    /** The columns ticked when the dialog opens. */
    static final Set<ExportColumn> DEFAULTS = EnumSet.of(ExportColumn.NAME, ExportColumn.SCORE,
            ExportColumn.SCORE_FORMULA, ExportColumn.STATUS,
            ExportColumn.RATING, ExportColumn.RATE, ExportColumn.CURRENCY, ExportColumn.COUNTRY,
            ExportColumn.LOCAL_TIME, ExportColumn.JSS, ExportColumn.EARNINGS, ExportColumn.EARNINGS_NOTE,
            ExportColumn.BADGE, ExportColumn.TITLE, ExportColumn.LOCATION, ExportColumn.SKILLS, ExportColumn.TAGS,
            ExportColumn.SAVED_AT, ExportColumn.PROFILE_URL, ExportColumn.NOTES);

    /** One column of the chooser. */
    public static final class ColumnChoice {
        private final ExportColumn column;
        private final BooleanProperty chosen;

        ColumnChoice(ExportColumn column, boolean on) {
            this.column = column;
            this.chosen = new SimpleBooleanProperty(on);
        }

        public ExportColumn column() {
            return column;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return column.title();
        }
    }

    private final ExportSource source;
    private final FileDialogs files;
    private final FolderOpener folders;
    private final TaskRunner runner;
    private final Clock clock;
    private final List<ColumnChoice> columns;

    // Properties //
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final ReadOnlyBooleanWrapper columnsApply = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canOpenFolder = new ReadOnlyBooleanWrapper();
    private Path lastFolder;
    /** True while the file chooser is open (it runs a nested event loop: Export must not start twice). */
    private boolean asking;

    public ExportViewModel(ExportSource source, FileDialogs files, FolderOpener folders, TaskRunner runner,
                           Clock clock) {
        this.source = source;
        this.files = files;
        this.folders = folders;
        this.runner = runner;
        this.clock = clock;
        List<ExportColumn> available = source.hasEntryColumns() ? ExportColumn.forShortlist()
                : ExportColumn.forResults();
        this.columns = available.stream().map(c -> new ColumnChoice(c, DEFAULTS.contains(c))).toList();
        format.addListener((o, was, now) -> columnsApply.set(now != ExportFormat.JSON));
    }

    // Commands //

    /** Asks where to save, then writes the file in the background. */
    public void export() {
        if (busy.get() || asking) {
            return;
        }
        error.set(null);
        ExportFormat f = format.get();
        List<ExportColumn> chosen = chosenColumns();
        if (f != ExportFormat.JSON && chosen.isEmpty()) {
            error.set(Messages.get("export.error.noColumns"));
            return;
        }
        Optional<Path> target;
        asking = true;
        try {
            target = files.chooseExportTarget(suggestedName(f), f.extension());
        } finally {
            asking = false;
        }
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), f);
        // The chooser checked the name as typed; with the extension added it may name another, existing file.
        if (!file.equals(target.get()) && java.nio.file.Files.exists(file) && !files.confirmOverwrite(file)) {
            return;
        }
        List<ExportColumn> written = f == ExportFormat.JSON ? List.of(ExportColumn.values()) : chosen;
        busy.set(true);
        canOpenFolder.set(false);
        outcome.set(Messages.format("export.running", file.getFileName()));
        runner.run("export", p -> {
            p.update(-1, -1, null);
            return source.export(f, written, file, clock);
        }, rows -> {
            busy.set(false);
            lastFolder = file.toAbsolutePath().getParent();
            canOpenFolder.set(lastFolder != null);
            outcome.set(Messages.format("export.done", rows, file.toAbsolutePath()));
        }, failure -> {
            busy.set(false);
            outcome.set("");
            error.set(ShortlistErrors.message(failure));
        });
    }

    /** Opens the folder of the last export (never the file). */
    public void openFolder() {
        if (lastFolder != null) {
            folders.openFolder(lastFolder);
        }
    }

    /** Ticks every column, or none. */
    public void chooseAll(boolean on) {
        columns.forEach(c -> c.chosenProperty().set(on));
    }

    /** "Frontend Q1.csv": the caption with characters file systems refuse replaced. */
    String suggestedName(ExportFormat f) {
        String base = source.caption().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "export" + base;
        }
        return base + "." + f.extension();
    }

    private static Path withExtension(Path p, ExportFormat f) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + f.extension()) ? p
                : p.resolveSibling(name + "." + f.extension());
    }

    private List<ExportColumn> chosenColumns() {
        return columns.stream().filter(c -> c.chosenProperty().get()).map(ColumnChoice::column).toList();
    }

    // Properties //

    public String caption() {
        return source.caption();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The column chooser's rows. */
    public List<ColumnChoice> columns() {
        return columns;
    }

    /** False for JSON, which always holds every field. */
    public ReadOnlyBooleanProperty columnsApplyProperty() {
        return columnsApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Exported 120 entries to /home/…/Frontend Q1.csv". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenFolderProperty() {
        return canOpenFolder.getReadOnlyProperty();
    }
}
