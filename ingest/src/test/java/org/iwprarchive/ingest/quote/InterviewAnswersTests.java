package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.iwprarchive.domain.article.QuotationKind;
import org.junit.jupiter.api.Test;

class InterviewAnswersTests {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void givesEachPrefixedAnswerToTheIntervieweeWithTheRoleTheOpeningGaveOnTheFirst() {
        List<Attribution> found = extractor.extract(List.of(
                "President Sadyr Japarov signed the new tax code on Monday. IWPR talked to Bakyt Dubanaev, an economist"
                        + " in Bishkek, about who will pay more.",
                "Q: Who loses most?",
                "A: Small traders at the bazaars, who until now paid a flat fee.",
                "Q: Will the budget gain?",
                "Dubanaev: Less than the government hopes.",
                "Q: And the traders themselves?",
                "Asanova: We will close our stalls before we pay twice."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text, Attribution::kind,
                        Attribution::cue, Attribution::paragraph)
                .containsExactly(
                        tuple("Bakyt Dubanaev", "an economist in Bishkek",
                                "Small traders at the bazaars, who until now paid a flat fee", QuotationKind.DIRECT,
                                "A:", 2),
                        tuple("Bakyt Dubanaev", null, "Less than the government hopes", QuotationKind.DIRECT,
                                "Dubanaev:", 4),
                        // a second person answering, whom the opening did not name
                        tuple("Asanova", null, "We will close our stalls before we pay twice", QuotationKind.DIRECT,
                                "Asanova:", 6));
    }

    @Test
    void readsAnswersWithoutPrefixesAfterQuestionsThatStandAloneOnlyInAnInterview() {
        List<Attribution> interview = extractor.extract(List.of(
                "In Osh, Aida Kasymova teaches Uzbek at a secondary school. Last Friday she talked to IWPR about the"
                        + " language law.",
                "What will change for your pupils?",
                "From next year every subject will be taught in Kyrgyz.",
                "Are the teachers ready?",
                "Hardly any of them."), List.of());
        List<Attribution> essay = extractor.extract(List.of(
                "Who will teach the children of Osh?",
                "The question has hung over the city's schools since the law passed.",
                "And who will pay for the textbooks?",
                "Nobody in Bishkek has answered yet."), List.of());

        assertThat(interview).extracting(Attribution::source, Attribution::text, Attribution::paragraph)
                .containsExactly(tuple("Aida Kasymova", "From next year every subject will be taught in Kyrgyz", 2),
                        tuple("Aida Kasymova", "Hardly any of them", 4));
        assertThat(essay).isEmpty();
    }

    @Test
    void answersNoOneWhereAnInterviewAsksASingleQuestionOfItsOwnOrNamesABodyFirst() {
        List<Attribution> oneQuestion = extractor.extract(List.of(
                "Aida Kasymova teaches Uzbek in Osh. She talked to IWPR about the language law.",
                "What happens to the Uzbek schools now?",
                "The ministry has not said."), List.of());
        List<Attribution> lateQuestions = extractor.extract(List.of(
                "Aida Kasymova teaches Uzbek in Osh. She talked to IWPR about the language law.",
                "Her school lost two teachers this year.",
                "The textbooks have not been printed.",
                "Will the school open in September?",
                "Parents are already moving their children.",
                "And what will the teachers do?",
                "Most are looking for work in Russia."), List.of());
        List<Attribution> researcher = extractor.extract(List.of(
                "Tamara Grigoryan of Amnesty International spoke to IWPR about the trials.",
                "Who are the defendants?",
                "Mostly young men from the villages.",
                "What are they charged with?",
                "Membership of a banned group."), List.of());

        assertThat(oneQuestion).isEmpty();
        assertThat(lateQuestions).isEmpty();
        assertThat(researcher).extracting(Attribution::source).containsExactly("Tamara Grigoryan", "Tamara Grigoryan");
    }

    @Test
    void leavesWhatTheQuestionsReportOutAndTakesANameThePrefixAloneGives() {
        List<Attribution> found = extractor.extract(List.of(
                "IWPR: Prime Minister Adylbek Kasymaliev said on Monday that the law would stay. Do you agree?",
                "Karimova: No. It is needed to silence critics.",
                "This interview was recorded before the verdict.",
                "IWPR: What comes next?",
                "Karimova: Appeals, and then the Constitutional Court."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Karimova", 1), tuple("Karimova", 4));
    }

    @Test
    void readsRussianAndUkrainianInterviewsWithTheRoleBeforeTheNameAndAfterQuestionsThatStandAlone() {
        List<Attribution> russian = CyrillicQuoteExtractor.russian().extract(List.of(
                "Парламент Казахстана одобрил поправки. На вопросы ИВПР ответил политолог Досым Сатпаев.",
                "Вопрос: Что изменится?",
                "Ответ: Почти ничего.",
                "Вопрос: А для оппозиции?",
                "Сатпаев: Еще меньше возможностей."), List.of());
        List<Attribution> ukrainian = CyrillicQuoteExtractor.ukrainian().extract(List.of(
                "Верховна Рада ухвалила закон про мобілізацію. Військовий юрист Віра Коваль відповіла на запитання ІВПР.",
                "Кого призвуть першими?",
                "Тих, хто не оновив дані.",
                "Чи можна оскаржити повістку?",
                "Можна, у суді."), List.of());

        assertThat(russian).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Досым Сатпаев", "политолог", "Ответ:"),
                        tuple("Досым Сатпаев", null, "Сатпаев:"));
        assertThat(ukrainian).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Віра Коваль", "Тих, хто не оновив дані"), tuple("Віра Коваль", "Можна, у суді"));
    }

    @Test
    void readsBosnianMacedonianAndAlbanianInterviewsByTheirOwnWords() {
        List<Attribution> bosnian = EuropeanQuoteExtractor.bosnianCroatianSerbian().extract(List.of(
                "Vlada je usvojila budžet. Na pitanja IWPR-a odgovorio je ekonomista Faruk Hadžić.",
                "IWPR: Ko dobija najviše?",
                "Hadžić: Javni sektor.",
                "IWPR: A privreda?",
                "Odgovor: Gotovo ništa."), List.of());
        List<Attribution> macedonian = EuropeanQuoteExtractor.macedonian().extract(List.of(
                "Ана Трајковска е лекарка во Битола. Таа одговори на прашањата на ИВПР.",
                "Прашање: Колку лекари недостасуваат?",
                "Одговор: Дваесетина.",
                "Прашање: Зошто заминуваат?",
                "Одговор: Поради платите."), List.of());
        List<Attribution> albanian = EuropeanQuoteExtractor.albanian().extract(List.of(
                "Pyetjeve të IWPR-së iu përgjigj mjeku Arben Hoxha.",
                "Pyetje: Sa mjekë mungojnë?",
                "Hoxha: Rreth njëzet.",
                "Pyetje: Pse largohen?",
                "Përgjigje: Për shkak të pagave."), List.of());

        assertThat(bosnian).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Faruk Hadžić", "ekonomista", "Hadžić:"), tuple("Faruk Hadžić", null, "Odgovor:"));
        assertThat(macedonian).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ана Трајковска", "Дваесетина"), tuple("Ана Трајковска", "Поради платите"));
        assertThat(albanian).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Arben Hoxha", "mjeku", "Hoxha:"), tuple("Arben Hoxha", null, "Përgjigje:"));
    }

    @Test
    void readsArabicAndPersianInterviewsByTheirPrefixesAndTheOpeningsName() {
        List<Attribution> arabic = new ArabicQuoteExtractor().extract(List.of(
                "أجرت IWPR حواراً مع الصحفية السورية رهف الأحمد، التي تعمل في غازي عنتاب.",
                "سؤال: كيف تعملين من خارج سوريا؟",
                "جواب: عبر شبكة من المراسلين في الداخل نتواصل معهم كل يوم.",
                "سؤال: وهل يتعرضون للخطر؟",
                "الأحمد: دائماً، وقد اعتقل اثنان منهم هذا العام."), List.of());
        List<Attribution> persian = new PersianQuoteExtractor().extract(List.of(
                "IWPR با نسرین حیدری، معلم یک مکتب خانگی در کابل، گفت‌وگو کرده است.",
                "پرسش: چند شاگرد دارید؟",
                "پاسخ: بیست دختر، از صنف هفتم تا دوازدهم.",
                "پرسش: از چه می‌ترسید؟",
                "پاسخ: از اینکه روزی در خانه را بزنند."), List.of());
        // a servant's name is three words with the family name
        List<Attribution> compound = new ArabicQuoteExtractor().extract(List.of(
                "أجرى IWPR مقابلة مع المحامي عبد الرحمن الخطيب.",
                "س: ما التهمة الموجهة إلى موكلك؟",
                "ج: نشر أخبار كاذبة، وهي تهمة توجه إلى كل صحفي.",
                "س: متى الجلسة القادمة؟",
                "ج: بعد شهر."), List.of());
        // one question after a prefix is no interview
        List<Attribution> notInterview = new ArabicQuoteExtractor().extract(List.of(
                "ارتفعت أسعار الخبز في دمشق.",
                "س: من المسؤول؟",
                "ج: لا أحد يعرف."), List.of());

        assertThat(arabic).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("رهف الأحمد", "الصحفية السورية", "جواب:",
                                "عبر شبكة من المراسلين في الداخل نتواصل معهم كل يوم"),
                        tuple("رهف الأحمد", null, "الأحمد:", "دائماً، وقد اعتقل اثنان منهم هذا العام"));
        assertThat(persian).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("نسرین حیدری", "معلم یک مکتب خانگی در کابل", "پاسخ:", "بیست دختر، از صنف هفتم تا دوازدهم"),
                        tuple("نسرین حیدری", null, "پاسخ:", "از اینکه روزی در خانه را بزنند"));
        assertThat(compound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("عبد الرحمن الخطيب", "المحامي"), tuple("عبد الرحمن الخطيب", null));
        assertThat(notInterview).isEmpty();
    }
}
