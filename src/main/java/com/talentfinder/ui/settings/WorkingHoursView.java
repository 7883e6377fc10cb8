package com.talentfinder.ui.settings;

import com.talentfinder.ui.Messages;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The "Working hours" section of Settings, bound to a {@link WorkingHoursSection}. */
final class WorkingHoursView {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private WorkingHoursView() {
    }

    static TitledPane create(WorkingHoursSection vm) {
        SectionGrid grid = new SectionGrid();
        ComboBox<LocalTime> start = timeChoice("workStartChoice");
        start.valueProperty().bindBidirectional(vm.startProperty());
        ComboBox<LocalTime> end = timeChoice("workEndChoice");
        end.valueProperty().bindBidirectional(vm.endProperty());
        HBox times = new HBox(8, start, new Label("–"), end);
        times.setAlignment(Pos.CENTER_LEFT);
        grid.row("settings.hours.time", times, null);
        start.setAccessibleText(Messages.get("settings.hours.start"));
        end.setAccessibleText(Messages.get("settings.hours.end"));

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("workZoneChoice");
        zone.setEditable(true);
        zone.getItems().setAll(WorkingHoursSection.ZONES);
        zone.setPrefWidth(260);
        zone.setVisibleRowCount(12);
        zone.valueProperty().bindBidirectional(vm.zoneProperty());
        // A typed id counts at once, so Enter (which saves) never loses it.
        zone.getEditor().textProperty().addListener((o, was, now) -> {
            if (zone.isFocused() || zone.getEditor().isFocused()) {
                vm.zoneProperty().set(now);
            }
        });
        grid.row("settings.hours.zone", zone, null);
        grid.note(vm.errorProperty(), "workingHoursError", true);
        grid.note(new SimpleStringProperty(Messages.get("settings.hours.note")), "workingHoursNote", false);
        return grid.pane("settings.hours", "workingHoursSettings");
    }

    private static ComboBox<LocalTime> timeChoice(String id) {
        ComboBox<LocalTime> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(WorkingHoursSection.TIMES);
        box.setVisibleRowCount(10);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalTime t) {
                return t == null ? "" : HH_MM.format(t);
            }

            @Override
            public LocalTime fromString(String s) {
                return s == null || s.isBlank() ? null : LocalTime.parse(s.strip(), HH_MM);
            }
        });
        return box;
    }
}
