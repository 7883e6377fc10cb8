package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.Subscriptions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The "Exclude" part of the filter sidebar: what to exclude (country or region, skill, word), a field with
 * suggestions from what is loaded, and the "not …" chips in force. A chip goes by a click, or by Delete, Backspace
 * or Enter while it has the focus (the focus then moves to the next chip, or back to the field).
 */
final class ExclusionChips extends VBox {

    /** What the user picks in the chooser: a place is a country or a region preset. */
    enum Choice { PLACE, SKILL, WORD }

    private static final int SUGGESTIONS = 10;

    private final FilterViewModel vm;
    private final FlowPane chips = new FlowPane(6, 6);
    private final ChoiceBox<Choice> kind = new ChoiceBox<>(FXCollections.observableArrayList(Choice.values()));
    private final TextField field = new TextField();

    ExclusionChips(FilterViewModel vm, Subscriptions subs) {
        super(6);
        this.vm = vm;
        setId("exclusionBox");
        getStylesheets().add(ExclusionChips.class.getResource("search.css").toExternalForm());
        Label heading = new Label(Messages.get("filters.exclude"));
        heading.getStyleClass().add(StyleClasses.FILTER_HEADING);
        heading.setLabelFor(field);

        kind.setId("exclusionKind");
        kind.setAccessibleText(Messages.get("filters.exclude.kind"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : Messages.get(switch (c) {
                    case PLACE -> "filters.exclude.kind.place";
                    case SKILL -> "filters.exclude.kind.skill";
                    case WORD -> "filters.exclude.kind.word";
                });
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        kind.setValue(Choice.PLACE);
        kind.setMaxWidth(Double.MAX_VALUE);
        // The sidebar is narrow: the chooser takes its width, never more (a long choice ends in "…").
        kind.setMinWidth(0);
        field.setMinWidth(0);
        field.setPrefColumnCount(6);
        kind.valueProperty().addListener((o, was, now) -> prompt());

        field.setId("exclusionField");
        field.setAccessibleText(Messages.get("filters.exclude"));
        prompt();
        field.setOnAction(e -> add());
        TextFields.bindAutoCompletion(field, request -> suggestions(request.getUserText()));
        Button addButton = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        addButton.setId("exclusionAddButton");
        addButton.setAccessibleText(Messages.get("filters.exclude.add"));
        addButton.setTooltip(new Tooltip(Messages.get("filters.exclude.add.tooltip")));
        addButton.setOnAction(e -> add());
        addButton.setMinWidth(Button.USE_PREF_SIZE);
        HBox entry = new HBox(6, field, addButton);
        entry.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        chips.setId("exclusionChips");
        chips.getStyleClass().add("exclusion-chips");
        chips.setAccessibleText(Messages.get("filters.exclude.chips"));
        // A long chip ends in "…" (its tooltip says it whole) rather than widening the sidebar.
        chips.setMinWidth(0);
        chips.setPrefWrapLength(150);
        subs.listen(vm.exclusions(), (ListChangeListener<Exclusion>) c -> showChips());
        showChips();
        getChildren().addAll(heading, kind, entry, chips);
    }

    private void prompt() {
        field.setPromptText(Messages.get(switch (kind.getValue()) {
            case PLACE -> "filters.exclude.prompt.place";
            case SKILL -> "filters.exclude.prompt.skill";
            case WORD -> "filters.exclude.prompt.word";
        }));
    }

    /** Turns what is typed into a chip under the chosen kind; nothing happens for a blank field. */
    private void add() {
        String typed = field.getText() == null ? "" : field.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        vm.addExclusion(switch (kind.getValue()) {
            case PLACE -> Exclusion.place(typed);
            case SKILL -> new Exclusion(Exclusion.Kind.SKILL, typed);
            case WORD -> new Exclusion(Exclusion.Kind.WORD, typed);
        });
        field.clear();
    }

    private List<String> suggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return switch (kind.getValue()) {
            case PLACE -> Stream.concat(Stream.of(Region.values()).map(Region::label), List.copyOf(vm.countries())
                            .stream()).filter(s -> s.toLowerCase(Locale.ROOT).contains(needle)).limit(SUGGESTIONS)
                    .collect(Collectors.toList());
            case SKILL -> vm.skillSuggestions(typed);
            case WORD -> List.of();
        };
    }

    private void showChips() {
        chips.getChildren().setAll(vm.exclusions().stream().map(this::chip).toList());
        chips.setVisible(!vm.exclusions().isEmpty());
        chips.setManaged(!vm.exclusions().isEmpty());
    }

    private Button chip(Exclusion x) {
        String key = switch (x.kind()) {
            case COUNTRY, REGION -> "filters.exclude.chip";
            case SKILL -> "filters.exclude.chip.skill";
            case WORD -> "filters.exclude.chip.word";
        };
        String text = Messages.format(key, x.shown());
        Button chip = new Button(text, new FontIcon(MaterialDesignC.CLOSE));
        chip.getStyleClass().add("exclusion-chip");
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.setMinWidth(0);
        chip.maxWidthProperty().bind(chips.widthProperty());
        chip.setTooltip(new Tooltip(text + "\n" + Messages.get("filters.exclude.chip.tooltip")));
        chip.setAccessibleHelp(Messages.get("filters.exclude.chip.tooltip"));
        chip.setOnAction(e -> remove(x, false));
        chip.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DELETE, BACK_SPACE, ENTER -> {
                    remove(x, true);
                    e.consume();
                }
                default -> {
                }
            }
        });
        return chip;
    }

    /** Removes a chip; from the keyboard the focus stays among the chips (the next one), else goes to the field. */
    private void remove(Exclusion x, boolean keepFocus) {
        int at = vm.exclusions().indexOf(x);
        vm.removeExclusion(x);
        if (keepFocus) {
            if (chips.getChildren().isEmpty()) {
                field.requestFocus();
            } else {
                chips.getChildren().get(Math.min(at, chips.getChildren().size() - 1)).requestFocus();
            }
        }
    }
}
