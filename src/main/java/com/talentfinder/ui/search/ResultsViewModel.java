package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.CurrentRanking;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The results table's model: with no filter, the page shown; with a filter on, every result fetched for the search
 * (all its pages) seen through the filters; the counts note, and the shared selection. Sorting is the table's own
 * (within what is listed).
 */
public final class ResultsViewModel {

    private final SearchViewModel search;
    private final FilteredList<Freelancer> visible;
    private final FilterViewModel filters;
    private final CurrentRanking ranking;
    /** What the filters run over: the page shown, or every fetched result while a filter is on. */
    private final ObservableList<Freelancer> pool = FXCollections.observableArrayList();

    // Properties //
    private final ReadOnlyStringWrapper filterNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(false);

    public ResultsViewModel(SearchViewModel search) {
        this(search, new CurrentRanking());
    }

    /** @param ranking the ranking in force, shared with the other screens: the Score column follows it */
    public ResultsViewModel(SearchViewModel search, CurrentRanking ranking) {
        this.search = search;
        this.ranking = ranking;
        // The filtered list must hear of new results before the filters do (listeners run in the order they
        // were added): a filter that changes while the list is still on the old results corrupts it.
        this.visible = new FilteredList<>(pool);
        AllPagesViewModel all = search.allPages();
        this.filters = new FilterViewModel(all.fetched());
        visible.predicateProperty().bind(filters.filterProperty());
        search.results().addListener((Observable o) -> fillPool());
        all.fetched().addListener((Observable o) -> fillPool());
        filters.filterProperty().addListener((Observable o) -> {
            all.filtering(filters.filterProperty().get().isActive());
            fillPool();
            updateNote(filters);
        });
        fillPool();
        visible.addListener((Observable o) -> updateNote(filters));
        updateNote(filters);
    }

    private void fillPool() {
        List<Freelancer> next = filters.filterProperty().get().isActive() ? search.allPages().fetched()
                : search.results();
        if (!next.equals(pool)) {
            pool.setAll(next);
        }
    }

    private void updateNote(FilterViewModel filters) {
        int all = pool.size();
        int shown = visible.size();
        filtering.set(filters.filterProperty().get().isActive());
        filterNote.set(Messages.format("filters.note", shown, all, all - shown));
    }

    /** The ranking the Score column shows and sorts by. */
    public CurrentRanking ranking() {
        return ranking;
    }

    /** The filters over the loaded results. */
    public FilterViewModel filters() {
        return filters;
    }

    /** The loaded results that pass the filters. */
    public ObservableList<Freelancer> visibleResults() {
        return visible;
    }

    /** The one shared selection (the same property as {@link SearchViewModel#selectedProperty()}). */
    public ObjectProperty<Freelancer> selectedProperty() {
        return search.selectedProperty();
    }

    /** "N of M shown · K hidden by filters". */
    public ReadOnlyStringProperty filterNoteProperty() {
        return filterNote.getReadOnlyProperty();
    }

    /** True while any filter is on. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }
}
