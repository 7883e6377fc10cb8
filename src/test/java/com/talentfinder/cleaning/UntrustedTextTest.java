package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void blankTextBecomesNull() {
        assertThat(UntrustedText.singleLine(" \t\u0000 ", 50)).isNull();
        assertThat(UntrustedText.multiLine(null, 50)).isNull();
    }

    @Test
    void singleLineFoldsLineBreaksIntoSpaces() {
        assertThat(UntrustedText.singleLine("a\r\nb\tc", 50)).isEqualTo("a b c");
    }

    @Test
    void multiLineKeepsLineBreaksButNotCarriageReturns() {
        assertThat(UntrustedText.multiLine("a\r\nb\rc", 50)).isEqualTo("a\nb c");
    }

    @Test
    void removesTerminalEscapesAndBidiOverrides() {
        assertThat(UntrustedText.singleLine("\u001b]0;pwned\u0007Bob\u202e", 50)).isEqualTo("]0;pwnedBob");
    }

    @Test
    void capsLengthWithoutSplittingASurrogatePair() {
        assertThat(UntrustedText.singleLine("ab😀", 3)).isEqualTo("ab");
        assertThat(UntrustedText.singleLine("ab😀", 4)).isEqualTo("ab😀");
    }

    @Test
    void redactsEveryOccurrenceOfTheSecret() {
        assertThat(UntrustedText.redact("k1 and k1", "k1")).isEqualTo("[hidden] and [hidden]");
        assertThat(UntrustedText.redact("text", null)).isEqualTo("text");
    }
}
