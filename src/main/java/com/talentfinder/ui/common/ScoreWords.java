package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.Factor;
import com.talentfinder.insights.FactorScore;
import com.talentfinder.insights.ScoreBreakdown;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranking score in words, wherever it is shown (the Insights ranking panel, the Score columns' tooltips):
 * "why 82", one line per factor, "unknown" for a hidden or missing value, and how unknown weight was spread.
 */
public final class ScoreWords {

    private ScoreWords() {
    }

    /** "82.4"; "–" when there is no score (no weighted factor known). */
    public static String score(ScoreBreakdown b) {
        if (b == null || !b.isScored()) {
            return ResultFormats.missing();
        }
        // Always one decimal ("70.0" beside "68.7"), so a column of scores lines up.
        NumberFormat f = NumberFormat.getNumberInstance(Messages.LOCALE);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(b.score().setScale(1, RoundingMode.HALF_UP));
    }

    /** The factor's name from the bundle. */
    public static String factorName(Factor f) {
        return dynamic("insights.factor.", f.code());
    }

    /** "Why Ana Silva scores 82.4", or that there is no score. */
    public static String headline(Freelancer f, ScoreBreakdown b) {
        return b.isScored() ? Messages.format("insights.why.headline", f.name(), amount(b.score()))
                : Messages.format("insights.why.undefined", f.name());
    }

    /** One factor's part, in words. */
    public static String line(FactorScore s) {
        String name = factorName(s.factor());
        return switch (s.status()) {
            case KNOWN -> Messages.format("insights.why.known", name, Math.round(s.value() * 100),
                    amount(s.contribution()), s.weight(), amount(BigDecimal.valueOf(s.receivedWeight())));
            case UNKNOWN -> Messages.format("insights.why.unknown", name,
                    dynamic("insights.why.reason.", s.reason().name().toLowerCase(Locale.ROOT)), s.weight());
            case NOT_APPLICABLE -> Messages.format("insights.why.notApplicable", name);
            case ZERO_WEIGHT -> Messages.format("insights.why.zero", name);
        };
    }

    /** How unknown weight was spread, or empty. */
    public static String spread(ScoreBreakdown b) {
        int spread = b.spreadWeight();
        return spread == 0 ? "" : Messages.format("insights.why.spread", spread,
                String.join(", ", b.unknown().stream().map(s -> factorName(s.factor())).toList()));
    }

    /** The whole explanation on several lines: headline, a line per factor, the spread note, the formula. */
    public static String explain(Freelancer f, ScoreBreakdown b) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(f, b));
        b.factors().forEach(s -> lines.add("  " + line(s)));
        String spread = spread(b);
        if (!spread.isEmpty()) {
            lines.add(spread);
        }
        lines.add(Messages.format("score.tooltip.formula", b.formulaVersion()));
        return String.join("\n", lines);
    }

    /** The text of a key made of a prefix and a code (a factor, a reason). */
    private static String dynamic(String prefix, String code) {
        String key = prefix + code;
        return Messages.get(key);
    }

    /** Two decimals at most ("42.5", "40"). */
    static String amount(BigDecimal v) {
        if (v == null) {
            return ResultFormats.missing();
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.LOCALE);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }
}
