-- V8 (issue 14): the ranking panel's saved weight presets and the Insights screen's small choices. Portable SQL
-- (the team database runs it on PostgreSQL too); IF NOT EXISTS: a killed upgrade may run it again.
-- A preset is the user's name for a set of weights, kept as the weight spec "jss=40,earnings=10,..." that the
-- command line's --weights reads too; the name is the key (saving under a name replaces that preset).
CREATE TABLE IF NOT EXISTS ranking_preset (
    name     TEXT   NOT NULL PRIMARY KEY,
    weights  TEXT   NOT NULL,
    saved_at BIGINT NOT NULL
);
-- One value per name: the preset in use, the daily watchlist check (on/off) and when it last ran.
CREATE TABLE IF NOT EXISTS insights_preference (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT
);
