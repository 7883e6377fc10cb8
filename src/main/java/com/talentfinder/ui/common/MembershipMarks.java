package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.ui.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * Which shortlists the freelancers on screen are on (results, all fetched pages, the selection), read through
 * {@link ListMemberships} off the UI thread, again whenever what is followed or the lists change. The whole answer
 * replaces the last one at once, so the results' filter and cells follow it in one step. Holds no nodes.
 */
public final class MembershipMarks {

    /** Nobody is on a list: for tests and panes without the shortlists feature. */
    public static final MembershipMarks NONE = new MembershipMarks(ListMemberships.NONE, null);

    private final ListMemberships port;
    private final TaskRunner runner;
    private final List<ObservableList<Freelancer>> lists = new ArrayList<>();
    private final List<ObservableValue<Freelancer>> singles = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Map<String, List<ListMembership>>> byId = new ReadOnlyObjectWrapper<>(Map.of());
    private long generation;

    public MembershipMarks(ListMemberships port, TaskRunner runner) {
        this.port = port;
        this.runner = runner;
        if (runner != null) {
            port.onChange(this::refresh);
        }
    }

    // Commands //

    /** Marks the freelancers of {@code list}, following its changes. */
    public void follow(ObservableList<Freelancer> list) {
        if (runner == null) {
            return;
        }
        lists.add(list);
        list.addListener((Observable o) -> refresh());
        refresh();
    }

    /** Marks the freelancer in {@code one} (e.g. a selection), following its changes. */
    public void follow(ObservableValue<Freelancer> one) {
        if (runner == null) {
            return;
        }
        singles.add(one);
        one.addListener((Observable o) -> refresh());
        refresh();
    }

    /** Reads the memberships of everyone followed again. */
    public void refresh() {
        if (runner == null) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        lists.forEach(l -> l.forEach(f -> ids.add(f.id())));
        singles.forEach(s -> {
            if (s.getValue() != null) {
                ids.add(s.getValue().id());
            }
        });
        long mine = ++generation;
        if (ids.isEmpty()) {
            byId.set(Map.of());
            return;
        }
        List<String> asked = List.copyOf(ids);
        runner.run("list memberships", p -> Map.copyOf(port.of(asked)), found -> {
            if (mine == generation && !found.equals(byId.get())) {
                byId.set(found);
            }
        }, failure -> {
            // A mark is a hint: when the lists cannot be read, the last marks stay and the next change asks again.
        });
    }

    // Properties //

    /** Freelancer id → the lists they are on, by list name; absent = on none (or not known yet). */
    public ReadOnlyObjectProperty<Map<String, List<ListMembership>>> byIdProperty() {
        return byId.getReadOnlyProperty();
    }

    /** The lists {@code freelancerId} is on, as last read; empty when none. */
    public List<ListMembership> of(String freelancerId) {
        return freelancerId == null ? List.of() : byId.get().getOrDefault(freelancerId, List.of());
    }
}
