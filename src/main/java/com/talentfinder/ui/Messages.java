package com.talentfinder.ui;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text of the window, read from {@code com/talentfinder/ui/messages.properties}.
 *
 * <p>The text is English, so numbers are formatted the English way too ({@link #LOCALE}); that keeps
 * "1,234 freelancers" consistent with the words around it whatever the machine's locale.
 */
public final class Messages {

    /** The bundle's base name, for the key-consistency test. */
    public static final String BUNDLE = "com.talentfinder.ui.messages";
    /** The locale the text is written in and numbers are formatted for. */
    public static final Locale LOCALE = Locale.US;

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    /** Parsed patterns, per thread (MessageFormat is not thread-safe); a table formats thousands of cells. */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Messages() {
    }

    /** The text for {@code key}; the key itself in brackets when it is missing (a test prevents that). */
    public static String get(String key) {
        try {
            return MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… filled in by {@link MessageFormat}. */
    public static String format(String key, Object... args) {
        return FORMATS.get().computeIfAbsent(key, k -> new MessageFormat(get(k), LOCALE)).format(args);
    }
}
