package com.talentfinder.ui.shortlist;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.api.TimeSource;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.detail.DetailView;
import com.talentfinder.ui.detail.DetailViewModel;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The shortlist feature wired on a temporary database, synchronous, with fake dialogs. */
final class FxFixtures {

    private FxFixtures() {
    }

    static ShortlistFeature feature(ShortlistRepository repo, Samples.FakeDialogs dialogs, Supplier<Window> owner) {
        SyncTaskRunner runner = new SyncTaskRunner();
        CreditMeter meter = new CreditMeter(new com.talentfinder.api.CallLedger() {
            @Override
            public void recordCall(String apiUrl, Instant at, int httpStatus) {
            }

            @Override
            public int callsInMonth(YearMonth month) {
                return 0;
            }
        }, () -> 100, Samples.CLOCK);
        DesktopActions desktop = new DesktopActions() {
            @Override
            public void openInBrowser(String url) {
            }

            @Override
            public void copyToClipboard(String text) {
            }
        };
        return new ShortlistFeature(new ShortlistFeature.Needs(repo, PortraitSource.NONE, runner, runner,
                Samples.CLOCK, (selection, portraits) -> new DetailView(new DetailViewModel(selection, portraits,
                Samples.CLOCK, desktop)), dialogs, folder -> { }, () -> new BatchPlanner(r -> false, meter, null),
                () -> new BatchFetcher(r -> new SearchPage(r, 0, 0, List.of(), Instant.EPOCH, false), r -> false,
                        null, TimeSource.SYSTEM), owner));
    }
}
