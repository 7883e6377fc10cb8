package com.talentfinder.ui.common;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.cleaning.UrlSafety;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.TaskRunner;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.image.Image;

/**
 * Turns portrait bytes from a {@link PortraitSource} into JavaFX images, off the UI thread through the
 * {@link TaskRunner}, and keeps the last few hundred in memory (least recently used first out), keyed by URL
 * and size. A URL that {@link UrlSafety#isFetchablePortrait} rejects is never passed to the source.
 *
 * <p>Call it from the UI thread. Requests for the same URL and size while one is loading share that load.
 * Portraits that failed or do not exist are remembered too, so scrolling does not ask again.
 */
public final class PortraitImages {

    /** How many decoded images stay in memory by default. */
    public static final int DEFAULT_CAPACITY = 300;

    private static final Optional<Image> NONE = Optional.empty();

    private final PortraitSource source;
    private final TaskRunner runner;
    private final Map<String, Optional<Image>> cache;
    private final Map<String, List<Consumer<Image>>> pending = new HashMap<>();

    public PortraitImages(PortraitSource source, TaskRunner runner) {
        this(source, runner, DEFAULT_CAPACITY);
    }

    public PortraitImages(PortraitSource source, TaskRunner runner, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.source = source;
        this.runner = runner;
        this.cache = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * An avatar for {@code f} at {@code size} pixels: the initials at once, the portrait as soon as it is
     * loaded (at once when cached). For table cells (32) and the detail pane (96–128).
     */
    public Node avatar(Freelancer f, double size) {
        InitialsAvatar avatar = new InitialsAvatar(f.id(), f.displayName(), size);
        request(f.portraitUrl(), size, avatar::setImage);
        return avatar;
    }

    /**
     * Calls {@code onLoaded} on the UI thread with the portrait at {@code url} scaled to {@code size}, at once
     * when cached. Never calls it when there is no safe portrait or it could not be loaded.
     */
    public void request(String url, double size, Consumer<Image> onLoaded) {
        if (!UrlSafety.isFetchablePortrait(url)) {
            return;
        }
        String key = keyOf(url, size);
        Optional<Image> known;
        synchronized (cache) {
            known = cache.get(key);
        }
        if (known != null) {
            known.ifPresent(onLoaded);
            return;
        }
        List<Consumer<Image>> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(onLoaded);
            return;
        }
        waiting = new ArrayList<>();
        waiting.add(onLoaded);
        pending.put(key, waiting);
        int pixels = (int) Math.ceil(size);
        runner.run("portrait", progress -> decode(source.load(url), pixels),
                image -> finish(key, image),
                error -> finish(key, NONE));
    }

    /** The cached portrait for {@code url} at {@code size}, or null when it is not in memory. */
    public Image cached(String url, double size) {
        synchronized (cache) {
            Optional<Image> known = cache.get(keyOf(url, size));
            return known == null ? null : known.orElse(null);
        }
    }

    /** How many portraits (and known misses) are in memory. */
    public int cachedCount() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private void finish(String key, Optional<Image> image) {
        synchronized (cache) {
            cache.put(key, image);
        }
        List<Consumer<Image>> waiting = pending.remove(key);
        if (waiting != null && image.isPresent()) {
            waiting.forEach(c -> c.accept(image.get()));
        }
    }

    private static Optional<Image> decode(Optional<byte[]> bytes, int pixels) {
        if (bytes.isEmpty() || bytes.get().length == 0) {
            return NONE;
        }
        if (!com.talentfinder.api.PortraitBytes.withinDecodeLimit(bytes.get())) {
            return NONE; // the header says it would decode to more than 4096 x 4096: never decode it
        }
        Image image = new Image(new ByteArrayInputStream(bytes.get()), pixels, pixels, true, true);
        return image.isError() ? NONE : Optional.of(image);
    }

    private static String keyOf(String url, double size) {
        return Math.round(size) + "|" + url;
    }
}
