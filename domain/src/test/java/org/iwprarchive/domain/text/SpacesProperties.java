package org.iwprarchive.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@link Spaces#single} gives what replacing every run of {@code \s} by one space gives. */
class SpacesProperties {

    @Property(tries = 3000)
    void makesEachRunOfWhiteSpaceOneSpace(
            @ForAll @StringLength(max = 40) @Chars({' ', ' ', 'a', 'b', '\t', '\n', '\r', '\f', '\u000B',
                    '\u00a0', '\u2003', '\u2028', '.'}) String text) {
        assertThat(Spaces.single(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }
}
