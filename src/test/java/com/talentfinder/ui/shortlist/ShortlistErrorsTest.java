package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentfinder.store.ShortlistException;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The window words store failures from the bundle, by their codes: never the store's own English, never a key. */
class ShortlistErrorsTest {

    @Test
    void everyStoreProblemHasASentenceOfItsOwnFromTheBundle() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (StoreException.Problem p : StoreException.Problem.values()) {
            String text = ShortlistErrors.message(new StoreException(p, "english of the store " + p, null));
            assertThat(text).as(p.name()).isNotBlank().doesNotStartWith("[").doesNotContain("english of the store");
            seen.add(text);
        }
        assertThat(seen).hasSize(StoreException.Problem.values().length);
    }

    @Test
    void refusedShortlistRequestsAreWordedByReasonWithTheirSubject() throws Exception {
        ShortlistRepository repo = Samples.repo(Files.createTempDirectory(Path.of("target"), "errors"));
        repo.create("Frontend Q1");

        ShortlistException taken = catchThrowableOfType(() -> repo.create("Frontend Q1"), ShortlistException.class);
        assertThat(ShortlistErrors.message(taken)).isEqualTo(
                "A shortlist named \"Frontend Q1\" already exists. Choose another name.");
        ShortlistException blank = catchThrowableOfType(() -> repo.create("  "), ShortlistException.class);
        assertThat(ShortlistErrors.message(blank)).isEqualTo("A shortlist needs a name. Type one, then try again.");
        ShortlistException tooLong = catchThrowableOfType(() -> repo.create("x".repeat(101)), ShortlistException.class);
        assertThat(ShortlistErrors.message(tooLong)).contains("at most 100 characters");
    }

    @Test
    void aProgrammingErrorIsNotShownAsItsEnglishButAsThePlainFallback() {
        assertThat(ShortlistErrors.message(new IllegalArgumentException("limit is 1 to 500")))
                .isEqualTo("Something went wrong with the shortlist. Try again.");
    }
}
