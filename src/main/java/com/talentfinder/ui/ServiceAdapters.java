package com.talentfinder.ui;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.common.CreditMeterViewModel;
import com.talentfinder.ui.search.SearchHistory;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The small interfaces the window's ViewModels take, answered by the app's services. */
final class ServiceAdapters {

    private ServiceAdapters() {
    }

    static SearchHistory history(AppServices services) {
        return new SearchHistory() {
            @Override
            public void remember(SearchRequest request) {
                services.history().remember(request);
            }

            @Override
            public List<String> suggest(String typed, int limit) {
                return services.history().suggest(typed, limit);
            }
        };
    }

    static CreditMeterViewModel.Source credits(AppServices services, BooleanSupplier demo) {
        return new CreditMeterViewModel.Source() {
            @Override
            public CreditStatus status() {
                return services.creditMeter().status();
            }

            @Override
            public Runnable addListener(Consumer<CreditStatus> listener) {
                return services.creditMeter().addListener(listener);
            }

            @Override
            public Plan plan() {
                return services.plan();
            }

            @Override
            public int callsPerMinute() {
                return services.limiter().callsPerMinute();
            }

            @Override
            public boolean planFromEnvironment() {
                return services.planFromEnvironment();
            }

            @Override
            public boolean demo() {
                return demo.getAsBoolean();
            }
        };
    }
}
