package com.talentfinder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;

/** The app's look: the AtlantaFX theme and the app-wide stylesheet on top of it. */
public final class Themes {

    /** The app-wide stylesheet; add it to every Scene and dialog pane so popups get it too. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Themes.class.getResource("app.css")).toExternalForm();

    private Themes() {
    }

    /** Switches the whole application between {@code "light"} (Primer Light) and {@code "dark"} (Primer Dark). */
    public static void apply(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
