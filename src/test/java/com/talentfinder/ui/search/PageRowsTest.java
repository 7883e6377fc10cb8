package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

/**
 * {@link PageRows}: the source's elements, and changes that a listener can replay on its copy of the list; a whole
 * new page is told without a replacement and without removing every element at once (what makes a table rebuild
 * its rows).
 */
class PageRowsTest {

    private final ObservableList<String> source = FXCollections.observableArrayList("a", "b", "c", "d");
    private final PageRows<String> rows = new PageRows<>(source);
    private final List<String> replayed = new ArrayList<>(rows);
    private final List<String> kinds = new ArrayList<>();

    PageRowsTest() {
        rows.addListener((ListChangeListener<String>) this::replay);
    }

    /** Applies each step of the change to {@link #replayed}, as a listener that keeps a copy would. */
    private void replay(ListChangeListener.Change<? extends String> c) {
        while (c.next()) {
            if (c.wasPermutated()) {
                kinds.add("permutation");
                List<String> before = new ArrayList<>(replayed);
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    replayed.set(c.getPermutation(i), before.get(i));
                }
            } else if (c.wasUpdated()) {
                kinds.add("update");
            } else {
                kinds.add(c.wasReplaced() ? "replace" : c.wasAdded() ? "add" : "remove");
                assertThat(replayed.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()))
                        .isEqualTo(c.getRemoved());
                replayed.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                replayed.addAll(c.getFrom(), c.getAddedSubList());
            }
        }
    }

    @Test
    void aWholeNewPageOfTheSameSizeIsToldAsRemovalsAndAnAddition() {
        source.setAll("e", "f", "g", "h");

        assertThat(rows).containsExactly("e", "f", "g", "h");
        assertThat(replayed).containsExactly("e", "f", "g", "h");
        assertThat(kinds).containsExactly("remove", "add", "remove");
    }

    @Test
    void aLongerOrShorterNewPageToo() {
        source.setAll("e", "f", "g", "h", "i", "j");
        assertThat(replayed).containsExactlyElementsOf(rows).containsExactly("e", "f", "g", "h", "i", "j");
        source.setAll("k", "l");
        assertThat(replayed).containsExactly("k", "l");
        assertThat(kinds).doesNotContain("replace");
    }

    @Test
    void otherChangesPassThroughAsTheyAre() {
        source.add("e");
        source.remove("b");
        source.set(0, "z");
        source.clear();
        source.setAll("x");
        source.setAll("y");

        assertThat(replayed).containsExactly("y");
        assertThat(kinds).containsExactly("add", "remove", "replace", "remove", "add", "replace");
    }

    @Test
    void sortingUnderneathArrivesAsAPermutation() {
        ObservableList<String> page = FXCollections.observableArrayList("c", "a", "b");
        SortedList<String> sorted = new SortedList<>(page);
        PageRows<String> view = new PageRows<>(sorted);
        List<String> seen = new ArrayList<>(view);
        view.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                assertThat(c.wasPermutated()).isTrue();
                List<String> before = new ArrayList<>(seen);
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    seen.set(c.getPermutation(i), before.get(i));
                }
            }
        });

        sorted.setComparator(String::compareTo);

        assertThat(view).containsExactly("a", "b", "c");
        assertThat(seen).containsExactly("a", "b", "c");
    }
}
