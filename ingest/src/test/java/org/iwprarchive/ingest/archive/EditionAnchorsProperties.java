package org.iwprarchive.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scan that tries the number pattern only at digits finds what one search with it finds. */
class EditionAnchorsProperties {

    @Property(tries = 3000)
    void findsTheNumbersTheWholeTextSearchFinds(@ForAll("texts") String text) {
        List<String> whole = EditionAnchors.NUMBER.matcher(text).results().map(EditionAnchorsProperties::groups)
                .toList();

        assertThat(EditionAnchors.numbers(text).stream().map(EditionAnchorsProperties::groups).toList())
                .isEqualTo(whole);
    }

    private static String groups(MatchResult match) {
        return match.start() + ":" + match.group(1) + "|" + match.group(2) + "|" + match.group(3);
    }

    /** Digits, separators, letters and the words that multiply, in any order. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("1", "25", "150", "000", "2024", ",", ".", " ", "\u00a0", "%", "a", "M", "bn", "тыс.",
                        "тисяч", "million", "млн", "мільярди", "x")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
