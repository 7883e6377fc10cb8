package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.EntrySort;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The filters over a list's entries, applied in the database: statuses (several), minimum rating, tag and text.
 * Any change tells the owner once; {@link #clear()} tells it once for all four.
 */
public final class EntryFilters {

    private final ObservableSet<EntryStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(EntryStatus.class));
    private final IntegerProperty minRating = new SimpleIntegerProperty(0);
    private final StringProperty tag = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final Runnable changed;
    private boolean clearing;

    EntryFilters(Runnable changed) {
        this.changed = changed;
        statuses.addListener((Observable o) -> tell());
        minRating.addListener((Observable o) -> tell());
        tag.addListener((Observable o) -> tell());
        text.addListener((Observable o) -> tell());
    }

    private void tell() {
        if (!clearing) {
            changed.run();
        }
    }

    /** Clears every filter, with one change told. */
    void clear() {
        clearing = true;
        try {
            statuses.clear();
            minRating.set(0);
            tag.set(null);
            text.set("");
        } finally {
            clearing = false;
        }
        changed.run();
    }

    /** The database query for these filters in {@code sort} order over the rows {@code offset..offset+limit}. */
    EntryQuery query(EntrySort sort, boolean ascending, int offset, int limit) {
        return new EntryQuery(sort, ascending, Set.copyOf(statuses), minRating.get(), tag.get(), text.get(), offset,
                limit);
    }

    /** Status filter: empty means every status. */
    public ObservableSet<EntryStatus> statuses() {
        return statuses;
    }

    /** Minimum rating filter, 0 (any) to 5. */
    public IntegerProperty minRatingProperty() {
        return minRating;
    }

    /** Tag filter, or null for any. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** Text filter over name, title, skills, location, notes and tags. */
    public StringProperty textProperty() {
        return text;
    }
}
