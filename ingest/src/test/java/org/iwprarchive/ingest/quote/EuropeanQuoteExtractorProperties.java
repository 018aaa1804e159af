package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a French or Spanish page's paragraphs hold, reading them for quotations ends without an error (an error
 * would refuse the page), and every attribution found names someone and says something that is in its paragraph.
 */
class EuropeanQuoteExtractorProperties {

    private final EuropeanQuoteExtractor french = EuropeanQuoteExtractor.french();
    private final EuropeanQuoteExtractor spanish = EuropeanQuoteExtractor.spanish();

    @Property(tries = 3000)
    void readsAnyFrenchParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(
            @ForAll("frenchParagraphs") List<String> paragraphs) {
        holdsItsWords(french.extract(paragraphs, List.of()), paragraphs);
    }

    @Property(tries = 3000)
    void readsAnySpanishParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(
            @ForAll("spanishParagraphs") List<String> paragraphs) {
        holdsItsWords(spanish.extract(paragraphs, List.of()), paragraphs);
    }

    private static void holdsItsWords(List<Attribution> found, List<String> paragraphs) {
        assertThat(found).allSatisfy(attribution -> {
            assertThat(attribution.source()).isNotBlank();
            assertThat(paragraphs.get(attribution.paragraph())).contains(attribution.text());
        });
    }

    /** Paragraphs made of the words and marks the French rules decide by, in any order. */
    @Provide
    Arbitrary<List<String>> frenchParagraphs() {
        return paragraphs(Arbitraries.of("a", "déclaré", "a-t-il", "ajouté", "dit-elle", "que", "qu'il", "Selon",
                "D'après", "Pour", "l'Unicef", "l'un", "des", "Le", "procureur", "Jean-Paul", "Mukandila", "Me", "une",
                "mère", "qui", "a requis l'anonymat", "ministère", "de", "la", "Justice", "ONG", "Les", "familles",
                "« ", " »", "\"", "“", "”", ",", ":", ".", "?", "(", ")", "14 ans", "lors d'un", "il", "elle", "", "x"));
    }

    /** Paragraphs made of the words and marks the Spanish rules decide by, in any order. */
    @Provide
    Arbitrary<List<String>> spanishParagraphs() {
        return paragraphs(Arbitraries.of("dijo", "agregó", "ha dicho", "que", "Según", "De acuerdo con", "Para", "él",
                "El", "abogado", "Yader", "Valdivia", "doña", "Marta", "un", "médico", "que pidió no ser identificado",
                "la", "ONG", "Médicos", "por", "Salud", "Los", "vecinos", "Sin embargo", "de 23 años", "a IWPR",
                "\"", "«", "»", ",", ":", ".", "!", "(", ")", "", "x"));
    }

    private static Arbitrary<List<String>> paragraphs(Arbitrary<String> piece) {
        Arbitrary<String> paragraph = piece.list().ofMaxSize(16).map(words -> String.join(" ", words));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }
}
