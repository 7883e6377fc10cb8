package com.talentfinder.app.saved;

import java.time.Instant;

/**
 * A search saved by name: the query with its filters, how many pages a run fetches at most and whether it stops at
 * the first page with nobody new.
 *
 * @param lastRunAt null before the first run
 */
public record SavedSearch(long id, String name, String query, int perPage, SavedFilters filters, int pages,
                          boolean stopWhenNothingNew, Instant createdAt, Instant lastRunAt) {
}
