package com.talentfinder.app.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CallLedger;
import com.talentfinder.domain.Plan;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CreditMeterTest {

    private final Map<YearMonth, Integer> calls = new HashMap<>();
    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return calls.getOrDefault(month, 0);
        }
    };
    // 23:30 UTC on 31 January is already 1 February in Berlin.
    private final Clock clock = Clock.fixed(Instant.parse("2025-01-31T23:30:00Z"), ZoneId.of("Europe/Berlin"));

    @Test
    void theMonthIsTheUsersLocalMonth() {
        calls.put(YearMonth.of(2025, 1), 40);
        calls.put(YearMonth.of(2025, 2), 3);
        CreditStatus s = new CreditMeter(ledger, () -> 100, clock).status();
        assertThat(s.month()).isEqualTo("2025-02");
        assertThat(s.used()).isEqualTo(3);
        assertThat(s.remaining()).isEqualTo(97);
        assertThat(s.text()).isEqualTo("Credits this month: 3 of 100");
    }

    @Test
    void seventyNinePercentDoesNotWarn() {
        assertThat(CreditStatus.of("2025-02", 79, 100).warning()).isFalse();
    }

    @Test
    void eightyPercentWarns() {
        CreditStatus s = CreditStatus.of("2025-02", 80, 100);
        assertThat(s.warning()).isTrue();
        assertThat(s.fraction()).isEqualTo(0.8);
    }

    @Test
    void overTheLimitLeavesNothingAndAFullBar() {
        CreditStatus s = CreditStatus.of("2025-02", 104, 100);
        assertThat(s.remaining()).isZero();
        assertThat(s.fraction()).isEqualTo(1.0);
        assertThat(s.exhausted()).isTrue();
    }

    @Test
    void aPlanChangeAppliesAtOnce() {
        calls.put(YearMonth.of(2025, 2), 90);
        AtomicReference<Plan> plan = new AtomicReference<>(Plan.FREE);
        CreditMeter meter = new CreditMeter(ledger, () -> plan.get().creditsPerMonth(), clock);
        assertThat(meter.status().warning()).isTrue();
        plan.set(Plan.HOBBY);
        assertThat(meter.status().warning()).isFalse();
        assertThat(meter.remaining()).isEqualTo(910);
    }

    @Test
    void listenersHearTheNewStatusOnRefresh() {
        CreditMeter meter = new CreditMeter(ledger, () -> 100, clock);
        List<CreditStatus> heard = new ArrayList<>();
        Runnable remove = meter.addListener(heard::add);
        calls.put(YearMonth.of(2025, 2), 1);
        meter.refresh();
        remove.run();
        meter.refresh();
        assertThat(heard).extracting(CreditStatus::used).containsExactly(1);
    }
}
