package com.talentfinder.ui.insights;

import com.talentfinder.insights.Confidence;
import com.talentfinder.insights.RateStatistics;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The figure columns the rates and market tables share (n, min, P10 … max, mean, confidence), sortable. */
final class FigureColumns {

    /** Numbers ascending, a missing figure ("too few to say") after every number. */
    static final Comparator<BigDecimal> FIGURES = Comparator.nullsLast(Comparator.naturalOrder());

    private FigureColumns() {
    }

    static <T> List<TableColumn<T, ?>> all(Function<T, RateStatistics> stats) {
        return List.of(count(stats),
                figure("insights.col.min", stats.andThen(RateStatistics::min)),
                figure("insights.col.p10", stats.andThen(RateStatistics::p10)),
                figure("insights.col.p25", stats.andThen(RateStatistics::p25)),
                figure("insights.col.median", stats.andThen(RateStatistics::median)),
                figure("insights.col.p75", stats.andThen(RateStatistics::p75)),
                figure("insights.col.p90", stats.andThen(RateStatistics::p90)),
                figure("insights.col.max", stats.andThen(RateStatistics::max)),
                figure("insights.col.mean", stats.andThen(RateStatistics::mean)),
                confidence(stats));
    }

    static <T> TableColumn<T, String> text(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableColumn<T, Integer> count(Function<T, RateStatistics> stats) {
        TableColumn<T, Integer> c = new TableColumn<>(Messages.get("insights.col.n"));
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(stats.apply(d.getValue()).count()));
        c.setPrefWidth(50);
        c.getStyleClass().add("figure-column");
        return c;
    }

    static <T> TableColumn<T, BigDecimal> figure(String key, Function<T, BigDecimal> value) {
        TableColumn<T, BigDecimal> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(value.apply(d.getValue())));
        c.setComparator(FIGURES);
        c.setPrefWidth(66);
        c.getStyleClass().add("figure-column");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : InsightsText.amount(v));
            }
        });
        return c;
    }

    private static <T> TableColumn<T, Confidence> confidence(Function<T, RateStatistics> stats) {
        TableColumn<T, Confidence> c = new TableColumn<>(Messages.get("insights.col.confidence"));
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(stats.apply(d.getValue()).confidence()));
        c.setPrefWidth(110);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Confidence v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : InsightsText.confidence(v));
            }
        });
        return c;
    }
}
