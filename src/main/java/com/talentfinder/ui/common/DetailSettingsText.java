package com.talentfinder.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
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

    private DetailSettingsText() {
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when it is missing (a bug). */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = TEXTS.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** True when the bundle defines {@code key}. */
    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }
}
