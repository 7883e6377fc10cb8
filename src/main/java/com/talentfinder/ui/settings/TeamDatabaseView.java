package com.talentfinder.ui.settings;

import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import com.talentfinder.ui.Messages;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The "Team database" section of Settings (with "Your name"), bound to a {@link TeamDatabaseSection}. */
final class TeamDatabaseView {

    private TeamDatabaseView() {
    }

    static TitledPane create(TeamDatabaseSection vm) {
        SectionGrid grid = new SectionGrid();
        grid.note(vm.noteProperty(), "teamNote", false);
        TextField host = field("teamHostField", vm, "settings.team.host.prompt");
        host.textProperty().bindBidirectional(vm.hostProperty());
        TextField port = field("teamPortField", vm, null);
        port.textProperty().bindBidirectional(vm.portProperty());
        port.setPrefColumnCount(6);
        Label portLabel = new Label(Messages.get("settings.team.port"));
        portLabel.setMnemonicParsing(true);
        portLabel.setLabelFor(port);
        HBox hostBox = new HBox(8, host, portLabel, port);
        HBox.setHgrow(host, javafx.scene.layout.Priority.ALWAYS);
        hostBox.setAlignment(Pos.CENTER_LEFT);
        grid.row("settings.team.host", hostBox, null);
        TextField database = field("teamDatabaseField", vm, null);
        database.textProperty().bindBidirectional(vm.databaseProperty());
        grid.row("settings.team.database", database, null);
        TextField user = field("teamUserField", vm, null);
        user.textProperty().bindBidirectional(vm.userProperty());
        grid.row("settings.team.user", user, null);
        PasswordField password = new PasswordField();
        password.setId("teamPasswordField");
        password.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.fromEnvironmentProperty())
                .then("").otherwise(Messages.get("settings.team.password.prompt")));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.disableProperty().bind(vm.fromEnvironmentProperty());
        grid.row("settings.team.password", password, null);

        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("teamTlsChoice");
        tls.getItems().setAll(TlsMode.values());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(TlsMode m) {
                return m == null ? "" : Messages.get(switch (m) {
                    case DISABLE -> "settings.team.tls.disable";
                    case PREFER -> "settings.team.tls.prefer";
                    case REQUIRE -> "settings.team.tls.require";
                    case VERIFY_FULL -> "settings.team.tls.verify-full";
                });
            }

            @Override
            public TlsMode fromString(String s) {
                return TlsMode.parse(s).orElse(null);
            }
        });
        tls.valueProperty().bindBidirectional(vm.tlsProperty());
        tls.disableProperty().bind(vm.fromEnvironmentProperty());
        Button test = new Button(Messages.get("settings.team.test"));
        test.setId("teamTestButton");
        test.disableProperty().bind(vm.testingProperty().or(vm.fromEnvironmentProperty()));
        test.setOnAction(e -> vm.testConnection());
        grid.row("settings.team.tls", tls, test);
        grid.note(vm.errorProperty(), "teamError", true);
        HBox testResult = busyNote(vm.testMessageProperty(), vm.testingProperty(), "teamTestResult");
        vm.testFailedProperty().addListener((o, was, now) ->
                testResult.getChildren().get(1).pseudoClassStateChanged(SectionGrid.FAILURE, now));
        grid.wide(testResult);

        Button copy = new Button(Messages.get("settings.team.copy"));
        copy.setId("teamCopyButton");
        copy.setTooltip(new Tooltip(Messages.get("settings.team.copy.tooltip")));
        copy.disableProperty().bind(vm.copyingProperty().or(vm.inForceProperty().not()));
        copy.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("settings.team.copy.confirm"),
                    ButtonType.OK, ButtonType.CANCEL);
            ask.setHeaderText(null);
            ask.setTitle(Messages.get("settings.team.copy"));
            ask.initOwner(copy.getScene().getWindow());
            Optional<ButtonType> answer = ask.showAndWait();
            if (answer.orElse(ButtonType.CANCEL) == ButtonType.OK) {
                vm.copyToTeam();
            }
        });
        Button cancelCopy = new Button(Messages.get("settings.team.copy.cancel"));
        cancelCopy.setId("teamCopyCancelButton");
        cancelCopy.visibleProperty().bind(vm.copyingProperty());
        cancelCopy.managedProperty().bind(cancelCopy.visibleProperty());
        cancelCopy.setOnAction(e -> vm.copy().cancel());
        ProgressBar copied = new ProgressBar();
        copied.setId("teamCopyProgress");
        copied.progressProperty().bind(vm.copy().progressProperty());
        copied.visibleProperty().bind(vm.copyingProperty());
        copied.managedProperty().bind(copied.visibleProperty());
        grid.wide(new HBox(8, copy, copied, cancelCopy));
        grid.wide(busyNote(vm.copyMessageProperty(), vm.copyingProperty(), "teamCopyResult"));

        TextField name = new TextField();
        name.setId("memberNameField");
        name.textProperty().bindBidirectional(vm.memberNameProperty());
        name.disableProperty().bind(vm.memberFromEnvironmentProperty());
        name.setTooltip(new Tooltip(Messages.get("settings.member.tooltip")));
        grid.row("settings.member", name, null);
        grid.note(new SimpleStringProperty(vm.memberNote()), "memberNote", false);

        javafx.scene.control.CheckBox sharedKey = new javafx.scene.control.CheckBox(
                Messages.get("settings.team.sharedKey"));
        sharedKey.setId("teamSharedKeyBox");
        sharedKey.selectedProperty().bindBidirectional(vm.teamKey().sharedProperty());
        sharedKey.disableProperty().bind(vm.teamKey().fromEnvironmentProperty());
        grid.wide(sharedKey);
        grid.note(vm.teamKey().noteProperty(), "teamSharedKeyNote", false);
        return grid.pane("settings.team", "teamDatabaseSettings");
    }

    private static TextField field(String id, TeamDatabaseSection vm, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        if (promptKey != null) {
            // No "empty means…" hint on a field the environment overrides.
            f.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.fromEnvironmentProperty()).then("")
                    .otherwise(Messages.get(promptKey)));
        }
        f.disableProperty().bind(vm.fromEnvironmentProperty());
        return f;
    }

    private static HBox busyNote(javafx.beans.value.ObservableStringValue text,
                                 javafx.beans.value.ObservableBooleanValue busy, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("settings-note");
        label.setWrapText(true);
        label.textProperty().bind(text);
        HBox box = new HBox(6, spinner, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(label.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
