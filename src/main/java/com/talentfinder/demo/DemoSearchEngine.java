package com.talentfinder.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Relevance-ranked matching over the demo dataset: a query token found in the title weighs most, then one
 * in the skills, then one in the description. Matching ignores case and accents. A record must contain at
 * least one meaningful token (not a filler word such as "developer"), unless the query has nothing but
 * filler words. Ties break by Job Success Score (highest first), then ciphertext, so pages are stable.
 */
public final class DemoSearchEngine {

    static final int TITLE_WEIGHT = 6;
    static final int SKILL_WEIGHT = 4;
    static final int DESCRIPTION_WEIGHT = 1;
    static final int PHRASE_BONUS = 5;

    private static final Set<String> FILLER = Set.of("a", "an", "and", "the", "for", "with", "of", "in", "on",
            "to", "or", "i", "developer", "developers", "dev", "engineer", "expert", "specialist", "freelancer",
            "senior", "junior", "lead", "experienced", "professional", "need", "looking");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+#.]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<Indexed> index;

    private record Indexed(DemoDataset.Entry entry, String titleText, Set<String> title, Set<String> skills,
                           Set<String> description) {
    }

    public DemoSearchEngine(DemoDataset dataset) {
        List<Indexed> list = new ArrayList<>(dataset.size());
        for (DemoDataset.Entry e : dataset.entries()) {
            list.add(new Indexed(e, normalize(e.title()), new HashSet<>(tokens(e.title())),
                    new HashSet<>(tokens(String.join(" ", e.skills()))), new HashSet<>(tokens(e.description()))));
        }
        this.index = List.copyOf(list);
    }

    /** Every matching record, best first. Empty for a query with no usable token. */
    public List<DemoDataset.Entry> search(String query) {
        List<String> queryTokens = tokens(query == null ? "" : query);
        if (queryTokens.isEmpty()) {
            return List.of();
        }
        Set<String> meaningful = new LinkedHashSet<>();
        for (String t : queryTokens) {
            if (!FILLER.contains(t)) {
                meaningful.add(t);
            }
        }
        if (meaningful.isEmpty()) {
            meaningful.addAll(queryTokens);
        }
        String phrase = queryTokens.size() > 1 ? String.join(" ", queryTokens) : null;
        List<Scored> hits = new ArrayList<>();
        for (Indexed doc : index) {
            if (!matchesAny(doc, meaningful)) {
                continue;
            }
            int score = 0;
            for (String t : queryTokens) {
                score += (doc.title().contains(t) ? TITLE_WEIGHT : 0)
                        + (doc.skills().contains(t) ? SKILL_WEIGHT : 0)
                        + (doc.description().contains(t) ? DESCRIPTION_WEIGHT : 0);
            }
            if (phrase != null && doc.titleText().contains(phrase)) {
                score += PHRASE_BONUS;
            }
            hits.add(new Scored(doc.entry(), score));
        }
        hits.sort(RANKING);
        List<DemoDataset.Entry> result = new ArrayList<>(hits.size());
        hits.forEach(s -> result.add(s.entry()));
        return result;
    }

    private record Scored(DemoDataset.Entry entry, int score) {
    }

    private static final Comparator<Scored> RANKING = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.entry().jobSuccessScore() == null ? -1.0 : s.entry().jobSuccessScore(),
                    Comparator.reverseOrder())
            .thenComparing(s -> s.entry().ciphertext());

    private static boolean matchesAny(Indexed doc, Set<String> tokens) {
        for (String t : tokens) {
            if (doc.title().contains(t) || doc.skills().contains(t) || doc.description().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents removed, a few letters NFD does not split mapped by hand. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i')
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe");
    }

    /**
     * The search tokens of a text, in order, without duplicates. "Node.js" gives "node.js", "node" and
     * "js"; "C#" and "C++" stay whole; "UI/UX" gives "ui" and "ux".
     */
    static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(normalize(text))) {
            String token = stripDots(raw);
            if (token.isEmpty()) {
                continue;
            }
            out.add(token);
            if (token.indexOf('.') >= 0) {
                for (String part : token.split("\\.")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String stripDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '.') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(start, end);
    }
}
