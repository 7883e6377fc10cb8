package com.talentfinder.app.credits;

import com.talentfinder.api.CallLedger;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.StoreException;
import com.talentfinder.store.TeamCallLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Credits with a team key (issue 16): every real call is recorded in the personal ledger, named by the key's
 * fingerprint when the key is the team's; such calls are then sent to the team's ledger in the team database,
 * in the background, so a search never waits for the server. A watermark in the personal file remembers the
 * last call sent, so calls made while the server was away are sent with the next successful write (or read),
 * and the team ledger's primary key makes a resend count nothing twice. While the server is away, reads are
 * not tried again for {@link #COOL_DOWN} (the meter shows this computer's count instead of waiting).
 */
public final class SharedCredits implements CallLedger, CreditMeter.TeamTally {

    private static final System.Logger LOG = System.getLogger(SharedCredits.class.getName());
    /** Calls sent in one transaction. */
    static final int BATCH = 500;
    /** How long a failed read of the team database is not tried again. */
    static final Duration COOL_DOWN = Duration.ofSeconds(30);

    private final SqliteCallLedger personal;
    private final Supplier<Optional<TeamCallLedger>> team;
    private final Supplier<Optional<String>> fingerprint;
    private final Supplier<String> member;
    private final Executor background;
    private final Clock clock;
    private volatile Instant failedAt;

    /**
     * @param team        the team's ledger when a team database is in force, else empty
     * @param fingerprint the key's fingerprint while the key in force is the team's, else empty
     * @param member      this computer's member name, read at each send
     * @param background  where sending runs (one thread; tests pass {@code Runnable::run})
     */
    public SharedCredits(SqliteCallLedger personal, Supplier<Optional<TeamCallLedger>> team,
            Supplier<Optional<String>> fingerprint, Supplier<String> member, Executor background, Clock clock) {
        this.personal = Objects.requireNonNull(personal);
        this.team = Objects.requireNonNull(team);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.member = Objects.requireNonNull(member);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void recordCall(String apiUrl, Instant at, int httpStatus) {
        personal.recordCall(apiUrl, at, httpStatus, fingerprint.get().orElse(null));
    }

    /** This computer's calls (the team's count is {@link #callsByMember}). */
    @Override
    public int callsInMonth(YearMonth month) {
        return personal.callsInMonth(month);
    }

    /**
     * Run after each recorded call: with a team key, sends what is pending in the background and then runs
     * {@code then} (the meter's refresh) there too; else runs {@code then} at once.
     */
    public void afterCall(Runnable then) {
        if (!shared()) {
            then.run();
            return;
        }
        background.execute(() -> {
            sendPending();
            then.run();
        });
    }

    @Override
    public boolean shared() {
        return fingerprint.get().isPresent() && team.get().isPresent();
    }

    @Override
    public String you() {
        return member.get();
    }

    @Override
    public List<TeamCallLedger.MemberCalls> callsByMember(Instant from, Instant to) {
        Instant failed = failedAt;
        if (failed != null && clock.instant().isBefore(failed.plus(COOL_DOWN))) {
            throw new StoreException(StoreException.Problem.SERVER_UNREACHABLE,
                    "The team database did not answer a moment ago.", null);
        }
        String fp = fingerprint.get().orElseThrow(() -> new IllegalStateException("the key is not the team's"));
        TeamCallLedger ledger = team.get().orElseThrow(() -> new IllegalStateException("no team database"));
        try {
            sendPending(fp, ledger);
            List<TeamCallLedger.MemberCalls> calls = ledger.callsByMember(fp, from, to);
            failedAt = null;
            return calls;
        } catch (RuntimeException e) {
            failedAt = clock.instant();
            throw e;
        }
    }

    /**
     * Sends the calls not yet in the team's ledger.
     *
     * @return true when everything pending reached it (or nothing was to be sent)
     */
    public boolean sendPending() {
        Optional<String> fp = fingerprint.get();
        Optional<TeamCallLedger> ledger = team.get();
        if (fp.isEmpty() || ledger.isEmpty()) {
            return true;
        }
        try {
            sendPending(fp.get(), ledger.get());
            failedAt = null;
            return true;
        } catch (RuntimeException e) {
            failedAt = clock.instant();
            // Never the key: only what kind of failure it was. The calls wait in the personal ledger.
            LOG.log(System.Logger.Level.WARNING, "Could not send calls to the team's credits; they are kept and sent"
                    + " later: " + e.getClass().getSimpleName());
            return false;
        }
    }

    private synchronized void sendPending(String fp, TeamCallLedger ledger) {
        String name = member.get();
        List<TeamCallLedger.Call> calls = personal.unsent(fp, BATCH);
        while (!calls.isEmpty()) {
            ledger.add(fp, name, calls);
            personal.markSent(fp, calls.get(calls.size() - 1).localId());
            calls = calls.size() < BATCH ? List.of() : personal.unsent(fp, BATCH);
        }
    }
}
