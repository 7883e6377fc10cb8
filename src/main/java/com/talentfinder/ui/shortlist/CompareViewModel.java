package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.FreelancerFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Side by side, 2 to 4 saved freelancers: first the user's own work (status, rating, notes) and the
 * freelancer's local time, then title, rate, JSS, earnings, hours, jobs, badge, location, and their skills
 * split into those all of them share, those only one has, and the rest. Hidden values read "hidden". Immutable.
 */
public final class CompareViewModel {

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** How a skill stands among the freelancers compared. */
    public enum SkillKind { SHARED, UNIQUE, SOME }

    /** One figure across the freelancers: its label and one value per freelancer, in order. */
    public record Row(String label, List<String> values) {
    }

    private final List<ShortlistEntry> entries;
    private final List<Freelancer> freelancers;
    private final List<Row> rows;
    private final List<String> shared;
    private final Map<String, Integer> holders = new LinkedHashMap<>();

    /**
     * @param clock gives "now" for the freelancers' local time
     * @throws IllegalArgumentException unless 2 to 4 entries are given
     */
    public CompareViewModel(List<ShortlistEntry> chosen, Clock clock) {
        if (chosen.size() < MIN || chosen.size() > MAX) {
            throw new IllegalArgumentException(Messages.get("compare.needTwoToFour"));
        }
        this.entries = List.copyOf(chosen);
        this.freelancers = entries.stream().map(ShortlistEntry::freelancer).toList();
        List<Row> figures = new ArrayList<>();
        figures.add(entryRow("compare.row.status", e -> EntryCells.statusText(e.status())));
        figures.add(entryRow("compare.row.rating", e -> e.rating() == 0 ? Messages.get("compare.rating.none")
                : Messages.format("compare.rating", "\u2605".repeat(e.rating()), e.rating(),
                        ShortlistEntry.MAX_RATING)));
        figures.add(entryRow("compare.row.notes", e -> e.notes().isBlank() ? FreelancerFormat.missing() : e.notes().strip()));
        figures.add(row("compare.row.localTime", f -> FreelancerFormat.localTime(f, clock)
                .orElse(Messages.get("compare.localTime.unknown"))));
        figures.addAll(List.of(
                row("compare.row.title", f -> f.title() == null || f.title().isBlank() ? FreelancerFormat.missing() : f.title().strip()),
                row("compare.row.rate", f -> FreelancerFormat.rate(f.hourlyRate(), f.currency())),
                row("compare.row.jss", FreelancerFormat::jobSuccess),
                row("compare.row.earnings", FreelancerFormat::earnings),
                row("compare.row.hours", f -> FreelancerFormat.hours(f.totalHours())),
                row("compare.row.jobs", f -> FreelancerFormat.count(f.totalCompletedJobs())),
                row("compare.row.badge", f -> {
                    Badge b = f.badge();
                    return b == null ? Messages.get("compare.badge.none") : BadgeLook.label(b);
                }),
                row("compare.row.location", FreelancerFormat::location),
                row("compare.row.verified", f -> Messages.get(f.idVerified() ? "compare.yes" : "compare.no"))));
        this.rows = List.copyOf(figures);
        for (Freelancer f : freelancers) {
            for (String key : skillKeys(f)) {
                holders.merge(key, 1, Integer::sum);
            }
        }
        List<String> all = new ArrayList<>();
        for (String skill : skillsOf(freelancers.get(0))) {
            if (holders.get(key(skill)) == freelancers.size()) {
                all.add(skill);
            }
        }
        this.shared = List.copyOf(all);
    }

    private Row row(String key, Function<Freelancer, String> value) {
        return new Row(Messages.get(key), freelancers.stream().map(value).toList());
    }

    private Row entryRow(String key, Function<ShortlistEntry, String> value) {
        return new Row(Messages.get(key), entries.stream().map(value).toList());
    }

    /** The freelancers compared, in column order. */
    public List<Freelancer> freelancers() {
        return freelancers;
    }

    /** The figures, one row each. */
    public List<Row> rows() {
        return rows;
    }

    /** Skills every freelancer compared has, in the first one's order. */
    public List<String> sharedSkills() {
        return shared;
    }

    /** The skills only {@code f} has among those compared. */
    public List<String> uniqueSkills(Freelancer f) {
        return skillsOf(f).stream().filter(s -> holders.get(key(s)) == 1).toList();
    }

    /** {@code f}'s skills, each with how it stands (for highlighting). */
    public Map<String, SkillKind> skillsWithKind(Freelancer f) {
        Map<String, SkillKind> out = new LinkedHashMap<>();
        for (String s : skillsOf(f)) {
            int n = holders.get(key(s));
            out.put(s, n == freelancers.size() ? SkillKind.SHARED : n == 1 ? SkillKind.UNIQUE : SkillKind.SOME);
        }
        return out;
    }

    private static List<String> skillsOf(Freelancer f) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String s : f.skills()) {
            if (s != null && !s.isBlank()) {
                byKey.putIfAbsent(key(s), s.strip());
            }
        }
        return List.copyOf(byKey.values());
    }

    private static Set<String> skillKeys(Freelancer f) {
        Set<String> keys = new LinkedHashSet<>();
        skillsOf(f).forEach(s -> keys.add(key(s)));
        return keys;
    }

    private static String key(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }
}
