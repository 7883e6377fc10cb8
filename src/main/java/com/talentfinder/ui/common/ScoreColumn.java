package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.ScoreBreakdown;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.AccessibleAttribute;
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
            private final LazyTooltip tip = new LazyTooltip(this, t -> {
                t.setShowDelay(Duration.millis(400));
                t.setShowDuration(Duration.seconds(30));
                t.setWrapText(true);
                t.setMaxWidth(680);
            });

            {
                getStyleClass().add("score-cell");
            }

            @Override
            public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
                String help = attribute == AccessibleAttribute.HELP ? tip.text() : null;
                return help != null ? help : super.queryAccessibleAttribute(attribute, parameters);
            }

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    tip.set(null);
                    muted(false);
                    return;
                }
                Freelancer f = who.apply(row);
                ScoreBreakdown b = ranking.score(f);
                setText(ScoreWords.score(b));
                muted(!b.isScored());
                tip.set(() -> ScoreWords.explain(f, b));
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
