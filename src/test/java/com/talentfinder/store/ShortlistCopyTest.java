package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.testing.TestImages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ShortlistCopy} from a personal SQLite file into another SQLite file (the row-by-row path); the same
 * tests run into PostgreSQL (the COPY path) in {@link ShortlistCopyOnPostgresTest}.
 */
class ShortlistCopyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** Every character the COPY text format would have to escape, and then some. */
    static final List<String> AWKWARD = List.of("He said \"hi\" & 'bye'; DROP TABLE shortlist;--",
            "tab\there\tand\tthere", "line1\nline2\r\nline3\rend", "back\\slash \\N \\x00 \\\\ \\.",
            "ünïcödé — 日本語 😀 \u2028 \u00a0 end", "", "   ", "\\.\n", "a,b;c|d", "NULL", "\\N");

    @TempDir
    Path dir;

    Database targetDb;
    ShortlistRepository personal;
    ShortlistRepository team;

    Database openTarget(Path folder) {
        return Database.open(folder.resolve("team.db"));
    }

    @BeforeEach
    void open() {
        personal = new ShortlistRepository(Database.open(dir.resolve("personal.db")), CLOCK);
        team = new ShortlistRepository(targetDb = openTarget(dir), CLOCK);
    }

    @AfterEach
    void close() {
        targetDb.close();
    }

    static Freelancer person(int i, String name, BigDecimal rate, Integer jss) {
        String id = "~02" + String.format("%012d", i);
        return new Freelancer(id, name, "Title \t\"" + i + "\"\\", "About\n" + name, "https://www.upwork.com/freelancers/"
                + id, null, rate, rate == null ? null : "USD", "Israel", null, "Haifa", "UTC+02:00",
                List.of("Go", "C\\C++", "a,b"), jss, false, null, false, null, null, false, false, false, false);
    }

    /** Every column of every row of a list (the portrait in hex), in the order the rows were written. */
    static List<String> rows(ShortlistRepository repo, long listId) {
        return rows(repo, listId, false);
    }

    /**
     * As {@link #rows(ShortlistRepository, long)}; with {@code cleaned} the snapshot and what derives from it are
     * given as they are after the cleaning every read goes through (what a copy writes).
     */
    static List<String> rows(ShortlistRepository repo, long listId, boolean cleaned) {
        return repo.database().read("rows", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT freelancer_id, snapshot_json, sort_name,"
                    + " profile_key, notes, notes_key, status, rating, saved_at, hourly_rate, currency, jss, portrait,"
                    + " removed_at, (SELECT " + repo.database().dialect().tagList("t.tag") + " FROM (SELECT tag FROM"
                    + " entry_tag WHERE entry_id = e.id ORDER BY tag) t) FROM shortlist_entry e WHERE shortlist_id = ?"
                    + " ORDER BY id")) {
                ps.setLong(1, listId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        Freelancer f = cleaned ? EntryRows.snapshot(rs.getBytes(2)) : null;
                        for (int i = 1; i <= 15; i++) {
                            String v = f != null && i == 2 ? "'" + EntryRows.snapshotJson(f) + "'"
                                    : f != null && i == 3 ? "'" + EntryRows.sortName(f) + "'"
                                    : f != null && i == 4 ? "'" + EntryRows.profileKey(f) + "'"
                                    : f != null && i == 10 ? String.valueOf(f.hourlyRate() == null ? null
                                            : f.hourlyRate().doubleValue())
                                    : f != null && i == 11 ? (f.currency() == null ? "null" : "'" + f.currency() + "'")
                                    : f != null && i == 12 ? String.valueOf(f.jobSuccessScore())
                                    : switch (i) {
                                case 8, 9, 12, 14 -> {
                                    long n = rs.getLong(i);
                                    yield rs.wasNull() ? "null" : Long.toString(n);
                                }
                                case 10 -> {
                                    double d = rs.getDouble(i);
                                    yield rs.wasNull() ? "null" : Double.toString(d);
                                }
                                case 13 -> {
                                    byte[] b = rs.getBytes(i);
                                    yield b == null ? "null" : HexFormat.of().formatHex(b);
                                }
                                default -> {
                                    String s = rs.getString(i);
                                    yield s == null ? "null" : "'" + s + "'";
                                }
                            };
                            row.append(v).append(" | ");
                        }
                        out.add(row.toString());
                    }
                }
                return out;
            }
        });
    }

    private static ShortlistEntry entry(Freelancer f, int i, String notes, List<String> tags) {
        return new ShortlistEntry(0, f, Instant.ofEpochMilli(1_700_000_000_000L + (i % 7) * 1000L),
                EntryStatus.values()[i % EntryStatus.values().length], i % 6, notes, tags, null);
    }

    @Test
    void awkwardTextNullsPortraitsAndTagsArriveExactlyInTheSourcesOrder() {
        List<ShortlistEntry> entries = new ArrayList<>();
        int i = 0;
        for (String text : AWKWARD) {
            entries.add(entry(person(i, "Name " + text, i % 2 == 0 ? null : new BigDecimal("12.25"),
                    i % 3 == 0 ? null : 90), i, text, List.of("a,b", "Tab\tTag", "ÜBER", "x\\y", "\"q\"", text)));
            i++;
        }
        StringBuilder longNotes = new StringBuilder();
        while (longNotes.length() < 300_000) {
            longNotes.append("Long notes\twith\\every\nkind of \"text\" ünï 😀 ").append(longNotes.length());
        }
        entries.add(entry(person(i, "Long", BigDecimal.ONE, 100), i, longNotes.toString(), List.of()));
        personal.entryEditor().merge("Awkward \"list\" \\", entries);
        Shortlist source = personal.findByName("Awkward \"list\" \\").orElseThrow();
        byte[] portrait = TestImages.png(8, 8); // bytes of every kind: 0, '\\', '\t', '\n', 0xff
        Freelancer plain = person(500, "Pictured", null, null);
        Freelancer pictured = new Freelancer(plain.id(), plain.name(), plain.title(), plain.description(),
                plain.profileUrl(), "https://www.upwork.com/profile-portraits/p.jpg", null, null, null, null, null,
                null, null, null, false, null, false, null, null, false, false, false, false);
        personal.add(source.id(), List.of(pictured), f -> Optional.of(portrait));
        source = personal.findByName(source.name()).orElseThrow();
        assertThat(personal.portrait(source.id(), pictured.id())).isPresent();

        ShortlistCopy.Result r = ShortlistCopy.copy(personal, source, team);

        assertThat(r.added()).isEqualTo(AWKWARD.size() + 2);
        long target = team.findByName(source.name()).orElseThrow().id();
        List<String> mine = new ArrayList<>();
        personal.forEachEntry(source.id(), EntryQuery.all(), e -> mine.add(e.freelancerId()));
        List<String> theirs = rows(team, target).stream().map(row -> row.substring(1, row.indexOf('\'', 1))).toList();
        assertThat(theirs).containsExactlyElementsOf(mine); // written in the source's order
        assertThat(sorted(rows(team, target))).containsExactlyElementsOf(sorted(rows(personal, source.id(), true)));
        assertThat(team.portrait(target, pictured.id())).hasValueSatisfying(p -> assertThat(p).isEqualTo(portrait));
        assertThat(team.entry(target, entries.get(AWKWARD.size()).freelancerId()).orElseThrow().notes())
                .isEqualTo(longNotes.toString());
        assertThat(team.entry(target, entries.get(0).freelancerId()).orElseThrow().tags())
                .contains("a b", "tab tag", "über", "x\\y", "\"q\"");
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    @Test
    void aSecondCopyAddsNothingAndChangesNothing() {
        List<ShortlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            entries.add(entry(TestFreelancers.numbered(i), i, i % 3 == 0 ? "" : "Note " + i,
                    i % 2 == 0 ? List.of("java", "t" + (i % 5)) : List.of()));
        }
        personal.entryEditor().merge("Big", entries);
        Shortlist source = personal.findByName("Big").orElseThrow();
        ShortlistCopy.Result first = ShortlistCopy.copy(personal, source, team);
        long target = team.findByName("Big").orElseThrow().id();
        List<String> after = rows(team, target);

        ShortlistCopy.Result second = ShortlistCopy.copy(personal, source, team);

        assertThat(first.added()).isEqualTo(1_200);
        assertThat(first.tags()).isEqualTo(1_200);
        assertThat(first.notes()).isEqualTo(800);
        assertThat(second).isEqualTo(new ShortlistCopy.Result("Big", false, 0, 1_200, 0, 0, 0, 0, 0, 0));
        assertThat(rows(team, target)).containsExactlyElementsOf(after);
    }

    @Test
    void theTeamsWorkWinsOnlyBlanksAreFilledInTagsAreUnitedAndRemovedStaysRemoved() {
        Freelancer[] f = new Freelancer[7];
        for (int i = 0; i < f.length; i++) {
            f[i] = TestFreelancers.numbered(i);
        }
        Shortlist teamList = team.create("Shared");
        team.add(teamList.id(), List.of(f[0], f[1], f[2], f[3], f[4], f[5]));
        team.setStatus(teamList.id(), List.of(f[0].id()), EntryStatus.CONTACTED); // status set, rest blank
        team.setTags(teamList.id(), f[0].id(), List.of("team"));
        team.setNotes(teamList.id(), f[1].id(), " \t\n\u2003"); // blank to String.isBlank: filled in
        team.setNotes(teamList.id(), f[2].id(), "\u00a0"); // a no-break space is not blank: kept
        team.setStatus(teamList.id(), List.of(f[3].id()), EntryStatus.INTERVIEWING); // all set: nothing to do
        team.setRating(teamList.id(), f[3].id(), 2);
        team.setNotes(teamList.id(), f[3].id(), "Team notes");
        team.setTags(teamList.id(), f[3].id(), List.of("mine"));
        team.remove(teamList.id(), List.of(f[4].id()));
        personal.entryEditor().merge("shared", List.of(
                new ShortlistEntry(0, f[0], Instant.EPOCH, EntryStatus.HIRED, 4, "Mine", List.of("mine", "team"), null),
                new ShortlistEntry(0, f[1], Instant.EPOCH, EntryStatus.NEW, 0, "Filled", List.of(), null),
                new ShortlistEntry(0, f[2], Instant.EPOCH, EntryStatus.NEW, 0, "Not this", List.of(), null),
                new ShortlistEntry(0, f[3], Instant.EPOCH, EntryStatus.HIRED, 5, "Other", List.of("mine"), null),
                new ShortlistEntry(0, f[4], Instant.EPOCH, EntryStatus.HIRED, 5, "Back?", List.of("x"), null),
                new ShortlistEntry(0, f[5], Instant.EPOCH, EntryStatus.NEW, 0, "", List.of("only-tag"), null),
                new ShortlistEntry(0, f[6], Instant.EPOCH, EntryStatus.REJECTED, 1, "New one", List.of("n"), null)));

        ShortlistCopy.Result r = ShortlistCopy.copy(personal, personal.findByName("shared").orElseThrow(), team);

        assertThat(r).isEqualTo(new ShortlistCopy.Result("shared", false, 1, 2, 3, 1, 3, 2, 1, 3));
        ShortlistEntry zero = team.entry(teamList.id(), f[0].id()).orElseThrow();
        assertThat(List.of(zero.status(), zero.rating(), zero.notes())).containsExactly(EntryStatus.CONTACTED, 4,
                "Mine");
        assertThat(Set.copyOf(zero.tags())).containsExactlyInAnyOrder("mine", "team");
        assertThat(team.entry(teamList.id(), f[1].id()).orElseThrow().notes()).isEqualTo("Filled");
        assertThat(team.entry(teamList.id(), f[2].id()).orElseThrow().notes()).isEqualTo("\u00a0");
        ShortlistEntry three = team.entry(teamList.id(), f[3].id()).orElseThrow();
        assertThat(List.of(three.status(), three.rating(), three.notes(), three.tags())).containsExactly(
                EntryStatus.INTERVIEWING, 2, "Team notes", List.of("mine"));
        assertThat(team.entry(teamList.id(), f[4].id())).isEmpty();
        assertThat(team.entry(teamList.id(), f[5].id()).orElseThrow().tags()).containsExactly("only-tag");
        ShortlistEntry six = team.entry(teamList.id(), f[6].id()).orElseThrow();
        assertThat(List.of(six.status(), six.rating(), six.notes(), six.tags())).containsExactly(
                EntryStatus.REJECTED, 1, "New one", List.of("n"));
        assertThat(team.list()).extracting(Shortlist::name).containsExactly("Shared");
    }

    @Test
    void aCancelMidCopyLeavesTheTargetUnchangedAndTheNextCopyWorks() {
        team.create("Already there");
        List<ShortlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            entries.add(entry(TestFreelancers.numbered(i), i, "Note " + i, List.of("t" + (i % 3))));
        }
        personal.entryEditor().merge("First", entries.subList(0, 1_000));
        personal.entryEditor().merge("Second", entries.subList(1_000, 3_000));
        List<String> before = rows(team, team.findByName("Already there").orElseThrow().id());
        long[] seen = {0};
        ShortlistCopy.Watch cancelLate = new ShortlistCopy.Watch() {
            @Override
            public void entries(int more) {
                seen[0] += more;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 1_500; // the first list is done, the second half-read
            }
        };

        assertThatThrownBy(() -> ShortlistCopy.copyAll(personal, personal.list(), team, cancelLate, r -> { }))
                .isInstanceOf(ShortlistCopy.Cancelled.class);

        assertThat(seen[0]).isBetween(1_500L, 2_999L);
        assertThat(team.list()).extracting(Shortlist::name).containsExactly("Already there");
        assertThat(rows(team, team.findByName("Already there").orElseThrow().id())).isEqualTo(before);
        List<ShortlistCopy.Result> again = ShortlistCopy.copyAll(personal, personal.list(), team,
                ShortlistCopy.Watch.NONE, r -> { });
        assertThat(again).extracting(ShortlistCopy.Result::added).containsExactly(1_000, 2_000);
        assertThat(team.list()).extracting(Shortlist::entryCount).containsExactlyInAnyOrder(0, 1_000, 2_000);
    }
}
