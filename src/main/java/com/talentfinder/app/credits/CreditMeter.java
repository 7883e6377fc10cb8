package com.talentfinder.app.credits;

import com.talentfinder.api.CallLedger;
import java.time.Clock;
import java.time.YearMonth;
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
    private final List<Consumer<CreditStatus>> listeners = new CopyOnWriteArrayList<>();

    /** @param monthlyLimit read on every status, so a plan change applies at once */
    public CreditMeter(CallLedger ledger, IntSupplier monthlyLimit, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger);
        this.monthlyLimit = Objects.requireNonNull(monthlyLimit);
        this.clock = Objects.requireNonNull(clock);
    }

    public CreditStatus status() {
        YearMonth month = YearMonth.now(clock);
        return CreditStatus.of(month.toString(), ledger.callsInMonth(month), monthlyLimit.getAsInt());
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
