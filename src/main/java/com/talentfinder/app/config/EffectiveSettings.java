package com.talentfinder.app.config;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiKey;
import com.talentfinder.domain.Plan;
import java.time.Duration;
import java.util.Map;

/**
 * The one place that decides what is in force when the environment and the saved Settings disagree:
 * <ul>
 *   <li>the key: the one saved in Settings wins (the user can always fix a wrong one there), then
 *       {@code PARSE_API_KEY}; with neither, the demo answers;</li>
 *   <li>the API URL: {@code TALENT_FINDER_API_URL}, then Settings, then the default;</li>
 *   <li>the plan: {@code TALENT_FINDER_PLAN}, then Settings; the pace: {@code TALENT_FINDER_CALLS_PER_MINUTE},
 *       then the plan's.</li>
 *   <li>the team database: {@code TALENT_FINDER_DB_URL}, then Settings' "Team database"; with neither,
 *       shortlists stay in the personal file.</li>
 * </ul>
 * What the environment decides is never written back to the settings file ({@link #toStore}).
 */
public final class EffectiveSettings {

    public static final String ENV_KEY = "PARSE_API_KEY";
    public static final String ENV_API_URL = "TALENT_FINDER_API_URL";
    public static final String ENV_PLAN = "TALENT_FINDER_PLAN";
    /** A custom pace (calls a minute) for a plan of one's own, e.g. a forked scraper with its own limit. */
    public static final String ENV_CALLS_PER_MINUTE = "TALENT_FINDER_CALLS_PER_MINUTE";

    /** The team database, {@code jdbc:postgresql://host:port/db?user=..&password=..&sslmode=..} (issue 16). */
    public static final String ENV_DB_URL = "TALENT_FINDER_DB_URL";

    /**
     * {@code 1}/{@code true}/{@code yes}: the API key is the team's, its credit meter is shared through the team
     * database; {@code 0}/{@code false}/{@code no}: it is not. Wins over Settings' choice (issue 16).
     */
    public static final String ENV_TEAM_KEY = "TALENT_FINDER_TEAM_KEY";

    private final Map<String, String> env;

    public EffectiveSettings(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The key in force for settings {@code s}, or null when there is none (then the demo answers). */
    public ApiKey key(Settings s) {
        return s.apiKey() != null ? s.apiKey() : ApiKey.ofNullable(env.get(ENV_KEY));
    }

    /** True when searches are answered by the demo: no key in Settings nor in the environment. */
    public boolean demo(Settings s) {
        return key(s) == null;
    }

    /** True when {@code PARSE_API_KEY} holds a key (a key saved in Settings is used instead of it). */
    public boolean environmentHasKey() {
        return ApiKey.ofNullable(env.get(ENV_KEY)) != null;
    }

    /** True when the key in force comes from {@code PARSE_API_KEY}: there is one, and none saved in Settings. */
    public boolean keyFromEnvironment(Settings s) {
        return environmentHasKey() && s.apiKey() == null;
    }

    /** The API URL in force for settings {@code s}. */
    public String apiUrl(Settings s) {
        String fromEnv = env.get(ENV_API_URL);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return s.apiUrl() != null ? s.apiUrl() : ApiEndpoint.DEFAULT_BASE_URL;
    }

    /** True when the API URL comes from the environment. */
    public boolean apiUrlFromEnvironment() {
        String url = env.get(ENV_API_URL);
        return url != null && !url.isBlank();
    }

    /** The plan in force: {@code TALENT_FINDER_PLAN} wins over Settings. */
    public Plan plan(Settings s) {
        Plan fromEnv = Plan.parse(env.get(ENV_PLAN));
        return fromEnv != null ? fromEnv : s.plan();
    }

    /** True when {@code TALENT_FINDER_PLAN} names a plan, which then wins over the one in Settings. */
    public boolean planFromEnvironment() {
        return Plan.parse(env.get(ENV_PLAN)) != null;
    }

    /**
     * The pace the limiter keeps: {@code TALENT_FINDER_CALLS_PER_MINUTE} when it is a whole number from 1 to
     * 10,000, else the plan's calls a minute.
     */
    public int callsPerMinute(Settings s) {
        String custom = env.get(ENV_CALLS_PER_MINUTE);
        if (custom != null) {
            try {
                int n = Integer.parseInt(custom.strip());
                if (n >= 1 && n <= 10_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: the plan's pace
            }
        }
        return plan(s).callsPerMinute();
    }

    /** True when {@code TALENT_FINDER_DB_URL} is set: it names the team database, whatever Settings say. */
    public boolean teamDatabaseFromEnvironment() {
        String url = env.get(ENV_DB_URL);
        return url != null && !url.isBlank();
    }

    /**
     * The team database in force: {@code TALENT_FINDER_DB_URL}, else the one in Settings with its saved
     * password ({@code password} is asked only then); empty when none (shortlists stay in the personal file).
     *
     * @throws IllegalArgumentException when {@code TALENT_FINDER_DB_URL} is not a PostgreSQL address (the
     *     message never repeats it: it may hold a password)
     */
    public java.util.Optional<com.talentfinder.store.ServerLogin> teamLogin(TeamDatabaseSettings saved,
            java.util.function.Supplier<java.util.Optional<String>> password) {
        if (teamDatabaseFromEnvironment()) {
            return java.util.Optional.of(com.talentfinder.store.ServerLogin.fromUrl(env.get(ENV_DB_URL)));
        }
        if (!saved.configured()) {
            return java.util.Optional.empty();
        }
        return saved.login(password.get().orElse(null));
    }

    /** What {@code TALENT_FINDER_TEAM_KEY} says (is the key the team's?); empty when unset or not a yes/no. */
    public java.util.Optional<Boolean> teamKeyFromEnvironment() {
        String v = env.get(ENV_TEAM_KEY);
        String t = v == null ? "" : v.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "1", "true", "yes", "on" -> java.util.Optional.of(true);
            case "0", "false", "no", "off" -> java.util.Optional.of(false);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * The settings to write from a form: what the environment decides (the API URL, the plan) stays as it was
     * saved; the key is always the form's (a key saved in Settings wins over {@code PARSE_API_KEY}).
     */
    public Settings toStore(Settings saved, ApiKey key, String apiUrl, Plan plan, String theme, Duration cacheTtl) {
        String url = apiUrlFromEnvironment() ? saved.apiUrl() : apiUrl;
        Plan chosen = planFromEnvironment() ? saved.plan() : plan;
        return new Settings(key, url, chosen, theme, cacheTtl, saved.workingHours());
    }
}
