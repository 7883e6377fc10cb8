package com.talentfinder.ui.common;

import com.talentfinder.cleaning.FreelancerCleaning;
import com.talentfinder.domain.Figures;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ZoneText;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain-text forms of a freelancer's figures, shared by the detail pane and usable by the results table.
 * No JavaFX: every method is a pure function of its arguments.
 */
public final class FreelancerFormat {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    // One formatter of each per thread: DecimalFormat is not thread-safe, and tables format thousands of cells.
    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)));
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));

    private static final java.util.concurrent.ConcurrentMap<String, Optional<String>> SYMBOLS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final BigDecimal LONG_SAFE = BigDecimal.valueOf(Long.MAX_VALUE / 10);

    private FreelancerFormat() {
    }

    /** "$35/hr", "€42.50/hr", "35 CHF/hr"; "35/hr (currency not given)" without a currency; "—". */
    public static String rate(BigDecimal rate, String currency) {
        if (rate == null) {
            return missing();
        }
        if (FreelancerCleaning.sane(rate) == null) {
            return missing(); // a stored absurd value: never expand its exponent
        }
        String amount = amount(rate);
        if (currency == null || currency.isBlank()) {
            return MessageTemplate.format("detail.rate.noCurrency", amount);
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        String symbol = symbolOf(code);
        return symbol == null ? MessageTemplate.format("detail.rate.code", amount, code)
                : MessageTemplate.format("detail.rate.symbol", symbol, amount);
    }

    /** "98%", "hidden" or "no score yet". */
    public static String jobSuccess(Freelancer f) {
        if (f.jssHidden()) {
            return hidden();
        }
        return f.jobSuccessScore() == null ? Messages.get("detail.jss.none") : f.jobSuccessScore() + "%";
    }

    /** The one text shown for a value that was not sent ("—"), everywhere on screen. */
    public static String missing() {
        return Messages.get("value.missing");
    }

    /** The one word shown for a value the freelancer hides. */
    public static String hidden() {
        return Messages.get("value.hidden");
    }

    /** True for the texts a cell shows muted: missing, hidden, no score yet. */
    public static boolean isMuted(String shown) {
        return shown != null && (shown.equals(missing()) || shown.equals(hidden()) || shown.equals(Messages.get("detail.jss.none")));
    }

    /** "$12,345+" (Upwork reports earnings in US dollars, rounded down by {@link Figures}), "hidden", or "—". */
    public static String earnings(Freelancer f) {
        if (f.earningsHidden()) {
            return hidden();
        }
        Long whole = Figures.wholeEarnings(f);
        return whole == null ? missing() : Figures.earningsText(whole);
    }

    /** "5,320" hours, rounded down by {@link Figures}; "—". */
    public static String hours(Double hours) {
        Long whole = Figures.wholeHours(hours);
        return whole == null ? missing() : grouped(whole);
    }

    /** "7"; "—". */
    public static String count(Integer n) {
        Long jobs = Figures.jobs(n);
        return jobs == null ? missing() : grouped(jobs);
    }

    /** "City, Country", or "—". */
    public static String location(Freelancer f) {
        String place = f.location(); // built on each call: once here
        return place.isEmpty() ? missing() : place;
    }

    /** The freelancer's zone from Upwork's timezone text; see {@link ZoneText#zoneOf}. */
    public static Optional<ZoneId> zoneOf(String timezone) {
        return ZoneText.zoneOf(timezone);
    }

    /**
     * "Lviv, Ukraine · 14:05 local time (UTC+02:00)"; just the location when the timezone cannot be read;
     * "—" when nothing is known.
     */
    public static String locationWithLocalTime(Freelancer f, Clock clock) {
        String place = f.location();
        Optional<String> time = localTime(f, clock);
        if (time.isEmpty()) {
            return place.isEmpty() ? missing() : place;
        }
        return place.isEmpty() ? time.get() : place + " \u00b7 " + time.get();
    }

    /** "14:05 local time (UTC+02:00)", or empty when the timezone cannot be read. */
    public static Optional<String> localTime(Freelancer f, Clock clock) {
        Optional<ZoneId> zone = zoneOf(f.timezone());
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone.get()));
        String zoneLabel = zone.get() instanceof ZoneOffset offset
                ? (offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId())
                : zone.get().getId();
        return Optional.of(Messages.format("detail.localTime", CLOCK_TIME.format(now), zoneLabel));
    }

    /**
     * Up to two letters: the first letters of the first and last words that start with a letter, upper-cased
     * ("Ana María López" → "AL", "李小龙" → "李"); "?" when the name has none.
     */
    public static String initials(String name) {
        if (name == null) {
            return "?";
        }
        // The words are the runs of the stripped name between separators (ASCII whitespace, '-', '_', '.', ','),
        // as the regular expression [\s\-_.,]+ splits them; scanned by hand because a table does this for every row.
        String text = name.strip();
        int first = -1;
        int last = -1;
        boolean atWordStart = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordBreak(cp)) {
                atWordStart = true;
            } else if (atWordStart) {
                atWordStart = false;
                if (Character.isLetter(cp)) {
                    if (first < 0) {
                        first = cp;
                    } else {
                        last = cp;
                    }
                }
            }
        }
        if (first < 0) {
            return "?";
        }
        String letters = last < 0 ? new String(Character.toChars(first))
                : new StringBuilder(4).appendCodePoint(first).appendCodePoint(last).toString();
        return letters.toUpperCase(Locale.ROOT);
    }

    /** A separator between words: {@code \s} of a regular expression (ASCII whitespace only) or {@code - _ . ,}. */
    private static boolean isWordBreak(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '-' || c == '_' || c == '.' || c == ',';
    }

    private static String symbolOf(String code) {
        return SYMBOLS.computeIfAbsent(code, FreelancerFormat::lookUpSymbol).orElse(null);
    }

    private static Optional<String> lookUpSymbol(String code) {
        return Optional.ofNullable(symbolFor(code));
    }

    private static String symbolFor(String code) {
        try {
            String symbol = Currency.getInstance(code).getSymbol(Locale.US);
            if (!symbol.equals(code) && symbol.length() == 1) {
                return symbol;
            }
            return switch (code) {
                case "EUR" -> "\u20ac";
                case "GBP" -> "\u00a3";
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Call with sane values only ({@link FreelancerCleaning#sane}): no exponent is ever expanded here. */
    private static String amount(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return grouped(v.setScale(0, RoundingMode.UNNECESSARY));
        }
        return TWO_DECIMALS.get().format(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static String grouped(BigDecimal whole) {
        if (whole.scale() <= 0 && whole.abs().compareTo(LONG_SAFE) < 0) {
            return grouped(whole.longValue());
        }
        return GROUPED.get().format(whole);
    }

    /** "12,345": US grouping without a formatter (tables show thousands of these). */
    public static String grouped(long n) {
        return Figures.grouped(n);
    }
}
