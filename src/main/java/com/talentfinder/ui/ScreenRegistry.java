package com.talentfinder.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The screens of the main window, in the order of their toggles. The composition root registers one line per
 * screen; the navigation bar, the shortcuts and the view switching are generated from this list.
 */
public final class ScreenRegistry {

    private final List<Screen> screens = new ArrayList<>();

    /** Adds a screen after the ones already registered; ids and shortcuts must be unique. */
    public ScreenRegistry register(Screen screen) {
        for (Screen s : screens) {
            if (s.id().equals(screen.id())) {
                throw new IllegalArgumentException("Two screens named " + screen.id());
            }
            if (s.shortcut() == screen.shortcut()) {
                throw new IllegalArgumentException("Two screens on the shortcut " + screen.shortcut());
            }
        }
        screens.add(screen);
        return this;
    }

    /** Every screen, in toggle order. */
    public List<Screen> screens() {
        return Collections.unmodifiableList(screens);
    }

    public Optional<Screen> find(String id) {
        return screens.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return screens.isEmpty();
    }
}
