package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.ResultFormats;
import com.talentfinder.ui.common.ScoreColumn;
import com.talentfinder.ui.common.Subscriptions;
import com.talentfinder.ui.common.TableSelection;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The results table: one row per freelancer, sortable within what is loaded, selection shared. */
final class ResultsTable extends TableView<Freelancer> {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    static final double TITLE_WIDTH = 170;
    static final double LOCATION_WIDTH = 135;
    /** Room for the vertical scroll bar and the table's borders, so no sideways bar appears for nothing. */
    private static final double SCROLL_BAR_ROOM = 18;


    ResultsTable(ResultsViewModel vm, PortraitThumbnails thumbnails) {
        setId("resultsTable");
        getStyleClass().add(StyleClasses.RESULTS_TABLE);
        setAccessibleText(Messages.get("results.table.accessible"));
        // Every column keeps a readable width; a narrow window scrolls sideways instead of cutting values.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label(""));

        TableColumn<Freelancer, Freelancer> portrait = column("results.column.portrait", null,
                c -> ResultCells.portrait(thumbnails), 44);
        portrait.setSortable(false);
        portrait.setResizable(false);
        portrait.setText("");
        getColumns().add(portrait);
        getColumns().add(column("results.column.name", ResultComparators.NAME,
                c -> ResultCells.text(Freelancer::displayName), 130));
        getColumns().add(ScoreColumn.create(vm.ranking(), f -> f, subs));
        TableColumn<Freelancer, Freelancer> title = column("results.column.title", ResultComparators.TITLE,
                c -> ResultCells.text(f -> f.title() == null ? ResultFormats.missing() : f.title()), TITLE_WIDTH);
        getColumns().add(title);
        getColumns().add(column("results.column.rate", ResultComparators.RATE,
                c -> ResultCells.text(ResultFormats::rate), 116));
        TableColumn<Freelancer, Freelancer> location = column("results.column.location",
                ResultComparators.LOCATION, c -> ResultCells.text(ResultFormats::location), LOCATION_WIDTH);
        getColumns().add(location);
        getColumns().add(column("results.column.jss", ResultComparators.JSS,
                c -> ResultCells.text(ResultFormats::jss), 108));
        getColumns().add(column("results.column.earnings", ResultComparators.EARNINGS,
                c -> ResultCells.text(ResultFormats::earnings), 84));
        getColumns().add(column("results.column.hours", ResultComparators.HOURS,
                c -> ResultCells.text(ResultFormats::hours), 60));
        getColumns().add(column("results.column.jobs", ResultComparators.JOBS,
                c -> ResultCells.text(ResultFormats::jobs), 50));
        getColumns().add(column("results.column.badge", ResultComparators.BADGE, c -> ResultCells.badge(), 135));

        flexWith(title, location);

        SortedList<Freelancer> sorted = new SortedList<>(vm.visibleResults());
        subs.bind(sorted.comparatorProperty(), comparatorProperty());
        // The sorted list follows the table's comparator (bound above), so sorting needs nothing more from the
        // table; the rows are seen through PageRows, so a new page re-fills the rows instead of rebuilding them.
        setSortPolicy(t -> true);
        setItems(new PageRows<>(sorted));
        TableSelection.bind(this, vm.selectedProperty(), subs);
    }

    /**
     * Title and Location carry the meaning: they take the width the other columns leave (60 : 40), and give it
     * back when the window narrows, down to their own widths; the other columns keep theirs.
     */
    private void flexWith(TableColumn<Freelancer, Freelancer> title, TableColumn<Freelancer, Freelancer> location) {
        Runnable flex = () -> {
            double fixed = 0;
            for (TableColumn<Freelancer, ?> c : getColumns()) {
                if (c != title && c != location && c.isVisible()) {
                    fixed += c.getWidth();
                }
            }
            double spare = getWidth() - fixed - TITLE_WIDTH - LOCATION_WIDTH - SCROLL_BAR_ROOM;
            double extra = Math.max(0, spare);
            title.setPrefWidth(TITLE_WIDTH + Math.floor(extra * 0.6));
            location.setPrefWidth(LOCATION_WIDTH + Math.floor(extra * 0.4));
        };
        widthProperty().addListener(o -> flex.run());
        for (TableColumn<Freelancer, ?> c : getColumns()) {
            if (c != title && c != location) {
                c.widthProperty().addListener(o -> flex.run());
            }
        }
    }

    private static TableColumn<Freelancer, Freelancer> column(
            String key, Comparator<Freelancer> order,
            Function<TableColumn<Freelancer, Freelancer>, TableCell<Freelancer, Freelancer>> cells, double width) {
        TableColumn<Freelancer, Freelancer> c = new TableColumn<>(Messages.get(key));
        c.setId(key.substring(key.lastIndexOf('.') + 1) + "Column");
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        c.setCellFactory(cells::apply);
        c.setPrefWidth(width);
        // Key columns keep a readable minimum when the user drags them narrower.
        c.setMinWidth(Math.min(width, 64));
        if (order != null) {
            c.setComparator(order);
        }
        return c;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
