package com.talentfinder.store;

/** A shortlist request the user can correct: a name taken or invalid, or a list that no longer exists. */
public final class ShortlistException extends StoreException {

    /** Why the request was refused. */
    public enum Reason { NAME_TAKEN, INVALID_NAME, NOT_FOUND }

    private final Reason reason;

    ShortlistException(Reason reason, String plainMessage) {
        super(plainMessage, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ShortlistException nameTaken(String name) {
        return new ShortlistException(Reason.NAME_TAKEN,
                "A shortlist named \"" + name + "\" already exists. Choose another name.");
    }

    static ShortlistException entryNotFound() {
        return new ShortlistException(Reason.NOT_FOUND,
                "That freelancer is no longer on this list. Refresh the list, then try again.");
    }

    static ShortlistException notFound() {
        return new ShortlistException(Reason.NOT_FOUND,
                "That shortlist no longer exists. Pick another list or create a new one.");
    }
}
