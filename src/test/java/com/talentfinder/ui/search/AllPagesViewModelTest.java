package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.ui.SyncTaskRunner;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** "Filter across all pages" and the word after Cancel, with the synchronous runner and a fake source. */
class AllPagesViewModelTest {

    private final FakeSource source = new FakeSource().total("react", 100);
    private final SearchViewModel search = new SearchViewModel(source, source, new SyncTaskRunner(),
            new InMemoryHistory(), new ManualTicker(), Clock.systemUTC(), () -> false);
    private final ResultsViewModel results = new ResultsViewModel(search);
    private final AllPagesViewModel all = search.allPages();

    private void searchReact() {
        search.queryProperty().set("react");
        search.search();
    }

    @Test
    void noOfferWithoutAFilterAndNoCallUntilTheUserAccepts() {
        searchReact();
        assertThat(all.offeredProperty().get()).isFalse();
        assertThat(all.coverageProperty().get()).isEqualTo("Filters see 1 of 4 pages.");

        results.filters().minJssProperty().set(90);

        assertThat(all.offeredProperty().get()).isTrue();
        assertThat(all.offerTextProperty().get()).startsWith("Filter across all 4 pages: 3 credits,");
        assertThat(source.callCount()).isEqualTo(1);

        all.fetchAll();

        assertThat(source.callCount()).isEqualTo(4);
        assertThat(all.fetched()).hasSize(100);
        assertThat(all.offeredProperty().get()).isFalse();
        assertThat(all.outcomeProperty().get()).isEqualTo("Fetched 3 more pages. It used 3 credits.");
    }

    @Test
    void aFailureKeepsThePagesFetchedAndSaysWhereItStopped() {
        searchReact();
        results.filters().minJssProperty().set(90);
        search.nextPage();
        source.failNext(new ApiException(ApiException.Kind.TIMEOUT, "Too slow."));

        all.fetchAll();

        assertThat(all.fetched()).hasSize(50);
        assertThat(all.outcomeProperty().get()).startsWith("Stopped after 2 of 4 pages: Too slow.");
        assertThat(all.offeredProperty().get()).isTrue();
    }

    @Test
    void aNewSearchStartsOverWithItsOwnPages() {
        searchReact();
        results.filters().minJssProperty().set(90);
        all.fetchAll();
        search.queryProperty().set("java");
        search.search();

        assertThat(all.fetched()).hasSize(25);
        assertThat(all.outcomeProperty().get()).isEmpty();
    }

    @Test
    void cancellingALiveSearchSaysHonestlyThatItMayStillCount() {
        DeferredTaskRunner deferred = new DeferredTaskRunner();
        SearchViewModel vm = new SearchViewModel(source, source, deferred, new InMemoryHistory(), new ManualTicker(),
                Clock.systemUTC(), () -> false);
        vm.queryProperty().set("react");
        vm.search();
        vm.cancel();

        assertThat(vm.activity().noticeProperty().get())
                .isEqualTo("Search cancelled. If it had already reached the service, it still counts as 1 credit.");
    }
}
