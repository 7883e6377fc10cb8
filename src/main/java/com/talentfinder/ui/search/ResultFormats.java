package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How the results table shows each value. No JavaFX: the cells call these, and tests check them.
 * Hidden values always read "hidden"; missing ones read "—".
 */
public final class ResultFormats {

    /** Shown for a value that was not sent. */
    public static final String MISSING = "—";

    private ResultFormats() {
    }

    /** "$35.00/hr" for US dollars, "€40.00/hr EUR" for other currencies, "40.00 CHF/hr" without a symbol. */
    public static String rate(Freelancer f) {
        return rate(f.hourlyRate(), f.currency());
    }

    static String rate(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return MISSING;
        }
        Currency currency = currency(currencyCode);
        if (currency == null) {
            String number = decimals(amount, 2);
            return currencyCode == null || currencyCode.isBlank()
                    ? Messages.format("results.rate.plain", number)
                    : Messages.format("results.rate.code", number, currencyCode.strip());
        }
        String number = decimals(amount, Math.max(0, currency.getDefaultFractionDigits()));
        String symbol = currency.getSymbol(Messages.LOCALE);
        if ("USD".equals(currency.getCurrencyCode())) {
            return Messages.format("results.rate.usd", symbol, number);
        }
        if (symbol.equals(currency.getCurrencyCode())) {
            return Messages.format("results.rate.code", number, symbol);
        }
        return Messages.format("results.rate.symbol", symbol, number, currency.getCurrencyCode());
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
        return Messages.format("results.jss.value", f.jobSuccessScore());
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
        return "$" + decimals(f.totalEarnings(), 0);
    }

    /** Whole hours with grouping, or "—". */
    public static String hours(Freelancer f) {
        return f.totalHours() == null ? MISSING : decimals(BigDecimal.valueOf(f.totalHours()), 0);
    }

    /** Completed jobs with grouping, or "—". */
    public static String jobs(Freelancer f) {
        return f.totalCompletedJobs() == null ? MISSING : decimals(BigDecimal.valueOf(f.totalCompletedJobs()), 0);
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
        String[] words = f.displayName().split("\\s+");
        StringBuilder sb = new StringBuilder();
        sb.appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1 && !words[words.length - 1].isEmpty()) {
            sb.appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** A number with grouping, e.g. "12,345". */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Messages.LOCALE).format(n);
    }

    private static String decimals(BigDecimal value, int digits) {
        NumberFormat nf = NumberFormat.getNumberInstance(Messages.LOCALE);
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(digits);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(value);
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
