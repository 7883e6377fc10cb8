-- V4: the default order of a shortlist (newest saved first, then name, then insertion) straight from an index,
-- so opening or exporting a large list needs no sort of its rows (docs/benchmarks.md, shortlist figures).
CREATE INDEX shortlist_entry_saved_order ON shortlist_entry(shortlist_id, saved_at DESC, sort_name);
