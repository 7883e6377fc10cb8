package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The results table's model: the loaded page seen through the filters, the counts note, and the shared
 * selection. Sorting is the table's own (within what is loaded).
 */
public final class ResultsViewModel {

    private final SearchViewModel search;
    private final FilteredList<Freelancer> visible;
    private final FilterViewModel filters;

    // Properties //
    private final ReadOnlyStringWrapper filterNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(false);

    public ResultsViewModel(SearchViewModel search) {
        this.search = search;
        // The filtered list must hear of new results before the filters do (listeners run in the order they
        // were added): a filter that changes while the list is still on the old results corrupts it.
        this.visible = new FilteredList<>(search.results());
        this.filters = new FilterViewModel(search.results());
        visible.predicateProperty().bind(filters.filterProperty());
        filters.filterProperty().addListener((Observable o) -> updateNote(filters));
        visible.addListener((Observable o) -> updateNote(filters));
        updateNote(filters);
    }

    private void updateNote(FilterViewModel filters) {
        int all = search.results().size();
        int shown = visible.size();
        filtering.set(filters.filterProperty().get().isActive());
        filterNote.set(Messages.format("filters.note", shown, all, all - shown));
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
