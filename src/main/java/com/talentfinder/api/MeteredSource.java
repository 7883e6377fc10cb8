package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Clock;
import java.util.Objects;

/**
 * Counts every call that reached the service in the {@link CallLedger}: a success, any HTTP error answer
 * (a 429 or a 502 costs the same request), a timeout or garbled answer, and a call cancelled while waiting
 * for the answer. A call refused before it left (no connection, no key, invalid input) is not counted.
 */
public final class MeteredSource implements FreelancerSource {

    private static final System.Logger LOG = System.getLogger(MeteredSource.class.getName());

    private final FreelancerSource inner;
    private final CallLedger ledger;
    private final String apiUrl;
    private final Clock clock;
    private final Runnable afterRecord;

    /**
     * @param afterRecord run after each recorded call (e.g. to refresh the credit meter); may be null
     */
    public MeteredSource(FreelancerSource inner, CallLedger ledger, String apiUrl, Clock clock, Runnable afterRecord) {
        this.inner = Objects.requireNonNull(inner);
        this.ledger = Objects.requireNonNull(ledger);
        this.apiUrl = Objects.requireNonNull(apiUrl);
        this.clock = Objects.requireNonNull(clock);
        this.afterRecord = afterRecord == null ? () -> { } : afterRecord;
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        try {
            SearchPage page = inner.search(request);
            record(200);
            return page;
        } catch (ApiException e) {
            if (reachedService(e)) {
                record(e.httpStatus());
            }
            throw e;
        } catch (InterruptedException e) {
            record(0);
            throw e;
        }
    }

    static boolean reachedService(ApiException e) {
        return e.httpStatus() > 0
                || e.kind() == ApiException.Kind.TIMEOUT
                || e.kind() == ApiException.Kind.BAD_RESPONSE;
    }

    private void record(int status) {
        try {
            ledger.recordCall(apiUrl, clock.instant(), status);
            afterRecord.run();
        } catch (RuntimeException e) {
            // The call happened; failing to count it must not lose its answer.
            LOG.log(System.Logger.Level.WARNING, "Could not record a call in the credit ledger", e);
        }
    }
}
