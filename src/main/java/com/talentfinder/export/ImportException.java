package com.talentfinder.export;

/** An import file that cannot be used, with a plain message saying what to do instead. */
public final class ImportException extends RuntimeException {

    public ImportException(String plainMessage, Throwable cause) {
        super(plainMessage, cause);
    }
}
