package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CallLedger;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.ui.SyncTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CreditMeterViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-14T10:00:00Z"), ZoneOffset.UTC);

    private int callsThisMonth;
    private Plan plan = Plan.FREE;
    private boolean demo;
    private boolean planFromEnvironment;
    private final List<Runnable> onUiThread = new ArrayList<>();

    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            callsThisMonth++;
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return month.equals(YearMonth.of(2025, 2)) ? callsThisMonth : 0;
        }
    };
    private final CreditMeter meter = new CreditMeter(ledger, () -> plan.creditsPerMonth(), CLOCK);

    private final CreditMeterViewModel.Source source = new CreditMeterViewModel.Source() {
        @Override
        public CreditStatus status() {
            return meter.status();
        }

        @Override
        public Runnable addListener(Consumer<CreditStatus> listener) {
            return meter.addListener(listener);
        }

        @Override
        public Plan plan() {
            return plan;
        }

        @Override
        public int callsPerMinute() {
            return plan.callsPerMinute();
        }

        @Override
        public boolean planFromEnvironment() {
            return planFromEnvironment;
        }

        @Override
        public boolean demo() {
            return demo;
        }
    };

    /** UI-thread hops are held until {@link #runUiThread()}, so the test sees that a hop is made. */
    private CreditMeterViewModel viewModel() {
        return new CreditMeterViewModel(source, new SyncTaskRunner(), onUiThread::add);
    }

    private void runUiThread() {
        List<Runnable> now = List.copyOf(onUiThread);
        onUiThread.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void showsTheCreditsUsedOfThePlansMonthlyCredits() {
        callsThisMonth = 3;

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 3 of 100");
        assertThat(vm.warningProperty().get()).isFalse();
        assertThat(vm.fractionProperty().get()).isEqualTo(0.03);
    }

    @Test
    void largeLimitsAreGrouped() {
        plan = Plan.DEVELOPER;

        assertThat(viewModel().textProperty().get()).isEqualTo("Credits this month: 0 of 5,000");
    }

    @Test
    void seventyNinePercentDoesNotWarn() {
        callsThisMonth = 79;

        assertThat(viewModel().warningProperty().get()).isFalse();
    }

    @Test
    void eightyPercentWarnsAndTheTooltipSaysWhatIsLeft() {
        callsThisMonth = 80;

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.warningProperty().get()).isTrue();
        assertThat(vm.tooltipProperty().get()).contains("Only 20 credits left this month");
    }

    @Test
    void theTooltipNamesThePlanItsPaceAndTheMonth() {
        String tip = viewModel().tooltipProperty().get();

        assertThat(tip).contains("Free plan: 100 credits a month, 5 calls a minute").contains("February 2025")
                .doesNotContain("TALENT_FINDER_PLAN");
    }

    @Test
    void theTooltipSaysWhenTheEnvironmentSetsThePlan() {
        planFromEnvironment = true;
        plan = Plan.HOBBY;

        assertThat(viewModel().tooltipProperty().get()).contains("Hobby plan").contains("TALENT_FINDER_PLAN");
    }

    @Test
    void demoDataSaysNoCreditsAreUsedAndNeverWarns() {
        demo = true;
        callsThisMonth = 95;

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Demo data: no credits used");
        assertThat(vm.warningProperty().get()).isFalse();
        assertThat(vm.demoProperty().get()).isTrue();
    }

    @Test
    void aCountedCallUpdatesTheMeterOnTheUiThread() {
        CreditMeterViewModel vm = viewModel();
        ledger.recordCall("https://api", CLOCK.instant(), 200);

        meter.refresh();
        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 0 of 100");
        runUiThread();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 1 of 100");
    }

    @Test
    void reachingEightyPercentByACallTurnsTheWarningOn() {
        callsThisMonth = 79;
        CreditMeterViewModel vm = viewModel();
        ledger.recordCall("https://api", CLOCK.instant(), 200);

        meter.refresh();
        runUiThread();

        assertThat(vm.warningProperty().get()).isTrue();
    }

    @Test
    void refreshFollowsAPlanChange() {
        CreditMeterViewModel vm = viewModel();
        plan = Plan.HOBBY;

        vm.refresh();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 0 of 1,000");
        assertThat(vm.tooltipProperty().get()).contains("20 calls a minute");
    }

    @Test
    void refreshFollowsALeavingOfDemoMode() {
        demo = true;
        CreditMeterViewModel vm = viewModel();
        demo = false;

        vm.refresh();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 0 of 100");
    }

    @Test
    void afterCloseCallsAreNoLongerFollowed() {
        CreditMeterViewModel vm = viewModel();
        vm.close();
        ledger.recordCall("https://api", CLOCK.instant(), 200);

        meter.refresh();
        runUiThread();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 0 of 100");
    }
}
