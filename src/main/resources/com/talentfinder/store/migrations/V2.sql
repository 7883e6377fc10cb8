-- V2: shortlists.
-- Written to stay portable-ish (a later version shares lists with a team on a server database): integer
-- epoch-millisecond timestamps, a stable text uid per list, created/updated stamps on every row, soft deletes
-- (deleted_at / removed_at) so undo works and deletions can be synchronised, ON CONFLICT upserts, partial
-- indexes. The snapshot of each profile is the normalised FreelancerJson, the same form cached search pages
-- use, so market insights can read saved profiles and search results alike.
CREATE TABLE shortlist (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,                 -- random UUID: stable across machines
    name        TEXT    NOT NULL COLLATE NOCASE,
    created_at  INTEGER NOT NULL,                        -- epoch milliseconds
    updated_at  INTEGER NOT NULL,                        -- any change to the list or its entries
    deleted_at  INTEGER                                  -- soft delete: NULL while the list is live
);
-- Names are unique among live lists only, so a deleted list (kept for undo) never blocks its name.
CREATE UNIQUE INDEX shortlist_live_name ON shortlist(name) WHERE deleted_at IS NULL;
CREATE INDEX shortlist_deleted_at ON shortlist(deleted_at);

CREATE TABLE shortlist_entry (
    id              INTEGER PRIMARY KEY,
    shortlist_id    INTEGER NOT NULL REFERENCES shortlist(id) ON DELETE CASCADE,
    freelancer_id   TEXT    NOT NULL,                    -- Upwork ciphertext
    snapshot_json   TEXT    NOT NULL,                    -- FreelancerJson of the profile when saved
    portrait        BLOB,                                -- image bytes when saved, NULL when none
    saved_at        INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'NEW'
                    CHECK (status IN ('NEW', 'CONTACTED', 'INTERVIEWING', 'HIRED', 'REJECTED')),
    rating          INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    notes           TEXT    NOT NULL DEFAULT '',
    -- Sort and filter keys copied out of the snapshot (lower-cased in Java, which folds all of Unicode).
    sort_name       TEXT    NOT NULL,
    hourly_rate     REAL,
    currency        TEXT,
    jss             INTEGER,                             -- NULL when hidden or no score yet
    profile_key     TEXT    NOT NULL,                    -- name, title, skills, location: for text search
    notes_key       TEXT    NOT NULL DEFAULT '',
    refreshed_at    INTEGER,
    refresh_state   TEXT    CHECK (refresh_state IN ('UNCHANGED', 'CHANGED', 'NOT_FOUND')),
    refresh_changes TEXT,                                -- JSON object: field -> {"was": .., "now": ..}
    removed_at      INTEGER,                             -- soft delete: NULL while on the list
    UNIQUE (shortlist_id, freelancer_id)
);
CREATE INDEX shortlist_entry_freelancer ON shortlist_entry(freelancer_id);
CREATE INDEX shortlist_entry_saved ON shortlist_entry(shortlist_id, saved_at);
CREATE INDEX shortlist_entry_name ON shortlist_entry(shortlist_id, sort_name);
CREATE INDEX shortlist_entry_rate ON shortlist_entry(shortlist_id, hourly_rate);
CREATE INDEX shortlist_entry_jss ON shortlist_entry(shortlist_id, jss);
CREATE INDEX shortlist_entry_status ON shortlist_entry(shortlist_id, status);
CREATE INDEX shortlist_entry_rating ON shortlist_entry(shortlist_id, rating);
CREATE INDEX shortlist_entry_removed ON shortlist_entry(removed_at) WHERE removed_at IS NOT NULL;

-- Tags, one row each (normalised: trimmed, lower case, no control characters).
CREATE TABLE entry_tag (
    entry_id    INTEGER NOT NULL REFERENCES shortlist_entry(id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tag_tag ON entry_tag(tag);
