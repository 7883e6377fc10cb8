package com.talentfinder.cli;

import com.talentfinder.api.ApiException;

/** The command line's exit codes, as documented in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Bad usage or invalid input. */
    public static final int USAGE = 2;
    /** Authentication or wrong API URL (401, 404). */
    public static final int AUTH = 3;
    /** Still rate limited after waiting. */
    public static final int RATE_LIMITED = 4;
    /** Any other service, network or storage failure. */
    public static final int FAILURE = 5;
    /**
     * The data folder's database or settings cannot be used as they are (damaged, from a newer version,
     * read-only, full disk, locked). Nothing was changed; the window offers the ways out.
     */
    public static final int DATA = 6;

    private ExitCodes() {
    }

    public static int of(ApiException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> USAGE;
            case UNAUTHORIZED, NOT_FOUND -> AUTH;
            case RATE_LIMITED -> RATE_LIMITED;
            default -> FAILURE;
        };
    }
}
