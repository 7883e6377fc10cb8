package com.talentfinder.app.insights;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.WeightSpecException;
import com.talentfinder.insights.Weights;
import com.talentfinder.store.RankingPresetRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking weight presets the user saved, which preset is in use (it drives the Score columns of results and
 * shortlists, and the exports' score), and the daily watchlist check's choice and last run. Kept in the database
 * (migration V8) beside the shortlists and saved reports: user data that the backups before an upgrade hold and
 * a team database can later share, not a setting of this machine. Stored values are read as untrusted: a preset
 * whose weights no longer parse is left out, a preset id that names nothing falls back to Balanced.
 */
public final class RankingPresets {

    /** A preset name's length at most; longer names are cut. */
    public static final int MAX_NAME = 40;
    static final String ACTIVE = "ranking.active_preset";
    static final String DAILY_CHECK = "watchlist.daily_check";
    static final String LAST_CHECK = "watchlist.last_check";

    private final RankingPresetRepository repo;
    private final Clock clock;

    public RankingPresets(RankingPresetRepository repo, Clock clock) {
        this.repo = Objects.requireNonNull(repo);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The presets the user saved, A–Z. */
    public List<RankingPreset> saved() {
        List<RankingPreset> out = new ArrayList<>();
        for (RankingPresetRepository.Row row : repo.all()) {
            String name = cleanName(row.name());
            if (name == null) {
                continue;
            }
            try {
                out.add(RankingPreset.user(name, Weights.parse(row.weights())));
            } catch (WeightSpecException e) {
                // edited by hand or damaged: left out rather than guessed
            }
        }
        return out;
    }

    /**
     * Saves {@code weights} under {@code name} (trimmed, one line, at most {@link #MAX_NAME} characters),
     * replacing a preset of that name, and makes it the one in use.
     *
     * @throws IllegalArgumentException when the name is blank or every weight is 0
     */
    public RankingPreset save(String name, Weights weights) {
        String clean = cleanName(name);
        if (clean == null) {
            throw new IllegalArgumentException("A preset needs a name.");
        }
        if (weights.total() == 0) {
            throw new IllegalArgumentException("A preset needs at least one weight above 0.");
        }
        repo.save(new RankingPresetRepository.Row(clean, weights.toSpec(), clock.instant()));
        RankingPreset p = RankingPreset.user(clean, weights);
        setActive(p);
        return p;
    }

    /** Deletes a preset the user saved; if it was in use, Balanced is in use after it. */
    public void delete(String name) {
        repo.delete(name);
        if (activeId().equals(RankingPreset.USER_PREFIX + name)) {
            repo.setPreference(ACTIVE, null);
        }
    }

    /** The preset in use: the one chosen last, else Balanced. */
    public RankingPreset active() {
        String id = activeId();
        RankingPreset builtIn = RankingPreset.builtIn(id);
        if (builtIn != null) {
            return builtIn;
        }
        return saved().stream().filter(p -> p.id().equals(id)).findFirst().orElse(RankingPreset.BALANCED);
    }

    /** Remembers the preset in use (null: Balanced). */
    public void setActive(RankingPreset preset) {
        repo.setPreference(ACTIVE, preset == null ? null : preset.id());
    }

    private String activeId() {
        return repo.preference(ACTIVE).orElse(RankingPreset.BALANCED.id());
    }

    /** True when the user asked for a watchlist check once a day at start (off unless chosen). */
    public boolean dailyCheck() {
        return repo.preference(DAILY_CHECK).map("on"::equals).orElse(false);
    }

    public void setDailyCheck(boolean on) {
        repo.setPreference(DAILY_CHECK, on ? "on" : null);
    }

    /** When the watchlist was last checked (by "Check now" or at start), if ever. */
    public Optional<Instant> lastCheck() {
        try {
            return repo.preference(LAST_CHECK).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void setLastCheck(Instant at) {
        repo.setPreference(LAST_CHECK, at.toString());
    }

    static String cleanName(String raw) {
        String s = UntrustedText.singleLine(raw, MAX_NAME);
        return s == null || s.isBlank() ? null : s.strip();
    }
}
