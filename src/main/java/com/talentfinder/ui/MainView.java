package com.talentfinder.ui;

import atlantafx.base.controls.Spacer;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's frame: the menu and one toggle per registered screen on top, the current screen in the
 * centre, a status bar below. Screens are built the first time they are shown (start-up pays only for the
 * first) and kept until {@link #drop(Screen) dropped}. Knows no feature: everything comes from the
 * {@link ScreenRegistry} through the {@link MainViewModel}.
 */
public final class MainView extends BorderPane {

    /** The app-wide stylesheet (kept here for the callers that know the window). */
    public static final String STYLESHEET = Themes.STYLESHEET;

    private final MainViewModel model;
    private final MainMenu menu;
    private final HBox statusRight = new HBox(12);
    private final Map<Screen, Node> built = new HashMap<>();

    /**
     * @param statusLeft what the status bar shows on its left (the demo/live chip)
     */
    public MainView(MainViewModel model, Runnable openSettings, Node statusLeft) {
        this.model = model;
        getStyleClass().add(StyleClasses.MAIN_VIEW);
        menu = new MainMenu(this, this::focusFind, openSettings);
        HBox.setHgrow(menu.bar(), Priority.ALWAYS);
        HBox navBar = new HBox(8, menu.bar(), new NavigationBar(model));
        navBar.setAlignment(Pos.CENTER_LEFT);
        navBar.getStyleClass().add(StyleClasses.NAV_BAR);
        setTop(navBar);
        setBottom(createStatusBar(statusLeft));
        showCurrent();
        model.currentProperty().addListener((o, was, now) -> showCurrent());

        KeyboardRules.install(this);
        KeepWhole.buttonsUnder(navBar);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.FIND.combination().match(e)) {
                focusFind();
                e.consume();
                return;
            }
            for (Screen s : model.screens()) {
                if (s.shortcut().combination() != null && s.shortcut().combination().match(e)) {
                    model.show(s);
                    e.consume();
                    return;
                }
            }
        });
    }

    private void showCurrent() {
        Screen screen = model.current();
        Node node = built.computeIfAbsent(screen, Screen::create);
        if (getCenter() != node) {
            setCenter(node);
        }
    }

    /** Shows the screen named {@code id} (as its toggle or shortcut would). */
    public void show(String id) {
        model.show(id);
    }

    /** True while the screen named {@code id} is shown. */
    public boolean showing(String id) {
        return model.showing(id);
    }

    /** The node of a screen if it was built and not dropped since. */
    public Node builtView(Screen screen) {
        return built.get(screen);
    }

    /**
     * Drops a screen's view: the screen releases what it held, and the next show builds it anew (the current
     * screen is rebuilt at once).
     */
    public void drop(Screen screen) {
        Node node = built.remove(screen);
        if (node == null) {
            return;
        }
        if (getCenter() == node) {
            setCenter(null);
        }
        screen.dispose();
        if (model.current() == screen) {
            showCurrent();
        }
    }

    /** Ctrl+F: the screen's own find field (the search field on the search screen). */
    public void focusFind() {
        Screen screen = model.current();
        if (screen.focusFind()) {
            return;
        }
        Node view = built.get(screen);
        Node find = view == null ? null : view.lookup("." + StyleClasses.SCREEN_FIND);
        if (find != null) {
            find.requestFocus();
            if (find instanceof TextInputControl text) {
                text.selectAll();
            }
        }
    }

    /** Puts the caret in the current screen's find field (done once the window shows). */
    public void focusSearchField() {
        focusFind();
    }

    /** The right side of the status bar, for figures such as the credit meter. */
    public HBox statusBarRight() {
        return statusRight;
    }

    /** The Help menu's commands, supplied by the composition root (About with licences, data folder, diagnostics). */
    public void setHelpActions(Runnable about, Runnable openDataFolder, Runnable copyDiagnostics) {
        menu.setHelpActions(about, openDataFolder, copyDiagnostics);
    }

    public MainViewModel viewModel() {
        return model;
    }

    private Node createStatusBar(Node statusLeft) {
        statusRight.setId("statusBarRight");
        statusRight.setAlignment(Pos.CENTER_RIGHT);
        statusRight.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, statusLeft, new Spacer(), statusRight);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }
}
