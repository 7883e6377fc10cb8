package com.talentfinder.app.credits;

import com.talentfinder.api.CallLedger;
import com.talentfinder.store.TeamCallLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * This month's credits: calls counted in the {@link CallLedger} against the plan's monthly credits. The month
 * is the calendar month of {@code clock} (whose zone is the user's). Listeners hear the new status after every
 * counted call, on the calling thread (a UI must hop to its own thread).
 */
public final class CreditMeter {

    private static final System.Logger LOG = System.getLogger(CreditMeter.class.getName());

    private final CallLedger ledger;
    private final IntSupplier monthlyLimit;
    private final Clock clock;
    private final TeamTally team;
    private final List<Consumer<CreditStatus>> listeners = new CopyOnWriteArrayList<>();

    /**
     * The team's count of the shared key's calls (issue 16), asked only while {@link #shared()}.
     */
    public interface TeamTally {
        /** True when the key in force is the team's: its calls are counted in the team database. */
        boolean shared();

        /**
         * Calls with the team's key from {@code from} to {@code to}, per member, most first. Blocks on the team
         * database; throws (a {@code StoreException}) when it cannot be read.
         */
        List<TeamCallLedger.MemberCalls> callsByMember(Instant from, Instant to);

        /** This computer's member name ("you" in the breakdown). */
        String you();
    }

    /** @param monthlyLimit read on every status, so a plan change applies at once */
    public CreditMeter(CallLedger ledger, IntSupplier monthlyLimit, Clock clock) {
        this(ledger, monthlyLimit, clock, null);
    }

    /** @param team the team's count when the key may be shared; null: credits are always personal */
    public CreditMeter(CallLedger ledger, IntSupplier monthlyLimit, Clock clock, TeamTally team) {
        this.ledger = Objects.requireNonNull(ledger);
        this.monthlyLimit = Objects.requireNonNull(monthlyLimit);
        this.clock = Objects.requireNonNull(clock);
        this.team = team;
    }

    /**
     * This month's status: the team's count while the key is shared, else (or when the team database cannot be
     * read, saying so) this computer's. May block on the team database: call it off the UI thread.
     */
    public CreditStatus status() {
        YearMonth month = YearMonth.now(clock);
        int limit = monthlyLimit.getAsInt();
        if (team != null && team.shared()) {
            ZoneId zone = clock.getZone();
            try {
                String you = team.you();
                List<CreditStatus.MemberCredits> members = team.callsByMember(
                                month.atDay(1).atStartOfDay(zone).toInstant(),
                                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).stream()
                        .map(m -> new CreditStatus.MemberCredits(m.member(), m.calls(), m.member().equals(you)))
                        .toList();
                return CreditStatus.team(month.toString(), members, limit);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "Team credits unavailable, showing this computer's: "
                        + e.getClass().getSimpleName());
                return CreditStatus.teamUnavailable(month.toString(), ledger.callsInMonth(month), limit);
            }
        }
        return CreditStatus.of(month.toString(), ledger.callsInMonth(month), limit);
    }

    /** Credits left this month. */
    public int remaining() {
        return status().remaining();
    }

    /** Recomputes the status and tells the listeners (wire it to the chain's {@code onCallRecorded}). */
    public void refresh() {
        if (listeners.isEmpty()) {
            return;
        }
        CreditStatus s = status();
        for (Consumer<CreditStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A credit meter listener failed", e);
            }
        }
    }

    /** @return a handle that removes the listener */
    public Runnable addListener(Consumer<CreditStatus> listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }
}
