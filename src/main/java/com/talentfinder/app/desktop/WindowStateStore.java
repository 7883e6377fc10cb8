package com.talentfinder.app.desktop;

import com.talentfinder.app.config.PrivateFiles;
import com.talentfinder.app.desktop.WindowState.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Keeps {@link WindowState} in {@code <data folder>/window.properties}. Saving writes a temporary file and
 * moves it into place, so a crash never leaves half a file; loading tolerates a missing, unreadable or
 * hand-edited file by dropping what it cannot read and keeping the rest.
 */
public final class WindowStateStore {

    static final String FILE_NAME = "window.properties";

    private static final System.Logger LOG = System.getLogger(WindowStateStore.class.getName());
    private static final String COLUMN = "column.";
    private static final String WIDTH = ".width";
    private static final String DIVIDER = "divider.";

    private final Path file;

    public WindowStateStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The saved state, or {@link WindowState#empty()} when there is none or it cannot be read. */
    public WindowState load() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return WindowState.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read " + file + "; the window opens at its default size");
            return WindowState.empty();
        }
        Rect bounds = new Rect(number(p, "window.x"), number(p, "window.y"),
                number(p, "window.width"), number(p, "window.height"));
        Map<String, Double> columns = new HashMap<>();
        Map<String, List<Double>> dividers = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(COLUMN) && key.endsWith(WIDTH) && key.length() > COLUMN.length() + WIDTH.length()) {
                columns.put(key.substring(COLUMN.length(), key.length() - WIDTH.length()), number(p, key));
            } else if (key.startsWith(DIVIDER) && key.length() > DIVIDER.length()) {
                List<Double> positions = numbers(p.getProperty(key));
                if (positions != null) {
                    dividers.put(key.substring(DIVIDER.length()), positions);
                }
            }
        }
        return new WindowState(bounds, Boolean.parseBoolean(p.getProperty("window.maximized", "").strip()),
                columns, dividers, p.getProperty("search.query"), (int) number(p, "search.perPage"));
    }

    /** Saves {@code state}, replacing what was saved before. */
    public void save(WindowState state) throws IOException {
        Properties p = new Properties();
        if (state.bounds() != null) {
            p.setProperty("window.x", format(state.bounds().x()));
            p.setProperty("window.y", format(state.bounds().y()));
            p.setProperty("window.width", format(state.bounds().width()));
            p.setProperty("window.height", format(state.bounds().height()));
        }
        p.setProperty("window.maximized", Boolean.toString(state.maximized()));
        new TreeMap<>(state.columnWidths()).forEach((id, w) -> p.setProperty(COLUMN + id + WIDTH, format(w)));
        new TreeMap<>(state.dividerPositions()).forEach((id, positions) -> p.setProperty(DIVIDER + id,
                String.join(",", positions.stream().map(WindowStateStore::format).toList())));
        if (state.lastQuery() != null) {
            p.setProperty("search.query", state.lastQuery());
        }
        if (state.perPage() > 0) {
            p.setProperty("search.perPage", Integer.toString(state.perPage()));
        }
        PrivateFiles.writeAtomically(file, out -> p.store(out, "Talent Finder window"));
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Comma-separated numbers, or null when any of them is not a number. */
    private static List<Double> numbers(String value) {
        List<Double> result = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                result.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return result;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
