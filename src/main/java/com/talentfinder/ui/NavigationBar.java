package com.talentfinder.ui;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.common.LazyTooltip;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One pill toggle per registered screen ("Search | Shortlists | …"), following the main view model. */
final class NavigationBar extends HBox {

    private final ToggleGroup group = new ToggleGroup();

    NavigationBar(MainViewModel model) {
        setAlignment(Pos.CENTER);
        List<Screen> screens = model.screens();
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            ToggleButton b = new ToggleButton(Messages.get(screen.titleKey()), new FontIcon(screen.icon()));
            b.setId(Screen.toggleId(screen.id()));
            LazyTooltip.install(b, Messages.get(screen.tooltipKey()));
            b.setUserData(screen);
            if (screens.size() > 1) {
                b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == screens.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            b.setToggleGroup(group);
            b.setOnAction(e -> model.show(screen));
            screen.decorateToggle(b, () -> model.show(screen));
            getChildren().add(b);
        }
        select(model.current());
        model.currentProperty().addListener((o, was, now) -> select(now));
        // One toggle is always selected: clicking the selected one keeps it so; arrow keys move the selection
        // between the toggles without an action, so follow the selection too.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            } else if (now != null) {
                model.show((Screen) now.getUserData());
            }
        });
    }

    private void select(Screen screen) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == screen) {
                t.setSelected(true);
            }
        }
    }
}
