package com.talentfinder.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One screen of the main window (Search, Shortlists, …): a feature root registers itself in the
 * {@link ScreenRegistry} with its title, icon and shortcut, and builds its view only when first shown.
 *
 * <p>The window keeps the node {@link #create()} returned until the screen is dropped: then {@link #dispose()}
 * releases what the view held, and the next show builds it anew.
 */
public interface Screen {

    /** A stable name: the navigation toggle's id is {@code "nav" + Id} ("navSearch"). */
    String id();

    /** The bundle key of the toggle's text. */
    String titleKey();

    /** The bundle key of the toggle's tooltip. */
    String tooltipKey();

    /** The toggle's icon. */
    Ikon icon();

    /** The key that shows this screen (Ctrl+1, Ctrl+2, …), from the one list in {@link Shortcut}. */
    Shortcut shortcut();

    /** Builds the screen's view: called on first show, and again after {@link #dispose()}. */
    Node create();

    /** Run each time the screen is shown (e.g. read its data again). */
    default void shown() {
    }

    /**
     * Ctrl+F on this screen. Return false to let the window focus the first node styled
     * {@link StyleClasses#SCREEN_FIND} inside the screen's own view.
     */
    default boolean focusFind() {
        return false;
    }

    /** Lets the screen add behaviour to its navigation toggle (e.g. accept drops); {@code show} shows it. */
    default void decorateToggle(Node toggle, Runnable show) {
    }

    /** Releases what the last {@link #create()} built: listeners, bindings, the node itself. */
    default void dispose() {
    }

    /** The toggle's id for a screen id: "search" → "navSearch". */
    static String toggleId(String screenId) {
        return "nav" + Character.toUpperCase(screenId.charAt(0)) + screenId.substring(1);
    }
}
