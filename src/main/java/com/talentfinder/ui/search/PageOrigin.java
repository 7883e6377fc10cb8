package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the page shown came from, as the search area says it: "Fetched just now" for a page the service has just
 * answered, "From cache · fetched 3 h ago" for one answered without a call (from the page cache, or from the
 * pages already shown), which then offers "Refresh". Updated by {@link SearchViewModel}.
 */
public final class PageOrigin {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fromCache = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refreshTooltip = new ReadOnlyStringWrapper(
            Messages.get("search.refresh.tooltip"));

    PageOrigin() {
    }

    /**
     * @param cached    true when no call was made to show this page now
     * @param fetchedAt when the service answered it (null when unknown)
     * @param demo      true for demo data (a refresh then costs no credit)
     */
    void show(boolean cached, Instant fetchedAt, Instant now, boolean demo) {
        fromCache.set(cached);
        if (demo) {
            text.set(Messages.get(cached ? "search.origin.demo.cached" : "search.origin.demo"));
        } else {
            text.set(cached ? Messages.format("search.origin.cached", age(fetchedAt == null ? now : fetchedAt, now))
                    : Messages.get("search.origin.fresh"));
        }
        refreshTooltip.set(Messages.get(demo ? "search.refresh.tooltip.demo" : "search.refresh.tooltip"));
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago {@code at} was, seen at {@code now}. */
    static String age(Instant at, Instant now) {
        Duration ago = Duration.between(at, now);
        if (ago.toMinutes() < 1) {
            return Messages.get("search.age.justNow");
        }
        if (ago.toHours() < 1) {
            return Messages.format("search.age.minutes", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return Messages.format("search.age.hours", ago.toHours());
        }
        return Messages.format("search.age.days", ago.toDays());
    }

    /** "From cache · fetched 3 h ago" or "Fetched just now"; empty before the first page. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True when the page shown was answered without a call: "Refresh" is offered. */
    public ReadOnlyBooleanProperty fromCacheProperty() {
        return fromCache.getReadOnlyProperty();
    }

    /** What Refresh costs: one credit, or nothing on demo data. */
    public ReadOnlyStringProperty refreshTooltipProperty() {
        return refreshTooltip.getReadOnlyProperty();
    }
}
