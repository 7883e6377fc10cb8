package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.Subscriptions;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The panes shown instead of the table: before the first search, and when a search matched nobody. */
final class StateViews {

    private StateViews() {
    }

    /** What the app does; in demo mode also that the data is a demo and how to add a key. */
    static VBox firstRun(SearchViewModel vm, Runnable openSettings, Subscriptions subs) {
        Label title = text(Messages.get("search.firstRun.title"), StyleClasses.STATE_TITLE);
        Label howTo = text(Messages.get("search.firstRun.text"), StyleClasses.STATE_TEXT);
        Label demo = text(Messages.get("search.firstRun.demo"), StyleClasses.STATE_TEXT);
        demo.setId("firstRunDemoText");
        Button addKey = new Button(Messages.get("search.firstRun.addKey"), new FontIcon(MaterialDesignK.KEY_VARIANT));
        addKey.setId("addApiKeyButton");
        addKey.getStyleClass().add(Styles.ACCENT);
        addKey.setOnAction(e -> openSettings.run());
        for (Node n : new Node[] {demo, addKey}) {
            subs.bind(n.visibleProperty(), vm.demoModeProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox pane = pane(new FontIcon(MaterialDesignA.ACCOUNT_SEARCH_OUTLINE), title, howTo, demo, addKey);
        pane.setId("firstRunState");
        return pane;
    }

    /** "No freelancers match 'xyz'. Try a broader keyword…" */
    static VBox empty(SearchViewModel vm, Subscriptions subs) {
        Label title = text("", StyleClasses.STATE_TITLE);
        subs.bind(title.textProperty(), vm.emptyMessageProperty());
        Label hint = text(Messages.get("search.empty.hint"), StyleClasses.STATE_TEXT);
        VBox pane = pane(new FontIcon(MaterialDesignM.MAGNIFY_CLOSE), title, hint);
        pane.setId("emptyState");
        return pane;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(520);
        return l;
    }

    private static VBox pane(FontIcon icon, Node... content) {
        icon.getStyleClass().add(StyleClasses.STATE_ICON);
        VBox box = new VBox(12, icon);
        box.getChildren().addAll(content);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(StyleClasses.STATE_PANE);
        return box;
    }
}
