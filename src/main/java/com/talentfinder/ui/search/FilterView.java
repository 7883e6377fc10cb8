package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.Badge;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.Subscriptions;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
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
    private boolean closed;
    private boolean fresh;
    private final Runnable afterLayout = this::buildIfLaidOut;

    public FilterView(FilterViewModel vm) {
        this.vm = vm;
        setId("filterPane");
        getStyleClass().add(StyleClasses.FILTER_PANE);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // The controls (ControlsFX's among them) are built when the sidebar is first shown in a showing window. At
        // start that is decided by the first layout of the window (the sidebar folds away on narrow screens): the
        // check runs after that layout and styles and lays out what it built before the frame is drawn, so a
        // window that opens without the sidebar pays nothing for it, and one that opens with it shows no jump
        // (issue 13, the first frame).
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null && (getContent() == null || fresh)) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        visibleProperty().addListener(o -> {
            if (isVisible() && getScene() != null && getScene().getWindow() != null
                    && getScene().getWindow().isShowing()) {
                build();
            }
        });
    }

    private void build() {
        if (!closed && getContent() == null) {
            setContent(createContent());
            fresh = true;
            Platform.requestNextPulse();
        }
    }

    /** After a layout pass: builds the sidebar if that layout shows it, then styles and lays out what is new. */
    private void buildIfLaidOut() {
        javafx.scene.Scene scene = getScene();
        if (scene == null || !isVisible()) {
            return;
        }
        build();
        if (fresh) {
            fresh = false;
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.removePostLayoutPulseListener(afterLayout);
        }
    }

    /** Whether the sidebar's controls exist yet (they are built when it is first shown). */
    public boolean contentBuilt() {
        return getContent() != null;
    }

    private Node createContent() {
        Label heading = new Label(Messages.get("filters.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Hyperlink clear = new Hyperlink(Messages.get("filters.clear"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(e -> vm.clear());
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(RateFilterControls.create(vm, subs));
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
        return box;
    }

    static Label heading(String key, Node labelFor) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(StyleClasses.FILTER_HEADING);
        l.setLabelFor(labelFor);
        return l;
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
        Runnable fromModel = () -> {
            if (!vm.selectedRegions().equals(regions.getCheckModel().getCheckedItems())) {
                regions.getCheckModel().clearChecks();
                vm.selectedRegions().forEach(regions.getCheckModel()::check);
            }
        };
        subs.listen(vm.selectedRegions(), (ListChangeListener<Region>) c -> fromModel.run());
        fromModel.run(); // built on first show: the regions already chosen (a saved search, the restored state)
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
        slider.setValue(vm.minJssProperty().get());
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
        fromModel.onChanged(null); // the countries already chosen when the sidebar is built
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
        closed = true;
        subs.close();
    }
}
