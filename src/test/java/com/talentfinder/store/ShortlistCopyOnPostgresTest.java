package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every test of {@link ShortlistCopyTest} into the team database (the COPY path), and what only it can get wrong. */
class ShortlistCopyOnPostgresTest extends ShortlistCopyTest {

    @Override
    Database openTarget(Path folder) {
        return TeamDatabaseServer.openFresh();
    }

    @Test
    void theBlankPatternIsJavasIsBlankForEveryCharacter() {
        List<String> all = new ArrayList<>();
        Set<String> blank = new HashSet<>();
        for (char c = 1; c < 0xffff; c++) {
            if (!Character.isSurrogate(c)) {
                String s = "a".substring(1) + c + c; // two of it: the pattern is for whole strings
                all.add(s);
                if (s.isBlank()) {
                    blank.add(s);
                }
            }
        }
        all.add("");
        blank.add("");
        Set<String> matched = targetDb.read("match", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s FROM unnest(?) s WHERE s ~ ?")) {
                Array array = c.createArrayOf("text", all.toArray());
                ps.setArray(1, array);
                ps.setString(2, StagedCopy.BLANK);
                Set<String> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
        assertThat(matched).isEqualTo(blank);
    }

    @Test
    void aNulCharacterIsDroppedNotAFailure() {
        personal.entryEditor().merge("Nul", List.of(new ShortlistEntry(0, TestFreelancers.numbered(1), Instant.EPOCH,
                EntryStatus.NEW, 0, "before\u0000after", List.of(), null)));

        ShortlistCopy.Result r = ShortlistCopy.copy(personal, personal.findByName("Nul").orElseThrow(), team);

        assertThat(r.added()).isEqualTo(1);
        assertThat(team.entry(team.findByName("Nul").orElseThrow().id(), TestFreelancers.numbered(1).id())
                .orElseThrow().notes()).isEqualTo("beforeafter");
    }
}
