package com.talentfinder.ui.shortlist;

/**
 * Asks the user to confirm an action (delete a list, run a refresh that costs credits). The window shows a
 * dialog ({@link FxShortlistDialogs}); tests answer yes or no and record the question.
 */
@FunctionalInterface
public interface Confirmations {

    /**
     * @param title   a short heading ("Delete shortlist?")
     * @param message one or two plain sentences saying what happens
     * @param action  the label of the confirming button ("Delete", "Refresh")
     * @return true when the user confirmed
     */
    boolean confirm(String title, String message, String action);

    /**
     * Asks to choose between two actions (or cancel).
     *
     * @return 0 for {@code first}, 1 for {@code second}, -1 when cancelled
     */
    default int choose(String title, String message, String first, String second) {
        return confirm(title, message, first) ? 0 : -1;
    }
}
