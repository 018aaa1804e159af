package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void aBodyNamedByOneWordWithNoneNamedBeforeOrByAWordNotOfTheNameBeforeStaysAsWrittenAndThereNeedsABody() {
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "За даними відомства, черга на житло скоротилася.",
                "Міністерство соціальної політики повідомило, що виплати збільшать.",
                "За даними МВС, кількість крадіжок зменшилася.",
                "Вчителька Оксана Петренко сказала, що класи переповнені. Там додали, що бракує парт."), List.of());

        // ("Там додали" after a person's words: "there" is where a body's people spoke, and no body spoke just before)
        assertThat(ukrainian).extracting(Attribution::source).containsExactly("відомство",
                "Міністерство соціальної політики", "МВС", "Оксана Петренко");
    }

    @Test
    void theCompanyIsTheBodyNamedBeforeByAnyNameAndThereIsTheBodyWhosePeopleSpokeJustBefore() {
        List<Attribution> albanian = EuropeanQuoteExtractor.albanian().extract(List.of(
                "OSHEE njoftoi se tarifat mbeten të njëjta. Sipas kompanisë, borxhet e konsumatorëve janë rritur."),
                List.of());
        List<Attribution> russian = CyrillicQuoteExtractor.russian().extract(List.of(
                "В акимате Шымкента сообщили, что автобусы пойдут по новому графику. Там также уточнили, что проезд "
                        + "не подорожает.",
                "Там добавили, что маршруты продлят."), List.of());

        assertThat(albanian).extracting(Attribution::source).containsExactly("OSHEE", "OSHEE");
        assertThat(russian).extracting(Attribution::source, Attribution::cue).containsExactly(
                tuple("акимат Шымкента", "сообщили"), tuple("акимат Шымкента", "уточнили"),
                tuple("акимат Шымкента", "добавили"));
    }

    @Test
    void aNounOfTheNameInLowerCaseMaybeDefiniteIsTheBodyNamedBefore() {
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "Львівська обласна адміністрація повідомила, що мости відремонтують. Як зазначили в адміністрації, "
                        + "гроші вже виділено."), List.of());
        List<Attribution> macedonian = EuropeanQuoteExtractor.macedonian().extract(List.of(
                "Државниот завод за ревизија соопшти дека најде неправилности. Според заводот, штетата е милион евра."),
                List.of());

        assertThat(ukrainian).extracting(Attribution::source).containsExactly("Львівська обласна адміністрація",
                "Львівська обласна адміністрація");
        assertThat(macedonian).extracting(Attribution::source).containsExactly("Државниот завод за ревизија",
                "Државниот завод за ревизија");
    }

    @Test
    void anArabicBodyReferredToByTheFirstWordOfItsNameMadeDefiniteIsTheBodyNamedBefore() {
        List<Attribution> found = new ArabicQuoteExtractor().extract(List.of(
                "وأعلنت مديرية تربية نينوى أنها أغلقت ثلاث مدارس بسبب البرد. وبحسب المديرية، فإن المدارس ستفتح بعد العطلة."),
                List.of());

        assertThat(found).extracting(Attribution::source).containsExactly("مديرية تربية نينوى", "مديرية تربية نينوى");
    }
}
