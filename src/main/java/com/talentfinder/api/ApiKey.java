package com.talentfinder.api;

import java.util.Objects;

/**
 * The user's parse.bot key. A secret: {@link #toString()} never shows it, and only the HTTP client
 * reads it, through {@link #reveal()}, to set the request header.
 */
public final class ApiKey {

    /** The key the embedded demo server accepts. */
    public static final ApiKey DEMO = new ApiKey("demo");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** @return the key, or null when {@code raw} is null or blank */
    public static ApiKey ofNullable(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return new ApiKey(raw.strip());
    }

    /**
     * True when the key holds a character no key has and no HTTP header may carry: a control character
     * (a line break, a bell…) or one outside printable ASCII. Such a key is refused before any call, with its
     * own message, instead of surfacing as an unrelated error.
     */
    public boolean hasInvalidCharacters() {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return true;
            }
        }
        return false;
    }

    public String reveal() {
        return value;
    }

    public boolean isDemo() {
        return this.equals(DEMO);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
