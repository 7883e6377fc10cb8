package com.talentfinder.insights;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The usable asking rates of a list of freelancers, and how many were left out.
 *
 * <p>A freelancer is left out ({@link #excluded()}) when the rate is missing, zero or negative, or the currency
 * is missing or blank: no rate is ever guessed and no currency ever assumed. A profile that appears twice
 * (deep pages repeat profiles) counts once, by id, first occurrence kept; repeats are neither used nor
 * counted as excluded.
 *
 * @param rated    the freelancers with a usable rate, in input order
 * @param excluded how many distinct freelancers had no usable rate
 */
public record AskingRates(List<Rated> rated, int excluded) {

    /** One usable rate; {@code currency} is trimmed and upper-cased ("usd " becomes "USD"). */
    public record Rated(Freelancer freelancer, String currency, BigDecimal rate) {
    }

    public AskingRates {
        rated = List.copyOf(rated);
    }

    public static AskingRates of(List<Freelancer> freelancers) {
        List<Rated> rated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int excluded = 0;
        for (Freelancer f : freelancers) {
            if (!seen.add(f.id())) {
                continue;
            }
            String currency = currencyOf(f);
            BigDecimal rate = f.hourlyRate();
            if (currency == null || rate == null || rate.signum() <= 0) {
                excluded++;
            } else {
                rated.add(new Rated(f, currency, rate));
            }
        }
        return new AskingRates(rated, excluded);
    }

    /** The trimmed upper-case currency code, or null when missing or blank. */
    static String currencyOf(Freelancer f) {
        String c = f.currency();
        return c == null || c.isBlank() ? null : c.strip().toUpperCase(Locale.ROOT);
    }
}
