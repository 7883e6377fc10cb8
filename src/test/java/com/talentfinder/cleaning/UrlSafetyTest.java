package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only https URLs on Upwork's own hosts survive; everything else is rebuilt or dropped. */
class UrlSafetyTest {

    private static final String ID = "~01dc05c3dd4817bee4";
    private static final String REBUILT = "https://www.upwork.com/freelancers/" + ID;

    @ParameterizedTest
    @ValueSource(strings = {
        "https://upwork.com/freelancers/~01dc05c3dd4817bee4",
        "https://www.upwork.com/freelancers/~01dc05c3dd4817bee4",
        "https://WWW.UPWORK.COM/freelancers/~01dc05c3dd4817bee4",
        "https://www.upwork.com:443/freelancers/~01dc05c3dd4817bee4",
        "  https://www.upwork.com/freelancers/~01dc05c3dd4817bee4  ",
    })
    void keepsHttpsProfileUrlsOnUpwork(String url) {
        assertThat(UrlSafety.isOpenable(url)).isTrue();
        assertThat(UrlSafety.safeProfileUrl(url, ID)).isEqualTo(url.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "http://www.upwork.com/freelancers/~01dc05c3dd4817bee4",
        "ftp://www.upwork.com/x",
        "https://upwork.com.evil.com/freelancers/~01",
        "https://evilupwork.com/freelancers/~01",
        "https://upwork.com@evil.com/freelancers/~01",
        "https://user:pass@www.upwork.com/freelancers/~01",
        "https://www.upwork.com:8443/freelancers/~01",
        "https://www.upwork.com:80/freelancers/~01",
        "https://evil.com/https://www.upwork.com/",
        "https://evil.com#@www.upwork.com",
        "https://evil.com\\@www.upwork.com",
        "https://www.upwork.com%2F.evil.com/",
        "https://www.upwork.com;.evil.com/",
        "https://xn--upwrk-4ya.com/",
        "https://upwоrk.com/freelancers/~01",
        "https://127.0.0.1/freelancers/~01",
        "https:upwork.com/freelancers",
        "https:///freelancers/~01",
        "//www.upwork.com/freelancers/~01",
        "/freelancers/~01",
        "https://www.upwork.com/free lancers",
        "https://www.upwork.com/\nfreelancers",
        "",
        "   ",
    })
    void rebuildsAnyOtherProfileUrlFromTheCiphertext(String url) {
        assertThat(UrlSafety.isOpenable(url)).isFalse();
        assertThat(UrlSafety.safeProfileUrl(url, ID)).isEqualTo(REBUILT);
    }

    @Test
    void profileUrlsOnOtherUpworkSubdomainsAreNotOpened() {
        assertThat(UrlSafety.isOpenable("https://community.upwork.com/freelancers/~01")).isFalse();
    }

    @Test
    void aNullProfileUrlIsRebuilt() {
        assertThat(UrlSafety.safeProfileUrl(null, ID)).isEqualTo(REBUILT);
    }

    @Test
    void anOddCiphertextGivesTheSearchPageNotAnInjectedPath() {
        assertThat(UrlSafety.safeProfileUrl(null, "~01/../../evil")).isEqualTo("https://www.upwork.com/nx/search/talent/");
        assertThat(UrlSafety.profileUrlFor(null)).isEqualTo("https://www.upwork.com/nx/search/talent/");
    }

    @Test
    void aVeryLongUrlIsRefused() {
        String url = "https://www.upwork.com/" + "a".repeat(UrlSafety.MAX_URL_LENGTH);
        assertThat(UrlSafety.isOpenable(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.upwork.com/profile-portraits/c1Gyxyl",
        "https://upwork.com/profile-portraits/c1Gyxyl",
        "https://odesk-prod-portraits.s3.upwork.com/x.jpg",
        "https://img.upworkcdn.com/x.jpg",
    })
    void keepsHttpsPortraitsOnUpworkHosts(String url) {
        assertThat(UrlSafety.safePortraitUrl(url)).isEqualTo(url);
        assertThat(UrlSafety.isFetchablePortrait(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://www.upwork.com/profile-portraits/x",
        "file:///home/user/.ssh/id_rsa",
        "javascript:alert(1)",
        "https://upwork.com.evil.com/x.jpg",
        "https://upworkcdn.com.evil.com/x.jpg",
        "https://evilupworkcdn.com/x.jpg",
        "https://www.upwork.com@169.254.169.254/latest/meta-data",
        "https://169.254.169.254/latest/meta-data",
        "https://www.upwork.com:8080/x.jpg",
        "data:image/png;base64,iVBORw0KGgo=",
    })
    void dropsAnyOtherPortraitUrl(String url) {
        assertThat(UrlSafety.safePortraitUrl(url)).isNull();
        assertThat(UrlSafety.isFetchablePortrait(url)).isFalse();
    }

    @Test
    void aNullPortraitIsNone() {
        assertThat(UrlSafety.safePortraitUrl(null)).isNull();
    }
}
