package com.talentfinder.ui.shortlist;

import java.util.Optional;

/**
 * Every question the shortlist screens ask the user: confirmations, file choosers and a list name. The window
 * uses {@link FxShortlistDialogs}; tests answer with fixed values.
 */
public interface ShortlistDialogs extends Confirmations, FileDialogs {

    /**
     * Asks for a list name.
     *
     * @param title   the dialog heading ("New shortlist", "Rename shortlist")
     * @param initial the text the field starts with
     * @return the name typed, or empty when cancelled
     */
    Optional<String> askName(String title, String initial);
}
