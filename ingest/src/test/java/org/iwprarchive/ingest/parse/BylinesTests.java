package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTests {

    private static final ParsedAuthor ALMAZ = new ParsedAuthor("Алмаз Исмаилов", "almaz-ismailov", null, null);
    private static final ParsedAuthor LOLA = new ParsedAuthor("Lola Olimova", "lola-olimova", null, null);

    @Test
    void readsReportersCreditsAsBylinesButNotTheEditors() {
        assertThat(Bylines.names(Bylines.asByline("Reporting by Abdulkader Hariri in Gaziantep; additional reporting by "
                + "Zaina Erhaim"))).contains(List.of("Abdulkader Hariri", "Zaina Erhaim"));
        assertThat(Bylines.names(Bylines.asByline("Words by Lola Olimova; editing by Alan Tyson")))
                .contains(List.of("Lola Olimova"));
        assertThat(Bylines.asByline("By Lola Olimova")).isEqualTo("By Lola Olimova");
    }

    @Test
    void readsABlogsPostedByWithoutTheDateAfterIt() {
        assertThat(Bylines.names(Bylines.asByline("Posted by Lola Olimova on 3rd June 2014")))
                .contains(List.of("Lola Olimova"));
        assertThat(Bylines.names(Bylines.asByline("Posted by admin on 3rd June 2014"))).isEmpty();
    }

    @Test
    void readsTheRussianAndUkrainianCreditsAtAnArticlesEnd() {
        assertThat(Bylines.isCredit("Материал подготовил Бакыт Асанов, Ош.")).isTrue();
        assertThat(Bylines.names(Bylines.asByline("Материал подготовил Бакыт Асанов, Ош.")))
                .contains(List.of("Бакыт Асанов"));
        assertThat(Bylines.names(Bylines.asByline("Підготувала Ірина Бондар"))).contains(List.of("Ірина Бондар"));
        assertThat(Bylines.names(Bylines.asByline("Подготовили материалы к суду адвокаты"))).isEmpty();
    }

    @Test
    void readsABioByItsVerbOrTheDashRussianAndUkrainianWriteForIt() {
        assertThat(Bylines.bioOf("Алмаз Исмаилов – независимый журналист в Бишкеке.", List.of(ALMAZ)))
                .containsExactly(ALMAZ);
        assertThat(Bylines.bioOf("Алмаз Исмаилов является журналистом.", List.of(ALMAZ))).containsExactly(ALMAZ);
        assertThat(Bylines.bioOf("Lola Olimova is IWPR's Tajikistan editor.", List.of(LOLA))).containsExactly(LOLA);
        assertThat(Bylines.bioOf("Lola Olimova, who reported from Khujand, found the market closed.", List.of(LOLA)))
                .isEmpty();
        assertThat(Bylines.bioOf("Алмаз Исмаилов приехал в Ош.", List.of(ALMAZ))).isEmpty();
        // one note for two authors, joined as Russian and Ukrainian join names
        assertThat(Bylines.bioOf("Lola Olimova и Алмаз Исмаилов — журналисты.", List.of(LOLA, ALMAZ)))
                .containsExactly(LOLA, ALMAZ);
        assertThat(Bylines.names("By Ірина Бондар та Олег Коваль")).contains(List.of("Ірина Бондар", "Олег Коваль"));
        // the Arabic edition's "By", and its "and" between two names
        assertThat(Bylines.names("\u0628\u0642\u0644\u0645 \u0633\u0627\u0631\u0629 \u062d\u0633\u0646 \u0648 "
                + "\u0639\u0644\u064a \u0643\u0631\u064a\u0645"))
                .contains(List.of("\u0633\u0627\u0631\u0629 \u062d\u0633\u0646", "\u0639\u0644\u064a \u0643\u0631\u064a\u0645"));
        // an interviewer's credit is a byline
        assertThat(Bylines.names(Bylines.asByline("Interview by Aida Kasymalieva"))).contains(List.of("Aida Kasymalieva"));
        // each name with the place it was written from
        assertThat(Bylines.names("By Nargis Hamroboeva in Moscow and Parvina Khamidova in Dushanbe"))
                .contains(List.of("Nargis Hamroboeva", "Parvina Khamidova"));
    }

    @Test
    void readsTheRomanceEditionsBylines() {
        assertThat(Bylines.names("Par Jean Dupont et Amélie Martin")).contains(List.of("Jean Dupont", "Amélie Martin"));
        assertThat(Bylines.names("Por Ana Gómez y Luis Ortega en Caracas")).contains(List.of("Ana Gómez", "Luis Ortega"));
        assertThat(Bylines.names("Par Claire Morel à Bamako")).contains(List.of("Claire Morel"));
        assertThat(Bylines.names("Paris is quiet")).isEmpty();
        // one word after full names and a comma is where the byline was written from
        assertThat(Bylines.names("By Anna Petrova, Kabul")).contains(List.of("Anna Petrova"));
        assertThat(Bylines.names("By Anna Petrova, Ivan Ivanov")).contains(List.of("Anna Petrova", "Ivan Ivanov"));
    }

    @Test
    void readsTheBalkanAndAlbanianEditionsBylines() {
        assertThat(Bylines.names("Piše: Nidžara Ahmetašević i Emir Suljagić u Sarajevu"))
                .contains(List.of("Nidžara Ahmetašević", "Emir Suljagić"));
        assertThat(Bylines.names("Nga Arben Qirezi në Prizren")).contains(List.of("Arben Qirezi"));
        assertThat(Bylines.names("Nga Prishtina erdhën dy autobusë")).isEmpty();
        assertThat(Bylines.bioOf("Arben Qirezi është gazetar në Prizren.",
                List.of(Bylines.author("Arben Qirezi", null)))).hasSize(1);
    }

    @Test
    void readsTheSerbianKurdishAndPersianEditionsBylinesAndABioThatNamesIwpr() {
        assertThat(Bylines.names("Пише: Јелена Петровић и Марко Илић у Новом Саду"))
                .contains(List.of("Јелена Петровић", "Марко Илић"));
        assertThat(Bylines.names("نووسینی ئاسۆ محەمەد لە سلێمانی")).contains(List.of("ئاسۆ محەمەد"));
        assertThat(Bylines.names("نوشته احمد رشید در کابل")).contains(List.of("احمد رشید"));
        ParsedAuthor aso = Bylines.author("ئاسۆ محەمەد", null);
        // no verb after the name, as a language whose verb ends the sentence writes it, but IWPR named
        assertThat(Bylines.bioOf("ئاسۆ محەمەد ڕۆژنامەنووسی IWPRە لە سلێمانی.", List.of(aso))).containsExactly(aso);
        assertThat(Bylines.bioOf("ئاسۆ محەمەد لە سلێمانی دەژی.", List.of(aso))).isEmpty();
    }

    @Test
    void readsTheMacedonianEditionsBylineAndBioAndAPlaceAfterAComma() {
        assertThat(Bylines.names("Пишува: Елена Јовановска и Борис Георгиевски во Скопје"))
                .contains(List.of("Елена Јовановска", "Борис Георгиевски"));
        assertThat(Bylines.names("Par Chantal Kaboyi, à Bukavu")).contains(List.of("Chantal Kaboyi"));
        ParsedAuthor elena = Bylines.author("Елена Јовановска", null);
        assertThat(Bylines.bioOf("Елена Јовановска е новинарка од Битола.", List.of(elena))).containsExactly(elena);
        assertThat(Bylines.opensAByline("Par Chantal Kaboyi")).isTrue();
        assertThat(Bylines.opensAByline("Paris reste calme")).isFalse();
    }
}
