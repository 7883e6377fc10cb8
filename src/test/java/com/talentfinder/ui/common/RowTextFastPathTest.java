package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The results table's cheaper formatting (issue 13, branch pipeline) gives the text the earlier code gave: initials
 * scanned by hand against the regular expression they replaced, and rate texts filled by {@link MessageTemplate}
 * against {@code MessageFormat} ({@link Messages#format}).
 */
class RowTextFastPathTest {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-_.,]+");

    /** The earlier implementation, kept here as the reference. */
    private static String regexInitials(String name) {
        if (name == null) {
            return "?";
        }
        String first = null;
        String last = null;
        for (String word : WORD_BREAK.split(name.strip())) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            String letter = new String(Character.toChars(word.codePointAt(0)));
            if (first == null) {
                first = letter;
            } else {
                last = letter;
            }
        }
        if (first == null) {
            return "?";
        }
        return (first + (last == null ? "" : last)).toUpperCase(Locale.ROOT);
    }

    @Test
    void initialsAreThoseOfTheRegularExpressionForOddNames() {
        List<String> names = new ArrayList<>(List.of("", " ", "Ana María López", "李小龙", "jean-luc picard",
                "o'neil", "  ana  ", "\u2003ana\u2003bo\u2003", "ana\u00a0bo", "1ana 2bo", "ana 2bo cy", "-", "_a_b_",
                "a.b,c", "\tx\ny\u000Bz\fw\rv", "ßtraße öl", "ǆemal ǈubo", "\uD835\uDC00lpha \uD835\uDC01eta",
                "\uD800 lone", "ana \uDC00", "e\u0301mile zola", "\u0301abc", "ıi İi", "A", "a b c d e f",
                ",,,", "...ana", "ana...", "Ana M.", "Dr. Ana-María de la Cruz Jr."));
        for (int c = 0; c < 0x3000; c += 7) {
            names.add((char) c + "x " + (char) (c + 3) + "y");
        }
        for (String name : names) {
            assertThat(FreelancerFormat.initials(name)).as(name).isEqualTo(regexInitials(name));
        }
        assertThat(FreelancerFormat.initials(null)).isEqualTo("?");
    }

    @Test
    void templatesGiveWhatMessageFormatGives() {
        List<String> values = List.of("", "35", "1,234.50", "{0}", "'", "''", "$", "\\", "{1}{0}", "a'b'c", "\uE000",
                "\uE001x");
        for (String a : values) {
            for (String b : values) {
                assertThat(MessageTemplate.format("detail.rate.symbol", a, b))
                        .isEqualTo(Messages.format("detail.rate.symbol", a, b));
                assertThat(MessageTemplate.format("detail.rate.code", a, b))
                        .isEqualTo(Messages.format("detail.rate.code", a, b));
                assertThat(MessageTemplate.format("detail.localTime", a, b))
                        .isEqualTo(Messages.format("detail.localTime", a, b));
            }
            assertThat(MessageTemplate.format("detail.rate.noCurrency", a))
                    .isEqualTo(Messages.format("detail.rate.noCurrency", a));
        }
    }

    /** Amount, currency and the text the formatting gave before this change (MessageFormat for every rate). */
    private static final String[][] RATES = {
            {"0", null, "0/hr (currency not given)"},
            {"0", "usd ", "$0/hr"},
            {"0", "EUR", "€0/hr"},
            {"0", "CHF", "0 CHF/hr"},
            {"0", "JPY", "¥0/hr"},
            {"0", "not a code", "0 NOT A CODE/hr"},
            {"0.0", null, "0/hr (currency not given)"},
            {"0.0", "usd ", "$0/hr"},
            {"0.0", "EUR", "€0/hr"},
            {"0.0", "CHF", "0 CHF/hr"},
            {"0.0", "JPY", "¥0/hr"},
            {"0.0", "not a code", "0 NOT A CODE/hr"},
            {"35", null, "35/hr (currency not given)"},
            {"35", "usd ", "$35/hr"},
            {"35", "EUR", "€35/hr"},
            {"35", "CHF", "35 CHF/hr"},
            {"35", "JPY", "¥35/hr"},
            {"35", "not a code", "35 NOT A CODE/hr"},
            {"35.0", null, "35/hr (currency not given)"},
            {"35.0", "usd ", "$35/hr"},
            {"35.0", "EUR", "€35/hr"},
            {"35.0", "CHF", "35 CHF/hr"},
            {"35.0", "JPY", "¥35/hr"},
            {"35.0", "not a code", "35 NOT A CODE/hr"},
            {"35.50", null, "35.50/hr (currency not given)"},
            {"35.50", "usd ", "$35.50/hr"},
            {"35.50", "EUR", "€35.50/hr"},
            {"35.50", "CHF", "35.50 CHF/hr"},
            {"35.50", "JPY", "¥35.50/hr"},
            {"35.50", "not a code", "35.50 NOT A CODE/hr"},
            {"35.555", null, "35.56/hr (currency not given)"},
            {"35.555", "usd ", "$35.56/hr"},
            {"35.555", "EUR", "€35.56/hr"},
            {"35.555", "CHF", "35.56 CHF/hr"},
            {"35.555", "JPY", "¥35.56/hr"},
            {"35.555", "not a code", "35.56 NOT A CODE/hr"},
            {"1234", null, "1,234/hr (currency not given)"},
            {"1234", "usd ", "$1,234/hr"},
            {"1234", "EUR", "€1,234/hr"},
            {"1234", "CHF", "1,234 CHF/hr"},
            {"1234", "JPY", "¥1,234/hr"},
            {"1234", "not a code", "1,234 NOT A CODE/hr"},
            {"9999.995", null, "10,000.00/hr (currency not given)"},
            {"9999.995", "usd ", "$10,000.00/hr"},
            {"9999.995", "EUR", "€10,000.00/hr"},
            {"9999.995", "CHF", "10,000.00 CHF/hr"},
            {"9999.995", "JPY", "¥10,000.00/hr"},
            {"9999.995", "not a code", "10,000.00 NOT A CODE/hr"},
            {"10000", null, "10,000/hr (currency not given)"},
            {"10000", "usd ", "$10,000/hr"},
            {"10000", "EUR", "€10,000/hr"},
            {"10000", "CHF", "10,000 CHF/hr"},
            {"10000", "JPY", "¥10,000/hr"},
            {"10000", "not a code", "10,000 NOT A CODE/hr"},
            {"0.004", null, "0.00/hr (currency not given)"},
            {"0.004", "usd ", "$0.00/hr"},
            {"0.004", "EUR", "€0.00/hr"},
            {"0.004", "CHF", "0.00 CHF/hr"},
            {"0.004", "JPY", "¥0.00/hr"},
            {"0.004", "not a code", "0.00 NOT A CODE/hr"},
            {"1E+3", null, "1,000/hr (currency not given)"},
            {"1E+3", "usd ", "$1,000/hr"},
            {"1E+3", "EUR", "€1,000/hr"},
            {"1E+3", "CHF", "1,000 CHF/hr"},
            {"1E+3", "JPY", "¥1,000/hr"},
            {"1E+3", "not a code", "1,000 NOT A CODE/hr"},
            {"-5", null, "-5/hr (currency not given)"},
            {"-5", "usd ", "$-5/hr"},
            {"-5", "EUR", "€-5/hr"},
            {"-5", "CHF", "-5 CHF/hr"},
            {"-5", "JPY", "¥-5/hr"},
            {"-5", "not a code", "-5 NOT A CODE/hr"},
    };

    @Test
    void ratesAreTheSameTextAsBefore() {
        for (String[] r : RATES) {
            assertThat(FreelancerFormat.rate(new BigDecimal(r[0]), r[1])).as(r[0] + " " + r[1]).isEqualTo(r[2]);
        }
        assertThat(FreelancerFormat.rate(null, "USD")).isEqualTo(FreelancerFormat.missing());
    }
}
