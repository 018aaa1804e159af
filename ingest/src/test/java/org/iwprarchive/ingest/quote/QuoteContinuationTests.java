package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iwprarchive.domain.article.QuotationKind.DIRECT;
import static org.iwprarchive.domain.article.QuotationKind.INDIRECT;
import static org.iwprarchive.domain.source.SourceKind.ORGANISATION;
import static org.iwprarchive.domain.source.SourceKind.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteContinuationTests {

    @Test
    void aSentenceThatIsOnlyAQuoteIsOneInAnyOfTheMarksAndADialogueLineWithoutAnotherSpeaker() {
        assertThat(QuoteContinuation.quoteAlone("«Мы работаем без выходных».")).contains("Мы работаем без выходных");
        assertThat(QuoteContinuation.quoteAlone("„Radimo i subotom.“")).contains("Radimo i subotom");
        assertThat(QuoteContinuation.quoteAlone("“Puna nuk mbaron kurrë.”")).contains("Puna nuk mbaron kurrë");
        assertThat(QuoteContinuation.quoteAlone("— Клієнтів стало вдвічі менше.")).contains("Клієнтів стало вдвічі менше");
        // a line with someone's words and who said them, a sentence with a quote in it, a sentence with none
        assertThat(QuoteContinuation.quoteAlone("— Клієнтів стало менше, — каже він.")).isEmpty();
        assertThat(QuoteContinuation.quoteAlone("Он назвал это «катастрофой».")).isEmpty();
        assertThat(QuoteContinuation.quoteAlone("Цены выросли вдвое.")).isEmpty();
    }

    @Test
    void aQuoteStandingAloneAfterSomeonesWordsInTheSameParagraphGoesOnWithThemUnderTheSameCue() {
        List<Attribution> russian = CyrillicQuoteExtractor.russian().extract(List.of(
                "— Заказов стало вдвое меньше, — жалуется портной Ильдар Сафин. — Люди шьют раз в пять лет.",
                "«Мы не закрываемся», — заверил директор ателье Рустам Ахмедов. «Но и расти некуда»."), List.of());
        List<Attribution> macedonian = EuropeanQuoteExtractor.macedonian().extract(List.of(
                "„Работиме до доцна“, изјави Весна Ристова, сопственичка на кројачница. „Нарачките не чекаат.“"),
                List.of());
        List<Attribution> albanian = EuropeanQuoteExtractor.albanian().extract(List.of(
                "Bashkia tha se tregu do të rregullohet. “Punimet fillojnë në prill.”"), List.of());

        assertThat(russian).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::cue,
                Attribution::text).containsExactly(
                tuple("Ильдар Сафин", "портной", DIRECT, "жалуется", "Заказов стало вдвое меньше"),
                tuple("Ильдар Сафин", null, DIRECT, "жалуется", "Люди шьют раз в пять лет"),
                tuple("Рустам Ахмедов", "директор ателье", DIRECT, "заверил", "Мы не закрываемся"),
                tuple("Рустам Ахмедов", null, DIRECT, "заверил", "Но и расти некуда"));
        assertThat(macedonian).extracting(Attribution::source, Attribution::role, Attribution::text).containsExactly(
                tuple("Весна Ристова", "сопственичка на кројачница", "Работиме до доцна"),
                tuple("Весна Ристова", null, "Нарачките не чекаат"));
        assertThat(albanian).extracting(Attribution::source, Attribution::sourceKind, Attribution::kind,
                Attribution::text).containsExactly(
                tuple("Bashkia", ORGANISATION, INDIRECT, "tregu do të rregullohet"),
                tuple("Bashkia", ORGANISATION, DIRECT, "Punimet fillojnë në prill"));
    }

    @Test
    void aQuoteAfterASentenceThatAttributesNothingIsNotContinued() {
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "— Ремонт коштує дорожче за нові черевики, — каже швець Олег Бойко. Його майстерня працює з 1994 року."
                        + " «Тут колись стояла черга»."), List.of());

        assertThat(ukrainian).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Олег Бойко", PERSON, "Ремонт коштує дорожче за нові черевики"));
    }

    @Test
    void reportedWordsRunningOnAfterAColonIntoAQuoteAreTwoAttributionsOfOneSourceUnderOneCue() {
        List<Attribution> english = new QuoteExtractor().extract(List.of(
                "Farmer Rustam Aliyev says the new canal came too late: \u201cHalf the orchard dried out in July.\u201d",
                "Economist Dina Sultanova said two things held prices up: fuel and the weak currency."), List.of());
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "Водій Степан Гнатюк каже, що маршрут закриють: «Пасажирів узимку майже немає»."), List.of());

        assertThat(english).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::cue,
                Attribution::text).containsExactly(
                tuple("Rustam Aliyev", "Farmer", INDIRECT, "says", "the new canal came too late"),
                tuple("Rustam Aliyev", null, DIRECT, "says", "Half the orchard dried out in July"),
                tuple("Dina Sultanova", "Economist", INDIRECT, "said",
                        "two things held prices up: fuel and the weak currency"));
        assertThat(ukrainian).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(tuple("Степан Гнатюк", "Водій", INDIRECT, "маршрут закриють"),
                        tuple("Степан Гнатюк", null, DIRECT, "Пасажирів узимку майже немає"));
    }
}
