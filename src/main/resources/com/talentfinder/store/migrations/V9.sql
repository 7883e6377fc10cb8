-- V9 (issue 16, several people on one database): each entry carries a version, who changed it last, when and
-- which fields, so a write can check the version and merge field by field; on a team list each member rates on
-- their own (entry_rating) and the entry's rating column holds the rounded average (sorting and filtering keep
-- working). Portable SQL: the same script runs on SQLite and PostgreSQL.
ALTER TABLE shortlist_entry ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE shortlist_entry ADD COLUMN changed_by TEXT;
ALTER TABLE shortlist_entry ADD COLUMN changed_at BIGINT;
-- Field codes of the last change, comma-separated: STATUS, RATING, NOTES, TAGS.
ALTER TABLE shortlist_entry ADD COLUMN changed_fields TEXT;
CREATE TABLE IF NOT EXISTS entry_rating (
    entry_id  BIGINT  NOT NULL REFERENCES shortlist_entry(id) ON DELETE CASCADE,
    member    TEXT    NOT NULL,
    rating    INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 5),
    rated_at  BIGINT  NOT NULL,
    PRIMARY KEY (entry_id, member)
);
