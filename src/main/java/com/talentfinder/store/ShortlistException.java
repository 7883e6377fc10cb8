package com.talentfinder.store;

/** A shortlist request the user can correct: a name taken or invalid, or a list that no longer exists. */
public final class ShortlistException extends StoreException {

    /** Why the request was refused. */
    public enum Reason { NAME_TAKEN, INVALID_NAME, NOT_FOUND }

    private final Reason reason;
    private final String subject;

    ShortlistException(Reason reason, String plainMessage) {
        this(reason, "", plainMessage);
    }

    /** @param subject what the reason is about: the name taken or refused, or "list" / "entry" for one not found */
    ShortlistException(Reason reason, String subject, String plainMessage) {
        super(plainMessage, null);
        this.reason = reason;
        this.subject = subject == null ? "" : subject;
    }

    public Reason reason() {
        return reason;
    }

    /** The name taken or refused (empty when none was typed), or "list" / "entry" for {@link Reason#NOT_FOUND}. */
    public String subject() {
        return subject;
    }

    static ShortlistException nameTaken(String name) {
        return new ShortlistException(Reason.NAME_TAKEN, name,
                "A shortlist named \"" + name + "\" already exists. Choose another name.");
    }

    static ShortlistException entryNotFound() {
        return new ShortlistException(Reason.NOT_FOUND, "entry",
                "That freelancer is no longer on this list. Refresh the list, then try again.");
    }

    static ShortlistException notFound() {
        return new ShortlistException(Reason.NOT_FOUND, "list",
                "That shortlist no longer exists. Pick another list or create a new one.");
    }
}
