package com.talentfinder.app.credits;

/**
 * This month's credits at a glance, for the status bar and {@code credits}.
 *
 * @param month     {@code YYYY-MM} in the user's time zone
 * @param used      calls made this month
 * @param limit     credits a month on the plan
 * @param remaining credits left (never negative)
 * @param fraction  used / limit, capped at 1 (for a progress bar)
 * @param warning   true from 80 % of the limit on
 */
public record CreditStatus(String month, int used, int limit, int remaining, double fraction, boolean warning) {

    /** From 80 % of the month's credits on, the meter warns. */
    public static final int WARNING_PERCENT = 80;

    public static CreditStatus of(String month, int used, int limit) {
        int remaining = Math.max(0, limit - used);
        double fraction = limit <= 0 ? 1.0 : Math.min(1.0, (double) used / limit);
        boolean warning = (long) used * 100 >= (long) limit * WARNING_PERCENT;
        return new CreditStatus(month, used, limit, remaining, fraction, warning);
    }

    /** "Credits this month: N of M", as the status bar shows it. */
    public String text() {
        return "Credits this month: " + used + " of " + limit;
    }

    public boolean exhausted() {
        return used >= limit;
    }
}
