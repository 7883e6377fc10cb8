package com.talentfinder.domain;

/** A search that must not be sent: its message is a plain sentence for the user. */
public class InvalidSearchException extends IllegalArgumentException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
