package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The status bar's "Demo data" / "Live" chip; a refused key turns the live chip red ("Key rejected"). */
public final class ModeBadges extends HBox {

    public ModeBadges(SearchViewModel search) {
        super(8);
        Label demo = new Label(Messages.get("main.status.demo"), new FontIcon(MaterialDesignF.FLASK_OUTLINE));
        demo.setId("demoBadge");
        demo.getStyleClass().addAll(StyleClasses.MODE_BADGE, StyleClasses.DEMO_BADGE);
        demo.visibleProperty().bind(search.showingDemoDataProperty().or(search.demoModeProperty()));
        demo.managedProperty().bind(demo.visibleProperty());
        Label live = new Label();
        live.setId("liveBadge");
        live.getStyleClass().addAll(StyleClasses.MODE_BADGE, StyleClasses.LIVE_BADGE);
        live.textProperty().bind(Bindings.when(search.keyRejectedProperty())
                .then(Messages.get("main.status.keyRejected")).otherwise(Messages.get("main.status.live")));
        search.keyRejectedProperty().addListener((o, was, now) -> live.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("rejected"), now));
        live.visibleProperty().bind(demo.visibleProperty().not());
        live.managedProperty().bind(live.visibleProperty());
        setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(demo, live);
    }
}
