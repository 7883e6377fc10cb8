package com.talentfinder.domain;

import java.time.Instant;

/**
 * A named list of saved freelancers.
 *
 * @param id          the local database id
 * @param entryCount  how many freelancers are on it now (removed ones excluded)
 */
public record Shortlist(long id, String name, int entryCount, Instant createdAt, Instant updatedAt) {
}
