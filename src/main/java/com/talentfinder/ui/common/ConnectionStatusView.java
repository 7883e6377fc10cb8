package com.talentfinder.ui.common;

import com.talentfinder.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The status bar's lost-connection label: shown only while the team database does not answer. */
public final class ConnectionStatusView extends Label {

    public ConnectionStatusView(ConnectionStatusViewModel vm) {
        setId("connectionStatus");
        getStyleClass().addAll("connection-status", "danger");
        setGraphic(new FontIcon(MaterialDesignL.LAN_DISCONNECT));
        textProperty().bind(vm.textProperty());
        visibleProperty().bind(vm.awayProperty());
        managedProperty().bind(visibleProperty());
        setTooltip(new Tooltip(Messages.get("team.status.unreachable.tooltip")));
        setMinWidth(USE_PREF_SIZE);
    }
}
