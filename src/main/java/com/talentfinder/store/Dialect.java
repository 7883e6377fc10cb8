package com.talentfinder.store;

/**
 * The SQL a {@link Database} speaks: the embedded SQLite file (personal, the default) or a PostgreSQL server
 * (the team database, shortlists only). Repositories write portable SQL and ask the dialect for the few
 * fragments that differ; every fragment is fixed text with placeholders, never input.
 */
public enum Dialect {
    SQLITE,
    POSTGRES;

    /** The dialect of an open connection (for helpers that run inside a caller's transaction). */
    static Dialect of(java.sql.Connection c) throws java.sql.SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRES : SQLITE;
    }

    /** A list's tags in one column, separated by the unit separator (U+001F). */
    String tagList(String column) {
        return this == SQLITE ? "group_concat(" + column + ", char(31))" : "string_agg(" + column + ", chr(31))";
    }

    /** True when {@code column} contains the bound text: one placeholder. */
    String contains(String column) {
        return this == SQLITE ? "instr(" + column + ", ?) > 0" : "strpos(" + column + ", ?) > 0";
    }

    /**
     * A list name equal to the bound one, ignoring the case of A to Z (SQLite's NOCASE column; on PostgreSQL
     * {@code lower} under the byte-order collation "C" folds the same letters): one placeholder.
     */
    String nameEquals(String column) {
        return this == SQLITE ? column + " = ?" : "lower(" + column + ") = lower(CAST(? AS TEXT) COLLATE \"C\")";
    }

    /** Orders by list name as {@link #nameEquals} compares them. */
    String nameOrder(String column) {
        return this == SQLITE ? column : "lower(" + column + "), " + column;
    }
}
