package com.talentfinder.ui.settings;

import com.talentfinder.domain.Plan;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.settings.SettingsViewModel.TestOutcome;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The Settings form (root id {@code #settingsPane}), bound to a {@link SettingsViewModel}. Enter saves,
 * Escape cancels; every field has a mnemonic (Alt+letter). {@code close} is run after Save succeeded or
 * after Cancel.
 */
public final class SettingsView extends VBox {

    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");
    private static final Insets FIELD_MARGIN = new Insets(10, 0, 0, 0);
    private static final Insets NOTE_MARGIN = new Insets(4, 0, 0, 0);

    private final SettingsViewModel vm;
    private final Runnable close;
    private GridPane form = new GridPane();
    /** Kept so the bidirectional binding of the spinner (weakly referenced) lives as long as the view. */
    private final ObjectProperty<Integer> ttlHours;
    private int row;

    public SettingsView(SettingsViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
        this.ttlHours = vm.cacheTtlHoursProperty().asObject();
        setId("settingsPane");
        getStyleClass().add("settings-pane");
        getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());

        form.getStyleClass().add("settings-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut a label: the form scrolls instead
        ColumnConstraints fields = new ColumnConstraints(560);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, fields, buttons);
        createKeyRows();
        createPlanRows();
        createThemeRow();
        createTtlRows();
        getChildren().addAll(SectionGrid.scroll(new VBox(16, form, WorkingHoursView.create(vm.workingHours()),
                TeamDatabaseView.create(vm.team()), createAdvanced())), SettingsButtons.create(vm, close));
    }

    private void createKeyRows() {
        PasswordField masked = new PasswordField();
        masked.setId("apiKeyField");
        TextField plain = new TextField();
        plain.setId("apiKeyPlainField");
        for (TextField f : new TextField[] {masked, plain}) {
            f.textProperty().bindBidirectional(vm.apiKeyProperty());
            f.setPromptText(Messages.get("settings.apiKey.prompt"));
        }
        masked.visibleProperty().bind(vm.keyVisibleProperty().not());
        plain.visibleProperty().bind(vm.keyVisibleProperty());
        StackPane keyFields = new StackPane(masked, plain);

        ToggleButton show = new ToggleButton(null, new FontIcon(MaterialDesignE.EYE));
        show.setId("showKeyButton");
        show.getStyleClass().add("settings-icon-button");
        show.selectedProperty().bindBidirectional(vm.keyVisibleProperty());
        show.graphicProperty().bind(Bindings.when(vm.keyVisibleProperty())
                .then((Node) new FontIcon(MaterialDesignE.EYE_OFF)).otherwise(new FontIcon(MaterialDesignE.EYE)));
        Tooltip showTip = new Tooltip();
        showTip.textProperty().bind(Bindings.when(vm.keyVisibleProperty())
                .then(Messages.get("settings.apiKey.hide")).otherwise(Messages.get("settings.apiKey.show")));
        show.setTooltip(showTip);
        show.accessibleTextProperty().bind(showTip.textProperty());
        HBox keyBox = new HBox(4, keyFields, show);
        HBox.setHgrow(keyFields, Priority.ALWAYS);
        keyBox.setAlignment(Pos.CENTER_LEFT);

        Button test = new Button(Messages.get("settings.test"));
        test.setId("testKeyButton");
        test.setTooltip(new Tooltip(Messages.get("settings.test.tooltip")));
        test.disableProperty().bind(vm.testOutcomeProperty().isEqualTo(TestOutcome.RUNNING));
        test.setOnAction(e -> vm.testKey());

        Label label = fieldLabel("settings.apiKey", masked);
        vm.keyVisibleProperty().addListener((o, was, now) -> label.setLabelFor(now ? plain : masked));
        addRow(label, keyBox, test);
        addNote(vm.keyNoteProperty(), "settingsKeyNote");
        javafx.scene.control.Hyperlink where = new javafx.scene.control.Hyperlink(Messages.get("settings.apiKey.where"));
        where.setId("getKeyLink");
        where.setOnAction(e -> vm.openKeyPage());
        GridPane.setMargin(where, NOTE_MARGIN);
        form.add(where, 1, row++, 2, 1);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.testOutcomeProperty().isEqualTo(TestOutcome.RUNNING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("testResult");
        result.getStyleClass().add("settings-test-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.testMessageProperty());
        vm.testOutcomeProperty().addListener((o, was, now) -> {
            result.pseudoClassStateChanged(SUCCESS, now == TestOutcome.SUCCESS);
            result.pseudoClassStateChanged(FAILURE, now == TestOutcome.FAILURE);
        });
        HBox resultBox = new HBox(6, spinner, result);
        resultBox.setAlignment(Pos.CENTER_LEFT);
        resultBox.visibleProperty().bind(vm.testMessageProperty().isNotEmpty());
        resultBox.managedProperty().bind(resultBox.visibleProperty());
        GridPane.setMargin(resultBox, NOTE_MARGIN);
        form.add(resultBox, 1, row++, 2, 1);
    }

    /**
     * "Advanced": the API URL, which few users need to see (its long id means nothing to them). Open when the URL
     * is not the default one or comes from the environment.
     */
    private Node createAdvanced() {
        GridPane main = form;
        int mainRow = row;
        GridPane advanced = new GridPane();
        advanced.getStyleClass().add("settings-form");
        advanced.getColumnConstraints().addAll(main.getColumnConstraints());
        form = advanced;
        row = 0;
        createUrlRows();
        form = main;
        row = mainRow;
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(Messages.get("settings.advanced"), advanced);
        pane.setId("advancedSettings");
        pane.setExpanded(vm.apiUrlFromEnvironmentProperty().get() || !vm.apiUrlErrorProperty().get().isEmpty()
                || !com.talentfinder.api.ApiEndpoint.DEFAULT_BASE_URL.equals(vm.apiUrlProperty().get()));
        pane.setAnimated(false);
        return pane;
    }

    private void createUrlRows() {
        TextField url = new TextField();
        url.setId("apiUrlField");
        url.textProperty().bindBidirectional(vm.apiUrlProperty());
        url.disableProperty().bind(vm.apiUrlFromEnvironmentProperty());
        Button reset = new Button(Messages.get("settings.apiUrl.reset"));
        reset.setId("resetApiUrlButton");
        reset.disableProperty().bind(vm.apiUrlFromEnvironmentProperty());
        reset.setOnAction(e -> vm.resetApiUrl());
        addRow(fieldLabel("settings.apiUrl", url), url, reset);
        Label error = addNote(vm.apiUrlErrorProperty(), "apiUrlError");
        error.pseudoClassStateChanged(FAILURE, true);
        addNote(Bindings.when(vm.apiUrlFromEnvironmentProperty())
                .then(Messages.get("settings.apiUrl.fromEnvironment")).otherwise(""), "apiUrlNote");
    }

    private void createPlanRows() {
        ComboBox<Plan> plan = new ComboBox<>();
        plan.setId("planChoice");
        plan.getItems().setAll(Plan.values());
        plan.setConverter(new StringConverter<>() {
            @Override
            public String toString(Plan p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Plan fromString(String s) {
                return Plan.parse(s);
            }
        });
        plan.valueProperty().bindBidirectional(vm.plan().choiceProperty());
        plan.disableProperty().bind(vm.plan().fromEnvironmentProperty());
        addRow(fieldLabel("settings.plan", plan), plan, null);
        addNote(vm.plan().descriptionProperty(), "planDescription");
        addNote(vm.plan().noteProperty(), "planNote");
    }

    private void createThemeRow() {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton(Messages.get("settings.theme.light"));
        light.setId("themeLight");
        light.setUserData("light");
        RadioButton dark = new RadioButton(Messages.get("settings.theme.dark"));
        dark.setId("themeDark");
        dark.setUserData("dark");
        light.setToggleGroup(group);
        dark.setToggleGroup(group);
        Runnable fromVm = () -> group.selectToggle("dark".equals(vm.themeProperty().get()) ? dark : light);
        fromVm.run();
        vm.themeProperty().addListener((o, was, now) -> fromVm.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.themeProperty().set((String) now.getUserData());
            }
        });
        HBox choices = new HBox(16, light, dark);
        choices.setAlignment(Pos.CENTER_LEFT);
        addRow(fieldLabel("settings.theme", light), choices, null);
    }

    private void createTtlRows() {
        Spinner<Integer> ttl = new Spinner<>();
        ttl.setId("cacheTtlSpinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SettingsViewModel.MIN_TTL_HOURS, SettingsViewModel.MAX_TTL_HOURS, ttlHours.get());
        ttl.setValueFactory(values);
        ttl.setEditable(true);
        ttl.setPrefWidth(110);
        values.valueProperty().bindBidirectional(ttlHours);
        // Commit typed hours at once, so Enter (which saves) never loses them.
        ttl.getEditor().textProperty().addListener((o, was, now) -> {
            try {
                int hours = Integer.parseInt(now.strip());
                if (hours >= SettingsViewModel.MIN_TTL_HOURS && hours <= SettingsViewModel.MAX_TTL_HOURS) {
                    ttlHours.set(hours);
                }
            } catch (NumberFormatException e) {
                // Half-typed: keep the last valid value; the spinner puts it back when focus leaves.
            }
        });
        ClearCacheViewModel cache = vm.clearCache();
        Button clear = new Button(Messages.get("settings.cache.clear"));
        clear.setId("clearCacheButton");
        clear.setTooltip(new Tooltip(Messages.get("settings.cache.clear.tooltip")));
        clear.disableProperty().bind(cache.runningProperty());
        clear.setOnAction(e -> cache.clear());
        HBox ttlBox = new HBox(12, ttl, clear);
        ttlBox.setAlignment(Pos.CENTER_LEFT);
        addRow(fieldLabel("settings.cacheTtl", ttl), ttlBox, null);
        Label error = addNote(vm.cacheTtlErrorProperty(), "cacheTtlError");
        error.pseudoClassStateChanged(FAILURE, true);
        addNote(cache.messageProperty(), "clearCacheResult");
    }

    private Label fieldLabel(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("settings-label");
        return label;
    }

    private void addRow(Label label, Node field, Node extra) {
        // The grid has no vgap (hidden note rows would still take one): field rows carry their own.
        for (Node n : new Node[] {label, field, extra}) {
            if (n != null) {
                GridPane.setMargin(n, FIELD_MARGIN);
            }
        }
        form.add(label, 0, row);
        form.add(field, 1, row);
        if (extra != null) {
            form.add(extra, 2, row);
        }
        row++;
    }

    private Label addNote(ObservableStringValue textValue, String id) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add("settings-note");
        note.setWrapText(true);
        note.textProperty().bind(textValue);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        GridPane.setMargin(note, NOTE_MARGIN);
        form.add(note, 1, row++, 2, 1);
        return note;
    }
}
