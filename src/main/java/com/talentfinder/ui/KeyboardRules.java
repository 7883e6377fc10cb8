package com.talentfinder.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that must not surprise: in the main window, Enter never presses the focused button (JavaFX presses it
 * on Linux and macOS, so Enter after tabbing past "Export" started an export). Space presses it, as everywhere;
 * Enter still runs a text field's action (search, jump to page) and a dialog's default button.
 */
final class KeyboardRules {

    private KeyboardRules() {
    }

    static void install(Node root) {
        root.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getEventType() != KeyEvent.KEY_TYPED
                    && e.getTarget() instanceof ButtonBase button && !(button instanceof MenuButton)
                    && !(button instanceof Button b && b.isDefaultButton())) {
                e.consume();
            }
        });
    }
}
