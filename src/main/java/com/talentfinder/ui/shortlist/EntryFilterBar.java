package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Filters over a list's entries, applied in the database: status (several), minimum rating, tag, text. */
final class EntryFilterBar extends FlowPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private static final String ANY_TAG = "";

    EntryFilterBar(EntriesViewModel vm) {
        super(8, 6);
        getStyleClass().add("entry-filters");
        setAlignment(Pos.CENTER_LEFT);

        TextField text = new TextField();
        text.setId("entrySearchField");
        text.getStyleClass().add(com.talentfinder.ui.StyleClasses.SCREEN_FIND);
        text.setPromptText(Messages.get("shortlist.filter.text"));
        text.setAccessibleText(Messages.get("shortlist.filter.text"));
        text.setPrefColumnCount(16);
        text.setText(vm.filters().textProperty().get());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.filters().textProperty().set(text.getText()));
        text.textProperty().addListener((o, was, now) -> typing.playFromStart());
        text.setOnAction(e -> {
            typing.stop();
            vm.filters().textProperty().set(text.getText());
        });
        subs.listen(vm.filters().textProperty(), (o, was, now) -> {
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        });
        FontIcon searchIcon = new FontIcon(MaterialDesignM.MAGNIFY);

        CheckComboBox<EntryStatus> statuses = new CheckComboBox<>();
        statuses.setId("statusFilter");
        statuses.getItems().setAll(EntryStatus.values());
        statuses.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntryStatus s) {
                return s == null ? "" : EntryCells.statusText(s);
            }

            @Override
            public EntryStatus fromString(String s) {
                return EntryStatus.parse(s);
            }
        });
        statuses.setTitle(Messages.get("shortlist.filter.status"));
        statuses.setShowCheckedCount(true);
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<EntryStatus>) c -> {
            List<EntryStatus> checked = new ArrayList<>(statuses.getCheckModel().getCheckedItems());
            vm.filters().statuses().retainAll(checked);
            vm.filters().statuses().addAll(checked);
        });
        subs.listen(vm.filters().statuses(), (javafx.collections.SetChangeListener<EntryStatus>) c -> {
            if (vm.filters().statuses().isEmpty() && !statuses.getCheckModel().getCheckedItems().isEmpty()) {
                statuses.getCheckModel().clearChecks();
            }
        });

        ComboBox<Integer> minRating = new ComboBox<>();
        minRating.setId("minRatingFilter");
        minRating.getItems().setAll(0, 1, 2, 3, 4, 5);
        minRating.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == 0 ? Messages.get("shortlist.filter.anyRating")
                        : Messages.format("shortlist.filter.minRating", n);
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        minRating.setValue(vm.filters().minRatingProperty().get());
        minRating.valueProperty().addListener((o, was, now) -> vm.filters().minRatingProperty().set(now == null ? 0 : now));
        subs.listen(vm.filters().minRatingProperty(), (o, was, now) -> minRating.setValue(now.intValue()));
        minRating.setAccessibleText(Messages.get("shortlist.filter.rating"));

        ComboBox<String> tag = new ComboBox<>();
        tag.setId("tagFilter");
        tag.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null || t.isEmpty() ? Messages.get("shortlist.filter.anyTag") : t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Runnable fillTags = () -> {
            String keep = vm.filters().tagProperty().get();
            List<String> items = new ArrayList<>();
            items.add(ANY_TAG);
            items.addAll(vm.tags());
            tag.getItems().setAll(items);
            tag.setValue(keep == null ? ANY_TAG : keep);
        };
        subs.listen(vm.tags(), (ListChangeListener<String>) c -> fillTags.run());
        fillTags.run();
        tag.valueProperty().addListener((o, was, now) -> {
            String wanted = now == null || now.isEmpty() ? null : now;
            if (!java.util.Objects.equals(wanted, vm.filters().tagProperty().get())) {
                vm.filters().tagProperty().set(wanted);
            }
        });
        subs.listen(vm.filters().tagProperty(), (o, was, now) -> {
            if (now == null && tag.getValue() != null && !tag.getValue().isEmpty()) {
                tag.setValue(ANY_TAG);
            }
        });
        tag.setAccessibleText(Messages.get("shortlist.filter.tag"));

        Hyperlink clear = new Hyperlink(Messages.get("shortlist.filter.clear"));
        clear.setId("clearEntryFilters");
        clear.setOnAction(e -> vm.clearFilters());

        getChildren().addAll(searchIcon, text, statuses, minRating, tag, clear);
    }

    /** Lets go of the view models: call when this view is removed for good. */
    void close() {
        subs.close();
    }
}
