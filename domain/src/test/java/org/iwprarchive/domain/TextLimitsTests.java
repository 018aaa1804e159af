package org.iwprarchive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLimitsTests {

    @Test
    void leavesTextThatFitsAsItIs() {
        assertThat(TextLimits.cut("Saule Mukhametrakhimova", 23)).isEqualTo("Saule Mukhametrakhimova");
        assertThat(TextLimits.cut(null, 5)).isNull();
    }

    @Test
    void cutsWhereAWordEnds() {
        assertThat(TextLimits.cut("one two three four", 13)).isEqualTo("one two three");
        assertThat(TextLimits.cut("one two three four", 16)).isEqualTo("one two three");
    }

    @Test
    void cutsAtTheBoundWhenTheLastWordEndsInTheFirstHalf() {
        assertThat(TextLimits.cut("abcdefghij", 4)).isEqualTo("abcd");
        assertThat(TextLimits.cut("Saule Mukhametrakhimova", 20)).isEqualTo("Saule Mukhametrakhim");
    }

    @Test
    void neverLeavesHalfOfACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(9) + "\uD83D\uDE00" + "b";
        assertThat(TextLimits.cut(text, 10)).isEqualTo("a".repeat(9));
    }

    @Test
    void refusesWhatTheParserShouldHaveCut() {
        assertThat(TextLimits.within("en", TextLimits.LANGUAGE, "a language tag")).isEqualTo("en");
        assertThatThrownBy(() -> TextLimits.within("x".repeat(17), TextLimits.LANGUAGE, "a language tag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a language tag of 17 characters is longer than the 16 the archive keeps");
    }
}
