package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the page shown came from (cache age, Refresh), the wait countdowns, and no page fetched unasked. */
class SearchCacheAndWaitsTest {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeSource fake = new FakeSource();
    private final List<SearchRequest> cachedAnswers = new ArrayList<>();
    private final List<SearchRequest> refreshCalls = new ArrayList<>();
    private Instant cachedAt = NOW.minus(Duration.ofHours(3));
    private boolean answerFromCache;
    private boolean demo;

    /** Like the app's chain: answers from "the cache" when told to, else calls the fake. */
    private final FreelancerSource chain = request -> {
        SearchPage page = fake.search(request);
        if (answerFromCache) {
            cachedAnswers.add(request);
            return new SearchPage(request, page.totalResults(), page.totalPages(), page.freelancers(), cachedAt, true);
        }
        return page;
    };

    /** The chain's searchFresh: always a call, stamped now. */
    private final FreelancerSource refresh = request -> {
        refreshCalls.add(request);
        SearchPage page = fake.search(request);
        return new SearchPage(request, page.totalResults(), page.totalPages(), page.freelancers(), NOW, false);
    };

    private SearchViewModel viewModel(TaskRunner runner) {
        return new SearchViewModel(chain, refresh, runner, new InMemoryHistory(), new ManualTicker(), CLOCK,
                () -> demo);
    }

    private SearchViewModel searched(String query) {
        SearchViewModel vm = viewModel(new SyncTaskRunner());
        vm.queryProperty().set(query);
        vm.search();
        return vm;
    }

    @Test
    void aPageJustFetchedSaysSoAndOffersNoRefresh() {
        SearchViewModel vm = searched("react");

        assertThat(vm.origin().textProperty().get()).isEqualTo("Fetched just now");
        assertThat(vm.origin().fromCacheProperty().get()).isFalse();
    }

    @Test
    void aCachedPageSaysHowOldItIsAndOffersRefresh() {
        answerFromCache = true;

        SearchViewModel vm = searched("react");

        assertThat(vm.origin().textProperty().get()).isEqualTo("From cache · fetched 3 h ago");
        assertThat(vm.origin().fromCacheProperty().get()).isTrue();
        assertThat(vm.origin().refreshTooltipProperty().get()).isEqualTo("Fetch this page again (uses 1 credit)");
    }

    @Test
    void aPageShownAgainFromMemoryCountsAsCached() {
        SearchViewModel vm = searched("react");
        vm.nextPage();
        vm.previousPage();

        assertThat(vm.origin().textProperty().get()).isEqualTo("From cache · fetched just now");
        assertThat(vm.origin().fromCacheProperty().get()).isTrue();
    }

    @Test
    void refreshCallsTheRefreshSourceAndReplacesThePageKept() {
        answerFromCache = true;
        SearchViewModel vm = searched("react");

        vm.refresh();

        assertThat(refreshCalls).extracting(SearchRequest::page).containsExactly(1);
        assertThat(vm.origin().textProperty().get()).isEqualTo("Fetched just now");
        vm.nextPage();
        vm.previousPage();
        assertThat(cachedAnswers).extracting(SearchRequest::page).containsExactly(1, 2);
        assertThat(vm.origin().textProperty().get()).isEqualTo("From cache · fetched just now");
    }

    @Test
    void aFailedRefreshKeepsThePageShown() {
        answerFromCache = true;
        SearchViewModel vm = searched("react");
        fake.failNext(new com.talentfinder.api.ApiException(com.talentfinder.api.ApiException.Kind.NETWORK,
                "No connection."));

        vm.refresh();

        assertThat(vm.results()).hasSize(25);
        assertThat(vm.origin().textProperty().get()).isEqualTo("From cache · fetched 3 h ago");
    }

    @Test
    void retryAfterAFailedRefreshCallsAgain() {
        answerFromCache = true;
        SearchViewModel vm = searched("react");
        fake.failNext(new com.talentfinder.api.ApiException(com.talentfinder.api.ApiException.Kind.NETWORK,
                "No connection."));
        vm.refresh();

        vm.retry();

        assertThat(refreshCalls).hasSize(2);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.origin().textProperty().get()).isEqualTo("Fetched just now");
    }

    @Test
    void onDemoDataRefreshSaysItCostsNothing() {
        demo = true;
        answerFromCache = true;

        SearchViewModel vm = searched("react");

        assertThat(vm.origin().refreshTooltipProperty().get())
                .isEqualTo("Fetch this page again (demo data: no credit used)");
    }

    @Test
    void agesReadInMinutesHoursAndDays() {
        assertThat(PageOrigin.age(NOW.minusSeconds(59), NOW)).isEqualTo("just now");
        assertThat(PageOrigin.age(NOW.minusSeconds(5 * 60), NOW)).isEqualTo("5 min ago");
        assertThat(PageOrigin.age(NOW.minus(Duration.ofHours(23)), NOW)).isEqualTo("23 h ago");
        assertThat(PageOrigin.age(NOW.minus(Duration.ofHours(25)), NOW)).isEqualTo("1 day ago");
        assertThat(PageOrigin.age(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo("3 days ago");
    }

    @Test
    void noPageIsFetchedThatTheUserDidNotAskFor() {
        SearchViewModel vm = searched("react");
        vm.nextPage();

        assertThat(fake.calls).extracting(SearchRequest::page).containsExactly(1, 2);
    }

    @Test
    void whilePacedTheBusyAreaCountsDownToTheNextCall() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("react");
        vm.search();

        vm.waits().pacing(Duration.ofMillis(11_200));
        assertThat(vm.waits().textProperty().get())
                .isEqualTo("Waiting for your plan's rate limit: next call in 12 s");
        vm.waits().pacing(Duration.ofSeconds(3));
        assertThat(vm.waits().textProperty().get()).endsWith("next call in 3 s");
        vm.waits().pacing(Duration.ZERO);
        assertThat(vm.waits().textProperty().get()).isEmpty();
    }

    @Test
    void whileTheServiceAsksUsToWaitTheBusyAreaCountsDownToTheRetry() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("react");
        vm.search();

        vm.waits().retrying(Duration.ofSeconds(17), 1);

        assertThat(vm.waits().textProperty().get()).isEqualTo("The service asked us to wait: retrying in 17 s");
    }

    @Test
    void theCountdownGoesWhenTheSearchEndsOrIsCancelled() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("react");
        vm.search();
        vm.waits().retrying(Duration.ofSeconds(17), 1);

        vm.cancel();

        assertThat(vm.waits().textProperty().get()).isEmpty();
        assertThat(runner.cancelled).isEqualTo(1);
    }

    @Test
    void aWaitHeardWhenNoSearchRunsIsNotShown() {
        SearchViewModel vm = searched("react");

        vm.waits().pacing(Duration.ofSeconds(30));

        assertThat(vm.waits().textProperty().get()).isEmpty();
    }

    @Test
    void whenRetriesGiveUpOnlyTheBannerCountsDown() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        fake.failNext(new com.talentfinder.api.ApiException(com.talentfinder.api.ApiException.Kind.RATE_LIMITED,
                "Too many calls.", 429, Duration.ofSeconds(20), null));
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("react");
        vm.search();
        vm.waits().retrying(Duration.ofSeconds(1), 3);

        runner.runAll();

        assertThat(vm.waits().textProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get().title()).isEqualTo("Too many searches in a short time. You can try again in 20 s.");
    }
}
