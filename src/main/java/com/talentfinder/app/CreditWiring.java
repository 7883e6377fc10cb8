package com.talentfinder.app;

import com.talentfinder.api.ApiKey;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.credits.KeyFingerprint;
import com.talentfinder.app.credits.SharedCredits;
import com.talentfinder.app.sync.MemberName;
import com.talentfinder.store.TeamCallLedger;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wires the credits (issue 16 point 6): the ledger the source chain counts in and the credit meter. Credits
 * stay personal unless a team database is in force, the key is the team's ({@code TALENT_FINDER_TEAM_KEY}, else
 * Settings) and a real key is in force (not the demo); then calls are also sent to the team's ledger, named by
 * the key's fingerprint, by one background thread, and the meter counts the team's month.
 */
final class CreditWiring implements AutoCloseable {

    private final AppServices services;
    private ExecutorService sender;
    private SharedCredits ledger;
    private CreditMeter meter;
    private ApiKey lastKey;
    private String lastFingerprint;

    CreditWiring(AppServices services) {
        this.services = services;
    }

    /** Where the chain counts real calls: the personal ledger, and the team's when the key is shared. */
    synchronized SharedCredits ledger() {
        if (ledger == null) {
            sender = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "team-credits");
                t.setDaemon(true);
                return t;
            });
            ledger = new SharedCredits(services.callLedger(),
                    () -> services.team().database().map(TeamCallLedger::new), this::fingerprint,
                    () -> MemberName.current(services.dataFolder()), sender, services.clock());
        }
        return ledger;
    }

    synchronized CreditMeter meter() {
        if (meter == null) {
            meter = new CreditMeter(ledger(), () -> services.plan().creditsPerMonth(), services.clock(), ledger());
        }
        return meter;
    }

    /**
     * Tells the meter's listeners (after Settings change), if the meter was built. With a team key this runs on
     * the background thread: Settings are saved on the UI thread, and the team database must not be read there.
     */
    void refreshIfBuilt() {
        CreditMeter m;
        synchronized (this) {
            m = meter;
        }
        if (m != null) {
            ledger().afterCall(m::refresh);
        }
    }

    /** Run by the chain after each counted call. */
    void afterCall() {
        ledger().afterCall(meter()::refresh);
    }

    /** The key's fingerprint while it is the team's; empty when credits are personal. */
    private synchronized Optional<String> fingerprint() {
        if (services.demoInForce() || !services.team().sharesKey()) {
            return Optional.empty();
        }
        ApiKey key = services.effective().key(services.settings());
        if (key == null) {
            return Optional.empty();
        }
        if (!key.equals(lastKey)) {
            lastFingerprint = KeyFingerprint.of(key);
            lastKey = key;
        }
        return Optional.of(lastFingerprint);
    }

    @Override
    public synchronized void close() {
        if (sender != null) {
            sender.shutdown();
        }
    }
}
