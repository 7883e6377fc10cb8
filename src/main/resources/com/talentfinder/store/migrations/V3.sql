-- V3: page cache and the call ledger (credits).
-- Pages already fetched, so a page the user paid a credit for is not fetched again while fresh.
CREATE TABLE page_cache (
    api_url          TEXT NOT NULL,        -- the scraper base URL (never the key)
    query_key        TEXT NOT NULL,        -- normalised query (lower case, white space folded)
    page             INTEGER NOT NULL,
    per_page         INTEGER NOT NULL,
    total_results    INTEGER NOT NULL,
    total_pages      INTEGER NOT NULL,
    freelancers_json TEXT NOT NULL,        -- array of export.FreelancerJson records
    fetched_at       INTEGER NOT NULL,     -- epoch milliseconds
    PRIMARY KEY (api_url, query_key, page, per_page)
);
CREATE INDEX page_cache_fetched_at ON page_cache(fetched_at);

-- One row per real call to the service (one credit each), for the monthly credit meter.
CREATE TABLE api_calls (
    id          INTEGER PRIMARY KEY,
    api_url     TEXT NOT NULL,
    called_at   INTEGER NOT NULL,          -- epoch milliseconds
    http_status INTEGER NOT NULL           -- 0 when no answer came (timeout, cancelled mid-call)
);
CREATE INDEX api_calls_called_at ON api_calls(called_at);
