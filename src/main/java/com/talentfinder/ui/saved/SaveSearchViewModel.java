package com.talentfinder.ui.saved;

import com.talentfinder.app.saved.SavedFilters;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.store.SavedSearchRepository;
import com.talentfinder.ui.Messages;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Save search…" dialog: a name for the current query with its current filters, how many pages a run fetches
 * and "stop when nothing is new" (on by default).
 */
public final class SaveSearchViewModel {

    /** The search screen's current query, page size and filters, read when the dialog opens and on save. */
    public record Current(String query, int perPage, SavedFilters filters) {
    }

    private final SavedSearches saved;
    private final Supplier<Current> current;

    // Properties //
    private final StringProperty name = new SimpleStringProperty("");
    private final IntegerProperty pages = new SimpleIntegerProperty(SavedSearches.DEFAULT_PAGES);
    private final BooleanProperty stopWhenNothingNew = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    public SaveSearchViewModel(SavedSearches saved, Supplier<Current> current) {
        this.saved = saved;
        this.current = current;
        Current c = current.get();
        String q = c == null || c.query() == null ? "" : c.query().strip();
        name.set(q);
        summary.set(q.isEmpty() ? "" : Messages.format(c.filters() != null && c.filters().isActive()
                ? "saved.save.summaryFiltered" : "saved.save.summary", q));
    }

    // Commands //

    /** True when saved; otherwise {@link #errorProperty()} says what to change. */
    public boolean save() {
        Current c = current.get();
        if (c == null || c.query() == null || c.query().isBlank()) {
            error.set(Messages.get("saved.save.noQuery"));
            return false;
        }
        if (name.get() == null || name.get().isBlank()) {
            error.set(Messages.get("saved.save.noName"));
            return false;
        }
        try {
            saved.save(name.get(), c.query(), c.perPage(), c.filters(), pages.get(), stopWhenNothingNew.get());
            error.set("");
            return true;
        } catch (SavedSearchRepository.NameTakenException e) {
            error.set(Messages.format("saved.save.nameTaken", e.name()));
        } catch (IllegalArgumentException e) {
            error.set(Messages.get("saved.save.invalid"));
        } catch (RuntimeException e) {
            error.set(Messages.get("saved.error.store"));
        }
        return false;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    public BooleanProperty stopWhenNothingNewProperty() {
        return stopWhenNothingNew;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
