-- V1: search history (recent searches offered as the user types).
CREATE TABLE search_history (
    query_key   TEXT PRIMARY KEY,          -- normalised (lower case, white space folded)
    query       TEXT NOT NULL,             -- as the user last typed it
    last_used   INTEGER NOT NULL,          -- epoch milliseconds
    use_count   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX search_history_last_used ON search_history(last_used DESC);
