package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.LazyTooltip;
import com.talentfinder.ui.common.MembershipMarks;
import com.talentfinder.ui.common.MembershipText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The results table's "already on a list" column: a bookmark icon on rows of freelancers on a shortlist, with a
 * tooltip naming the lists and their status there. Added beside the portrait by {@link SearchFeature}, so the table
 * itself does not change. Each cell's value is a binding on the marks (weakly held), so the cells follow the marks
 * and a closed table is not kept alive by them.
 */
final class MembershipColumn {

    static final String ID = "onListColumn";
    private static final double WIDTH = 34;

    private MembershipColumn() {
    }

    static void install(TableView<Freelancer> table, MembershipMarks marks) {
        TableColumn<Freelancer, List<ListMembership>> column = new TableColumn<>();
        column.setId(ID);
        FontIcon header = new FontIcon(MaterialDesignB.BOOKMARK_OUTLINE);
        column.setGraphic(header);
        Tooltip.install(header, new Tooltip(Messages.get("results.column.onList")));
        column.setSortable(false);
        column.setResizable(false);
        column.setReorderable(false);
        column.setPrefWidth(WIDTH);
        column.setMinWidth(WIDTH);
        column.setMaxWidth(WIDTH);
        column.setCellValueFactory(row -> Bindings.createObjectBinding(
                () -> marks.of(row.getValue().id()), marks.byIdProperty()));
        column.setCellFactory(c -> new TableCell<>() {
            private final FontIcon icon = new FontIcon(MaterialDesignB.BOOKMARK_CHECK);
            private final LazyTooltip tip = new LazyTooltip(this, t -> {
                t.setWrapText(true);
                t.setMaxWidth(360);
            });

            {
                icon.getStyleClass().add("on-list-mark");
            }

            @Override
            protected void updateItem(List<ListMembership> lists, boolean empty) {
                super.updateItem(lists, empty);
                if (empty || lists == null || lists.isEmpty()) {
                    setGraphic(null);
                    tip.set(null);
                    setAccessibleText(null);
                    return;
                }
                String text = MembershipText.tooltip(lists);
                tip.set(() -> text);
                setGraphic(icon);
                setAccessibleText(text);
            }
        });
        int afterPortrait = table.getColumns().isEmpty() ? 0 : 1;
        table.getColumns().add(afterPortrait, column);
    }
}
