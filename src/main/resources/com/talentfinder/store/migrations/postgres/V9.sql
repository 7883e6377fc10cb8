-- V9 on PostgreSQL: the portable V9 (entry versions, per-member ratings) plus a NOTIFY after every statement
-- that changes a shortlist, an entry, a tag or a rating, so every open window hears "changed" within a moment
-- (issue 16: LISTEN talent_finder_changes; delivered on commit, duplicates within a transaction folded).
ALTER TABLE shortlist_entry ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE shortlist_entry ADD COLUMN changed_by TEXT;
ALTER TABLE shortlist_entry ADD COLUMN changed_at BIGINT;
ALTER TABLE shortlist_entry ADD COLUMN changed_fields TEXT;
CREATE TABLE entry_rating (
    entry_id  BIGINT  NOT NULL REFERENCES shortlist_entry(id) ON DELETE CASCADE,
    member    TEXT    NOT NULL,
    rating    BIGINT  NOT NULL CHECK (rating BETWEEN 0 AND 5),
    rated_at  BIGINT  NOT NULL,
    PRIMARY KEY (entry_id, member)
);
CREATE OR REPLACE FUNCTION talent_finder_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('talent_finder_changes', TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER shortlist_changed AFTER INSERT OR UPDATE OR DELETE ON shortlist FOR EACH STATEMENT EXECUTE FUNCTION talent_finder_notify();
CREATE TRIGGER shortlist_entry_changed AFTER INSERT OR UPDATE OR DELETE ON shortlist_entry FOR EACH STATEMENT EXECUTE FUNCTION talent_finder_notify();
CREATE TRIGGER entry_tag_changed AFTER INSERT OR UPDATE OR DELETE ON entry_tag FOR EACH STATEMENT EXECUTE FUNCTION talent_finder_notify();
CREATE TRIGGER entry_rating_changed AFTER INSERT OR UPDATE OR DELETE ON entry_rating FOR EACH STATEMENT EXECUTE FUNCTION talent_finder_notify();
