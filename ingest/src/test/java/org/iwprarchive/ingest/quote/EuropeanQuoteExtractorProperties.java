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
    private final EuropeanQuoteExtractor bcs = EuropeanQuoteExtractor.bosnianCroatianSerbian();
    private final EuropeanQuoteExtractor albanian = EuropeanQuoteExtractor.albanian();
    private final EuropeanQuoteExtractor macedonian = EuropeanQuoteExtractor.macedonian();

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

    @Property(tries = 3000)
    void readsAnyBcsParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(@ForAll("bcsParagraphs") List<String> paragraphs) {
        holdsItsWords(bcs.extract(paragraphs, List.of()), paragraphs);
    }

    @Property(tries = 3000)
    void readsAnyAlbanianParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(
            @ForAll("albanianParagraphs") List<String> paragraphs) {
        holdsItsWords(albanian.extract(paragraphs, List.of()), paragraphs);
    }

    @Property(tries = 3000)
    void readsAnyMacedonianParagraphsWithoutErrorAndFindsOnlyWordsTheyHold(
            @ForAll("macedonianParagraphs") List<String> paragraphs) {
        holdsItsWords(macedonian.extract(paragraphs, List.of()), paragraphs);
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

    /** Paragraphs made of the words and marks the Bosnian, Croatian and Serbian rules decide by, in any order. */
    @Provide
    Arbitrary<List<String>> bcsParagraphs() {
        return paragraphs(Arbitraries.of("rekao", "je", "su", "Dodao", "kaže", "da", "Prema riječima", "Prema njegovim",
                "riječima", "Iz", "Ministarstva", "zdravlja", "kažu", "saopštili", "Tomislava", "Šute", "Gradonačelnik",
                "Novog", "Sada", "u", "Budvi", "iz", "Maglaja", "jedna", "koja", "anonimna", "Према", "речима",
                "„", "“", "\"", "–", ",", ":", ".", "?", "", "x"));
    }

    /** Paragraphs made of the words and marks the Albanian rules decide by, in any order. */
    @Provide
    Arbitrary<List<String>> albanianParagraphs() {
        return paragraphs(Arbitraries.of("tha", "u shpreh", "i tha", "IWPR-së", "për IWPR", "se", "Sipas", "Sipas tij",
                "Ministrisë", "së", "të", "e", "i", "Nga", "thonë", "Kryetari", "Komunës", "Driton", "Berishës",
                "Zëvendëskryeministrja", "Ekonomistja", "një", "i cili", "anonimitet", "OSBE-së", "në Facebook",
                "gjatë", "„", "“", "\"", "–", ",", ":", ".", "?", "(", ")", "", "x"));
    }

    /** Paragraphs made of the words and marks the Macedonian rules decide by, in any order. */
    @Provide
    Arbitrary<List<String>> macedonianParagraphs() {
        return paragraphs(Arbitraries.of("рече", "изјави", "за IWPR", "дека", "Според", "Според него", "Од", "од",
                "велат", "порачаа", "Министерот", "на", "ДИК", "Александар", "Ристовски", "еден", "кој", "анонимна",
                "Во изјава", "за медиумите", "здружението", "Планетум", "УНЕСКО", "тој", "„", "“", "\"", "–", ",",
                ":", ".", "?", "", "x"));
    }

    private static Arbitrary<List<String>> paragraphs(Arbitrary<String> piece) {
        Arbitrary<String> paragraph = piece.list().ofMaxSize(16).map(words -> String.join(" ", words));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }
}
