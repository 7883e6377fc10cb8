package com.talentfinder.ui;

/** Style-class names of {@code app.css} and the feature stylesheets, so code never spells them twice. */
public final class StyleClasses {

    public static final String MAIN_VIEW = "main-view";
    public static final String STATUS_BAR = "status-bar";
    public static final String MODE_BADGE = "mode-badge";
    public static final String DEMO_BADGE = "demo-badge";
    public static final String LIVE_BADGE = "live-badge";

    public static final String SEARCH_BAR = "search-bar";
    public static final String INPUT_ERROR = "input-error";
    /** The line under the search bar: a wait's countdown, or where the page shown came from. */
    public static final String SEARCH_STATUS = "search-status";
    /** The credit meter in the status bar; {@code :warning} from 80 % of the month's credits. */
    public static final String CREDIT_METER = "credit-meter";
    public static final String ERROR_BANNER = "error-banner";
    public static final String BANNER_TITLE = "banner-title";
    public static final String BANNER_DETAIL = "banner-detail";
    public static final String STATE_PANE = "state-pane";
    public static final String STATE_TITLE = "state-title";
    public static final String STATE_TEXT = "state-text";
    public static final String STATE_ICON = "state-icon";
    public static final String FILTER_PANE = "filter-pane";
    public static final String FILTER_BOX = "filter-box";
    public static final String FILTER_HEADING = "filter-heading";
    public static final String FILTER_NOTE = "filter-note";
    public static final String PAGER = "pager";
    public static final String RESULTS_BAR = "results-bar";
    public static final String PAGE_INFO = "page-info";
    public static final String RESULTS_TABLE = "results-table";
    public static final String AVATAR = "avatar";
    public static final String BADGE_CELL = "badge-cell";
    public static final String MUTED_VALUE = "muted-value";
    /** The veil over results from before, while a new search runs or after it failed (issue 11). */
    public static final String STALE_VEIL = "stale-veil";
    /** The menu row holding the Search | Shortlists toggle. */
    public static final String NAV_BAR = "nav-bar";

    /** The field Ctrl+F focuses on a screen other than search (e.g. the shortlist's filter). */
    public static final String SCREEN_FIND = "screen-find";

    private StyleClasses() {
    }
}
