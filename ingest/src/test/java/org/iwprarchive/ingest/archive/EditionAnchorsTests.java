package org.iwprarchive.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.Attribution;
import org.junit.jupiter.api.Test;

class EditionAnchorsTests {

    @Test
    void readsAFigureAsTheSameValueInEveryLanguagesWriting() {
        assertThat(EditionAnchors.of(List.of("150,000 people, 1.5 million dollars, 2.4bn and 3 billion, 7.25%"),
                List.of(), "en")).containsExactly("150000", "1500000", "2400000000", "3000000000", "7.25");
        assertThat(EditionAnchors.of(List.of("150 000 человек, 1,5 млн долларов, 150 тысяч, 3 млрд, 7,25%"),
                List.of(), "ru")).containsExactly("150000", "1500000", "3000000000", "7.25");
        assertThat(EditionAnchors.of(List.of("150\u00a0000 осіб, 1,5 мільйона доларів, 150 тисяч, 3 мільярди"),
                List.of(), "uk")).containsExactly("150000", "1500000", "3000000000");
    }

    @Test
    void leavesOutSmallWholeNumbersAndDigitsInsideWords() {
        assertThat(EditionAnchors.of(List.of("3 villages, 0.5 km, route M03, 12 March 2022, 2020 150 people"),
                List.of(), "en")).containsExactly("0.5", "12", "2022", "2020", "150");
    }

    @Test
    void spellsAQuotedPersonsSurnameAlikeFromEitherAlphabet() {
        assertThat(EditionAnchors.of(List.of(), List.of(quoted("Volodymyr Zelenskyy", SourceKind.PERSON),
                quoted("Mykola Hnatiuk", SourceKind.PERSON), quoted("the ministry", SourceKind.ORGANISATION)), "en"))
                .containsExactly("zelenski", "hnatiuk");
        assertThat(EditionAnchors.of(List.of(), List.of(quoted("Володимир Зеленський", SourceKind.PERSON),
                quoted("Микола Гнатюк", SourceKind.PERSON)), "uk")).containsExactly("zelenski", "hnatiuk");
    }

    @Test
    void anchorsNothingOnANameNoRomanisationSpells() {
        assertThat(EditionAnchors.of(List.of("2,500"), List.of(quoted("أحمد الحسن", SourceKind.PERSON)), "ar"))
                .containsExactly("2500");
    }

    @Test
    void keepsAtMostItsBound() {
        String many = String.join(", ", IntStream.range(100, 300).mapToObj(Integer::toString).toList());
        assertThat(EditionAnchors.of(List.of(many), List.of(), "en")).hasSize(EditionAnchors.MOST);
    }

    private static Attribution quoted(String name, SourceKind kind) {
        return new Attribution(name, kind, null, "words", QuotationKind.DIRECT, "said", 0);
    }
}
