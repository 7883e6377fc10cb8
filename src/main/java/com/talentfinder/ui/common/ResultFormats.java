package com.talentfinder.ui.common;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;

/**
 * How the results table shows each value: the same text as the detail pane, compare and exports, because
 * every method here hands over to {@link FreelancerFormat} (and it to {@link com.talentfinder.domain.Figures}).
 * No JavaFX: the cells call these, and tests check them.
 */
public final class ResultFormats {

    private ResultFormats() {
    }

    /** The one text for a value that was not sent. */
    public static String missing() {
        return FreelancerFormat.missing();
    }

    /** The rate as the profile pane shows it ("$35/hr", "€42.50/hr", "35 CHF/hr"), or "—". Never assumes USD. */
    public static String rate(Freelancer f) {
        return FreelancerFormat.rate(f.hourlyRate(), f.currency());
    }

    /** The word shown for a hidden value. */
    public static String hiddenText() {
        return FreelancerFormat.hidden();
    }

    /** The words shown when there is no Job Success Score yet. */
    public static String jssNoneText() {
        return Messages.get("detail.jss.none");
    }

    /** "98%", "hidden" or "no score yet". */
    public static String jss(Freelancer f) {
        return FreelancerFormat.jobSuccess(f);
    }

    /** "$12,345+" (rounded down: Upwork's figure is a lower bound), "hidden" or "—". */
    public static String earnings(Freelancer f) {
        return FreelancerFormat.earnings(f);
    }

    /** Whole hours (rounded down) with grouping, or "—". */
    public static String hours(Freelancer f) {
        return FreelancerFormat.hours(f.totalHours());
    }

    /** Completed jobs with grouping, or "—". */
    public static String jobs(Freelancer f) {
        return FreelancerFormat.count(f.totalCompletedJobs());
    }

    /** "City, Country", or "—". */
    public static String location(Freelancer f) {
        return FreelancerFormat.location(f);
    }

    /** The badge's label, or empty for none. */
    public static String badge(Freelancer f) {
        Badge b = f.badge();
        return b == null ? "" : BadgeLook.label(b);
    }

    /** One or two letters for the portrait placeholder: first and last word of the name. */
    public static String initials(Freelancer f) {
        return FreelancerFormat.initials(f.displayName());
    }

    /** A number with grouping, e.g. "12,345". */
    public static String count(long n) {
        return FreelancerFormat.grouped(n);
    }
}
