package com.talentfinder.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The last re-check of a saved profile.
 *
 * @param refreshedAt  when it ran
 * @param state        what it found
 * @param changesJson  a JSON object of what changed ({@code {"hourly_rate": {"was": 30, "now": 35}}}), or null
 */
public record EntryRefresh(Instant refreshedAt, RefreshState state, String changesJson) {

    public EntryRefresh {
        Objects.requireNonNull(refreshedAt, "refreshedAt");
        Objects.requireNonNull(state, "state");
    }
}
