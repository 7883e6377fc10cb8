package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.TestFreelancers.freelancer;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.common.ResultFormats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFormatsTest {

    @Test
    void usDollarRatesShowTheDollarSignOnly() {
        assertThat(ResultFormats.rate(freelancer("~1").rate("35.0", "USD").build())).isEqualTo("$35/hr");
    }

    @Test
    void otherCurrenciesShowTheirOwnSymbol() {
        assertThat(ResultFormats.rate(freelancer("~1").rate("40", "EUR").build())).isEqualTo("€40/hr");
        assertThat(ResultFormats.rate(freelancer("~1").rate("42.5", "GBP").build())).isEqualTo("£42.50/hr");
    }

    @Test
    void aCurrencyWithoutASymbolShowsItsCode() {
        assertThat(ResultFormats.rate(freelancer("~1").rate("40", "CHF").build())).isEqualTo("40 CHF/hr");
    }

    @Test
    void anUnknownOrMissingCurrencyIsNeverShownAsDollars() {
        assertThat(ResultFormats.rate(freelancer("~1").rate("40", "XYZ1").build())).isEqualTo("40 XYZ1/hr");
        assertThat(ResultFormats.rate(freelancer("~1").rate("40", "CAD").build())).isEqualTo("40 CAD/hr");
        assertThat(ResultFormats.rate(freelancer("~1").rate("40", null).build())).isEqualTo("40/hr (currency not given)");
    }

    @Test
    void noRateShowsADash() {
        assertThat(ResultFormats.rate(freelancer("~1").rate(null, "USD").build())).isEqualTo("—");
    }

    @Test
    void jssShowsPercentHiddenOrNoScoreYet() {
        assertThat(ResultFormats.jss(freelancer("~1").jss(98).build())).isEqualTo("98%");
        assertThat(ResultFormats.jss(freelancer("~1").jss(98).jssHidden().build())).isEqualTo("hidden");
        assertThat(ResultFormats.jss(freelancer("~1").jss(null).build())).isEqualTo("no score yet");
    }

    @Test
    void earningsShowWholeDollarsHiddenOrDash() {
        assertThat(ResultFormats.earnings(freelancer("~1").earnings("12345.6").build())).isEqualTo("$12,345+"); // rounded down, as everywhere
        assertThat(ResultFormats.earnings(freelancer("~1").earnings("500").earningsHidden().build()))
                .isEqualTo("hidden");
        assertThat(ResultFormats.earnings(freelancer("~1").earnings(null).build())).isEqualTo("—");
    }

    @Test
    void hoursAndJobsAreGroupedWholeNumbers() {
        Freelancer f = freelancer("~1").hours(5320.6).jobs(1234).build();

        assertThat(ResultFormats.hours(f)).isEqualTo("5,320"); // rounded down, as everywhere
        assertThat(ResultFormats.jobs(f)).isEqualTo("1,234");
        assertThat(ResultFormats.hours(freelancer("~1").hours(null).build())).isEqualTo("—");
    }

    @Test
    void locationJoinsCityAndCountry() {
        assertThat(ResultFormats.location(freelancer("~1").city("Lagos").country("Nigeria").build()))
                .isEqualTo("Lagos, Nigeria");
        assertThat(ResultFormats.location(freelancer("~1").city(null).country(null).build())).isEqualTo("—");
    }

    @Test
    void initialsTakeFirstAndLastWord() {
        assertThat(ResultFormats.initials(freelancer("~1").name("María José García").build())).isEqualTo("MG");
        assertThat(ResultFormats.initials(freelancer("~1").name("Ada").build())).isEqualTo("A");
        assertThat(ResultFormats.initials(freelancer("~1").name(null).build())).isEqualTo("UF");
    }

    @Test
    void rateSortPutsMissingRatesFirstAscending() {
        List<Freelancer> list = new ArrayList<>(List.of(
                freelancer("~a").rate("50", "USD").build(),
                freelancer("~b").rate(null, null).build(),
                freelancer("~c").rate("9.5", "USD").build()));
        list.sort(ResultComparators.RATE);

        assertThat(list).extracting(Freelancer::id).containsExactly("~b", "~c", "~a");
    }

    @Test
    void jssSortTreatsHiddenLikeMissing() {
        List<Freelancer> list = new ArrayList<>(List.of(
                freelancer("~a").jss(90).build(),
                freelancer("~b").jss(99).jssHidden().build(),
                freelancer("~c").jss(70).build()));
        list.sort(ResultComparators.JSS);

        assertThat(list).extracting(Freelancer::id).containsExactly("~b", "~c", "~a");
    }

    @Test
    void badgeSortRanksExpertVettedHighest() {
        List<Freelancer> list = new ArrayList<>(List.of(
                freelancer("~vetted").vetted().build(),
                freelancer("~none").build(),
                freelancer("~plus").topRatedPlus().build(),
                freelancer("~top").topRated().build()));
        list.sort(ResultComparators.BADGE);

        assertThat(list).extracting(Freelancer::id).containsExactly("~none", "~top", "~plus", "~vetted");
    }
}
