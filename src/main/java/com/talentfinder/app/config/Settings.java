package com.talentfinder.app.config;

import com.talentfinder.api.ApiKey;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.WorkingHours;
import java.time.Duration;

/**
 * What the user chose in Settings. {@code toString()} is safe to log (the key masks itself).
 *
 * @param apiKey  the saved key, or null
 * @param apiUrl  the scraper base URL, or null for the default
 * @param theme   {@code light} or {@code dark}
 * @param workingHours the user's working day (for the overlap filter), 9:00–17:00 in the computer's zone by default
 */
public record Settings(ApiKey apiKey, String apiUrl, Plan plan, String theme, Duration cacheTtl,
                       WorkingHours workingHours) {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofHours(24);

    public Settings {
        plan = plan == null ? Plan.FREE : plan;
        theme = "dark".equals(theme) ? "dark" : "light";
        cacheTtl = cacheTtl == null || cacheTtl.isNegative() ? DEFAULT_CACHE_TTL : cacheTtl;
        apiUrl = apiUrl == null || apiUrl.isBlank() ? null : apiUrl.strip();
        workingHours = workingHours == null ? WorkingHours.defaults() : workingHours;
    }

    /** Settings with the default working hours. */
    public Settings(ApiKey apiKey, String apiUrl, Plan plan, String theme, Duration cacheTtl) {
        this(apiKey, apiUrl, plan, theme, cacheTtl, null);
    }

    public static Settings defaults() {
        return new Settings(null, null, Plan.FREE, "light", DEFAULT_CACHE_TTL);
    }

    public Settings withApiKey(ApiKey key) {
        return new Settings(key, apiUrl, plan, theme, cacheTtl, workingHours);
    }

    public Settings withApiUrl(String url) {
        return new Settings(apiKey, url, plan, theme, cacheTtl, workingHours);
    }

    public Settings withPlan(Plan p) {
        return new Settings(apiKey, apiUrl, p, theme, cacheTtl, workingHours);
    }

    public Settings withTheme(String t) {
        return new Settings(apiKey, apiUrl, plan, t, cacheTtl, workingHours);
    }

    public Settings withWorkingHours(WorkingHours hours) {
        return new Settings(apiKey, apiUrl, plan, theme, cacheTtl, hours);
    }

    public Settings withCacheTtl(Duration ttl) {
        return new Settings(apiKey, apiUrl, plan, theme, ttl, workingHours);
    }
}
