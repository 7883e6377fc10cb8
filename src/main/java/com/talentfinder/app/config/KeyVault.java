package com.talentfinder.app.config;

import java.util.Optional;

/**
 * Where the API key is kept when the operating system has a credential store (Windows Credential Manager, macOS
 * Keychain, Secret Service on Linux). {@link #none()} has none: the key then stays in the data folder's file,
 * readable by the user only. Every call is bounded in time and never throws: a store that hangs or fails simply
 * counts as not there.
 */
public interface KeyVault {

    /** True when the store answered; false when there is none (or it failed or hung). */
    boolean available();

    /** The saved key; empty when none, or when the store did not answer. */
    Optional<String> read();

    /** Saves the key; false when the store did not take it (the caller then keeps the file). */
    boolean write(String key);

    /** Removes the key; false when the store did not answer. */
    boolean delete();

    /** No credential store: the key file is used. */
    static KeyVault none() {
        return new KeyVault() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Optional<String> read() {
                return Optional.empty();
            }

            @Override
            public boolean write(String key) {
                return false;
            }

            @Override
            public boolean delete() {
                return false;
            }
        };
    }
}
