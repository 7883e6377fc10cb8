package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 (6): Compare says what it needs, and takes the ticked entries. */
class CompareChoiceTest {

    private static ShortlistEntry entry(String id) {
        return new ShortlistEntry(1, Samples.freelancer(id, "Person " + id), Instant.EPOCH, EntryStatus.NEW, 0, "",
                List.of(), null);
    }

    private final CompareChoice choice = new CompareChoice();

    @Test
    void saysToTickTwoToFourUntilEnoughAreTicked() {
        assertThat(choice.hintProperty().get()).isEqualTo("Tick 2–4 to compare");
        assertThat(choice.canCompareProperty().get()).isFalse();

        choice.setTicked(entry("~a"), true);
        assertThat(choice.canCompareProperty().get()).isFalse();
        choice.setTicked(entry("~b"), true);

        assertThat(choice.canCompareProperty().get()).isTrue();
        assertThat(choice.hintProperty().get()).isEqualTo("2 chosen");
        assertThat(choice.chosen()).extracting(ShortlistEntry::freelancerId).containsExactly("~a", "~b");
    }

    @Test
    void fiveAreTooManyAndUntickingFixesIt() {
        for (String id : List.of("~a", "~b", "~c", "~d", "~e")) {
            choice.setTicked(entry(id), true);
        }
        assertThat(choice.canCompareProperty().get()).isFalse();
        assertThat(choice.hintProperty().get()).startsWith("Compare takes at most 4");

        choice.setTicked(entry("~c"), false);
        assertThat(choice.canCompareProperty().get()).isTrue();
    }

    @Test
    void selectedRowsCountWhenNothingIsTickedAndTicksWinOtherwise() {
        choice.selectionChanged(List.of(entry("~a"), entry("~b")));
        assertThat(choice.canCompareProperty().get()).isTrue();

        choice.setTicked(entry("~c"), true);
        assertThat(choice.canCompareProperty().get()).isFalse();
        assertThat(choice.chosen()).extracting(ShortlistEntry::freelancerId).containsExactly("~c");
    }

    @Test
    void ticksTakeFreshValuesAndClearForAnotherList() {
        choice.setTicked(entry("~a"), true);
        ShortlistEntry rated = new ShortlistEntry(1, Samples.freelancer("~a", "Person ~a"), Instant.EPOCH,
                EntryStatus.HIRED, 5, "yes", List.of(), null);
        choice.refreshed(List.of(rated));
        assertThat(choice.chosen()).containsExactly(rated);

        choice.clear();
        assertThat(choice.chosen()).isEmpty();
    }
}
