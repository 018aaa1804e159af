package org.iwprarchive.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexesTests {

    @Test
    void aBoundaryFallsBetweenAnyScriptsWordsOnEveryJava() {
        Pattern occasion = Regexes.compile("\\s+(?:gjatë|конференција|مؤتمر)\\b.*$");
        assertThat(occasion.matcher("X gjatë një vizite").find()).isTrue();
        assertThat(occasion.matcher("X на конференција за медиумите").find()).isTrue();
        assertThat(occasion.matcher("X في مؤتمر صحفي").find()).isTrue();
        // inside a longer word there is none
        assertThat(occasion.matcher("X конференцијата").find()).isFalse();
        assertThat(Regexes.compile("\\bрече\\b").matcher("изрече").find()).isFalse();
        // ASCII words read as before
        assertThat(Regexes.compile("\\bsaid\\b", Pattern.CASE_INSENSITIVE).matcher("he SAID it").find()).isTrue();
        assertThat(Regexes.compile("\\bsaid\\b").matcher("unsaid").find()).isFalse();
    }

    @Test
    void quotedTextEscapedBackslashesAndOtherEscapesStayAsWritten() {
        assertThat(Regexes.unicodeBoundaries("a\\Q\\b\\Eb")).isEqualTo("a\\Q\\b\\Eb");
        assertThat(Regexes.unicodeBoundaries("\\\\b")).isEqualTo("\\\\b");
        assertThat(Regexes.unicodeBoundaries("\\b{g}\\d\\s")).isEqualTo("\\b{g}\\d\\s");
        assertThat(Regexes.compile("a\\Q\\b\\E").matcher("a\\b").matches()).isTrue();
    }
}
