package com.talentfinder.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The main window's state: which registered screen is shown. Holds no nodes; the view builds them. */
public final class MainViewModel {

    private final ScreenRegistry registry;
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();

    public MainViewModel(ScreenRegistry registry) {
        if (registry.isEmpty()) {
            throw new IllegalArgumentException("The window needs at least one screen");
        }
        this.registry = registry;
        current.set(registry.screens().get(0));
    }

    // Properties //

    /** The screen shown now (the first registered one at start). */
    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public List<Screen> screens() {
        return registry.screens();
    }

    // Commands //

    /** Shows the screen named {@code id}; unknown names change nothing. */
    public void show(String id) {
        registry.find(id).ifPresent(this::show);
    }

    /** Shows {@code screen} and tells it so (it reads its data again) when it was not already shown. */
    public void show(Screen screen) {
        if (current.get() == screen || !registry.screens().contains(screen)) {
            return;
        }
        current.set(screen);
        screen.shown();
    }

    /** True while the screen named {@code id} is shown. */
    public boolean showing(String id) {
        return current.get() != null && current.get().id().equals(id);
    }
}
