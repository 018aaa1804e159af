package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an Arabic page's paragraphs hold, reading them for quotations ends without an error (an error would
 * refuse the page), and every attribution found names someone and says something that is in its paragraph.
 */
class ArabicQuoteExtractorProperties {

    private final ArabicQuoteExtractor arabic = new ArabicQuoteExtractor();

    @Property(tries = 3000)
    void readsAnyParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(@ForAll("paragraphs") List<String> paragraphs) {
        List<Attribution> found = arabic.extract(paragraphs, List.of());

        assertThat(found).allSatisfy(attribution -> {
            assertThat(attribution.source()).isNotBlank();
            assertThat(paragraphs.get(attribution.paragraph())).contains(attribution.text());
        });
    }

    /** Paragraphs made of the words and marks the rules decide by, in any order, with diacritics and tatweel. */
    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> piece = Arbitraries.of("قال", "وقالت", "تقول", "وأضاف", "إن", "أن", "إنها", "،", ",", ":",
                "«", "»", "\"", "وهو", "وهي", "يشير", "أبو", "أم", "عبد", "محمد", "سلمى", "الناطق", "باسم", "بحسب",
                "وفقاً ل", "لـIWPR", "لوسائل", "(", ")", "مسؤولاً", ".", "؟", "ونقلت", "عن", "قوله", "أما", "فقالت",
                "المصدر", "مصدر", "في", "بيان", "وزارة", "للأمم", "ـ", "ً", "ّ", "IWPR", "x", "2019");
        Arbitrary<String> paragraph = piece.list().ofMaxSize(16).map(words -> String.join(" ", words));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }
}
