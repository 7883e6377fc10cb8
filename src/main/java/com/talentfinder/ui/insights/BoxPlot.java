package com.talentfinder.ui.insights;

import com.talentfinder.insights.RateStatistics;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A horizontal box plot drawn from JavaFX shapes, one row per group: box P25–P75, a line at the median,
 * whiskers P10–P90; a group with too few rates shows its rates as dots and says "too few to say". Colours come
 * from the theme's tokens through {@code insights.css}, so it follows light and dark. JavaFX has no box plot,
 * and JFreeChart-FX draws with its own colours on a canvas; this is a page of code and matches the theme.
 */
public final class BoxPlot extends Pane {

    /** One row: its label and figures (all in one currency). */
    public record Row(String label, RateStatistics stats) {
    }

    static final double ROW = 21;
    /** The least a row shrinks to, so the x-axis stays in view on a short window (1280 × 800). */
    static final double MIN_ROW = 15;
    static final double LABEL_WIDTH = 210;
    static final double AXIS = 40;
    private static final double RIGHT = 34;

    private List<Row> rows = List.of();
    private String axisLabel = "";

    public BoxPlot() {
        getStyleClass().add("box-plot");
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        setMaxHeight(USE_PREF_SIZE);
    }

    public void setRows(List<Row> rows, String axisLabel) {
        this.rows = List.copyOf(rows);
        this.axisLabel = axisLabel;
        setPrefHeight(rows.size() * ROW + AXIS);
        setMinHeight(rows.size() * MIN_ROW + AXIS);
        redraw();
    }

    public List<Row> rows() {
        return rows;
    }

    private void redraw() {
        getChildren().clear();
        double width = getWidth() > 0 ? getWidth() : 900;
        if (rows.isEmpty()) {
            return;
        }
        double top = niceCeiling(rows.stream().map(r -> upper(r.stats())).filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(10));
        double x0 = LABEL_WIDTH;
        double x1 = Math.max(x0 + 50, width - RIGHT);
        double row = rowHeight();
        double plotBottom = rows.size() * row;
        for (int i = 0; i < rows.size(); i++) {
            drawRow(rows.get(i), i * row, row, x0, x1, width, top);
        }
        drawAxis(x0, x1, plotBottom, top);
    }

    /** Rows share the height the plot was given (between {@link #MIN_ROW} and {@link #ROW}), axis below them. */
    double rowHeight() {
        if (rows.isEmpty() || getHeight() <= 0) {
            return ROW;
        }
        return Math.max(MIN_ROW, Math.min(ROW, Math.floor((getHeight() - AXIS) / rows.size())));
    }

    private void drawRow(Row row, double y, double rowHeight, double x0, double x1, double width, double top) {
        RateStatistics s = row.stats();
        Label name = new Label(row.label());
        name.getStyleClass().add("box-label");
        name.setAlignment(Pos.CENTER_RIGHT);
        name.setPrefWidth(LABEL_WIDTH - 12);
        name.resizeRelocate(0, y, LABEL_WIDTH - 12, rowHeight);
        getChildren().add(name);
        double mid = y + rowHeight / 2;
        if (s.hasPercentiles()) {
            Line whisker = line(x(s.p10(), x0, x1, top), mid, x(s.p90(), x0, x1, top), mid, "box-whisker");
            Line capLow = line(whisker.getStartX(), mid - 4, whisker.getStartX(), mid + 4, "box-whisker");
            Line capHigh = line(whisker.getEndX(), mid - 4, whisker.getEndX(), mid + 4, "box-whisker");
            double bx = x(s.p25(), x0, x1, top);
            Rectangle box = new Rectangle(bx, y + 4, Math.max(1, x(s.p75(), x0, x1, top) - bx), rowHeight - 8);
            box.getStyleClass().add("box-body");
            double mx = x(s.median(), x0, x1, top);
            Line median = line(mx, y + 2, mx, y + rowHeight - 2, "box-median");
            getChildren().addAll(whisker, capLow, capHigh, box, median);
            Tooltip.install(box, new Tooltip(Messages.format("insights.chart.tip", row.label(), s.count(),
                    InsightsText.amount(s.p10()), InsightsText.amount(s.p25()), InsightsText.amount(s.median()),
                    InsightsText.amount(s.p75()), InsightsText.amount(s.p90()))));
        } else {
            for (BigDecimal v : s.values()) {
                Circle dot = new Circle(x(v, x0, x1, top), mid, 3.5);
                dot.getStyleClass().add("box-dot");
                getChildren().add(dot);
            }
            Label few = new Label(Messages.format("insights.chart.tooFew", s.count()));
            few.getStyleClass().add("box-few");
            double w = textWidth(few.getText());
            double lowest = s.min() == null ? x0 : x(s.min(), x0, x1, top);
            double highest = s.max() == null ? x0 : x(s.max(), x0, x1, top);
            few.resizeRelocate(fewX(w, lowest, highest, x0, width), y, w, rowHeight);
            getChildren().add(few);
        }
    }

    /**
     * Where "too few to say" goes: right of the highest dot when it fits inside the plot, else left of the lowest,
     * else in the widest gap the dots leave; never past the right edge.
     */
    static double fewX(double w, double lowest, double highest, double x0, double width) {
        double gap = 8;
        if (highest + gap + w <= width - 2) {
            return highest + gap;
        }
        if (lowest - gap - w >= x0) {
            return lowest - gap - w;
        }
        return Math.max(x0, width - 2 - w);
    }

    /** The label's width with some room for the theme's font (a label measures itself only once shown). */
    static double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        return Math.ceil(t.getLayoutBounds().getWidth() * 1.15) + 6;
    }

    private void drawAxis(double x0, double x1, double y, double top) {
        getChildren().add(line(x0, y, x1, y, "box-axis"));
        int ticks = 5;
        for (int i = 0; i <= ticks; i++) {
            double v = top * i / ticks;
            double tx = x0 + (x1 - x0) * i / ticks;
            getChildren().add(line(tx, 0, tx, y, "box-grid"));
            Label t = new Label(InsightsText.amount(BigDecimal.valueOf(v)));
            t.getStyleClass().add("box-tick");
            t.setAlignment(Pos.CENTER);
            t.resizeRelocate(tx - 30, y + 2, 60, 16);
            getChildren().add(t);
        }
        Label axis = new Label(axisLabel);
        axis.getStyleClass().add("box-axis-label");
        axis.setAlignment(Pos.CENTER);
        axis.resizeRelocate(x0, y + 20, x1 - x0, 18);
        getChildren().add(axis);
    }

    private static BigDecimal upper(RateStatistics s) {
        return s.hasPercentiles() ? s.p90() : s.max();
    }

    private static double x(BigDecimal v, double x0, double x1, double top) {
        return x0 + (x1 - x0) * Math.min(1, v.doubleValue() / top);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 10;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static Line line(double ax, double ay, double bx, double by, String style) {
        Line l = new Line(ax, ay, bx, by);
        l.getStyleClass().add(style);
        return l;
    }
}
