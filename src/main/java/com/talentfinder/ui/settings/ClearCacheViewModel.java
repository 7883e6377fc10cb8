package com.talentfinder.ui.settings;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings' "Clear cache": empties the page cache in the background and says how many pages went. Afterwards
 * every page is fetched again when next asked for (one credit each on a live plan).
 */
public final class ClearCacheViewModel {

    private static final System.Logger LOG = System.getLogger(ClearCacheViewModel.class.getName());

    private final Callable<Integer> clearCache;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param clearCache empties the cache and returns how many pages it held; runs off the UI thread */
    public ClearCacheViewModel(Callable<Integer> clearCache, TaskRunner runner) {
        this.clearCache = clearCache;
        this.runner = runner;
    }

    /** Empties the cache. */
    public void clear() {
        if (running.get()) {
            return;
        }
        running.set(true);
        message.set("");
        runner.run("clear cache", progress -> clearCache.call(), removed -> {
            running.set(false);
            message.set(Messages.format("settings.cache.cleared", removed));
        }, failure -> {
            running.set(false);
            LOG.log(System.Logger.Level.WARNING, "Could not clear the page cache: " + failure.getMessage());
            message.set(Messages.get("settings.cache.clearFailed"));
        });
    }

    /** True while the cache is being emptied. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Removed 12 pages from the cache.", or why it failed; empty before. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
