package com.talentfinder.app.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Exclusions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "not …" chips are saved with a search, survive the JSON round trip through cleaning, and drop people. */
class SavedFiltersExclusionsTest {

    @Test
    void exclusionsAreKeptThroughJsonAndDropWhomTheyName() {
        SavedFilters saved = new SavedFilters(null, null, null, Set.of(), Set.of(), null,
                new Exclusions(Set.of("India"), Set.of("WordPress"), Set.of("agency")));

        SavedFilters back = SavedFilters.fromJson(saved.toJson());

        assertThat(back.not()).isEqualTo(saved.not());
        assertThat(back.isActive()).isTrue();
        assertThat(back.fromJson("{\"not_countries\":[\"\\u202EIndia\", 7, {}]}").not().countries())
                .hasSize(1);
    }
}
