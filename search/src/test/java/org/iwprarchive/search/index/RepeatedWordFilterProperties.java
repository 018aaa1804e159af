package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The word-form chains with {@link RepeatedWordFilterFactory} give the words, positions and offsets the same chains
 * give with Lucene's {@link RemoveDuplicatesTokenFilterFactory}, in every language that has them.
 */
class RepeatedWordFilterProperties {

    private static final Map<String, Analyzer[]> CHAINS = Map.of(
            "en", pair(LuceneAnalysis.WORD_FORMS),
            "ru", pair(LuceneAnalysis.LANGUAGE_WORD_FORMS.get("ru")),
            "ar", pair(LuceneAnalysis.LANGUAGE_WORD_FORMS.get("ar")),
            "fa", pair(LuceneAnalysis.LANGUAGE_WORD_FORMS.get("fa")));

    @Property(tries = 2000)
    void leavesOutWhatRemovingDuplicatesLeavesOut(@ForAll("texts") String text,
                                                  @ForAll("languages") String language) throws IOException {
        Analyzer[] chains = CHAINS.get(language);

        assertThat(tokens(chains[0], text)).isEqualTo(tokens(chains[1], text));
    }

    @Example
    void keepsAStemBesideTheWordAndOneCopyOfAWordTheStemmerLeaves() throws IOException {
        assertThat(tokens(CHAINS.get("en")[0], "elections held")).containsExactly("elections+1@0-9", "elect+0@0-9",
                "held+1@10-14");
    }

    /** Words that stem and words that do not, in four scripts, with the marks between words a text has. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("elections", "held", "the", "running", "Karimov's", "Kyiv", "Zelenskyy", "2024", "co-op",
                        "выборы", "выборов", "Каримов", "в", "الانتخابات", "في", "انتخابات", "می‌روند", "café", "U.S.",
                        " ", " ", ", ", ". ", "-", "'")
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "ru", "ar", "fa");
    }

    /** The chain as the index builds it, and the same with Lucene's filter in the place of the new one. */
    private static Analyzer[] pair(List<LuceneAnalysis.Filter> filters) {
        assertThat(filters).anyMatch(f -> f.factory() == RepeatedWordFilterFactory.class);
        List<LuceneAnalysis.Filter> reference = filters.stream().map(f -> f.factory() == RepeatedWordFilterFactory.class
                ? LuceneAnalysis.Filter.of(RemoveDuplicatesTokenFilterFactory.class) : f).toList();
        return new Analyzer[] {LuceneAnalysis.build("new", filters), LuceneAnalysis.build("reference", reference)};
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
        }
        return tokens;
    }
}
