package com.talentfinder.ui.common;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.FreelancerFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the results table shows each value. No JavaFX: the cells call these, and tests check them.
 * Hidden values always read "hidden"; missing ones read "—".
 */
public final class ResultFormats {

    /** Shown for a value that was not sent. */
    public static final String MISSING = "—";

    private ResultFormats() {
    }

    /** The rate as the profile pane shows it ("$35/hr", "€42.50/hr", "35 CHF/hr"), or "—". Never assumes USD. */
    public static String rate(Freelancer f) {
        return f.hourlyRate() == null ? MISSING : FreelancerFormat.rate(f.hourlyRate(), f.currency());
    }

    /** The word shown for a hidden value. */
    public static String hiddenText() {
        return Messages.get("results.hidden");
    }

    /** The words shown when there is no Job Success Score yet. */
    public static String jssNoneText() {
        return Messages.get("results.jss.none");
    }

    /** "98%", "hidden" or "no score yet". */
    public static String jss(Freelancer f) {
        if (f.jssHidden()) {
            return hiddenText();
        }
        if (f.jobSuccessScore() == null) {
            return jssNoneText();
        }
        return FreelancerFormat.jobSuccess(f);
    }

    /**
     * "$12,345", "hidden" or "—". Upwork reports earnings in US dollars whatever the rate's currency,
     * so this is the one place a dollar sign is assumed.
     */
    public static String earnings(Freelancer f) {
        if (f.earningsHidden()) {
            return hiddenText();
        }
        if (f.totalEarnings() == null) {
            return MISSING;
        }
        String amount = whole(f.totalEarnings());
        return MISSING.equals(amount) ? MISSING : "$" + amount;
    }

    /** Whole hours with grouping, or "—". */
    public static String hours(Freelancer f) {
        return f.totalHours() == null ? MISSING : whole(BigDecimal.valueOf(f.totalHours()));
    }

    /** Completed jobs with grouping, or "—". */
    public static String jobs(Freelancer f) {
        return f.totalCompletedJobs() == null ? MISSING : whole(BigDecimal.valueOf(f.totalCompletedJobs()));
    }

    /** "City, Country", or "—". */
    public static String location(Freelancer f) {
        String location = f.location();
        return location.isEmpty() ? MISSING : location;
    }

    /** The badge's label, or empty for none. */
    public static String badge(Freelancer f) {
        Badge b = f.badge();
        return b == null ? "" : b.label();
    }

    /** One or two letters for the portrait placeholder: first and last word of the name. */
    public static String initials(Freelancer f) {
        return FreelancerFormat.initials(f.displayName());
    }

    /** A number with grouping, e.g. "12,345". */
    public static String count(long n) {
        return FreelancerFormat.grouped(n);
    }

    private static String whole(BigDecimal value) {
        BigDecimal v = com.talentfinder.cleaning.FreelancerCleaning.sane(value);
        if (v == null || v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 10)) > 0) {
            return MISSING; // never expand an absurd exponent on the UI thread
        }
        return FreelancerFormat.grouped(v.setScale(0, RoundingMode.HALF_UP).longValue());
    }
}
