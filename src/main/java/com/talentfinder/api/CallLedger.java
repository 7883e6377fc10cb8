package com.talentfinder.api;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Every real call made to the service (one credit each), so the app can show what is left this month.
 * Implementations are thread-safe.
 */
public interface CallLedger {

    /**
     * Records one call that reached the service.
     *
     * @param httpStatus the HTTP status answered, or 0 when no answer came (a timeout, a cancel mid-call)
     */
    void recordCall(String apiUrl, Instant at, int httpStatus);

    /** How many calls were recorded in calendar month {@code month}, in the user's time zone. */
    int callsInMonth(YearMonth month);
}
