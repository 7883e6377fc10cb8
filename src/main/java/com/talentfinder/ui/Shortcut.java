package com.talentfinder.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, in one list: the code that reacts to a key takes its combination from
 * here, and Help › Keyboard shortcuts is built from here, so the two cannot drift apart. Shortcuts that are a
 * key range or a plain key inside one control ("0–5" in the shortlist table) carry their keys as text.
 */
public enum Shortcut {
    // Everywhere
    SHOW_SEARCH(Where.EVERYWHERE, "shortcut.showSearch", combo(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)),
    SHOW_SHORTLISTS(Where.EVERYWHERE, "shortcut.showShortlists", combo(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN)),
    SHOW_INSIGHTS(Where.EVERYWHERE, "shortcut.showInsights", combo(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)),
    SHOW_SAVED(Where.EVERYWHERE, "shortcut.showSaved", combo(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN)),
    FIND(Where.EVERYWHERE, "shortcut.find", combo(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    SETTINGS(Where.EVERYWHERE, "shortcut.settings", combo(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN)),
    SHORTCUTS(Where.EVERYWHERE, "shortcut.shortcuts", combo(KeyCode.F1)),
    QUIT(Where.EVERYWHERE, "shortcut.quit", combo(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    PRESS_BUTTON(Where.EVERYWHERE, "shortcut.pressButton", combo(KeyCode.SPACE)),
    // Search
    RUN_SEARCH(Where.SEARCH, "shortcut.runSearch", combo(KeyCode.ENTER)),
    DOWN_TO_RESULTS(Where.SEARCH, "shortcut.downToResults", combo(KeyCode.DOWN)),
    PREVIOUS_PAGE(Where.SEARCH, "shortcut.previousPage", combo(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
    NEXT_PAGE(Where.SEARCH, "shortcut.nextPage", combo(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
    OPEN_PROFILE(Where.SEARCH, "shortcut.openProfile", combo(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    ADD_TO_SHORTLIST(Where.SEARCH, "shortcut.addToShortlist", combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_RESULTS(Where.SEARCH, "shortcut.exportResults", combo(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    SAVE_SEARCH(Where.SEARCH, "shortcut.saveSearch",
            combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    // Shortlists
    TICK_TO_COMPARE(Where.SHORTLISTS, "shortcut.tickToCompare", combo(KeyCode.SPACE)),
    RATE(Where.SHORTLISTS, "shortcut.rate", "0 – 5"),
    REMOVE_ENTRIES(Where.SHORTLISTS, "shortcut.removeEntries", combo(KeyCode.DELETE)),
    RENAME_LIST(Where.SHORTLISTS, "shortcut.renameList", combo(KeyCode.F2)),
    SELECT_ALL_ENTRIES(Where.SHORTLISTS, "shortcut.selectAllEntries", combo(KeyCode.A, KeyCombination.SHORTCUT_DOWN)),
    BULK_ACTIONS(Where.SHORTLISTS, "shortcut.bulkActions", combo(KeyCode.B, KeyCombination.SHORTCUT_DOWN));

    /** Where a shortcut works (the window's groups). */
    public enum Where {
        EVERYWHERE("shortcut.where.everywhere"),
        SEARCH("shortcut.where.search"),
        SHORTLISTS("shortcut.where.shortlists");

        private final String key;

        Where(String key) {
            this.key = key;
        }

        /** The group's heading. */
        public String title() {
            return Messages.get(key);
        }
    }

    private final Where where;
    private final String descriptionKey;
    private final KeyCombination combination;
    private final String keysText;

    Shortcut(Where where, String descriptionKey, KeyCombination combination) {
        this.where = where;
        this.descriptionKey = descriptionKey;
        this.combination = combination;
        this.keysText = null;
    }

    Shortcut(Where where, String descriptionKey, String keysText) {
        this.where = where;
        this.descriptionKey = descriptionKey;
        this.combination = null;
        this.keysText = keysText;
    }

    public Where where() {
        return where;
    }

    /** The combination, or null for a key range given as text. */
    public KeyCombination combination() {
        return combination;
    }

    /** True when {@code combination} matches this shortcut's combination. */
    public boolean is(KeyCombination other) {
        return combination != null && combination.equals(other);
    }

    /** The keys as the platform writes them ("Ctrl+F", "⌘F"). */
    public String keys() {
        return combination != null ? combination.getDisplayText() : keysText;
    }

    /** What it does, in a sentence fragment. */
    public String description() {
        return Messages.get(descriptionKey);
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
