package com.talentfinder.ui.shortlist;

import com.talentfinder.ui.Messages;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The paging of a shortlist's entries: the page shown, how many entries and pages there are, and the line that
 * says so.
 */
public final class EntryPaging {

    private final int pageSize;
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");

    EntryPaging(int pageSize) {
        this.pageSize = pageSize;
    }

    int page() {
        return page.get();
    }

    void setPage(int n) {
        page.set(n);
    }

    /** {@code n} kept within the pages there are. */
    int clamp(int n) {
        return Math.max(1, Math.min(n, Math.max(1, pageCount.get())));
    }

    /** No list shown: nothing to page through. */
    void showNothing() {
        total.set(0);
        page.set(1);
        pageCount.set(0);
        pageInfo.set("");
    }

    /** A list of {@code entries} entries is shown at the current page. */
    void show(int entries) {
        total.set(entries);
        int pages = (entries + pageSize - 1) / pageSize;
        pageCount.set(pages);
        if (entries == 0) {
            pageInfo.set(Messages.get("shortlist.pager.none"));
            return;
        }
        int from = (page.get() - 1) * pageSize + 1;
        int to = Math.min(entries, page.get() * pageSize);
        pageInfo.set(Messages.format("shortlist.pager.info", from, to, entries, page.get(), pages));
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The page shown, from 1. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "1–200 of 50,000 · page 1 of 250". */
    public ReadOnlyStringProperty pageInfoProperty() {
        return pageInfo.getReadOnlyProperty();
    }
}
