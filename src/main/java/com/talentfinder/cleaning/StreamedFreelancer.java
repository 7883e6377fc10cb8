package com.talentfinder.cleaning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.talentfinder.domain.Freelancer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of the freelancer record a streaming reader is on, set one by one from the parser (each setter
 * reads the value as {@link JsonTokenValues} does; a field set twice keeps its last value), then cleaned and built
 * by {@link #build()}: the same freelancer as {@link FreelancerCleaning#clean} of the values as read. Short texts
 * (currency, country, state, city, time zone) and skills are cleaned as they are read (the skills straight into
 * their one list). One object serves the records of an answer, {@link #reset()} between them. Not thread-safe.
 */
public final class StreamedFreelancer {

    /** Strings of a skills array read at most (twice as many as are kept, so blanks and repeats can be dropped). */
    static final int MAX_RAW_SKILLS = FreelancerCleaning.MAX_SKILLS * 2;
    private static final int SMALL_SKILL_LIST = 16;

    private String id;
    private String name;
    private String title;
    private String description;
    private String profileUrl;
    private String portraitUrl;
    private BigDecimal rate;
    private String currency;
    private String country;
    private String state;
    private String city;
    private String timezone;
    private List<String> skills;
    private Integer jss;
    private boolean jssHidden;
    private BigDecimal earnings;
    private boolean earningsHidden;
    private Double hours;
    private Integer jobs;
    private boolean topRated;
    private boolean topRatedPlus;
    private boolean vetted;
    private boolean idVerified;

    public StreamedFreelancer() {
        reset();
    }

    /** Forgets the fields of the previous record (not the answer's cleaned texts). */
    public void reset() {
        id = null;
        name = null;
        title = null;
        description = null;
        profileUrl = null;
        portraitUrl = null;
        rate = null;
        currency = null;
        country = null;
        state = null;
        city = null;
        timezone = null;
        skills = List.of();
        jss = null;
        jssHidden = false;
        earnings = null;
        earningsHidden = false;
        hours = null;
        jobs = null;
        topRated = false;
        topRatedPlus = false;
        vetted = false;
        idVerified = false;
    }

    public void id(JsonParser p, JsonToken t) throws IOException {
        id = JsonTokenValues.text(p, t);
    }

    public void name(JsonParser p, JsonToken t) throws IOException {
        name = JsonTokenValues.text(p, t);
    }

    public void title(JsonParser p, JsonToken t) throws IOException {
        title = JsonTokenValues.text(p, t);
    }

    public void description(JsonParser p, JsonToken t) throws IOException {
        description = JsonTokenValues.text(p, t);
    }

    public void profileUrl(JsonParser p, JsonToken t) throws IOException {
        profileUrl = JsonTokenValues.string(p, t);
    }

    public void portraitUrl(JsonParser p, JsonToken t) throws IOException {
        portraitUrl = JsonTokenValues.string(p, t);
    }

    public void hourlyRate(JsonParser p, JsonToken t) throws IOException {
        rate = JsonTokenValues.decimal(p, t);
    }

    public void currency(JsonParser p, JsonToken t) throws IOException {
        currency = UntrustedText.singleLine(JsonTokenValues.text(p, t), FreelancerCleaning.MAX_CURRENCY);
    }

    public void country(JsonParser p, JsonToken t) throws IOException {
        country = shortText(p, t);
    }

    public void state(JsonParser p, JsonToken t) throws IOException {
        state = shortText(p, t);
    }

    public void city(JsonParser p, JsonToken t) throws IOException {
        city = shortText(p, t);
    }

    public void timezone(JsonParser p, JsonToken t) throws IOException {
        timezone = shortText(p, t);
    }

    private static String shortText(JsonParser p, JsonToken t) throws IOException {
        return UntrustedText.singleLine(JsonTokenValues.text(p, t), FreelancerCleaning.MAX_SHORT_TEXT);
    }

    /** The Job Success Score as the caller read it (a percentage; out of 0-100 is dropped by {@link #build}). */
    public void jobSuccessScore(Integer percentage) {
        jss = percentage;
    }

    public void jssHidden(JsonParser p, JsonToken t) throws IOException {
        jssHidden = JsonTokenValues.bool(p, t);
    }

    public void totalEarnings(JsonParser p, JsonToken t) throws IOException {
        earnings = JsonTokenValues.decimal(p, t);
    }

    public void earningsHidden(JsonParser p, JsonToken t) throws IOException {
        earningsHidden = JsonTokenValues.bool(p, t);
    }

    public void totalHours(JsonParser p, JsonToken t) throws IOException {
        hours = JsonTokenValues.doubleValue(p, t);
    }

    public void totalCompletedJobs(JsonParser p, JsonToken t) throws IOException {
        jobs = JsonTokenValues.integer(p, t);
    }

    /** Top Rated when the value is the string {@code top_rated}. */
    public void topRated(JsonParser p, JsonToken t) throws IOException {
        topRated = "top_rated".equals(JsonTokenValues.string(p, t));
    }

    /** Top Rated Plus when the value is the string {@code top_rated_plus}. */
    public void topRatedPlus(JsonParser p, JsonToken t) throws IOException {
        topRatedPlus = "top_rated_plus".equals(JsonTokenValues.string(p, t));
    }

    public void vetted(JsonParser p, JsonToken t) throws IOException {
        vetted = JsonTokenValues.bool(p, t);
    }

    public void idVerified(JsonParser p, JsonToken t) throws IOException {
        idVerified = JsonTokenValues.bool(p, t);
    }

    /**
     * The strings of a JSON array (the first {@value #MAX_RAW_SKILLS}; other values skipped), cleaned straight into
     * one list: blanks and repeats dropped, order kept, at most {@code FreelancerCleaning.MAX_SKILLS}, as
     * {@link FreelancerCleaning} cleans a list of them. Anything but an array is no skills.
     */
    public void skills(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            JsonTokenValues.skip(p, start);
            skills = List.of();
            return;
        }
        List<String> out = null;
        Set<String> seen = null;
        int read = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonEOFException(p, null, "end of input inside the skills");
            }
            if (t != JsonToken.VALUE_STRING) {
                JsonTokenValues.skip(p, t);
                continue;
            }
            if (read >= MAX_RAW_SKILLS || (out != null && out.size() >= FreelancerCleaning.MAX_SKILLS)) {
                continue;
            }
            read++;
            String skill = UntrustedText.singleLine(p.getText(), FreelancerCleaning.MAX_SHORT_TEXT);
            if (skill == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            if (out.size() < SMALL_SKILL_LIST) {
                if (!out.contains(skill)) {
                    out.add(skill);
                }
            } else {
                if (seen == null) {
                    seen = new HashSet<>(out);
                }
                if (seen.add(skill)) {
                    out.add(skill);
                }
            }
        }
        skills = out == null ? List.of() : List.copyOf(out);
    }

    /**
     * The record, cleaned; null when nothing of its id is left after cleaning (the caller skips it). The profile
     * URL is checked against the cleaned id.
     */
    public Freelancer build() {
        String cleanId = UntrustedText.singleLine(id, FreelancerCleaning.MAX_ID);
        if (cleanId == null) {
            return null;
        }
        return FreelancerCleaning.cleanRest(cleanId, name, title, description, profileUrl, portraitUrl, rate,
                currency, country, state, city, timezone, skills, jss, jssHidden, earnings, earningsHidden, hours,
                jobs, topRated, topRatedPlus, vetted, idVerified);
    }
}
