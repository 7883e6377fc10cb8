package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL refuses the NUL character in text. A tampered personal file (or an answer) with one in a note or a
 * profile must not make a save or a copy to the team database fail: the NUL is dropped on the way in.
 */
class NulOnPostgresTest {

    @TempDir
    Path dir;

    @Test
    void theCleaningDropsNulAndLeavesOtherTextAsItIs() {
        assertThat(UntrustedText.withoutNul("call\u0000 Monday\n\tplease")).isEqualTo("call Monday\n\tplease");
        String plain = "nothing to drop";
        assertThat(UntrustedText.withoutNul(plain)).isSameAs(plain);
        assertThat(UntrustedText.withoutNul(null)).isNull();
    }

    @Test
    void aTamperedPersonalListWithNulInNotesAndProfileIsCopiedToTheTeamDatabase() {
        Database file = Database.open(dir.resolve("personal.db"));
        ShortlistRepository personal = new ShortlistRepository(file, Clock.systemUTC());
        Shortlist list = personal.create("Backend");
        personal.add(list.id(), List.of(TestFreelancers.withName(1, "Ana\u0000 Bee"), TestFreelancers.numbered(2)));
        // what a tampered file holds: a NUL written straight into the notes column
        file.write("tamper", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET notes = ?")) {
                ps.setString(1, "call\u0000 on Monday");
                return ps.executeUpdate();
            }
        });
        ShortlistRepository team = new ShortlistRepository(TeamDatabaseServer.openFresh(), Clock.systemUTC());

        ShortlistCopy.Result copied = ShortlistCopy.copy(personal, list, team);

        assertThat(copied.added()).isEqualTo(2);
        long teamList = team.findByName("Backend").orElseThrow().id();
        List<ShortlistEntry> rows = team.entries(teamList, EntryQuery.all());
        assertThat(rows).hasSize(2).allSatisfy(e -> {
            assertThat(e.notes()).isEqualTo("call on Monday");
            assertThat(e.freelancer().displayName()).doesNotContain("\u0000");
        });
    }

    @Test
    void savesWithNulOnTheTeamDatabaseKeepTheRestOfTheText() {
        ShortlistRepository team = new ShortlistRepository(TeamDatabaseServer.openFresh(), Clock.systemUTC());
        Shortlist list = team.create("Backend");
        team.add(list.id(), List.of(TestFreelancers.withName(1, "Ben\u0000 Cole")));
        String id = TestFreelancers.numbered(1).id();
        SharedEntries shared = team.shared();

        SaveOutcome saved = shared.save(list.id(), shared.load(list.id(), id).orElseThrow(),
                EntryChange.notes("met\u0000 on Friday"), "Ana");
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(shared.load(list.id(), id).orElseThrow().entry().notes()).isEqualTo("met on Friday");

        team.setNotes(list.id(), id, "second\u0000 note");
        assertThat(team.entry(list.id(), id).orElseThrow().notes()).isEqualTo("second note");
    }
}
