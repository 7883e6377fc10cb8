package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the search screen shows: the freelancers of the page shown, the one shared selection, whether there are
 * results, none, or nothing searched yet, the sentence for "none", and whether it is demo data.
 */
final class ShownResults {

    private final ObservableList<Freelancer> results = FXCollections.observableArrayList();
    private final ObservableList<Freelancer> resultsReadOnly = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<Freelancer> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ContentState> contentState = new ReadOnlyObjectWrapper<>(ContentState.FIRST_RUN);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demoData = new ReadOnlyBooleanWrapper();

    /** Shows {@code freelancers}, the page of {@code request}; the selection stays when its freelancer is still there. */
    void show(SearchRequest request, List<Freelancer> freelancers, boolean demo) {
        Freelancer keep = selected.get();
        results.setAll(freelancers);
        if (keep != null && !results.contains(keep)) {
            selected.set(null);
        }
        demoData.set(demo);
        contentState.set(results.isEmpty() ? ContentState.EMPTY : ContentState.RESULTS);
        emptyMessage.set(Messages.format("search.empty", request.query()));
    }

    /** Before the first search, the first-run page says whether searches will be demo data. */
    void demoModeChanged(boolean demo) {
        if (contentState.get() == ContentState.FIRST_RUN) {
            demoData.set(demo);
        }
    }

    boolean isEmpty() {
        return results.isEmpty();
    }

    ObservableList<Freelancer> results() {
        return resultsReadOnly;
    }

    ObjectProperty<Freelancer> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<ContentState> contentStateProperty() {
        return contentState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty demoDataProperty() {
        return demoData.getReadOnlyProperty();
    }
}
