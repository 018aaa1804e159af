package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReferencesTests {

    @Test
    void aBodyReferredToByANounForAnyBodyOrByTheFirstWordOfItsNameIsTheBodyNamedInFullBefore() {
        List<Attribution> russian = CyrillicQuoteExtractor.russian().extract(List.of(
                "Комитет по водным ресурсам сообщил, что плотину отремонтируют к весне.",
                "По данным ведомства, на ремонт выделено два миллиарда тенге.",
                "Министерство энергетики заявило, что тарифы не изменятся. В министерстве уточнили, что речь идёт о "
                        + "тарифах для населения."), List.of());
        List<Attribution> macedonian = EuropeanQuoteExtractor.macedonian().extract(List.of(
                "Заводот за статистика соопшти дека цените пораснале за пет отсто.",
                "Според Заводот, најмногу поскапеле лебот и млекото."), List.of());

        assertThat(russian).extracting(Attribution::source).containsExactly("Комитет по водным ресурсам",
                "Комитет по водным ресурсам", "Министерство энергетики", "Министерство энергетики");
        assertThat(macedonian).extracting(Attribution::source).containsExactly("Заводот за статистика",
                "Заводот за статистика");
    }

    @Test
    void aBodyNamedByOneWordWithNoneNamedBeforeOrByAWordNotOfTheNameBeforeStaysAsWritten() {
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "За даними відомства, черга на житло скоротилася.",
                "Міністерство соціальної політики повідомило, що виплати збільшать.",
                "За даними МВС, кількість крадіжок зменшилася."), List.of());

        assertThat(ukrainian).extracting(Attribution::source).containsExactly("відомство",
                "Міністерство соціальної політики", "МВС");
    }
}
