package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.ScoreBreakdown;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The "Score" column of a table of freelancers (search results, shortlist entries): the ranking score under
 * {@link CurrentRanking}, sortable, "–" when no weighted factor is known, and "why 82" in the cell's tooltip.
 * When the weights change, the cells and the sort follow.
 */
public final class ScoreColumn {

    /** The column's id, for tests and the screenshots. */
    public static final String ID = "scoreColumn";

    private ScoreColumn() {
    }

    /**
     * A Score column for rows of type {@code T}.
     *
     * @param who  the freelancer of a row
     * @param subs where the column's listener on the long-lived ranking is released
     */
    public static <T> TableColumn<T, T> create(CurrentRanking ranking, Function<T, Freelancer> who,
                                               Subscriptions subs) {
        TableColumn<T, T> c = new TableColumn<>(Messages.get("score.column"));
        c.setId(ID);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        c.setCellFactory(col -> cell(ranking, who));
        c.setComparator((a, b) -> ranking.comparator().compare(who.apply(a), who.apply(b)));
        c.setPrefWidth(88);
        c.setMinWidth(70);
        Tooltip header = new Tooltip(Messages.get("score.column.tooltip"));
        header.setWrapText(true);
        header.setMaxWidth(360);
        Label label = new Label(c.getText());
        label.setTooltip(header);
        c.setText(null);
        c.setGraphic(label);
        subs.invalidated(ranking.criteriaProperty(), o -> {
            if (c.getTableView() != null) {
                c.getTableView().refresh();
                if (c.getTableView().getSortOrder().contains(c)) {
                    c.getTableView().sort();
                }
            }
        });
        return c;
    }

    /**
     * A score cell. The "why" tooltip is worded when it is about to show, not at every update: a new page updates
     * every visible cell, and the words are read for one cell at a time.
     */
    private static <T> TableCell<T, T> cell(CurrentRanking ranking, Function<T, Freelancer> who) {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();
            private Freelancer shown;
            private ScoreBreakdown breakdown;

            {
                tip.setShowDelay(Duration.millis(400));
                tip.setShowDuration(Duration.seconds(30));
                tip.setWrapText(true);
                tip.setMaxWidth(680);
                tip.setOnShowing(e -> tip.setText(explanation()));
                getStyleClass().add("score-cell");
            }

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    shown = null;
                    breakdown = null;
                    setText(null);
                    setTooltip(null);
                    muted(false);
                    return;
                }
                shown = who.apply(row);
                breakdown = ranking.score(shown);
                setText(ScoreWords.score(breakdown));
                muted(!breakdown.isScored());
                tip.setText(tip.isShowing() ? explanation() : null);
                setTooltip(tip);
            }

            /** "Why 82" for the freelancer shown, or empty. */
            private String explanation() {
                return shown == null ? "" : ScoreWords.explain(shown, breakdown);
            }

            private void muted(boolean muted) {
                if (muted != getStyleClass().contains(StyleClasses.MUTED_VALUE)) {
                    if (muted) {
                        getStyleClass().add(StyleClasses.MUTED_VALUE);
                    } else {
                        getStyleClass().remove(StyleClasses.MUTED_VALUE);
                    }
                }
            }
        };
    }
}
