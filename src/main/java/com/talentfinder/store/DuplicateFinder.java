package com.talentfinder.store;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds entries of one list that are probably the same freelancer entered twice under different ids: the same
 * profile URL, or the same name, title and country. Both compared after cleaning: Unicode-normalised (NFKC),
 * lower case, white space folded; a URL also without scheme, {@code www.}, query, fragment and a trailing slash.
 * A blank name or title never matches.
 */
public final class DuplicateFinder {

    /** Why entries were grouped. */
    public enum Reason { SAME_PROFILE_URL, SAME_NAME_TITLE_COUNTRY }

    /**
     * Entries that look like one freelancer, in the order they were saved (the most recently saved first: its
     * snapshot is the freshest, so a merge keeps it).
     */
    public record Group(List<String> freelancerIds, String displayName, Reason reason) {
        public Group {
            freelancerIds = List.copyOf(freelancerIds);
        }
    }

    private DuplicateFinder() {
    }

    /** The groups of possible duplicates among a list's live entries (streamed; no entry is changed). */
    public static List<Group> find(ShortlistRepository repo, long listId) {
        List<ShortlistEntry> all = new ArrayList<>();
        repo.forEachEntry(listId, EntryQuery.all(), all::add);
        return groups(all);
    }

    /** The groups among {@code entries} (each freelancer id once), largest reason first: URL, then name. */
    public static List<Group> groups(List<ShortlistEntry> entries) {
        List<ShortlistEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ShortlistEntry::savedAt).reversed()
                .thenComparing(ShortlistEntry::freelancerId));
        int n = sorted.size();
        int[] parent = new int[n];
        Reason[] why = new Reason[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byUrl = new HashMap<>();
        Map<String, Integer> byPerson = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Freelancer f = sorted.get(i).freelancer();
            String url = urlKey(f.profileUrl());
            if (!url.isEmpty()) {
                Integer first = byUrl.putIfAbsent(url, i);
                if (first != null) {
                    union(parent, why, first, i, Reason.SAME_PROFILE_URL);
                }
            }
            String person = personKey(f);
            if (!person.isEmpty()) {
                Integer first = byPerson.putIfAbsent(person, i);
                if (first != null) {
                    union(parent, why, first, i, Reason.SAME_NAME_TITLE_COUNTRY);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        for (var e : members.entrySet()) {
            List<Integer> idx = e.getValue();
            List<String> ids = idx.stream().map(i -> sorted.get(i).freelancerId()).distinct().toList();
            if (ids.size() < 2) {
                continue;
            }
            Reason reason = idx.stream().map(i -> why[i]).filter(r -> r == Reason.SAME_PROFILE_URL).findAny()
                    .orElse(Reason.SAME_NAME_TITLE_COUNTRY);
            out.add(new Group(ids, sorted.get(idx.get(0)).freelancer().displayName(), reason));
        }
        return out;
    }

    /** A profile URL compared: no scheme, no {@code www.}, no query or fragment, no trailing slash, lower case. */
    static String urlKey(String url) {
        String u = clean(url);
        u = u.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        u = u.replaceFirst("^www\\.", "");
        int cut = u.indexOf('?');
        u = cut >= 0 ? u.substring(0, cut) : u;
        cut = u.indexOf('#');
        u = cut >= 0 ? u.substring(0, cut) : u;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.contains("/") ? u : "";
    }

    /** Name, title and country compared; empty (never matches) when the name or the title is blank. */
    static String personKey(Freelancer f) {
        String name = clean(f.name());
        String title = clean(f.title());
        if (name.isEmpty() || title.isEmpty()) {
            return "";
        }
        return name + "\u001f" + title + "\u001f" + clean(f.country());
    }

    /** NFKC, lower case, white space (and invisible format characters) folded to one space, trimmed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, Reason[] why, int a, int b, Reason reason) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        why[a] = why[a] == Reason.SAME_PROFILE_URL ? why[a] : reason;
        why[b] = why[b] == Reason.SAME_PROFILE_URL ? why[b] : reason;
        if (ra != rb) {
            // The earlier index (the more recently saved entry) stays the root.
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
