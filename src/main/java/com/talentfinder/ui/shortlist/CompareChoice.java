package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which entries Compare takes: those ticked in the table's "Compare" column (kept across pages of the same
 * list), or, when none is ticked, the selected rows. Says what to do in a hint ("Tick 2–4 to compare").
 */
final class CompareChoice {

    private final Map<String, ShortlistEntry> ticked = new LinkedHashMap<>();
    private List<ShortlistEntry> selected = List.of();

    // Properties //
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper();
    /** Changes whenever the ticks change (the table redraws its check boxes). */
    private final ReadOnlyIntegerWrapper tickCount = new ReadOnlyIntegerWrapper();

    CompareChoice() {
        update();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tickCountProperty() {
        return tickCount.getReadOnlyProperty();
    }

    // Commands //

    boolean isTicked(ShortlistEntry e) {
        return e != null && ticked.containsKey(e.freelancerId());
    }

    void setTicked(ShortlistEntry e, boolean on) {
        if (on) {
            ticked.put(e.freelancerId(), e);
        } else {
            ticked.remove(e.freelancerId());
        }
        update();
    }

    /** Another list is shown: nothing is ticked any more. */
    void clear() {
        ticked.clear();
        update();
    }

    /** The page was read again: ticked entries take their fresh values (status, notes) where shown. */
    void refreshed(List<ShortlistEntry> shown) {
        for (ShortlistEntry e : shown) {
            ticked.computeIfPresent(e.freelancerId(), (id, old) -> e);
        }
    }

    /** The table's selected rows (used when nothing is ticked). */
    void selectionChanged(List<ShortlistEntry> rows) {
        selected = List.copyOf(rows);
        update();
    }

    /** The entries Compare shows, in the order chosen. */
    List<ShortlistEntry> chosen() {
        return ticked.isEmpty() ? selected : List.copyOf(ticked.values());
    }

    private void update() {
        int n = chosen().size();
        tickCount.set(ticked.size());
        canCompare.set(n >= CompareViewModel.MIN && n <= CompareViewModel.MAX);
        if (n > CompareViewModel.MAX) {
            hint.set(Messages.format("shortlist.compare.hint.tooMany", CompareViewModel.MAX));
        } else if (n >= CompareViewModel.MIN) {
            hint.set(Messages.format("shortlist.compare.hint.ready", n));
        } else {
            hint.set(Messages.get("shortlist.compare.hint"));
        }
    }
}
