package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.RangeSlider;

/** The filter sidebar's rate controls: the range slider (with its keys), the range in words, and typed bounds. */
final class RateFilterControls {

    private RateFilterControls() {
    }

    static Node[] create(FilterViewModel vm, Subscriptions subs) {
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
        return new Node[] {FilterView.heading("filters.rate", slider), slider, value, createRateFields(vm, subs)};
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
    private static Node createRateFields(FilterViewModel vm, Subscriptions subs) {
        TextField min = rateField(subs, "rateMinField", "filters.rate.min", vm.rateLowProperty(), vm::setMinRate);
        TextField max = rateField(subs, "rateMaxField", "filters.rate.max", vm.rateHighProperty(), vm::setMaxRate);
        Label to = new Label(Messages.get("filters.rate.to"));
        to.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(6, min, to, max);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(min, Priority.ALWAYS);
        HBox.setHgrow(max, Priority.ALWAYS);
        return row;
    }

    private static TextField rateField(Subscriptions subs, String id, String key, javafx.beans.property.DoubleProperty value,
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
}
