package com.talentfinder.export;

import java.util.List;

/**
 * An import file that cannot be used. {@link #problem()} and {@link #values()} say which sentence it calls for:
 * the window takes its words from its bundle by that code; {@link #getMessage()} is the same sentence in the
 * command line's default English.
 */
public final class ImportException extends RuntimeException {

    /** What is wrong with the file (the window's words: {@code ui.shortlist.ShortlistErrors}). */
    public enum Problem {
        /** values: the file's path. */
        NO_SUCH_FILE,
        /** values: the file's path. */
        UNREADABLE_FILE,
        /** values: the size cap in MB. */
        TOO_LARGE,
        NOT_JSON,
        NOT_OURS,
        NEWER_VERSION,
        NO_NAME,
        CUT_SHORT,
        /** values: the most entries read. */
        TOO_MANY_ENTRIES,
        /** Built without a code: the window shows the exception's own sentence. */
        UNSPECIFIED
    }

    private final Problem problem;
    private final List<Object> values;

    public ImportException(String plainMessage, Throwable cause) {
        this(Problem.UNSPECIFIED, plainMessage, cause);
    }

    /** @param defaultEnglish the sentence for the command line (the window words {@code problem} itself) */
    public ImportException(Problem problem, String defaultEnglish, Throwable cause, Object... values) {
        super(defaultEnglish, cause);
        this.problem = problem;
        this.values = List.of(values);
    }

    public Problem problem() {
        return problem;
    }

    /** The values the sentence names (a path, a size), in order. */
    public List<Object> values() {
        return values;
    }
}
