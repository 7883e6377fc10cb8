package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path of {@link UrlSafety} accepts only URLs the full check would keep unchanged. */
class UrlFastPathTest {

    @Test
    void plainUpworkPathsTakeTheFastPathAndComeBackUnchanged() {
        for (String url : List.of("https://www.upwork.com/freelancers/~0123abcdef",
                "https://upwork.com/profile-portraits/demo/~01abcdef", "https://www.upwork.com/")) {
            assertThat(UrlSafety.isPlainUpworkUrl(url)).as(url).isTrue();
            assertThat(UrlSafety.safeProfileUrl(url, "~0123abcdef")).isEqualTo(url);
        }
    }

    @Test
    void anythingUnusualGoesThroughTheFullCheck() {
        for (String url : List.of("https://www.upwork.com/a/../b", "https://www.upwork.com/a/./b",
                "https://www.upwork.com//a", "https://www.upwork.com/a/", "https://WWW.upwork.com/a",
                "https://www.upwork.com/a?x=1", "https://www.upwork.com/a#f", "https://www.upwork.com:443/a",
                "https://www.upwork.com.evil.com/a", "https://www.upwork.com@evil.com/a", " https://www.upwork.com/a",
                "https://www.upwork.com/a%2e%2e", "http://www.upwork.com/a")) {
            assertThat(UrlSafety.isPlainUpworkUrl(url)).as(url).isFalse();
        }
    }

    @Test
    void theFullCheckStillNormalisesWhatTheFastPathRefuses() {
        assertThat(UrlSafety.safeProfileUrl("https://www.upwork.com/a/../freelancers/~0123abcdef", "~0123abcdef"))
                .isEqualTo("https://www.upwork.com/freelancers/~0123abcdef");
        assertThat(UrlSafety.safePortraitUrl("https://www.upwork.com.evil.com/a")).isNull();
    }
}
