package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Ticker;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the search area says about the search in flight and about the results under it: "Still searching… 5 s"
 * once a search has run {@value #STILL_SEARCHING_AFTER} s, and "Showing results for 'react' from before" (with
 * the results greyed) while another search runs or after it failed. Owned by {@link SearchViewModel}.
 */
public final class SearchActivity {

    /** Seconds before a running search says it is still searching. */
    static final int STILL_SEARCHING_AFTER = 3;

    private final Ticker ticker;
    private final ReadOnlyStringWrapper stillSearching = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper staleNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Ticker.Ticking ticking;
    private int elapsed;

    SearchActivity(Ticker ticker) {
        this.ticker = ticker;
    }

    /**
     * A fetch started. {@code shownQuery} is the query of the results on screen (null when none), and
     * {@code sameResults} true when the fetch only pages or refreshes them (they are then not "from before").
     */
    void started(String shownQuery, boolean sameResults) {
        stopTicking();
        elapsed = 0;
        stillSearching.set("");
        notice.set("");
        ticking = ticker.everySecond(this::tick);
        markStale(shownQuery, sameResults);
    }

    /** The fetch ended with results now shown. */
    void succeeded() {
        stopTicking();
        stale.set(false);
        staleNotice.set("");
    }

    /** The fetch failed: the results shown (if any) stay marked as from before. */
    void failed(String shownQuery) {
        stopTicking();
        markStale(shownQuery, false);
    }

    /** The user cancelled the fetch: what was shown is shown again as it was, with a word on the credit. */
    void cancelled(boolean live) {
        stopTicking();
        stale.set(false);
        staleNotice.set("");
        notice.set(live ? Messages.get("search.cancelled.live") : Messages.get("search.cancelled"));
    }

    private void markStale(String shownQuery, boolean sameResults) {
        boolean old = shownQuery != null && !sameResults;
        stale.set(old);
        staleNotice.set(old ? Messages.format("search.stale", shownQuery) : "");
    }

    private void tick() {
        elapsed++;
        if (elapsed >= STILL_SEARCHING_AFTER) {
            stillSearching.set(Messages.format("search.stillSearching", elapsed));
        }
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
        stillSearching.set("");
    }

    /** "Still searching… 5 s" after three seconds of a search, else empty. */
    public ReadOnlyStringProperty stillSearchingProperty() {
        return stillSearching.getReadOnlyProperty();
    }

    /** True while the results on screen belong to an earlier search than the one asked for. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** "Showing results for 'react' from before", or empty. */
    public ReadOnlyStringProperty staleNoticeProperty() {
        return staleNotice.getReadOnlyProperty();
    }

    /** A one-off word after Cancel, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
