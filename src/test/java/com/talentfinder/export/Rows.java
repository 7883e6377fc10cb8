package com.talentfinder.export;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Export rows holding hostile text, hidden values and awkward characters. */
final class Rows {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/x\",\"Click\")";
    static final String CMD = "+cmd|' /C calc'!A0";
    static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MINUS = "-2+3";
    static final Instant SAVED = Instant.parse("2025-02-03T04:05:06Z");

    private Rows() {
    }

    static Freelancer hostile() {
        return new Freelancer("~01hostile", HYPERLINK, CMD, MINUS, "https://www.upwork.com/freelancers/~01hostile",
                null, new BigDecimal("-5.25"), "USD", "Chile, \"the long one\"", null, "Line1\nLine2", null,
                List.of("Excel", "CSV"), 97, true, new BigDecimal("123456"), true, 12.5, 4, true, false, false,
                true);
    }

    static Freelancer plain() {
        return new Freelancer("~01plain", "Ada Lovelace", "Analyst", "Numbers", "https://www.upwork.com/freelancers/~01plain",
                null, new BigDecimal("45.50"), "EUR", "United Kingdom", null, "London", null, List.of("Math"), 98, false,
                new BigDecimal("10000"), false, 1200.0, 17, false, true, false, true);
    }

    static ExportRow hostileEntry() {
        return ExportRow.of(new ShortlistEntry(1, hostile(), SAVED, EntryStatus.CONTACTED, 4, SUM,
                List.of("a,b", "vip"), null));
    }

    static ExportRow plainEntry() {
        return ExportRow.of(new ShortlistEntry(1, plain(), SAVED, EntryStatus.NEW, 0, "", List.of(), null));
    }
}
