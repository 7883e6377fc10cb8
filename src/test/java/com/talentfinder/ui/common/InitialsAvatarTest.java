package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsAvatarTest {

    @Test
    void takesFirstAndLastInitials() {
        assertThat(InitialsAvatar.initialsOf("Ana María López")).isEqualTo("AL");
    }

    @Test
    void handlesOneWordAndUnicode() {
        assertThat(InitialsAvatar.initialsOf("李小龙")).isEqualTo("李");
        assertThat(InitialsAvatar.initialsOf("  élodie  ")).isEqualTo("É");
    }

    @Test
    void fallsBackToQuestionMark() {
        assertThat(InitialsAvatar.initialsOf(null)).isEqualTo("?");
        assertThat(InitialsAvatar.initialsOf(" 42 ")).isEqualTo("?");
    }

    @Test
    void picksTheSameColourForTheSameId() {
        assertThat(InitialsAvatar.colorFor("~01abc")).isEqualTo(InitialsAvatar.colorFor("~01abc"));
    }
}
