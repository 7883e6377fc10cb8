-- V10 (issue 16, a team key): when the team shares one API key, every member's real calls are also counted in
-- the team database, so the credit meter shows the team's month and who spent what. The key itself is never
-- stored: only its fingerprint (HMAC-SHA256 with a fixed app salt, 16 hex characters), so two members with the
-- same key count together and another key never mixes in. One row per call; the primary key makes a resend
-- (after the server was away) insert nothing twice. Portable SQL: the same script runs on SQLite and PostgreSQL
-- (both tables exist in both; the team table is used on the server, the watermark in the personal file).
CREATE TABLE IF NOT EXISTS team_api_calls (
    key_fingerprint TEXT    NOT NULL,
    member          TEXT    NOT NULL,
    local_call_id   BIGINT  NOT NULL,          -- the member's own api_calls.id
    called_at       BIGINT  NOT NULL,          -- epoch milliseconds
    http_status     INTEGER NOT NULL,
    PRIMARY KEY (key_fingerprint, member, local_call_id, called_at)
);
CREATE INDEX IF NOT EXISTS team_api_calls_month ON team_api_calls(key_fingerprint, called_at);
-- In the personal file: which key's fingerprint a call was made with (null: credits were personal then).
ALTER TABLE api_calls ADD COLUMN key_fingerprint TEXT;
-- In the personal file: the last api_calls.id sent to the team database, per key fingerprint.
CREATE TABLE IF NOT EXISTS team_calls_sent (
    key_fingerprint TEXT   PRIMARY KEY,
    last_call_id    BIGINT NOT NULL
);
