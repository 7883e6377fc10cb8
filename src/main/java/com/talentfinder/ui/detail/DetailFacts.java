package com.talentfinder.ui.detail;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The detail pane's facts: the location line, then rate, JSS, earnings, hours, jobs and identity as tiles. */
final class DetailFacts {

    private DetailFacts() {
    }

    /** The location on its own line, then the figures as tiles that wrap when the pane is narrow. */
    static Node create(DetailViewModel vm, Subscriptions subs) {
        Label locationKey = new Label(Messages.get("detail.label.location"), DetailView.icon(MaterialDesignM.MAP_MARKER));
        locationKey.getStyleClass().add("detail-fact-key");
        locationKey.setMinWidth(Region.USE_PREF_SIZE);
        Label location = new Label();
        location.getStyleClass().add("detail-fact-value");
        location.setWrapText(true);
        subs.bind(location.textProperty(), vm.locationProperty());
        locationKey.setLabelFor(location);
        HBox locationRow = new HBox(10, locationKey, location);
        locationRow.setAlignment(Pos.CENTER_LEFT);

        Label verified = new Label();
        verified.getStyleClass().add("detail-verified");
        subs.bind(verified.textProperty(), vm.verifiedTextProperty());
        verified.setGraphic(DetailView.icon(MaterialDesignS.SHIELD_CHECK));
        verified.setMinWidth(Region.USE_PREF_SIZE);
        subs.listen(vm.verifiedProperty(), (o, was, now) -> markVerified(verified, now));
        markVerified(verified, vm.verifiedProperty().get());

        FlowPane tiles = new FlowPane(24, 10,
                tile(subs, "detail.label.rate", MaterialDesignC.CASH, vm.rateProperty()),
                tile(subs, "detail.label.jss", MaterialDesignC.CHART_LINE, vm.jobSuccessProperty()),
                tile(subs, "detail.label.earnings", MaterialDesignT.TROPHY, vm.earningsProperty()),
                tile(subs, "detail.label.hours", MaterialDesignC.CLOCK_OUTLINE, vm.hoursProperty()),
                tile(subs, "detail.label.jobs", MaterialDesignB.BRIEFCASE, vm.jobsProperty()),
                verified);
        tiles.setAlignment(Pos.BOTTOM_LEFT);
        tiles.getStyleClass().add("detail-tiles");
        VBox facts = new VBox(12, locationRow, tiles);
        facts.getStyleClass().add("detail-facts");
        return facts;
    }

    private static void markVerified(Label label, boolean verified) {
        label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("verified"), verified);
    }

    private static Node tile(Subscriptions subs, String key, Ikon ikon, ObservableValue<String> value) {
        Label name = new Label(Messages.get(key), DetailView.icon(ikon));
        name.getStyleClass().add("detail-fact-key");
        Label shown = new Label();
        shown.getStyleClass().add("detail-fact-value");
        subs.bind(shown.textProperty(), value);
        name.setLabelFor(shown);
        VBox tile = new VBox(2, name, shown);
        tile.getStyleClass().add("detail-tile");
        tile.setMinWidth(Region.USE_PREF_SIZE);
        return tile;
    }
}
