package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.Badge;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter sidebar: rate range, minimum JSS, overlap with the user's working day, regions, countries, badges, a
 * must-have skill, "hide people already on a list" and the "not …" exclusions.
 */
public final class FilterView extends ScrollPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private final FilterViewModel vm;
    private boolean syncingCountries;

    public FilterView(FilterViewModel vm) {
        this.vm = vm;
        setId("filterPane");
        getStyleClass().add(StyleClasses.FILTER_PANE);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label heading = new Label(Messages.get("filters.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Hyperlink clear = new Hyperlink(Messages.get("filters.clear"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(e -> vm.clear());
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(createRate());
        box.getChildren().addAll(createJss());
        box.getChildren().addAll(RecruiterFilterControls.overlap(vm, subs));
        box.getChildren().addAll(createRegions());
        box.getChildren().addAll(createCountries());
        box.getChildren().addAll(createBadges());
        box.getChildren().addAll(createSkill());
        box.getChildren().add(RecruiterFilterControls.hideListed(vm, subs));
        box.getChildren().add(new ExclusionChips(vm, subs));
        box.getChildren().add(clear);
        box.getStyleClass().add(StyleClasses.FILTER_BOX);
        subs.bind(box.disableProperty(), vm.nothingLoaded());
        setContent(box);
    }

    static Label heading(String key, Node labelFor) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(StyleClasses.FILTER_HEADING);
        l.setLabelFor(labelFor);
        return l;
    }

    private Node[] createRate() {
        RangeSlider slider = new RangeSlider();
        slider.setId("rateRangeSlider");
        // RangeSlider adjusts its own min and max, so they cannot be bound: follow the model instead.
        Runnable bounds = () -> {
            double floor = vm.rateFloorProperty().get();
            double ceiling = vm.rateCeilingProperty().get();
            if (floor > slider.getMax()) {
                slider.setMax(ceiling);
                slider.setMin(floor);
            } else {
                slider.setMin(floor);
                slider.setMax(ceiling);
            }
        };
        bounds.run();
        subs.listen(vm.rateFloorProperty(), (o, was, now) -> bounds.run());
        subs.listen(vm.rateCeilingProperty(), (o, was, now) -> bounds.run());
        subs.bindBidirectional(slider.lowValueProperty(), vm.rateLowProperty());
        subs.bindBidirectional(slider.highValueProperty(), vm.rateHighProperty());
        slider.setAccessibleText(Messages.get("filters.rate"));
        subs.bind(slider.disableProperty(), Bindings.equal(vm.rateFloorProperty(), vm.rateCeilingProperty()));
        Label value = new Label();
        value.getStyleClass().add(Styles.TEXT_MUTED);
        subs.bind(value.textProperty(), Bindings.createStringBinding(
                () -> vm.rateFloorProperty().get() == vm.rateCeilingProperty().get()
                        ? Messages.get("filters.rate.any")
                        : Messages.format("filters.rate.value", Math.round(vm.rateLowProperty().get()),
                                Math.round(vm.rateHighProperty().get())),
                vm.rateLowProperty(), vm.rateHighProperty(), vm.rateFloorProperty(), vm.rateCeilingProperty()));
        slider.setFocusTraversable(true);
        slider.setTooltip(new javafx.scene.control.Tooltip(Messages.get("filters.rate.keys")));
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> moveWithKeys(slider, e));
        return new Node[] {heading("filters.rate", slider), slider, value, createRateFields()};
    }

    /** Arrows move the upper bound ("under $40"), Shift+arrows the lower; Ctrl moves by ten. */
    private static void moveWithKeys(RangeSlider slider, KeyEvent e) {
        int step = e.isShortcutDown() ? 10 : 1;
        int sign = switch (e.getCode()) {
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
            case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
            default -> 0;
        };
        if (sign == 0 || slider.isDisabled()) {
            return;
        }
        if (e.isShiftDown()) {
            slider.setLowValue(Math.max(slider.getMin(), Math.min(slider.getHighValue(),
                    Math.round(slider.getLowValue()) + sign * step)));
        } else {
            slider.setHighValue(Math.min(slider.getMax(), Math.max(slider.getLowValue(),
                    Math.round(slider.getHighValue()) + sign * step)));
        }
        e.consume();
    }

    /** "From $ [  ] to $ [  ]": typed bounds win over the slider's (empty turns a bound off). */
    private Node createRateFields() {
        TextField min = rateField("rateMinField", "filters.rate.min", vm.rateLowProperty(), vm::setMinRate);
        TextField max = rateField("rateMaxField", "filters.rate.max", vm.rateHighProperty(), vm::setMaxRate);
        Label to = new Label(Messages.get("filters.rate.to"));
        to.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(6, min, to, max);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(min, Priority.ALWAYS);
        HBox.setHgrow(max, Priority.ALWAYS);
        return row;
    }

    private TextField rateField(String id, String key, javafx.beans.property.DoubleProperty value,
                                       java.util.function.Consumer<Integer> commit) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setPromptText(Messages.get(key));
        field.setAccessibleText(Messages.get(key));
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                c -> c.getControlNewText().matches("\\$?\\d{0,5}") ? c : null));
        Runnable show = () -> field.setText(Long.toString(Math.round(value.get())));
        show.run();
        subs.listen(value, (o, was, now) -> {
            if (!field.isFocused()) {
                show.run();
            }
        });
        Runnable apply = () -> {
            String digits = field.getText().replace("$", "").strip();
            commit.accept(digits.isEmpty() ? null : Integer.valueOf(digits));
            show.run();
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        return field;
    }

    private Node[] createRegions() {
        CheckComboBox<Region> regions = new CheckComboBox<>(
                javafx.collections.FXCollections.observableArrayList(Region.values()));
        regions.setId("regionFilter");
        regions.setMaxWidth(Double.MAX_VALUE);
        regions.setAccessibleText(Messages.get("filters.regions"));
        subs.bind(regions.titleProperty(), Bindings.createStringBinding(() -> vm.selectedRegions().isEmpty()
                ? Messages.get("filters.regions.any")
                : vm.selectedRegions().stream().map(Region::label).collect(java.util.stream.Collectors.joining(", ")),
                vm.selectedRegions()));
        regions.getCheckModel().getCheckedItems().addListener((ListChangeListener<Region>) c -> {
            if (!vm.selectedRegions().equals(regions.getCheckModel().getCheckedItems())) {
                vm.selectedRegions().setAll(regions.getCheckModel().getCheckedItems());
            }
        });
        subs.listen(vm.selectedRegions(), (ListChangeListener<Region>) c -> {
            if (!vm.selectedRegions().equals(regions.getCheckModel().getCheckedItems())) {
                regions.getCheckModel().clearChecks();
                vm.selectedRegions().forEach(regions.getCheckModel()::check);
            }
        });
        return new Node[] {heading("filters.regions", regions), regions};
    }

    private Node[] createJss() {
        Slider slider = new Slider(0, 100, 0);
        slider.setId("minJssSlider");
        slider.setMajorTickUnit(10);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(10);
        slider.setAccessibleText(Messages.get("filters.jss"));
        slider.valueProperty().addListener((o, was, now) -> vm.minJssProperty().set((int) Math.round(now.doubleValue())));
        subs.listen(vm.minJssProperty(), (o, was, now) -> slider.setValue(now.doubleValue()));
        Label value = new Label();
        value.getStyleClass().add(Styles.TEXT_MUTED);
        subs.bind(value.textProperty(), Bindings.createStringBinding(() -> vm.minJssProperty().get() == 0
                ? Messages.get("filters.jss.any")
                : Messages.format("filters.jss.value", vm.minJssProperty().get()), vm.minJssProperty()));
        return new Node[] {heading("filters.jss", slider), slider, value};
    }

    private Node[] createCountries() {
        // The control keeps a strong listener on its items: it gets a copy of its own, so the view model's list
        // never holds the view.
        javafx.collections.ObservableList<String> shown = javafx.collections.FXCollections.observableArrayList(
                vm.countries());
        subs.listen(vm.countries(), (ListChangeListener<String>) c -> shown.setAll(vm.countries()));
        CheckComboBox<String> countries = new CheckComboBox<>(shown);
        countries.setId("countryFilter");
        subs.bind(countries.titleProperty(), Bindings.createStringBinding(() -> vm.selectedCountries().isEmpty()
                ? Messages.get("filters.countries.any")
                : String.join(", ", vm.selectedCountries()), vm.selectedCountries()));
        countries.setMaxWidth(Double.MAX_VALUE);
        countries.setAccessibleText(Messages.get("filters.countries"));
        countries.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncingCountries) {
                syncingCountries = true;
                vm.selectedCountries().setAll(countries.getCheckModel().getCheckedItems());
                syncingCountries = false;
            }
        });
        ListChangeListener<String> fromModel = c -> {
            if (syncingCountries) {
                return;
            }
            syncingCountries = true;
            countries.getCheckModel().clearChecks();
            vm.selectedCountries().forEach(countries.getCheckModel()::check);
            syncingCountries = false;
        };
        subs.listen(vm.selectedCountries(), fromModel);
        subs.listen(vm.countries(), fromModel);
        return new Node[] {heading("filters.countries", countries), countries};
    }

    private Node[] createBadges() {
        VBox boxes = new VBox(4);
        for (Badge b : Badge.values()) {
            CheckBox check = new CheckBox(BadgeLook.label(b));
            check.setId("badgeFilter-" + b.code());
            subs.bindBidirectional(check.selectedProperty(), vm.badgeProperty(b));
            check.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(BadgeLook.icon(b)));
            boxes.getChildren().add(check);
        }
        return new Node[] {heading("filters.badges", boxes), boxes};
    }

    private Node[] createSkill() {
        TextField skill = new TextField();
        skill.setId("skillFilter");
        skill.setPromptText(Messages.get("filters.skill.prompt"));
        subs.bindBidirectional(skill.textProperty(), vm.skillProperty());
        skill.setAccessibleText(Messages.get("filters.skill"));
        TextFields.bindAutoCompletion(skill, request -> vm.skillSuggestions(request.getUserText()));
        return new Node[] {heading("filters.skill", skill), skill};
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
