package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void textThatCouldBeAFormulaGetsAnApostrophe(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada", "1+1", " =x", "'=already", "a=b", ""})
    void otherTextIsLeftAlone(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void textIsCutToTheCellLimit() {
        assertThat(SpreadsheetText.neutralise("x".repeat(40_000))).hasSize(SpreadsheetText.MAX_CELL_LENGTH);
    }
}
