package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CallLedger;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.store.StoreException;
import com.talentfinder.store.TeamCallLedger;
import com.talentfinder.ui.SyncTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The status bar's meter with a team key (issue 16 point 6): the team's count and who spent what. */
class CreditMeterTeamViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-14T10:00:00Z"), ZoneOffset.UTC);

    private int mine = 3;
    private boolean shared = true;
    private boolean away;
    private List<TeamCallLedger.MemberCalls> team = List.of(new TeamCallLedger.MemberCalls("Dana", 12),
            new TeamCallLedger.MemberCalls("Sam", 5), new TeamCallLedger.MemberCalls("Robin", 3));
    private Instant askedFrom;

    private final CallLedger personal = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            mine++;
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return mine;
        }
    };

    private final CreditMeter.TeamTally tally = new CreditMeter.TeamTally() {
        @Override
        public boolean shared() {
            return shared;
        }

        @Override
        public List<TeamCallLedger.MemberCalls> callsByMember(Instant from, Instant to) {
            askedFrom = from;
            if (away) {
                throw new StoreException(StoreException.Problem.SERVER_UNREACHABLE, "away", null);
            }
            return team;
        }

        @Override
        public String you() {
            return "Robin";
        }
    };

    private final CreditMeter meter = new CreditMeter(personal, () -> 100, CLOCK, tally);
    private final List<Runnable> onUiThread = new ArrayList<>();

    private CreditMeterViewModel viewModel() {
        return new CreditMeterViewModel(new CreditMeterViewModel.Source() {
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
                return Plan.FREE;
            }

            @Override
            public int callsPerMinute() {
                return 5;
            }

            @Override
            public boolean planFromEnvironment() {
                return false;
            }

            @Override
            public boolean demo() {
                return false;
            }
        }, new SyncTaskRunner(), onUiThread::add);
    }

    @Test
    void showsTheTeamsCountAndWhoSpentWhatLargestFirstWithYouMarked() {
        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Team credits this month: 20 of 100");
        assertThat(vm.fractionProperty().get()).isEqualTo(0.2);
        assertThat(vm.tooltipProperty().get()).contains("Who spent what: Dana 12 · Sam 5 · you 3")
                .contains("Free plan: 100 credits a month");
        assertThat(askedFrom).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
    }

    @Test
    void theTeamsCountDecidesTheWarning() {
        team = List.of(new TeamCallLedger.MemberCalls("Dana", 78), new TeamCallLedger.MemberCalls("Robin", 3));

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.warningProperty().get()).isTrue();
        assertThat(vm.tooltipProperty().get()).contains("Only 19 credits left this month");
    }

    @Test
    void aTeamMonthWithNoCallsYetSaysSo() {
        team = List.of();

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Team credits this month: 0 of 100");
        assertThat(vm.tooltipProperty().get()).contains("No calls with the team's key yet this month.");
    }

    @Test
    void whenTheTeamDatabaseIsAwayItShowsYoursAndSaysSoInPlainWords() {
        away = true;

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 3 of 100 (yours only)");
        assertThat(vm.tooltipProperty().get()).startsWith("Team credits unavailable: showing yours only.")
                .doesNotContain("away").doesNotContain("Exception");
    }

    @Test
    void theMeterFollowsTheTeamAfterACountedCall() {
        CreditMeterViewModel vm = viewModel();
        team = List.of(new TeamCallLedger.MemberCalls("Dana", 12), new TeamCallLedger.MemberCalls("Robin", 4));

        meter.refresh();
        assertThat(vm.textProperty().get()).isEqualTo("Team credits this month: 20 of 100"); // not yet on the UI thread
        onUiThread.forEach(Runnable::run);

        assertThat(vm.textProperty().get()).isEqualTo("Team credits this month: 16 of 100");
        assertThat(vm.tooltipProperty().get()).contains("Dana 12 · you 4");
    }

    @Test
    void withoutATeamKeyItIsThePersonalMeter() {
        shared = false;

        CreditMeterViewModel vm = viewModel();

        assertThat(vm.textProperty().get()).isEqualTo("Credits this month: 3 of 100");
        assertThat(vm.tooltipProperty().get()).doesNotContain("team").doesNotContain("Who spent");
        assertThat(askedFrom).isNull();
    }
}
