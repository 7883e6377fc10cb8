-- V7 (issue 15): saved searches that show only what is new. Portable SQL (the team database runs it on
-- PostgreSQL too): ids are given by the application, no AUTOINCREMENT. IF NOT EXISTS: a killed upgrade may run it
-- again on a file that has it.
CREATE TABLE IF NOT EXISTS saved_search (
    id                    BIGINT  PRIMARY KEY,
    name                  TEXT    NOT NULL,
    name_key              TEXT    NOT NULL UNIQUE,
    query                 TEXT    NOT NULL,
    per_page              INTEGER NOT NULL,
    filters_json          TEXT    NOT NULL,
    pages                 INTEGER NOT NULL,
    stop_when_nothing_new INTEGER NOT NULL,
    created_at            BIGINT  NOT NULL,
    last_run_at           BIGINT
);
-- One row per run: when, what it cost and what it found.
CREATE TABLE IF NOT EXISTS saved_search_run (
    search_id     BIGINT  NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
    run_no        INTEGER NOT NULL,
    ran_at        BIGINT  NOT NULL,
    pages_fetched INTEGER NOT NULL,
    calls         INTEGER NOT NULL,
    new_count     INTEGER NOT NULL,
    seen_before   INTEGER NOT NULL,
    outcome       TEXT    NOT NULL,
    PRIMARY KEY (search_id, run_no)
);
-- Every freelancer a saved search has met: the run that first saw them ("New" = first_run is the latest run),
-- the latest run that saw them, whether they passed the search's filters then, and their profile as last seen
-- (the normalised JSON of cleaning/FreelancerJson, read back through cleaning/).
CREATE TABLE IF NOT EXISTS saved_search_seen (
    search_id    BIGINT  NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
    freelancer_id TEXT   NOT NULL,
    first_run    INTEGER NOT NULL,
    last_run     INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    matches      INTEGER NOT NULL,
    profile_json TEXT    NOT NULL,
    PRIMARY KEY (search_id, freelancer_id)
);
CREATE INDEX IF NOT EXISTS saved_search_seen_by_run ON saved_search_seen(search_id, last_run, position);
-- The saved searches' own options (the check at start and its credit budget): name/value pairs.
CREATE TABLE IF NOT EXISTS saved_search_option (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
