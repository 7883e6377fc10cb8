package com.talentfinder.bench;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.search.FreelancerFilter;
import com.talentfinder.ui.search.ResultComparators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Figure 3: one filter change over 10,000 loaded results, as the window applies it: a new
 * {@link FreelancerFilter} set as the predicate of a {@link FilteredList} over the loaded list, seen through the
 * table's {@link SortedList} (sorted by rate) with a change listener on it. p99 of the time per change, against
 * the same loop with an always-true predicate.
 */
final class FilterBench {

    static final int RESULTS = 10_000;
    static final int WARMUP = 300;
    static final int CHANGES = 1_000;

    List<Figure> run() throws Exception {
        List<Freelancer> loaded = BenchData.freelancers(RESULTS);
        List<Predicate<Freelancer>> filters = userChanges(CHANGES + WARMUP);
        List<Predicate<Freelancer>> floor = new ArrayList<>();
        for (int i = 0; i < CHANGES + WARMUP; i++) {
            int k = i; // a capturing lambda: a new instance each time, so every change re-filters
            floor.add(f -> k >= 0);
        }
        List<Double> baseline = measure(loaded, floor);
        List<Double> real = measure(loaded, filters);
        // a second pass each, alternating, so neither side is favoured by warm-up order
        baseline.addAll(measure(loaded, floor));
        real.addAll(measure(loaded, filters));
        double p99 = Stats.percentile(real, 99);
        double p99Floor = Stats.percentile(baseline, 99);
        return List.of(Figure.bound("filter.change_p99_10k", p99, "ms", p99Floor, "ms", 16,
                "p99 of " + real.size() + " changes; median " + Figure.number(Stats.median(real))
                        + " ms (always-true predicate: " + Figure.number(Stats.median(baseline)) + " ms)"));
    }

    /** Milliseconds per change, after a warm-up. */
    private static List<Double> measure(List<Freelancer> loaded, List<Predicate<Freelancer>> changes) {
        ObservableList<Freelancer> source = FXCollections.observableArrayList(loaded);
        FilteredList<Freelancer> visible = new FilteredList<>(source);
        SortedList<Freelancer> sorted = new SortedList<>(visible, ResultComparators.RATE);
        int[] seen = new int[1];
        sorted.addListener((ListChangeListener<Freelancer>) c -> {
            while (c.next()) {
                seen[0] += c.getAddedSize() + c.getRemovedSize();
            }
        });
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            long start = System.nanoTime();
            visible.setPredicate(changes.get(i));
            int shown = sorted.size();
            long took = System.nanoTime() - start;
            if (shown < 0) {
                throw new IllegalStateException();
            }
            if (i >= WARMUP) {
                times.add(took / 1e6);
            }
        }
        return times;
    }

    /** A user working the filter panel: JSS slider, rate range, badges, a country, a skill, and clearing. */
    static List<Predicate<Freelancer>> userChanges(int n) {
        List<Predicate<Freelancer>> out = new ArrayList<>(n);
        String[] skills = {"j", "ja", "jav", "java", "react", "py", "python", "sql", ""};
        for (int i = 0; out.size() < n; i++) {
            int step = i % 6;
            FreelancerFilter f = switch (step) {
                case 0 -> new FreelancerFilter(null, null, 50 + i % 50, Set.of(), Set.of(), null);
                case 1 -> new FreelancerFilter(BigDecimal.valueOf(10 + i % 40), BigDecimal.valueOf(60 + i % 90),
                        null, Set.of(), Set.of(), null);
                case 2 -> new FreelancerFilter(null, null, 80, Set.of(), Set.of(Badge.TOP_RATED,
                        Badge.TOP_RATED_PLUS), null);
                case 3 -> new FreelancerFilter(null, null, null, Set.of("United States", "India", "Germany"),
                        Set.of(), null);
                case 4 -> new FreelancerFilter(null, null, null, Set.of(), Set.of(), skills[i % skills.length]);
                default -> FreelancerFilter.NONE;
            };
            out.add(f);
        }
        return out;
    }
}
