package com.talentfinder.app.desktop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the user left the window: where it was, how big, the table's column widths, the split panes'
 * divider positions and the last search. Built from untrusted file content, so the constructor drops
 * anything that makes no sense (non-finite or non-positive sizes, dividers outside 0..1, per-page outside
 * 1..50) instead of failing.
 *
 * @param bounds           the window's last position and size, or null when never saved (let the window centre itself)
 * @param maximized        whether the window was maximized
 * @param columnWidths     width in pixels by column id
 * @param dividerPositions divider positions (0..1) by split-pane id
 * @param lastQuery        the last search text, or null
 * @param perPage          the last results-per-page choice, or 0 when never chosen
 */
public record WindowState(Rect bounds, boolean maximized, Map<String, Double> columnWidths,
                          Map<String, List<Double>> dividerPositions, String lastQuery, int perPage) {

    /** A rectangle in screen coordinates (JavaFX's {@code Rectangle2D} is off limits outside {@code ui}). */
    public record Rect(double x, double y, double width, double height) {

        /** True when every number is finite and the size is positive. */
        public boolean isUsable() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width > 0 && height > 0;
        }

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        boolean contains(Rect other) {
            return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
        }

        double overlapArea(Rect other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    public WindowState {
        bounds = bounds != null && bounds.isUsable() ? bounds : null;
        columnWidths = sanitizeWidths(columnWidths);
        dividerPositions = sanitizeDividers(dividerPositions);
        lastQuery = lastQuery == null || lastQuery.isBlank() ? null : lastQuery;
        perPage = perPage >= 1 && perPage <= 50 ? perPage : 0;
    }

    /** Nothing saved yet. */
    public static WindowState empty() {
        return new WindowState(null, false, Map.of(), Map.of(), null, 0);
    }

    public WindowState withBounds(Rect newBounds, boolean isMaximized) {
        return new WindowState(newBounds, isMaximized, columnWidths, dividerPositions, lastQuery, perPage);
    }

    public WindowState withColumnWidths(Map<String, Double> widths) {
        return new WindowState(bounds, maximized, widths, dividerPositions, lastQuery, perPage);
    }

    public WindowState withDividerPositions(Map<String, List<Double>> dividers) {
        return new WindowState(bounds, maximized, columnWidths, dividers, lastQuery, perPage);
    }

    public WindowState withLastSearch(String query, int newPerPage) {
        return new WindowState(bounds, maximized, columnWidths, dividerPositions, query, newPerPage);
    }

    /**
     * Moves (and if needed shrinks) a saved window rectangle so it shows on one of today's screens: a window
     * saved on a monitor that is now unplugged comes back, centred, on the first screen. A rectangle that
     * lies inside one screen is returned unchanged; one that straddles an edge is pulled into the screen it
     * overlaps most.
     *
     * @param saved   the saved window rectangle
     * @param screens the screens' visual bounds, the primary screen first
     * @return where to put the window; {@code saved} itself when there are no screens
     */
    public static Rect fitToScreens(Rect saved, List<Rect> screens) {
        if (screens.isEmpty()) {
            return saved;
        }
        Rect best = null;
        double bestOverlap = 0;
        for (Rect screen : screens) {
            if (screen.contains(saved)) {
                return saved;
            }
            double overlap = screen.overlapArea(saved);
            if (overlap > bestOverlap) {
                best = screen;
                bestOverlap = overlap;
            }
        }
        boolean offScreen = best == null;
        Rect screen = offScreen ? screens.get(0) : best;
        double width = Math.min(saved.width(), screen.width());
        double height = Math.min(saved.height(), screen.height());
        double x = offScreen ? screen.x() + (screen.width() - width) / 2 : clamp(saved.x(), screen.x(), screen.maxX() - width);
        double y = offScreen ? screen.y() + (screen.height() - height) / 2 : clamp(saved.y(), screen.y(), screen.maxY() - height);
        return new Rect(x, y, width, height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    private static Map<String, Double> sanitizeWidths(Map<String, Double> widths) {
        Map<String, Double> clean = new LinkedHashMap<>();
        if (widths != null) {
            widths.forEach((id, w) -> {
                if (id != null && !id.isBlank() && w != null && Double.isFinite(w) && w > 0) {
                    clean.put(id, w);
                }
            });
        }
        return Map.copyOf(clean);
    }

    private static Map<String, List<Double>> sanitizeDividers(Map<String, List<Double>> dividers) {
        Map<String, List<Double>> clean = new LinkedHashMap<>();
        if (dividers != null) {
            dividers.forEach((id, positions) -> {
                if (id != null && !id.isBlank() && positions != null && !positions.isEmpty()
                        && positions.stream().allMatch(p -> p != null && p >= 0 && p <= 1)) {
                    clean.put(id, List.copyOf(positions));
                }
            });
        }
        return Map.copyOf(clean);
    }
}
