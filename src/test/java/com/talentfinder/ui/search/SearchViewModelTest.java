package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TaskRunner;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final FakeSource source = new FakeSource();
    private final ManualTicker ticker = new ManualTicker();
    private final InMemoryHistory history = new InMemoryHistory();
    private boolean demo = true;

    private SearchViewModel viewModel(TaskRunner runner) {
        return new SearchViewModel(source, runner, history, ticker, () -> demo);
    }

    private SearchViewModel searched(String query) {
        SearchViewModel vm = viewModel(new SyncTaskRunner());
        vm.queryProperty().set(query);
        vm.search();
        return vm;
    }

    @Test
    void searchShowsTheFirstPageAndItsPageInfo() {
        SearchViewModel vm = searched("react");

        assertThat(vm.results()).hasSize(25);
        assertThat(vm.paging().pageInfoProperty().get()).isEqualTo("Page 1 of 3 · 60 freelancers");
        assertThat(vm.contentStateProperty().get()).isEqualTo(ContentState.RESULTS);
    }

    @Test
    void pageInfoGroupsLargeNumbers() {
        source.total("react", 123_456);

        SearchViewModel vm = searched("react");

        assertThat(vm.paging().pageInfoProperty().get()).isEqualTo("Page 1 of 4,939 · 123,456 freelancers");
    }

    @Test
    void blankQueryShowsItsMessageInlineAndCallsNothing() {
        SearchViewModel vm = searched("   ");

        assertThat(vm.inputErrorProperty().get()).contains("Type a skill");
        assertThat(source.callCount()).isZero();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aPageAlreadyFetchedIsNotFetchedAgain() {
        SearchViewModel vm = searched("react");
        vm.nextPage();
        vm.previousPage();
        vm.nextPage();

        assertThat(source.callCount()).isEqualTo(2);
        assertThat(vm.paging().pageProperty().get()).isEqualTo(2);
        assertThat(vm.paging().pageInfoProperty().get()).startsWith("Page 2 of 3");
    }

    @Test
    void theSameSearchAgainIsAnsweredFromMemory() {
        SearchViewModel vm = searched("react");
        vm.search();

        assertThat(source.callCount()).isEqualTo(1);
    }

    @Test
    void refreshFetchesThePageShownAgain() {
        SearchViewModel vm = searched("react");
        vm.refresh();

        assertThat(source.callCount()).isEqualTo(2);
    }

    @Test
    void lastAndFirstPageAndGoToPageStayWithinThePages() {
        SearchViewModel vm = searched("react");
        vm.lastPage();
        assertThat(vm.paging().pageProperty().get()).isEqualTo(3);
        assertThat(vm.paging().canGoForwardProperty().get()).isFalse();
        vm.goToPage(99);
        assertThat(vm.paging().pageProperty().get()).isEqualTo(3);
        vm.firstPage();
        assertThat(vm.paging().pageProperty().get()).isEqualTo(1);
        assertThat(vm.paging().canGoBackProperty().get()).isFalse();
    }

    @Test
    void aNewSearchCancelsTheOneInFlightAndShowsOnlyItsOwnResults() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("java");
        vm.search();
        vm.queryProperty().set("react");
        vm.search();
        runner.runAll();

        assertThat(runner.cancelled).isEqualTo(1);
        assertThat(vm.results()).allSatisfy(f -> assertThat(f.name()).endsWith("react"));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void cancelKeepsTheResultsShown() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SearchViewModel vm = viewModel(runner);
        vm.queryProperty().set("react");
        vm.search();
        runner.runAll();
        vm.nextPage();
        assertThat(vm.busyProperty().get()).isTrue();

        vm.cancel();
        runner.runAll();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.paging().pageProperty().get()).isEqualTo(1);
        assertThat(vm.results().get(0).name()).isEqualTo("Person 0 react");
    }

    @Test
    void unauthorizedOffersSettingsAndKeepsTheResults() {
        SearchViewModel vm = searched("react");
        source.failNext(new ApiException(Kind.UNAUTHORIZED, "The key was refused."));
        vm.nextPage();

        assertThat(vm.errorProperty().get().action()).isEqualTo(ErrorState.Action.OPEN_SETTINGS);
        assertThat(vm.results()).hasSize(25);
        assertThat(vm.paging().pageProperty().get()).isEqualTo(1);
    }

    @Test
    void retryFetchesTheFailedPageAndClearsTheError() {
        SearchViewModel vm = searched("react");
        source.failNext(new ApiException(Kind.NETWORK, "No connection."));
        vm.nextPage();
        assertThat(vm.errorProperty().get().action()).isEqualTo(ErrorState.Action.RETRY);

        vm.retry();

        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.paging().pageProperty().get()).isEqualTo(2);
    }

    @Test
    void rateLimitCountsDownThenAsksInsteadOfRetryingOnItsOwn() {
        source.failNext(rateLimited(3));
        SearchViewModel vm = searched("react");
        assertThat(vm.errorProperty().get().title())
                .isEqualTo("Too many searches in a short time. You can try again in 3 s.");

        ticker.tick(2);
        assertThat(vm.errorProperty().get().secondsLeft()).isEqualTo(1);
        ticker.tick(5);

        assertThat(source.callCount()).isEqualTo(1);
        assertThat(vm.errorProperty().get().action()).isEqualTo(ErrorState.Action.RETRY);
        vm.retry();
        assertThat(source.callCount()).isEqualTo(2);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.results()).hasSize(25);
    }

    @Test
    void cancellingTheCountdownStopsTheRetry() {
        source.failNext(rateLimited(2));
        SearchViewModel vm = searched("react");
        vm.cancel();
        ticker.tick(5);

        assertThat(source.callCount()).isEqualTo(1);
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aSuccessfulSearchIsRememberedButNotItsLaterPages() {
        SearchViewModel vm = searched("react");
        vm.queryProperty().set("java");
        vm.nextPage();

        assertThat(history.remembered).containsExactly("react");
        assertThat(vm.suggestions("rea")).containsExactly("react");
    }

    @Test
    void suggestionsLeaveOutExactlyWhatWasTyped() {
        searched("react");

        assertThat(searched("React").suggestions("REACT")).isEmpty();
    }

    @Test
    void nothingIsSuggestedForTheTextJustSearchedUntilItIsEdited() {
        searched("react native");
        SearchViewModel vm = searched("react");

        // A suggestion fetched for the last keystroke must not open over the results of the search it started.
        assertThat(vm.suggestions("react")).isEmpty();
        vm.queryProperty().set("react n");
        assertThat(vm.suggestions("react n")).containsExactly("react native");
        vm.queryProperty().set("react");
        assertThat(vm.suggestions("react")).containsExactly("react native");
    }

    @Test
    void aFailedSearchIsNotRemembered() {
        source.failNext(new ApiException(Kind.TIMEOUT, "Too slow."));
        searched("react");

        assertThat(history.remembered).isEmpty();
    }

    @Test
    void noMatchesShowsTheEmptyState() {
        source.total("zzz", 0);
        SearchViewModel vm = searched("zzz");

        assertThat(vm.contentStateProperty().get()).isEqualTo(ContentState.EMPTY);
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("No freelancers match 'zzz'.");
        assertThat(vm.paging().pageInfoProperty().get()).isEqualTo("No results");
    }

    @Test
    void beforeAnySearchTheFirstRunStateShows() {
        SearchViewModel vm = viewModel(new SyncTaskRunner());

        assertThat(vm.contentStateProperty().get()).isEqualTo(ContentState.FIRST_RUN);
        assertThat(vm.demoModeProperty().get()).isTrue();
    }

    @Test
    void changingResultsPerPageSearchesPageOneAgain() {
        SearchViewModel vm = searched("react");
        vm.nextPage();
        vm.perPageProperty().set(50);

        assertThat(vm.paging().pageProperty().get()).isEqualTo(1);
        assertThat(vm.results()).hasSize(50);
        assertThat(vm.paging().pageInfoProperty().get()).isEqualTo("Page 1 of 2 · 60 freelancers");
    }

    @Test
    void theSelectionIsClearedWhenItsRowLeaves() {
        SearchViewModel vm = searched("react");
        vm.selectedProperty().set(vm.results().get(3));
        vm.nextPage();

        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void resultsRememberWhetherTheyAreDemoData() {
        SearchViewModel vm = searched("react");
        assertThat(vm.showingDemoDataProperty().get()).isTrue();

        demo = false;
        vm.refreshMode();
        // A key was saved: the search on screen runs again through the live source at once.
        assertThat(vm.demoModeProperty().get()).isFalse();
        assertThat(vm.showingDemoDataProperty().get()).isFalse();
        assertThat(source.callCount()).isEqualTo(2);
    }

    private static ApiException rateLimited(int seconds) {
        return new ApiException(Kind.RATE_LIMITED, "Too many calls.", 429, Duration.ofSeconds(seconds), null);
    }
}
