package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;

/** The filter sidebar's recruiter controls: overlap with the user's working day, and "hide people already on a list". */
final class RecruiterFilterControls {

    private static final double HIDE_LISTED_WIDTH = 160;

    private RecruiterFilterControls() {
    }

    static Node[] overlap(FilterViewModel vm, Subscriptions subs) {
        Slider slider = new Slider(0, FilterViewModel.MAX_OVERLAP_HOURS, 0);
        slider.setId("minOverlapSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setAccessibleText(Messages.get("filters.overlap"));
        slider.setTooltip(new javafx.scene.control.Tooltip(Messages.get("filters.overlap.tooltip")));
        slider.valueProperty().addListener((o, was, now) ->
                vm.minOverlapHoursProperty().set((int) Math.round(now.doubleValue())));
        subs.listen(vm.minOverlapHoursProperty(), (o, was, now) -> slider.setValue(now.doubleValue()));
        slider.setValue(vm.minOverlapHoursProperty().get()); // the sidebar may be built after the filters were set
        Label value = new Label();
        value.getStyleClass().add(Styles.TEXT_MUTED);
        subs.bind(value.textProperty(), Bindings.createStringBinding(() -> vm.minOverlapHoursProperty().get() == 0
                ? Messages.get("filters.overlap.any")
                : Messages.format("filters.overlap.value", vm.minOverlapHoursProperty().get()),
                vm.minOverlapHoursProperty()));
        return new Node[] {FilterView.heading("filters.overlap", slider), slider, value};
    }

    static Node hideListed(FilterViewModel vm, Subscriptions subs) {
        CheckBox hide = new CheckBox(Messages.get("filters.hideListed"));
        hide.setId("hideListedFilter");
        hide.setWrapText(true);
        // Buttons keep their preferred width (KeepWhole): a set width lets the words wrap in the narrow sidebar.
        hide.setPrefWidth(HIDE_LISTED_WIDTH);
        subs.bindBidirectional(hide.selectedProperty(), vm.hideListedProperty());
        return hide;
    }
}
