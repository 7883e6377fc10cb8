-- V6 (issue 14): skill supply over time and saved market reports. IF NOT EXISTS: tests and a killed upgrade may run it
-- again on a file that has it.
-- Observations are append-only: what a real search reported as total_results, when, and how it was collected.
CREATE TABLE IF NOT EXISTS supply_observation (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    observed_at   INTEGER NOT NULL,
    query         TEXT    NOT NULL,
    keyword       TEXT    NOT NULL,
    total_results INTEGER NOT NULL CHECK (total_results >= 0),
    method        TEXT
);
CREATE INDEX IF NOT EXISTS supply_observation_by_keyword ON supply_observation(keyword, observed_at);
CREATE TRIGGER IF NOT EXISTS supply_observation_no_update BEFORE UPDATE ON supply_observation BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END;
-- A market report saved by name: the inputs the figures are computed from (per keyword its totals and the rates
-- per currency, no profiles), so reopening it never calls the service.
CREATE TABLE IF NOT EXISTS market_report (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    keywords     TEXT    NOT NULL,
    pages        INTEGER NOT NULL,
    fetched_from INTEGER,
    fetched_to   INTEGER,
    inputs_json  TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS market_report_by_name ON market_report(name, created_at);
