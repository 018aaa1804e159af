package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a Persian page's paragraphs hold, reading them for quotations ends without an error (an error would
 * refuse the page), and every attribution found names someone and says something that is in its paragraph.
 */
class PersianQuoteExtractorProperties {

    private final PersianQuoteExtractor persian = new PersianQuoteExtractor();

    @Property(tries = 3000)
    void readsAnyParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(@ForAll("paragraphs") List<String> paragraphs) {
        List<Attribution> found = persian.extract(paragraphs, List.of());

        assertThat(found).allSatisfy(attribution -> {
            assertThat(attribution.source()).isNotBlank();
            assertThat(paragraphs.get(attribution.paragraph())).contains(attribution.text());
        });
    }

    /**
     * Paragraphs made of the words and marks the rules decide by, in any order, with the zero-width non-joiner, the
     * Arabic yeh and kaf, and diacritics.
     */
    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> piece = Arbitraries.of("گفت", "می\u200cگوید", "میگوید", "تاکید", "کرد", "کرده", "است",
                "که", "،", ",", ":", "«", "»", "\"", "او", "وی", "این", "وزارت", "یک", "یکی", "از", "منبع", "مقام",
                "محمد", "عبدالله", "نجیب\u200cالله", "سخنگوی", "به", "گفته", "گزارش", "نقل", "IWPR", "در", "اعلامیه",
                "روز", "۳۴", "ساله", "نخواست", "نامش", "فاش", "شود", "(", ")", ".", "؟", "علي", "كابل", "ً", "x");
        Arbitrary<String> paragraph = piece.list().ofMaxSize(16).map(words -> String.join(" ", words));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }
}
