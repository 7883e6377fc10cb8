package com.talentfinder.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.talentfinder.cleaning.FreelancerCleaning;
import com.talentfinder.cleaning.JsonTokenValues;
import com.talentfinder.cleaning.StreamedFreelancer;
import com.talentfinder.domain.Freelancer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads the freelancer records of one answer, field by field in a streaming pass, into cleaned {@link Freelancer}s:
 * the field names and meanings of the API contract (the {@code job_success_score} scale, the badge strings), the
 * values read and cleaned by {@link StreamedFreelancer} (so by {@link FreelancerCleaning}). One per answer (it
 * reuses one field holder for the answer's records); not thread-safe.
 */
final class FreelancerRecordReader {

    private final StreamedFreelancer fields = new StreamedFreelancer();

    /**
     * One record, whose first token {@code start} the parser is on; null when it has no ciphertext (or is not an
     * object). A key sent twice counts with its last value, as in a tree. Leaves the parser on the record's last
     * token.
     */
    Freelancer read(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            JsonTokenValues.skip(p, start);
            return null;
        }
        StreamedFreelancer f = fields;
        f.reset();
        String key;
        while ((key = p.nextFieldName()) != null) {
            field(f, key, p, p.nextToken());
        }
        return f.build();
    }

    private static void field(StreamedFreelancer f, String key, JsonParser p, JsonToken t) throws IOException {
        switch (key) {
            case "ciphertext" -> f.id(p, t);
            case "name" -> f.name(p, t);
            case "title" -> f.title(p, t);
            case "description" -> f.description(p, t);
            case "profile_url" -> f.profileUrl(p, t);
            case "portrait_url" -> f.portraitUrl(p, t);
            case "hourly_rate" -> f.hourlyRate(p, t);
            case "currency" -> f.currency(p, t);
            case "country" -> f.country(p, t);
            case "state" -> f.state(p, t);
            case "city" -> f.city(p, t);
            case "timezone" -> f.timezone(p, t);
            case "skills" -> f.skills(p, t);
            case "job_success_score" -> f.jobSuccessScore(jssPercentage(p, t));
            case "hide_jss" -> f.jssHidden(p, t);
            case "total_earnings" -> f.totalEarnings(p, t);
            case "hide_earnings" -> f.earningsHidden(p, t);
            case "total_hours" -> f.totalHours(p, t);
            case "total_completed_jobs" -> f.totalCompletedJobs(p, t);
            case "top_rated" -> f.topRated(p, t);
            case "top_rated_plus" -> f.topRatedPlus(p, t);
            case "vetted" -> f.vetted(p, t);
            case "id_verified" -> f.idVerified(p, t);
            default -> JsonTokenValues.skip(p, t);
        }
    }

    /** {@link #jssPercentage(BigDecimal)} of the value the parser is on. */
    static Integer jssPercentage(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            // A whole number (the service sends 0 or 1, or a percentage): as below, without BigDecimal arithmetic.
            int v = p.getIntValue();
            if (v < 0) {
                return 0;
            }
            return v <= 1 ? v * 100 : Math.min(v, 100);
        }
        return jssPercentage(JsonTokenValues.decimal(p, t));
    }

    /**
     * The Job Success Score as a whole percentage: a value up to 1 is on the 0–1 scale (×100), a larger one is
     * already a percentage; clamped to 0–100. Null stays null (no score yet).
     */
    static Integer jssPercentage(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal percent = value.compareTo(BigDecimal.ONE) <= 0 ? value.movePointRight(2) : value;
        if (percent.signum() < 0) {
            return 0;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return 100;
        }
        return percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
