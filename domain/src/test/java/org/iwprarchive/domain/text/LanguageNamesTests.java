package org.iwprarchive.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageNamesTests {

    @Test
    void namesIwprsLanguagesInEnglishDariAmongThemAndGivesBackACodeItCannotName() {
        assertThat(LanguageNames.inEnglish("ru")).isEqualTo("Russian");
        assertThat(LanguageNames.inEnglish("fa")).isEqualTo("Persian");
        assertThat(LanguageNames.inEnglish("prs")).isEqualTo("Dari");
        assertThat(LanguageNames.inEnglish("qqq")).isEqualTo("qqq");
    }
}
