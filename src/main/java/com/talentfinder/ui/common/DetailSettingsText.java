package com.talentfinder.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the detail pane, the Settings screen and portraits, from
 * {@code com/talentfinder/ui/detail-settings.properties} (keys {@code detail.*}, {@code settings.*},
 * {@code portrait.*}). Every text goes through {@link MessageFormat}, so a literal apostrophe is written
 * {@code ''} in the bundle.
 */
public final class DetailSettingsText {

    /** The bundle's base name, for a later merge into the app's main bundle. */
    public static final String BUNDLE = "com.talentfinder.ui.detail-settings";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    /** Parsed patterns, per thread (MessageFormat is not thread-safe); tables format thousands of cells. */
    private static final ThreadLocal<java.util.Map<String, MessageFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private DetailSettingsText() {
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when it is missing (a bug). */
    public static String text(String key, Object... args) {
        if (!TEXTS.containsKey(key)) {
            return key;
        }
        return FORMATS.get().computeIfAbsent(key, k -> new MessageFormat(TEXTS.getString(k), Locale.ROOT))
                .format(args);
    }

    /** True when the bundle defines {@code key}. */
    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }
}
