package com.talentfinder.ui;

import com.talentfinder.app.desktop.WindowState;
import com.talentfinder.app.desktop.WindowStateStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Brings the window back as the user left it: size and position (kept on a visible screen), maximised,
 * column widths of every table with an id, divider positions of every split pane with an id, and the last
 * search's text and page size.
 */
final class WindowMemory {

    private static final System.Logger LOG = System.getLogger(WindowMemory.class.getName());

    private final WindowStateStore store;
    private WindowState state;

    WindowMemory(WindowStateStore store) {
        this.store = store;
        this.state = store.load();
    }

    WindowState state() {
        return state;
    }

    /**
     * Before {@code show()}: size and position. A remembered window comes back clamped to today's visible
     * screens; a first start opens at a size that fits the screen it starts on.
     */
    void restoreBounds(Stage stage) {
        List<WindowState.Rect> screens = new ArrayList<>();
        List<Screen> all = new ArrayList<>(Screen.getScreens());
        all.remove(Screen.getPrimary());
        all.add(0, Screen.getPrimary());
        for (Screen s : all) {
            Rectangle2D b = s.getVisualBounds();
            screens.add(new WindowState.Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        WindowState.Rect saved = state.bounds();
        if (saved == null || !saved.isUsable()) {
            if (!screens.isEmpty()) {
                WindowState.Rect first = initialBounds(screens.get(0));
                stage.setX(first.x());
                stage.setY(first.y());
                stage.setWidth(first.width());
                stage.setHeight(first.height());
            }
            return;
        }
        WindowState.Rect fitted = WindowState.fitToScreens(saved, screens);
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setWidth(Math.max(fitted.width(), stage.getMinWidth()));
        stage.setHeight(Math.max(fitted.height(), stage.getMinHeight()));
        stage.setMaximized(state.maximized());
    }

    /**
     * Where a first start opens: 90 % of the screen's visible area (a 1920 × 1080 screen gives about
     * 1728 × 972), never less than the window's minimum unless the screen itself is smaller, centred.
     */
    static WindowState.Rect initialBounds(WindowState.Rect screen) {
        double width = Math.min(screen.width(), Math.max(Math.floor(screen.width() * 0.9), AppContext.MIN_WIDTH));
        double height = Math.min(screen.height(),
                Math.max(Math.floor(screen.height() * 0.9), AppContext.MIN_HEIGHT));
        return new WindowState.Rect(screen.x() + Math.floor((screen.width() - width) / 2),
                screen.y() + Math.floor((screen.height() - height) / 2), width, height);
    }

    /** After {@code show()}: column widths and dividers, once the scene graph exists. */
    void restoreLayout(Scene scene) {
        for (Node n : scene.getRoot().lookupAll(".table-view")) {
            if (n instanceof TableView<?> table && table.getId() != null) {
                for (TableColumn<?, ?> c : table.getColumns()) {
                    Double w = state.columnWidths().get(table.getId() + "." + c.getId());
                    if (c.getId() != null && w != null && w > 8) {
                        c.setPrefWidth(w);
                    }
                }
            }
        }
        for (Node n : scene.getRoot().lookupAll(".split-pane")) {
            if (n instanceof SplitPane split && split.getId() != null) {
                List<Double> positions = state.dividerPositions().get(split.getId());
                if (positions != null && positions.size() == split.getDividers().size()) {
                    split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
                }
            }
        }
    }

    /** On close: remembers everything and writes it; a failure only costs the layout, never the app. */
    void save(Stage stage, String lastQuery, int perPage) {
        WindowState next = state;
        if (!stage.isIconified()) {
            next = next.withBounds(stage.isMaximized() && state.bounds() != null ? state.bounds()
                    : new WindowState.Rect(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    stage.isMaximized());
        }
        Scene scene = stage.getScene();
        if (scene != null) {
            Map<String, Double> widths = new HashMap<>(state.columnWidths());
            for (Node n : scene.getRoot().lookupAll(".table-view")) {
                if (n instanceof TableView<?> table && table.getId() != null) {
                    for (TableColumn<?, ?> c : table.getColumns()) {
                        if (c.getId() != null) {
                            widths.put(table.getId() + "." + c.getId(), c.getWidth());
                        }
                    }
                }
            }
            Map<String, List<Double>> dividers = new HashMap<>(state.dividerPositions());
            for (Node n : scene.getRoot().lookupAll(".split-pane")) {
                if (n instanceof SplitPane split && split.getId() != null) {
                    dividers.put(split.getId(), split.getDividers().stream()
                            .map(SplitPane.Divider::getPosition).toList());
                }
            }
            next = next.withColumnWidths(widths).withDividerPositions(dividers);
        }
        if (lastQuery != null && !lastQuery.isBlank()) {
            next = next.withLastSearch(lastQuery.strip(), perPage);
        }
        state = next;
        try {
            store.save(next);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the window layout: " + e.getMessage());
        }
    }
}
