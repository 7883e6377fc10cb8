package com.talentfinder.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON bodies as parse.bot sends them, for tests: the contract's sample record, minimal records and the
 * success envelope in both shapes. Bodies are plain strings so a test can also break them on purpose.
 */
public final class ApiFixtures {

    /** The ciphertext of {@link #SAMPLE_FREELANCER}. */
    public static final String SAMPLE_ID = "~01dc05c3dd4817bee4";

    /** The sample record of the API contract, verbatim. */
    public static final String SAMPLE_FREELANCER = """
            {"city": "Lviv", "name": "Yurij M.", "state": "Lviv",
             "title": "React Developer Frontend React Full Stack Developer React Node SaaS",
             "skills": ["React", "Node.js", "JavaScript"], "vetted": false, "country": "Ukraine",
             "currency": "USD", "hide_jss": false, "timezone": "UTC+02:00 Israel", "top_rated": "top_rated",
             "ciphertext": "~01dc05c3dd4817bee4", "description": "Senior Full Stack Developer...",
             "hourly_rate": "35.0", "id_verified": false,
             "profile_url": "https://upwork.com/freelancers/~01dc05c3dd4817bee4", "total_hours": 5320.17,
             "portrait_url": "https://www.upwork.com/profile-portraits/c1GyxylmbwyRDMzLnTieLbYbtAhDZRD3HTLPFtGFsI0jm3I4sQrbMr8LV3iqXfkiq1",
             "hide_earnings": false, "top_rated_plus": "top_rated_plus", "total_earnings": 0,
             "job_success_score": 1, "total_completed_jobs": 7}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiFixtures() {
    }

    /** A minimal valid record with this ciphertext and name. */
    public static String freelancer(String ciphertext, String name) {
        return "{\"ciphertext\": \"" + ciphertext + "\", \"name\": \"" + name + "\", \"skills\": []}";
    }

    /**
     * The sample record with one field replaced (or added); {@code jsonValue} is raw JSON such as
     * {@code "\"x\""} or {@code null}. A null {@code jsonValue} removes the field.
     */
    public static String sampleWith(String field, String jsonValue) {
        try {
            ObjectNode o = (ObjectNode) JSON.readTree(SAMPLE_FREELANCER);
            if (jsonValue == null) {
                o.remove(field);
            } else {
                o.set(field, JSON.readTree(jsonValue));
            }
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + jsonValue, e);
        }
    }

    /** The success envelope with {@code data} as an object, the documented shape. */
    public static String page(int page, int perPage, long totalResults, int totalPages, List<String> freelancers) {
        return "{\"data\": {\"page\": " + page + ", \"query\": \"q\", \"per_page\": " + perPage
                + ", \"freelancers\": [" + String.join(",", freelancers) + "], \"total_pages\": " + totalPages
                + ", \"results_count\": " + freelancers.size() + ", \"total_results\": " + totalResults
                + "}, \"status\": \"success\"}";
    }

    /** The success envelope with {@code data} as a bare array of freelancers. */
    public static String bareArrayPage(List<String> freelancers) {
        return "{\"data\": [" + String.join(",", freelancers) + "], \"status\": \"success\"}";
    }

    /** parse.bot's documented error body. */
    public static String errorBody(String status, int upstreamStatus, String message, int statusCode) {
        return "{\"error\": {\"status\": \"" + status + "\", \"upstream_status_code\": " + upstreamStatus
                + ", \"message\": \"" + message + "\", \"snippet\": \"<html>…\", \"url\": \"https://www.upwork.com/\"},"
                + " \"status_code\": " + statusCode + "}";
    }
}
