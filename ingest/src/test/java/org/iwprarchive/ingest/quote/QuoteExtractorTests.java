package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iwprarchive.domain.article.QuotationKind.DIRECT;
import static org.iwprarchive.domain.article.QuotationKind.INDIRECT;
import static org.iwprarchive.domain.source.SourceKind.ANONYMOUS;
import static org.iwprarchive.domain.source.SourceKind.ORGANISATION;
import static org.iwprarchive.domain.source.SourceKind.PERSON;

import java.util.List;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.parse.ParsedAuthor;
import org.junit.jupiter.api.Test;

class QuoteExtractorTests {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void readsWhatSomeoneDoesInTheArtsAndTheFaithsBeforeTheName() {
        List<Attribution> found = extractor.extract(List.of(
                "Novelist Chingiz Abdrakhmanov says the censors read every manuscript twice.",
                "Theologian Kadyr Malikov told IWPR that the new law would push believers underground.",
                "Curator Aida Sultanova said the paintings had been kept in a cellar for forty years.",
                "Deacon Ioane Beridze, who runs the parish school, said the classes would go on."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Chingiz Abdrakhmanov", "Novelist"), tuple("Kadyr Malikov", "Theologian"),
                        tuple("Aida Sultanova", "Curator"), tuple("Ioane Beridze", "Deacon"));
    }

    @Test
    void readsHowTheWordsWerePutBeforeAColonAndFiguresThatShowSomething() {
        List<Attribution> found = extractor.extract(List.of(
                "The mayor's deputy, Erlan Sadykov, said simply: \"There is no money for the buses.\"",
                "Statistics from the migration service showed that a million people had left since 2020.",
                // what photographs or a map show is nobody's word, and what is shown to someone no words at all
                "The satellite images show that the lake has shrunk by half.",
                "The health ministry showed reporters the new hospital in Osh."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(tuple("Erlan Sadykov", "The mayor's deputy", DIRECT, "There is no money for the buses"),
                        tuple("migration service", null, INDIRECT, "a million people had left since 2020"));
    }

    @Test
    void findsEveryQuotedSourceOfTheSeedArticleWithItsRole() {
        ParsedArticle seed = new ArticleParser().parse(Fixtures.bytes("nato-looks-central-asia.txt"), "text/plain",
                "https://iwpr.net/global-voices/nato-looks-central-asia");

        List<Attribution> found = extractor.extract(seed.content().paragraphs(),
                seed.authors().stream().map(ParsedAuthor::name).toList());

        assertThat(found).containsExactly(
                new Attribution("NATO", ORGANISATION, null, "We encourage partners, including the countries of the "
                        + "strategically-important regions of Caucasus and Central Asia, to take advantage of these "
                        + "mechanisms", DIRECT, "read an alliance statement", 2),
                new Attribution("Donald Jensen", PERSON, "Central Asian expert", "the region can be used as staging "
                        + "post for combating extremist networks based in South Asia", INDIRECT, "according to", 4),
                new Attribution("Rustam Jumaev", PERSON, "a spokesperson for Uzbek president Islam Karimov",
                        "of his fears for the stability of the region", INDIRECT, "told IWPR", 5),
                new Attribution("Rustam Jumaev", PERSON, null, "security was still a great concern", INDIRECT, "said",
                        5),
                new Attribution("Rustam Jumaev", PERSON, null, "Although the main forces of the IMU were defeated "
                        + "after war in Afghanistan, there are still pockets of the group hiding in Afghan territory "
                        + "and in the neighbouring countries", DIRECT, "said", 7),
                new Attribution("Rustam Jumaev", PERSON, null, "This group attempted to sneak back into Central Asia "
                        + "this year. Although they were unsuccessful, we cannot exclude the fact that remnants of the "
                        + "IMU might try to re-group", DIRECT, null, 8),
                new Attribution("Stefanie Babst", PERSON, "NATO spokeswoman", "It is via this route that drugs find "
                        + "their way onto the streets of European cities such as London and Berlin", DIRECT, "said", 10),
                new Attribution("Stefanie Babst", PERSON, null, "this prompted some within the alliance to argue that "
                        + "the body should pay more attention to what is happening at the periphery of its sphere of "
                        + "influence, especially drug smuggling, which is a major source of funding for armed groups",
                        INDIRECT, "added", 11),
                new Attribution("Nursultan Nazarbaev", PERSON, "Kazak president", "the volume of narcotics being "
                        + "trafficked had increased in recent times", INDIRECT, "said", 12),
                // "echoed this view in his address, noting that ...": what he noted are the words
                new Attribution("Islam Karimov", PERSON, "President", "extremists are now joining forces with drug "
                        + "traffickers and pointing out that there is lack of coordination between international "
                        + "organisations and regional governments implementing anti-smuggling programmes", INDIRECT,
                        "noting", 13),
                new Attribution("George W Bush", PERSON, "President", "The more people ... work with the US, the more "
                        + "likely it is that they will work to improve the human condition", DIRECT, "said", 15),
                new Attribution("an official from a western political institution", ANONYMOUS, null, "there is not "
                        + "much the alliance can do to encourage Central Asian leaders to improve democracy in the region",
                        INDIRECT, "told IWPR", 16),
                new Attribution("an official from a western political institution", ANONYMOUS, null, "NATO is an "
                        + "inter-governmental organisation. It does not have the apparatus to influence these countries "
                        + "in the same way as the individual countries in the alliance can", DIRECT, "said", 16));
    }

    @Test
    void readsSpeakersAfterTheirWordsDescribedAgainOrIntroducedByWhoTheyAreToSomeone() {
        List<Attribution> found = extractor.extract(List.of(
                "Grain prices rose by a third over the winter, the national statistics committee said on Tuesday.",
                "A nurse at the clinic, who asked not to be named, confirmed that salaries had not been paid since May.",
                "\u201cWe work because the patients are here,\u201d the nurse said.",
                "His brother Farid, a taxi driver, lost his licence in March.",
                "\u201cThey took it for nothing,\u201d Farid said.",
                "Lawyer Dina Omarova, who represents the drivers, said the fines were unlawful.",
                "\u201cEvery driver in case No. 14 has paid twice,\u201d said Aliya Karimova, a clerk at court No. 3."),
                List.of("Staff Reporter"));

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text).containsExactly(
                tuple("national statistics committee", null, "Grain prices rose by a third over the winter"),
                tuple("a nurse at the clinic", null, "salaries had not been paid since May"),
                tuple("a nurse at the clinic", null, "We work because the patients are here"),
                tuple("Farid", "His brother, a taxi driver", "They took it for nothing"),
                tuple("Dina Omarova", "Lawyer", "the fines were unlawful"),
                tuple("Aliya Karimova", "a clerk at court No. 3", "Every driver in case No. 14 has paid twice"));
        // a cue that needs "that" reports nothing without it, before or after its speaker
        assertThat(extractor.extract(List.of("The clinic reopened, the nurse confirmed.",
                "The ministry confirmed the figures."), List.of())).isEmpty();
    }

    @Test
    void neverInventsSourcesFromBadInput() {
        assertThat(extractor.extract(List.of(), List.of())).isEmpty();
        assertThat(extractor.extract(null, null)).isEmpty();
        assertThat(extractor.extract(List.of("The river rose by two metres overnight and the bridge closed."),
                List.of())).isEmpty();
        assertThat(extractor.extract(List.of("\"This quote never closes, said nobody in particular"), List.of()))
                .isEmpty();
        assertThat(extractor.extract(List.of("Река поднялась за ночь на два метра, сообщил местный житель."),
                List.of())).isEmpty();
        String huge = "word ".repeat(10_000) + "said nothing at all";
        assertThat(extractor.extract(List.of(huge), List.of())).isEmpty();
    }

    @Test
    void doesNotQuoteTheAuthor() {
        List<Attribution> found = extractor.extract(List.of(
                "Saule Mukhametrakhimova said the report was based on interviews in three countries."),
                List.of("Saule Mukhametrakhimova"));

        assertThat(found).isEmpty();
    }

    @Test
    void aTextIsPassedOverOnlyWhenNoWordOfItStartsACue() {
        assertThat(QuoteExtractor.mayHoldCue("The minister said on Monday")).isTrue();
        assertThat(QuoteExtractor.mayHoldCue("He pointed out, again, that")).isTrue();
        assertThat(QuoteExtractor.mayHoldCue("\u201cNo,\u201d told\u00e9 nobody")).isTrue();
        assertThat(QuoteExtractor.mayHoldCue("Saidov arrived in Tashkent, unsaid and untold.")).isFalse();
        assertThat(QuoteExtractor.mayHoldCue("")).isFalse();
    }

    @Test
    void readsBodiesDescribedWithWhatTheyAreOfOrWhereTheySitAndNotWhoHeadsThem() {
        assertThat(only("Armenia\u2019s ministry of labour and social affairs said in a statement that 108,000 "
                + "people had received the allowance.")).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Armenia\u2019s ministry of labour and social affairs", ORGANISATION);
        // a sentence's capital "The" is no part of a described body's name, as "the" is not
        assertThat(only("The city council said it had paid out fewer than half.").source()).isEqualTo("city council");
        assertThat(only("The Russian embassy in Dushanbe said the rules applied to all.").source())
                .isEqualTo("Russian embassy in Dushanbe");
        assertThat(only("The parents' association Ata-Ene said it had 400 complaints.").source()).isEqualTo("Ata-Ene");
        assertThat(extractor.extract(List.of("The head of the party said the talks went well."), List.of())).isEmpty();
    }

    @Test
    void readsAGivenNameAloneOnceTheArticleHasIntroducedIt() {
        List<Attribution> found = extractor.extract(List.of(
                "Andriy, a builder who asked that his surname not be published, repairs windows for free.",
                "\u201cI do it after work. Someone has to,\u201d Andriy said.",
                "Her husband, Samvel, said he had found work on a building site.",
                "Fariba, 16, who gave only her first name, said she studied English.",
                "Bishkek, a city of a million people, has grown. \"It is big,\" Bishkek said."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::paragraph).containsExactly(
                // his first words, in the role he was introduced with, without why his surname is withheld
                org.assertj.core.groups.Tuple.tuple("Andriy", "a builder", 1),
                org.assertj.core.groups.Tuple.tuple("Samvel", "Her husband", 2),
                // an age and why the surname is withheld are not a role
                org.assertj.core.groups.Tuple.tuple("Fariba", null, 3));
    }

    @Test
    void readsQuestionsAskedQuotedNamesForThingsAndWhenSomethingWasSaid() {
        assertThat(only("\"Why now?\" asked Rustam Jalilov, an energy analyst.")).extracting(Attribution::source,
                Attribution::role, Attribution::cue).containsExactly("Rustam Jalilov", "an energy analyst", "asked");
        // "asked" is a cue after a question only
        assertThat(extractor.extract(List.of("\"It is late,\" asked Rustam Jalilov."), List.of())).isEmpty();
        assertThat(only("Richard Bennett, the UN special rapporteur, has called the ban \"gender persecution\"."))
                .extracting(Attribution::source, Attribution::text, Attribution::kind, Attribution::cue)
                .containsExactly("Richard Bennett", "gender persecution", DIRECT, "has called");
        assertThat(only("Deputy minister Arsen Torosyan told reporters last week that a programme would open.").text())
                .isEqualTo("a programme would open");
    }

    @Test
    void readsPromisesAndPostsOnlyWhenTheyReportWords() {
        assertThat(only("Deputy akim Serik Kudabaev promised in February that the first block would be finished.")
                .text()).isEqualTo("the first block would be finished");
        // where it was written is no part of the words
        assertThat(only("Giorgi Vashadze wrote on Facebook that the deal would give China the port."))
                .extracting(Attribution::cue, Attribution::text)
                .containsExactly("wrote", "the deal would give China the port");
        assertThat(extractor.extract(List.of("Giorgi Vashadze wrote a book about the port.",
                "The minister promised a new road."), List.of())).isEmpty();
        assertThat(only("A WFP official in Gaziantep, who was not authorised to speak to the media, said the agency "
                + "was short of money.")).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("a WFP official in Gaziantep", ANONYMOUS);
        assertThat(only("The Housing Guarantee Fund said in a written reply to IWPR that the blocks were not covered.")
                .text()).isEqualTo("the blocks were not covered");
    }

    @Test
    void readsTheNinthRoundsShapesInOtherWords() {
        assertThat(only("\u201cThe bus comes twice a week,\u201d said Gulzhan Abenova, 64, a retired teacher from Taraz."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Gulzhan Abenova", "a retired teacher from Taraz");
        assertThat(only("According to Timur Sadykov, who runs a bakery in Osh, flour prices doubled in a year."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Timur Sadykov", "who runs a bakery in Osh", "flour prices doubled in a year");
        assertThat(only("The water agency, which manages the canals, said repairs would start in May."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("water agency", ORGANISATION);
        assertThat(only("A driver waiting at the border, who gave only his first name, Bakyt, said the queue was two "
                + "days long.")).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly("Bakyt", PERSON, "A driver waiting at the border");
        // an occupation by its ending, not in the lexicon, is not part of the name learned
        List<Attribution> found = extractor.extract(List.of("Seismologist Aibek Dzhumaliev disagreed.",
                "\u201cThe faults are moving,\u201d Dzhumaliev said."), List.of());
        assertThat(found).extracting(Attribution::source).containsExactly("Aibek Dzhumaliev");
        // reported speech with its speaker inside, whose "she" is the person the sentence before names
        List<Attribution> interrupted = extractor.extract(List.of("\u201cWe wait,\u201d said Oleg Petrov, a driver.",
                "Agronomist Dilnoza Karimova objected. The wheat, she said, was sown too late."), List.of());
        assertThat(interrupted).extracting(Attribution::source, Attribution::text, Attribution::kind, Attribution::cue)
                .containsExactly(tuple("Oleg Petrov", "We wait", DIRECT, "said"),
                        tuple("Dilnoza Karimova", "The wheat was sown too late", INDIRECT, "said"));
    }

    @Test
    void readsTheTenthRoundsShapesInOtherWords() {
        // he and she are people: never the body quoted last
        List<Attribution> pronoun = extractor.extract(List.of("Gulnora Yusupova, a teacher, said classes were full.",
                "The education ministry said new schools would open.", "\u201cWe have no chairs,\u201d she said."),
                List.of());
        assertThat(pronoun).extracting(Attribution::source)
                .containsExactly("Gulnora Yusupova", "education ministry", "Gulnora Yusupova");
        // the person a sentence is about, described after the name, behind an opening phrase, or by surname alone
        assertThat(extractor.extract(List.of("\u201cThe rent doubled,\u201d said Anvar Tursunov, a tailor.",
                "Timur Abdullaev, a lawyer in Osh, doubts the case will be heard. \u201cThe court is not "
                        + "independent,\u201d he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Anvar Tursunov", "a tailor"), tuple("Timur Abdullaev", "a lawyer in Osh"));
        assertThat(extractor.extract(List.of("\u201cThe rent doubled,\u201d said Anvar Tursunov, a tailor.",
                "Addressing parliament on Tuesday, prime minister Akylbek Japarov defended the budget. \u201cThe "
                        + "money is there,\u201d he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Anvar Tursunov", "a tailor"), tuple("Akylbek Japarov", "prime minister"));
        assertThat(extractor.extract(List.of("\u201cPrices doubled,\u201d said Aziz Karimov, a trader.",
                "\u201cNobody helps,\u201d said Dilfuza Rakhimova, a nurse.",
                "Karimov is less hopeful. \u201cIt will get worse,\u201d he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Aziz Karimov", "Dilfuza Rakhimova", "Aziz Karimov");
        // a cue after "has", and estimates
        assertThat(only("The Asian Development Bank has warned that growth will slow next year."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly("Asian Development Bank", ORGANISATION, "warned");
        assertThat(only("Deputy health minister Malika Yusupova has promised that clinics will reopen in May."))
                .extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly("Malika Yusupova", "Deputy health minister", "promised", "clinics will reopen in May");
        assertThat(only("The UN refugee agency UNHCR estimated last month that 40,000 people had fled."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly("UNHCR", ORGANISATION, "estimated");
        // a person named among others, and one described by what they are of, after an article's opening
        assertThat(only("One of the guards, Rustam, said the gate closed at six."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly("Rustam", PERSON, "One of the guards");
        List<Attribution> described = extractor.extract(List.of("The head teacher of a school in Khujand says the "
                + "roof leaks.", "\u201cThe licence was revoked without notice,\u201d said the editor of an "
                + "independent newspaper in Batumi."), List.of());
        assertThat(described).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("the editor of an independent newspaper in Batumi", ANONYMOUS));
        // "according to" a name and its role, after the words
        assertThat(only("Wheat imports rose by a fifth, according to Bakhrom Nazarov, a grain trader in Khujand."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Bakhrom Nazarov", "a grain trader in Khujand", "Wheat imports rose by a fifth");
        // an attribution inside the words with an aside after it, and why a surname is withheld
        assertThat(extractor.extract(List.of("\u201cWe start in spring,\u201d said Zarina Aliyeva, an engineer.",
                "The bridge will cost 12 million dollars, she told journalists on Monday, most of it from a loan."),
                List.of())).extracting(Attribution::source, Attribution::text, Attribution::cue)
                .containsExactly(tuple("Zarina Aliyeva", "We start in spring", "said"),
                        tuple("Zarina Aliyeva", "The bridge will cost 12 million dollars", "told journalists"));
        assertThat(only("\u201cThe ward is full,\u201d said Leila, a nurse who asked that her surname not be "
                + "printed.")).extracting(Attribution::source, Attribution::role).containsExactly("Leila", "a nurse");
    }

    @Test
    void readsTheEleventhRoundsShapesInOtherWords() {
        // whom something was told or reminded of belongs to the cue; "suggested that" and "answered" are cues
        assertThat(only("Defence lawyer Goran Petrović told judges in The Hague on Tuesday that the evidence was "
                + "unreliable.")).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly("Goran Petrović", "Defence lawyer", "told judges", "the evidence was unreliable");
        assertThat(only("Judge Amina Diallo reminded the lawyers that time was short."))
                .extracting(Attribution::cue, Attribution::text).containsExactly("reminded the lawyers", "time was short");
        assertThat(only("Prosecutor Mark Ellis suggested that the documents had been altered."))
                .extracting(Attribution::source, Attribution::cue).containsExactly("Mark Ellis", "suggested");
        assertThat(extractor.extract(List.of("Judge Amina Diallo suggested a break."), List.of())).isEmpty();
        // a person named only as the article can name them, and then by that name or by what they are
        List<Attribution> witness = extractor.extract(List.of(
                "The first witness, who testified as RM-042 behind a screen, was a nurse at the hospital.",
                "\u201cThey took the patients at night,\u201d RM-042 said.",
                "\u201cI counted the beds in the morning,\u201d the witness answered."), List.of());
        assertThat(witness).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("RM-042", "said"), tuple("RM-042", "answered"));
        assertThat(extractor.extract(List.of("A shopkeeper, a young woman who gave her name only as Rudo Ncube, "
                + "closed early. \u201cThere is nothing to sell,\u201d she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Rudo Ncube", "A shopkeeper, a young woman"));
        // whose the described person is, by another's name
        assertThat(extractor.extract(List.of("Mukhtarov’s assistant at the forge, who gave his name only as "
                + "Daler, said the order book was full until spring."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Daler", "Mukhtarov’s assistant at the forge"));
        // a subject described by whose relative or by an age is whom the next he or she refers to
        assertThat(extractor.extract(List.of("\u201cWe wait,\u201d said Tanya Moyo, a trader.",
                "Baraka, 19, sells phone cards. He said business had halved."), List.of()))
                .extracting(Attribution::source).containsExactly("Tanya Moyo", "Baraka");
        assertThat(extractor.extract(List.of("\u201cWe wait,\u201d said Tanya Moyo, a trader.",
                "Jasmin Kovač, whose mother was among the missing, attended. \u201cI came for her,\u201d he said."),
                List.of())).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Tanya Moyo", "a trader"), tuple("Jasmin Kovač", "whose mother was among the missing"));
        // the one asked answers, not the one asking
        assertThat(extractor.extract(List.of("\u201cI was at home,\u201d said Emir Hadžić, a driver.",
                "Judge Clara Lind asked him where the keys were. He replied that he had lost them."), List.of()))
                .extracting(Attribution::source).containsExactly("Emir Hadžić", "Emir Hadžić");
    }

    @Test
    void readsTheTwelfthRoundsShapesInOtherWords() {
        // a body named by what it is alone, inside a clause too; the kind quoted before it when there was one
        assertThat(only("Schools stayed shut after the government said teachers would be paid in March."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly("government", ORGANISATION, "teachers would be paid in March");
        assertThat(extractor.extract(List.of("The health ministry said clinics would reopen.",
                "The ministry later said the date had moved."), List.of()))
                .extracting(Attribution::source).containsExactly("health ministry", "health ministry");
        assertThat(only("Police said three men had been detained.")).extracting(Attribution::source)
                .isEqualTo("police");
        // "dismissed ... as" with a quoted phrase, and "that" that is what was spoken of
        assertThat(only("Deputy minister Nodir Alimov dismissed the report as \u201cpure fiction\u201d."))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly("Nodir Alimov", "dismissed", "pure fiction");
        assertThat(only("A council official said that was a matter for the courts.")).extracting(Attribution::text)
                .isEqualTo("that was a matter for the courts");
        // a role before a name that begins with a country's possessive
        assertThat(only("Armenia\u2019s human rights defender, Lusine Harutyunyan, said the detentions were unlawful."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Lusine Harutyunyan", "Armenia\u2019s human rights defender");
        // "one of ..." after a name as the subject; a relation before a given name, carried to the name's quote
        assertThat(extractor.extract(List.of("\u201cWe wait,\u201d said Tanya Moyo, a trader.",
                "In Herat, Dr Mariam, one of two surgeons left, operates daily. \u201cWe are tired,\u201d she said."),
                List.of())).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Tanya Moyo", "a trader"), tuple("Mariam", "one of two surgeons left"));
        assertThat(extractor.extract(List.of("Her cousin Dilnoza sells bread on the corner. \u201cFlour costs "
                + "double,\u201d Dilnoza said."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Dilnoza", "Her cousin"));
    }

    @Test
    void readsTheThirteenthRoundsShapesInOtherWords() {
        // a name with a lower-case particle, after its role
        assertThat(only("Her lawyer, Anna van der Berg, said the evidence had been planted."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Anna van der Berg", "Her lawyer");
        // a subject described by how they were, then "he" in a sentence that opens with a clause
        assertThat(extractor.extract(List.of("Defence lawyer Ivan Petrov spoke first.",
                "Milan Kovač, wearing a grey suit, sat still. Asked by the judge whether he had read the charges, he said "
                        + "he had."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Milan Kovač", null));
        // a given name with a hyphen, named after the cue and a clause
        assertThat(only("\u201cThe road is closed,\u201d said a driver at the depot, who would give only his first "
                + "name, Jean-Paul.")).extracting(Attribution::source, Attribution::role)
                .containsExactly("Jean-Paul", "a driver at the depot");
        // bodies: "The" and capitalised words, another name, a kind before or after the name
        assertThat(only("The Red Crescent Society, known locally as the Crescent, said 300 families had been housed."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Red Crescent Society", ORGANISATION);
        assertThat(only("The state water company, Tojikobod, said repairs would take a month."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("Tojikobod", ORGANISATION);
        assertThat(only("Prices rose by a third, according to the Fergana Valley Monitor, a research group."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Fergana Valley Monitor", "Prices rose by a third");
        // a long description of an unnamed source
        assertThat(only("A nurse at a field hospital that treats wounded soldiers from the eastern front said beds "
                + "had run out.")).extracting(Attribution::sourceKind).isEqualTo(ANONYMOUS);
        // a subject with the role first, then "he"
        assertThat(extractor.extract(List.of("\u201cWe wait,\u201d said Tanya Moyo, a trader.",
                "The head of the regional health department, Bakhyt Omarov, visited the camp. \u201cWe have sent "
                        + "doctors,\u201d he said."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Tanya Moyo", "a trader"),
                        tuple("Bakhyt Omarov", "The head of the regional health department"));
        // how it was told, and a second verb after the words
        assertThat(only("Ali Rezaei told IWPR by telephone from Herat that the border was closed."))
                .extracting(Attribution::cue, Attribution::text).containsExactly("told IWPR", "the border was closed");
        assertThat(only("Amnesty International said the verdict was unjust and urged the court to free him."))
                .extracting(Attribution::text).isEqualTo("the verdict was unjust");
    }

    @Test
    void readsTheFourteenthRoundsShapesInOtherWords() {
        // where or when, then who with a clause
        assertThat(only("In the old town, Mirela Kastrati, who owns a bakery, said trade had halved."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Mirela Kastrati", "who owns a bakery");
        // an office described, not named, after the article's opening; the named one when it was described so
        List<Attribution> office = extractor.extract(List.of("Schools reopened on Monday.",
                "The regional education minister said in a radio interview that fees would stay."), List.of());
        assertThat(office).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("the regional education minister", ANONYMOUS));
        assertThat(extractor.extract(List.of("Schools reopened, said Zarina Tolibova, the education minister.",
                "The regional education minister said fees would stay."), List.of()))
                .extracting(Attribution::source).containsExactly("Zarina Tolibova", "Zarina Tolibova");
        // a whole quotation after "that" is direct
        assertThat(only("Mayor Ilir Berisha told reporters on Friday that \u201cthe bridge stays closed.\u201d"))
                .extracting(Attribution::kind, Attribution::text)
                .containsExactly(DIRECT, "the bridge stays closed");
    }

    @Test
    void readsTheFifteenthRoundsShapesInOtherWords() {
        // an office's field, capitalised, before the holder's name is the role's
        assertThat(only("Minister of Culture and Youth Affairs Dilnoza Saidova said the theatre would reopen."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Dilnoza Saidova", "Minister of Culture and Youth Affairs");
        assertThat(only("Commissioner for Human Rights Tamar Abashidze told reporters the visits would go on."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Tamar Abashidze", "Commissioner for Human Rights");
        // a name with the Arabic article joined by a hyphen, and that name without it later
        assertThat(extractor.extract(List.of("Khalid bin Walid el-Masri, a member of the council, said it met.",
                "Masri said the budget was spent."), List.of()))
                .extracting(Attribution::source).containsExactly("Khalid bin Walid el-Masri", "Khalid bin Walid el-Masri");
        // a person the paragraph named, referred to by age alone
        assertThat(only("Saida Hamidova and her sons sleep in a tent. \u201cWe lost the house,\u201d said the 52-year-old."))
                .extracting(Attribution::source).isEqualTo("Saida Hamidova");
        // a body by a lower-case word for a province's government
        assertThat(only("According to the Basra governorate, two wells were closed."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Basra governorate", ORGANISATION);
    }

    @Test
    void readsTheSixteenthRoundsShapesInOtherWords() {
        // one of several, then an indefinite description whose clause withholds the name, whatever its noun
        assertThat(only("Drivers wait for days. One of them, a trucker who asked not to be named, said the queue had "
                + "not moved since Friday."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("a trucker who asked not to be named", ANONYMOUS);
        // one word no person was named by, then "the" and a body's trade
        assertThat(only("Kazatomprom, the state uranium producer, said output would fall."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Kazatomprom", ORGANISATION);
        // ... but a given name with "a" and a trade is a person
        assertThat(only("Gulnara, a crane operator, said she was paid late."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly("Gulnara", PERSON, "a crane operator");
        // a person described by what they head, and a clause with "neither ... nor" that withholds the name
        assertThat(extractor.extract(List.of("The clinic closed in May.", "\u201cWe have no fuel,\u201d said the head of "
                        + "a charity in Idlib, speaking on condition that neither he nor the charity be named."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("the head of a charity in Idlib", ANONYMOUS));
        // an office holder not named, described as a body's ("its", "their")
        assertThat(extractor.extract(List.of("The camp has grown.", "The World Food Programme says rations will be "
                        + "cut. Its country director for Syria told reporters in Damascus that stocks would run out."),
                List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("World Food Programme", ORGANISATION),
                        tuple("its country director for Syria", ANONYMOUS));
    }

    @Test
    void readsTheSeventeenthRoundsShapesInOtherWords() {
        // reported speech with its speaker after the last comma, the sentence ending right after the cue
        assertThat(only("Wheat imports rose by a fifth, the customs service said."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("customs service", "Wheat imports rose by a fifth");
        // a body named after whose it is
        assertThat(only("The council\u2019s Housing Fund for Veterans says the flats will be ready in May."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Housing Fund for Veterans", ORGANISATION);
        // a person described by whom they are to someone named
        assertThat(only("Later, Dilnoza\u2019s brother told reporters that she had gone abroad."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Dilnoza\u2019s brother", ANONYMOUS);
        // an anonymous description, then when: the description is who
        assertThat(only("A former guard at the camp, dismissed in May after ten years, told IWPR that food was sold."))
                .extracting(Attribution::source).isEqualTo("a former guard at the camp");
        // a body named by one word and what kind it is, then "the group" for it
        assertThat(only("Memorial, the human rights group founded in 1989, counts 600 prisoners. Most are held far "
                + "from home, the group says."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Memorial", "Most are held far from home");
        // a lede's description, and the person the next paragraph opens by naming
        assertThat(extractor.extract(List.of("The mother of a missing conscript says she has written to every "
                        + "ministry.", "Olga Petrenko last heard from her son in March."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Olga Petrenko", "The mother of a missing conscript"));
        // ... in the case the lede wrote it, where the description did not open its sentence
        assertThat(extractor.extract(List.of("Judges in The Hague this week heard from a former prison guard who said "
                        + "the inmates were beaten nightly.", "The guard, known only as B-71, told the court that he had seen it himself."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("B-71", "a former prison guard"), tuple("B-71", "The guard"));
        // ... but not a person the next paragraph opens with as a speaker of their own
        assertThat(extractor.extract(List.of("A senior official in Kabul says the talks will fail.",
                        "Ashraf Ghani, the president, later told reporters the talks would go on."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("a senior official in Kabul", null), tuple("Ashraf Ghani", "the president"));
        // ... and a definite description nobody names is no source
        assertThat(extractor.extract(List.of("The owner of a television station says he will close it.",
                "The station broadcast for ten years."), List.of())).isEmpty();
    }

    @Test
    void readsTheEighteenthRoundsShapesInOtherWords() {
        // a name learnt from its possessive, and a cue word inside a clause about the speaker passed over
        assertThat(extractor.extract(List.of("Dilfuza Rahimova\u2019s son was arrested in May. She says he is ill.",
                        "A nurse in Khujand, who writes for a blog under another name, told IWPR that wards were full."),
                List.of()))
                .extracting(Attribution::source)
                .containsExactly("Dilfuza Rahimova", "a nurse in Khujand, who writes for a blog under another name");
        // a hyphenated title before a surname met before; a middle name of a long name alone
        assertThat(extractor.extract(List.of("Lucía Robles Soto and Miguel Ortiz lead the party.",
                        "Vice-president Ortiz told reporters that the vote would go ahead.",
                        "Robles says the vote is unfair."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Miguel Ortiz", "Vice-president"), tuple("Lucía Robles Soto", null));
        // a body named before, as "it"; words a body applies to something, with "as" after "rejected"
        assertThat(extractor.extract(List.of("The Kyrgyz foreign ministry has rejected the claims as \u201ca provocation"
                        + "\u201d. In a note to embassies, it said the border was open.",
                        "The opposition rejected the \u201ccompromise\u201d on offer."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Kyrgyz foreign ministry", "a provocation"),
                        tuple("Kyrgyz foreign ministry", "the border was open"));
        // a body named by several capitalised words and what kind of body it is; a body "for" something
        assertThat(extractor.extract(List.of("The camp grew.", "Food prices doubled, according to the Association of "
                        + "Market Traders and Farmers of Osh, a union of stallholders.",
                        "The World Organization for Animal Health warned last month that the outbreak was spreading."),
                List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Association of Market Traders and Farmers of Osh", ORGANISATION),
                        tuple("World Organization for Animal Health", ORGANISATION));
        // when, without a comma, before the speaker
        assertThat(only("Last week the ministry declared the strikers \u201centities of the past\u201d."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("ministry", "entities of the past");
    }

    @Test
    void readsTheNineteenthRoundsShapesInOtherWords() {
        // "the" and a noun for someone, with a clause that withholds the name; "he" then is that person
        assertThat(extractor.extract(List.of("The clinic closed.", "The caretaker, who asked that his name be withheld, "
                        + "said the doors were locked in May.", "\u201cNobody came back,\u201d he said."), List.of()))
                .extracting(Attribution::source).containsExactly("the caretaker", "the caretaker");
        // a second verb of the subject: "has ordered ... and promised that"
        assertThat(only("The mayor of Osh, Taalaibek Sarybashov, has closed the market and promised that traders "
                + "would be paid."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Taalaibek Sarybashov", "traders would be paid");
        // an attribution inside the words, told to an audience, with a quoted phrase after it
        assertThat(only("The bank's governor, Aziz Karimov, spoke on Monday. Prices, he told a press conference, would "
                + "\u201csoon fall\u201d."))
                .extracting(Attribution::source, Attribution::text, Attribution::cue)
                .containsExactly("Aziz Karimov", "Prices would \u201csoon fall\u201d", "told a press conference");
        // a description opening with whose it is; a body described with a capitalised word in its kind
        assertThat(extractor.extract(List.of("Lejla Hodžić, Bosnia\u2019s deputy minister of justice, said the law "
                        + "would pass.", "Naša Stranka, the largest Bosnian party in Sarajevo, rejected the law as "
                        + "\u201ca step back\u201d."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Lejla Hodžić", PERSON, "Bosnia\u2019s deputy minister of justice"),
                        tuple("Naša Stranka", ORGANISATION, null));
    }

    @Test
    void readsTheTwentiethRoundsShapesInOtherWords() {
        // a given name alone, introduced with an age in the description; "he" then is that person
        assertThat(extractor.extract(List.of("Daniyar Sadykov, a farm official, spoke first.",
                        "Askar, a 41-year-old welder who gave only his first name, runs a workshop. He said he "
                        + "had ten orders. \u201cNobody here asks for papers,\u201d he joked."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Askar", "said"), tuple("Askar", "joked"));
        // how the words were said, after any quote, but not as a verb of its own
        assertThat(only("Aliya Serikova sells bread. \u201cIt is cheaper at home,\u201d she sighed."))
                .extracting(Attribution::source, Attribution::cue).containsExactly("Aliya Serikova", "sighed");
        assertThat(extractor.extract(List.of("Aliya Serikova laughed at the idea."), List.of())).isEmpty();
        // when it happened, before an attribution inside the words, is not what was said
        assertThat(only("Aliya Serikova sells bread. In March, she says, inspectors took her oven."))
                .extracting(Attribution::text).isEqualTo("inspectors took her oven");
        // "she" after a man was quoted: the last person the article called she
        assertThat(extractor.extract(List.of("Aliya Serikova sells bread. Last week, she says, prices rose.",
                        "A guard at the market said he was paid to fine traders. \u201cWe have a quota,\u201d he said.",
                        "\u201cThey fine us every week,\u201d she said."), List.of()))
                .extracting(Attribution::source)
                .containsExactly("Aliya Serikova", "a guard at the market", "a guard at the market", "Aliya Serikova");
        // a role without an article after "according to" a name
        assertThat(only("According to Ruslan Abenov, head of the traders\u2019 union, rents have doubled."))
                .extracting(Attribution::role, Attribution::text)
                .containsExactly("head of the traders\u2019 union", "rents have doubled");
        // the subject's next verb in the cue's present perfect ends the words
        assertThat(only("The World Bank has said the loan is at risk and has suspended its payments."))
                .extracting(Attribution::text).isEqualTo("the loan is at risk");
    }

    @Test
    void readsTheTwentyFirstRoundsShapesInOtherWords() {
        // a name given "as she asked to be called"; an "as" clause is not who she is
        assertThat(only("Abu Karim, as he asked to be called, sells tea. \u201cBusiness is slow,\u201d he said."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Abu Karim", null);
        // a role first, then a name with an Arabic article, as a sentence's subject; "he" then is that person
        assertThat(only("Its director, Dr Samir al-Jabouri, visited the site. The work, he told IWPR, was finished "
                + "in May."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Samir al-Jabouri", "The work was finished in May");
        // a subordinate clause after an interrupting attribution goes on with the words
        assertThat(only("Aziz Karimov sells tea. He left early, he said, because the road was closed."))
                .extracting(Attribution::text).isEqualTo("He left early because the road was closed");
        // a relation, a name and a clause about the person: the name is who, not the clause's capitals
        assertThat(only("Her brother, Timur Aliev, who works in Germany, said the family had sold the house."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Timur Aliev", "Her brother");
        // "whose" opens a clause about an anonymous source
        assertThat(only("A farmer near the dam, whose fields flooded twice, said nobody had warned him."))
                .extracting(Attribution::source)
                .isEqualTo("a farmer near the dam, whose fields flooded twice");
        // a description and a name introduced by "named": both descriptions, without "named"
        assertThat(only("Its secretary, a retired nurse named Lola Saidova, said the clinic had closed."))
                .extracting(Attribution::role).isEqualTo("Its secretary, a retired nurse");
        // a quoted phrase inside reported words, with its speaker after them
        assertThat(extractor.extract(List.of("Lola Saidova runs the clinic. Patients now come only at night, when "
                + "the guards \u201clook away\u201d, she said."), List.of()))
                .extracting(Attribution::kind, Attribution::text)
                .containsExactly(tuple(INDIRECT,
                        "Patients now come only at night, when the guards \u201clook away\u201d"));
        // what something was called without quotation marks; "called on" and "called the police" are not
        assertThat(only("The ombudsman, Lola Saidova, has called the closures a breach of the law."))
                .extracting(Attribution::text, Attribution::cue)
                .containsExactly("the closures a breach of the law", "has called");
        assertThat(extractor.extract(List.of("Lola Saidova called on the mayor to act. She called the police."),
                List.of())).isEmpty();
        // "the office", after a body of that kind was a sentence's subject; the publisher is never that body
        assertThat(extractor.extract(List.of("The office of the city prosecutor, which IWPR asked twice, has not "
                        + "replied. In a statement, the office said the case was open."), List.of()))
                .extracting(Attribution::source).containsExactly("office of the city prosecutor");
        // figures a body gives of itself
        assertThat(only("The housing fund for Kherson region paid 4,000 families, according to its own records."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("housing fund for Kherson region", ORGANISATION);
        // one of several, named after the verb, with who the person is
        assertThat(extractor.extract(List.of("Dozens of teachers have left. Among them is Marat Bekov, a history "
                        + "teacher from Osh. \u201cI had no choice,\u201d he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Marat Bekov", "a history teacher from Osh"));
    }

    @Test
    void readsTheTwentySecondRoundsShapesInOtherWords() {
        // a subject opening with "A" and a description before the name; a participle of saying after its verb;
        // "now" between a pronoun and its cue
        assertThat(extractor.extract(List.of("The bridge fell in May.", "A geologist in Osh, Nurlan Abdiev, wrote a "
                        + "report last year warning that the bridge could fall. He now says nobody read it."),
                List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Nurlan Abdiev", "A geologist in Osh", "warning"),
                        tuple("Nurlan Abdiev", null, "says"));
        // a quote right after reported words goes on with their speaker
        assertThat(extractor.extract(List.of("The bridge fell in May. The town was cut off for a week, Nurlan Abdiev "
                        + "said. \u201cWe carried bread across the river.\u201d"), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Nurlan Abdiev", INDIRECT), tuple("Nurlan Abdiev", DIRECT));
        // a given name allowed by a withholding clause names the person
        assertThat(extractor.extract(List.of("The clinic closed.", "A nurse, who agreed that only her first name, "
                        + "Dilnoza, be printed, still sees patients. \u201cThey come at night,\u201d Dilnoza said."),
                List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("Dilnoza", PERSON));
    }

    @Test
    void readsTheTwentyThirdRoundsShapesInOtherWords() {
        // a participle of saying whose words quote a phrase; "he" then is the subject
        assertThat(extractor.extract(List.of("The governor, Aliya Serikova, turned down the plan, arguing that it "
                        + "would \u201cruin the budget\u201d. The region, she said, had no money left."), List.of()))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Aliya Serikova", "arguing", "it would \u201cruin the budget\u201d"),
                        tuple("Aliya Serikova", "said", "The region had no money left"));
        // the last verb of naming before a quote, not one inside a clause about the speaker
        assertThat(only("Marat Bekov, whose newspaper was branded foreign last year, called the ruling "
                + "\u201ca disgrace\u201d."))
                .extracting(Attribution::source, Attribution::cue).containsExactly("Marat Bekov", "called");
        // where something was told, before "that"
        assertThat(only("Marat Bekov told journalists after the hearing that the verdict was expected."))
                .extracting(Attribution::text).isEqualTo("the verdict was expected");
        // a time clause after an interrupting attribution goes on with the words
        assertThat(only("Marat Bekov runs the market. Prices doubled, he said, after the border closed."))
                .extracting(Attribution::text).isEqualTo("Prices doubled after the border closed");
        // a title the article first named the person by is the role of their first attribution
        assertThat(extractor.extract(List.of("A study led by Dr Lola Saidova found lead in the water. Saidova told "
                        + "IWPR that the wells should close. She said the city had known for years."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lola Saidova", "Dr"), tuple("Lola Saidova", null));
    }

    @Test
    void readsTheTwentyFourthRoundsShapesInOtherWords() {
        // a role opening with whose it is, then "saying" without "that"
        assertThat(only("Armenia's foreign minister, Ararat Mirzoyan, dismissed the report, saying Baku had "
                + "invented the incident."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Ararat Mirzoyan", "Armenia's foreign minister", "Baku had invented the incident");
        assertThat(extractor.extract(List.of("Ararat Mirzoyan left early, saying goodbye to nobody."), List.of()))
                .isEmpty();
        // a body's statement, and "it" after the body was a sentence's subject
        assertThat(extractor.extract(List.of("The cement plant in Kant, the town's largest employer, has closed, "
                        + "according to a notice from its owners.", "The customs service did not reply. In a letter "
                        + "last year, it said that the border would stay open."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("cement plant in Kant", ORGANISATION), tuple("customs service", ORGANISATION));
        // a body of a kind with what it is a kind of; an occupation kept over an age alone
        assertThat(only("At the crossing, traffic police said the queue had doubled."))
                .extracting(Attribution::source).isEqualTo("traffic police");
        assertThat(extractor.extract(List.of("In Osh, mechanic Bakyt Osmonov, 52, has closed his garage. "
                + "\u201cNo parts,\u201d he said."), List.of()))
                .extracting(Attribution::role).containsExactly("mechanic");
    }

    @Test
    void readsTheTwentyFifthRoundsShapesInOtherWords() {
        // a conjunction before an anonymous description with a withholding clause
        assertThat(only("But an official at the ministry, who asked that his name be withheld, said the order "
                + "came from Moscow."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("an official at the ministry", ANONYMOUS);
        // a body named by one word, then what kind it is with a capitalised word and a clause
        assertThat(only("Kazatomprom, the Kazakh company that mines the uranium, said output would fall."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("Kazatomprom", ORGANISATION);
        // "according to" a body named by capitalised words and what kind it is: not a person, the kind no text
        assertThat(only("According to Memorial Centre, a Russian human rights group, 300 people were detained."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly("Memorial Centre", ORGANISATION, "300 people were detained");
        // why, after the words, is not what was said
        assertThat(only("Lola Saidova warned that the dam was unsafe, citing cracks in its wall."))
                .extracting(Attribution::text).isEqualTo("the dam was unsafe");
        // a title of two words before a name
        assertThat(only("Attorney General Bakyt Osmonov told reporters that the case was closed."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Bakyt Osmonov", "Attorney General");
    }

    @Test
    void readsTheTwentySixthRoundsShapesInOtherWords() {
        // what speaks for the body the sentence before named
        assertThat(only("The customs committee closed the post. Its press office said in a statement that the post "
                + "would reopen in June."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("customs committee", ORGANISATION);
        // how it was said, between the cue and "that", is not the words
        assertThat(only("A border guard said on condition of anonymity that the post had been closed for a week."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("a border guard", "the post had been closed for a week");
    }

    @Test
    void readsTheTwentySeventhRoundsShapesInOtherWords() {
        // a view stated is reported speech
        assertThat(only("Dilnoza Karimova, a banker in Tashkent, believes the som will fall further."))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly("Dilnoza Karimova", "a banker in Tashkent", "believes");
        // "the" and whose someone is, then what they are, with a clause that withholds the name
        assertThat(only("\u201cWe closed in May,\u201d said the school\u2019s deputy head, who asked not to be named."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("the school\u2019s deputy head", ANONYMOUS);
        // a relative clause's own subject before the cue: a group, so no one
        assertThat(extractor.extract(List.of("Aziz Karimov, the former mayor, had backed a dam, which farmers said "
                + "would flood their land."), List.of())).isEmpty();
    }

    @Test
    void readsTheTwentyEighthRoundsShapesInOtherWords() {
        // a subject whose surname carries the Arabic article; "he" then is that person
        assertThat(only("Omar al-Khatib drives a bus in Raqqa. \u201cThe road is mined,\u201d he said."))
                .extracting(Attribution::source).isEqualTo("Omar al-Khatib");
        // a fear stated with "that"; not "fears" of something
        assertThat(only("Aliya Serikova, a nurse, fears that the clinic will close."))
                .extracting(Attribution::cue, Attribution::text).containsExactly("fears", "the clinic will close");
        assertThat(extractor.extract(List.of("Aliya Serikova fears the winter."), List.of())).isEmpty();
        // words wholly quoted after "that" are a direct quote
        assertThat(only("The Red Cross warned that \u201cthe camps will not survive the winter\u201d."))
                .extracting(Attribution::kind, Attribution::text)
                .containsExactly(DIRECT, "the camps will not survive the winter");
    }

    @Test
    void readsTheTwentyNinthRoundsShapesInOtherWords() {
        // a body's lower-case name with "and" between its words
        assertThat(only("Georgia’s environment and agriculture ministry said the river had been cleaned."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Georgia’s environment and agriculture ministry", ORGANISATION);
        // "according to" at the end, with a description and then the name
        assertThat(only("Three schools have closed, according to the district’s education officer, Aigul Bekova."))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly("Aigul Bekova", "the district’s education officer", "according to");
        // a thing called by a word of judgement, without quotation marks; not "called the police"
        assertThat(only("Tamar Beridze, a lawyer in Kutaisi, called the ruling deeply unjust."))
                .extracting(Attribution::cue, Attribution::text).containsExactly("called", "the ruling deeply unjust");
        assertThat(extractor.extract(List.of("Tamar Beridze, a lawyer in Kutaisi, called the police."), List.of()))
                .isEmpty();
    }

    @Test
    void readsTheThirtiethRoundsShapesInOtherWords() {
        // present-tense cues
        assertThat(extractor.extract(List.of("Bakyt Osmonov, a shepherd, tells reporters that the pasture is gone.",
                "Osmonov recalls that the river froze in October."), List.of()))
                .extracting(Attribution::cue).containsExactly("tells reporters", "recalls");
        // what something is dismissed as
        assertThat(only("The governor, Petro Hnatiuk, dismissed the report as propaganda."))
                .extracting(Attribution::source, Attribution::cue).containsExactly("Petro Hnatiuk", "dismissed");
        // a body named after what kind of body it is, without an article
        assertThat(only("Rights group Kylym Shamy says the detentions were illegal."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("Kylym Shamy", ORGANISATION);
        // figures from a body, and a body's mission that speaks for it
        assertThat(only("According to data from the UNDP office in Bishkek, 30 villages lack water."))
                .extracting(Attribution::source, Attribution::text).containsExactly("UNDP", "30 villages lack water");
    }

    @Test
    void readsTheThirtyFirstRoundsShapesInOtherWords() {
        // a question's present-tense cue
        assertThat(only("\u201cWho will pay for it?\u201d asks Malika Yusupova, a baker."))
                .extracting(Attribution::source, Attribution::cue).containsExactly("Malika Yusupova", "asks");
        // "As X put it, "..."": the quote is X's
        assertThat(only("As one shopkeeper put it, \u201cThe customers are gone.\u201d"))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly("one shopkeeper", ANONYMOUS, "put it");
        // a role whose owner's name has several words, before the name
        assertThat(only("Transparency International Georgia\u2019s director, Eka Gigauri, said the law was harmful."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Eka Gigauri", "Transparency International Georgia\u2019s director");
    }

    @Test
    void readsTheThirtySecondRoundsShapesInOtherWords() {
        // a title of address is no role, and a who-clause then is
        assertThat(extractor.extract(List.of("Mrs Aigul Serikbayeva, who runs a shelter in Almaty, said beds were full.",
                "Mrs Serikbayeva said the city had promised a second building."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Aigul Serikbayeva", "who runs a shelter in Almaty"),
                        tuple("Aigul Serikbayeva", null));
        // after the quote, the cue, what the speaker is, then the name; a clause of when is no role
        assertThat(only("\u201cThe money has gone,\u201d retorted the head of the audit chamber, Kanat Dosmukhamed, "
                + "when asked about the budget."))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly("Kanat Dosmukhamed", "the head of the audit chamber", "retorted");
        // a paragraph that is only a quote, after reported words, goes on with their speaker
        assertThat(extractor.extract(List.of("Aibek Toktogulov said the herd had halved.",
                "\u201cWe sold the sheep to pay for the hay.\u201d"), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Aibek Toktogulov", INDIRECT), tuple("Aibek Toktogulov", DIRECT));
    }

    @Test
    void readsTheThirtyThirdRoundsShapesInOtherWords() {
        // a note that the name is not the person's own; a lone given name with a who-clause is a person
        assertThat(only("Shabnam (name changed), who teaches at a home school, said classes were full."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Shabnam", "who teaches at a home school");
        // a withholding clause is no part of the role, and says whether "she" can be the person
        assertThat(extractor.extract(List.of("Zhanna Bekova said the court had refused bail.",
                "According to Ruslan, a driver who asked that his surname not be used, the road was closed.",
                "She adds: \u201cWe will appeal.\u201d"), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Zhanna Bekova", null), tuple("Ruslan", "a driver"), tuple("Zhanna Bekova", null));
        // a body's name after what it is now
        assertThat(only("The opposition Armenia Alliance party said the vote had been rigged."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("Armenia Alliance party", ORGANISATION);
    }

    @Test
    void keepsWhatAWithholdingClauseSaysOfThePersonBeforeAndInTheRole() {
        assertThat(only("Dilnoza, a nurse who has worked at the clinic since 2010 and asked that her surname not be "
                + "published, said the ward had no heating."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Dilnoza", "a nurse who has worked at the clinic since 2010");
    }

    @Test
    void readsTheSubjectOfAClauseJoinedByAndAfterAClauseOfItsOwnAsTheSpeaker() {
        assertThat(only("Fewer buses ran on the northern routes this winter, and the Transport Ministry says drivers "
                + "have left for Russia."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly("Transport Ministry", ORGANISATION, "drivers have left for Russia");
    }

    @Test
    void readsWordsReportedAfterAParticipleOfSayingInTheSentenceOfAQuote() {
        assertThat(extractor.extract(List.of("\u201cThe pass is closed,\u201d said Erlan Abdyldaev, a lorry driver, adding "
                + "that it would reopen in May. He turned back.", "\u201cWe wait,\u201d he said, noting that the queue was "
                + "ten kilometres long."), List.of()))
                .extracting(Attribution::source, Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Erlan Abdyldaev", DIRECT, "said", "The pass is closed"),
                        tuple("Erlan Abdyldaev", INDIRECT, "adding", "it would reopen in May"),
                        tuple("Erlan Abdyldaev", DIRECT, "said", "We wait"),
                        tuple("Erlan Abdyldaev", INDIRECT, "noting", "the queue was ten kilometres long"));
    }

    @Test
    void readsWhatThePersonIsAndTheNameSetApartBetweenTheWordsAndACueAlone() {
        assertThat(only("Two of the three wells in the village have dried up since June, the head of the water "
                + "committee, Nurlan Abenov, told IWPR."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Nurlan Abenov", "the head of the water committee",
                        "Two of the three wells in the village have dried up since June");
    }

    @Test
    void readsWhomWhoStandsForNamedAndDescribedBeforeItAsTheSpeaker() {
        assertThat(only("The queue included Zarina, a nurse who works night shifts, and who said the bread ran out by "
                + "noon."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Zarina", "a nurse who works night shifts", "the bread ran out by noon");
    }

    @Test
    void readsTheWordsBeforeAccordingToAsTheSpeakersWhenAClauseJoinedByAndFollows() {
        assertThat(only("Two in three pharmacies in the capital sold antibiotics without a prescription, according to "
                + "Transparency International Kazakhstan, and the ministry has promised checks."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Transparency International Kazakhstan",
                        "Two in three pharmacies in the capital sold antibiotics without a prescription");
    }

    @Test
    void readsTheMinistryAsTheOneNamedInPassingByWhatItIsFor() {
        assertThat(extractor.extract(List.of("Farmers wrote twice to the agriculture ministry about the dry canals.",
                "The ministry said repairs would begin in March."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("agriculture ministry", "repairs would begin in March"));
    }

    @Test
    void readsTheThirtySixthRoundsShapesInOtherWords() {
        // a lede's person named next after what they were doing, whoever speaks after the name
        assertThat(extractor.extract(List.of("A mother of three who lost her home in the floods says the compensation"
                + " has not arrived.", "Speaking from a tent outside Sukkur, Nasreen Bibi said the water took"
                + " everything."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Nasreen Bibi", "A mother of three who lost her home in the floods"),
                        tuple("Nasreen Bibi", null));
        // words put to a witness, and the witness answering
        assertThat(extractor.extract(List.of("Amra Hodžić said she had seen the order.",
                "Defence counsel Marta Kovač put it to her that the document was forged.",
                "\u201cI saw him sign it,\u201d she replied."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Hodžić", null), tuple("Marta Kovač", "Defence counsel"),
                        tuple("Amra Hodžić", null));
        // who someone is to others, then a description that withholds the name: the first is who
        assertThat(only("Her neighbour, a retired nurse who asked not to be named, said the clinic had shut."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("her neighbour", ANONYMOUS);
        // a given name, an age and a description, in a sentence that reports nothing: the description is the role
        assertThat(only("Nodira, 34, a seamstress, sells cloth at the bazaar. \u201cNobody buys,\u201d she said."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Nodira", "a seamstress");
    }

    @Test
    void readsTheThirtySeventhRoundsShapesInOtherWords() {
        // where and when it was said, both before "that"
        assertThat(only("Farid Safarov told journalists in Kabul on Monday that the road would reopen."))
                .extracting(Attribution::text).isEqualTo("the road would reopen");
        // what the words were, after their attribution; a regulator is a body
        assertThat(only("Fuel will cost more from June, the state oil regulator said on Friday, the third rise this year."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly("state oil regulator", ORGANISATION, "Fuel will cost more from June");
        // a description, then the name, after "according to"
        assertThat(only("According to the head of the drivers' union, Bakyt Asanov, wages have not risen since 2019."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Bakyt Asanov", "the head of the drivers' union", "wages have not risen since 2019");
    }

    @Test
    void readsTheThirtyEighthRoundsShapesInOtherWords() {
        // one of several, then a description with an age and the name it introduces: both descriptions the role
        assertThat(only("\u201cThe road is closed,\u201d said one of the drivers, a 40-year-old father named Bakyt Osmonov."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Bakyt Osmonov", "one of the drivers, a 40-year-old father");
        // a person met by their full name, later by their given name alone
        assertThat(extractor.extract(List.of("Gulnara Tokhtarova runs a small shop near the bus station.",
                "\u201cNobody comes,\u201d she said.", "But Gulnara says the rent has doubled."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Gulnara Tokhtarova", "Nobody comes"), tuple("Gulnara Tokhtarova", "the rent has doubled"));
        // after a cue, a clause with a verb of its own is what was said, not who said it
        assertThat(extractor.extract(List.of("Residents of the district, who asked not to be named, said the new road"
                + " would never be finished."), List.of())).isEmpty();
    }

    @Test
    void readsTheThirtyNinthRoundsShapesInOtherWords() {
        // a relation, the name, then a description: both descriptions the role
        assertThat(only("Her brother, Nurlan Abdyldaev, a bus driver, said the road had been closed for a week."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Nurlan Abdyldaev", "Her brother, a bus driver");
        // an unnamed source introduced by what they did, then quoted as "he"
        assertThat(extractor.extract(List.of("A nurse at the district hospital, speaking on condition of anonymity,"
                + " described the shortages.", "\u201cWe have no gloves,\u201d she said."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("a nurse at the district hospital", ANONYMOUS));
        // "saying" before a plural noun and its verb
        assertThat(only("Rustam Nazarov, the ministry's spokesman, rejected the report, saying officials were following"
                + " the law."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Rustam Nazarov", "officials were following the law");
    }

    @Test
    void readsTheFortiethRoundsShapesInOtherWords() {
        // someone described by whose office they hold, not named
        assertThat(extractor.extract(List.of("Prices rose.", "The World Bank's country director said growth would slow."),
                List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("the World Bank's country director", ANONYMOUS));
        // the relative pronoun of the clause that reports the words is no part of the role
        assertThat(extractor.extract(List.of("Hundreds marched.", "Among them was Ruslan Bekov, a retired teacher, who"
                + " said he had not missed a rally."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ruslan Bekov", "a retired teacher"));
    }

    @Test
    void readsTheFortyFirstRoundsShapesInOtherWords() {
        // the subject of a first verb is the speaker of the second, after "but" as after "and"; a hyphened word opens
        // the role
        assertThat(only("Pro-government analyst Ainura Kadyrova praised the reform but cautioned that it came too late."))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly("Ainura Kadyrova", "Pro-government analyst", "it came too late");
        assertThat(only("The mayor, Talant Osmonov, thanked the donors, but also said that the money would not last."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Talant Osmonov", "the money would not last");
    }

    @Test
    void readsTheFortySecondRoundsShapesInOtherWords() {
        // "the official" is the person last quoted in an office, and no one else
        assertThat(extractor.extract(List.of("The district's governor, Rustam Nazarov, urged traders to leave the market.",
                "The official said traders would be compensated."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Rustam Nazarov", "traders to leave the market"),
                        tuple("Rustam Nazarov", "traders would be compensated"));
        assertThat(extractor.extract(List.of("“The well is dry,” said Malika, a farmer.",
                "The official said a new well would be dug."), List.of()))
                .extracting(Attribution::source).containsExactly("Malika");
        // a description with an age says what someone is where a clause about them was all the article had said
        assertThat(extractor.extract(List.of("Dilnoza Karimova, whose shop burned down in May, now sells from a car.",
                "“We lost everything,” the 35-year-old trader said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dilnoza Karimova", "the 35-year-old trader"));
        // in the paragraph that named them with a role, that role stays
        assertThat(only("Farid Aliyev, a driver, lost his job. “Nothing is left,” the 52-year-old driver said."))
                .extracting(Attribution::role).isEqualTo("a driver");
    }

    @Test
    void readsTheFortyFourthRoundsShapesInOtherWords() {
        // someone named as one of others, who does something else first, is the "he" of the quote after
        assertThat(extractor.extract(List.of("Lawyers for the defence spoke first.",
                "Another of the defendants, retired engineer Suren Abrahamyan, stood up. “I was never there,” he said."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Suren Abrahamyan", "retired engineer"));
        assertThat(extractor.extract(List.of("“The road is closed,” said Karim Haidari.",
                "One of the drivers, Nasir, waited at the gate. “We sleep in the cab,” he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Karim Haidari", null), tuple("Nasir", "One of the drivers"));
        // a passive cue names who was spoken to, not who speaks: the cue after it does
        assertThat(only("A nurse in Kunduz, who asked not to be named because nurses were told not to speak to the "
                + "press, said the ward had no heating."))
                .extracting(Attribution::source, Attribution::text, Attribution::cue)
                .containsExactly("a nurse in Kunduz", "the ward had no heating", "said");
        assertThat(extractor.extract(List.of("Shopkeepers were warned that the market would close."), List.of()))
                .isEmpty();
    }

    @Test
    void readsTheFortyFifthRoundsShapesInOtherWords() {
        // a relation to a person named by a possessive, then a given name: the person, the relation the role
        assertThat(extractor.extract(List.of("“The rent doubled,” said Saodat.",
                "Saodat’s brother, Farrukh, closed the shop. “There was nothing to sell,” he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Farrukh", "Saodat’s brother"));
        // an office's field of two capitalised words before its title, and an audience told without "that"
        assertThat(only("Foreign Affairs Minister Bakhtiyor Saidov told lawmakers the border talks would resume."))
                .extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly("Bakhtiyor Saidov", "Foreign Affairs Minister", "told lawmakers",
                        "the border talks would resume");
        // a withholding clause without a comma is no part of who the source is, wherever the source stands
        assertThat(only("A court clerk who asked not to be named said the files had been lost."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("a court clerk", ANONYMOUS);
        assertThat(only("The files had been lost, according to a court clerk, who declined to give her name."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("a court clerk", "The files had been lost");
        // the words go on after an interrupting attribution with a subordinate clause of theirs
        assertThat(extractor.extract(List.of("Economist Aida Kim was less sure. The dam will hold, she said, as long as "
                + "the repairs are paid for."), List.of()))
                .extracting(Attribution::text).containsExactly("The dam will hold as long as the repairs are paid for");
    }

    @Test
    void readsTheFortySixthRoundsShapesInOtherWords() {
        // where the words were said, before the speaker and a description of them
        assertThat(only("Back in Kunduz, Mariam Sadat, a midwife who trained in Kabul, said the clinic had no power."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Mariam Sadat", "a midwife who trained in Kabul");
        assertThat(only("Across the river, Oleh Marchuk, a ferryman, said the crossing was closed."))
                .extracting(Attribution::source).isEqualTo("Oleh Marchuk");
        // saying nothing is no report; words that open with "little" or "much" are
        assertThat(extractor.extract(List.of("The embassy has said nothing about the arrests.",
                "The governor has said little since."), List.of())).isEmpty();
        assertThat(only("Governor Rustam Nazarov said little had been done since the flood."))
                .extracting(Attribution::text).isEqualTo("little had been done since the flood");
    }

    @Test
    void readsTheFortySeventhRoundsShapesInOtherWords() {
        // a body the person is of, after the name, is no part of it
        assertThat(only("Dr Farida Nazarova of Tajik Medical University said the wards were full."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Farida Nazarova", "Dr");
        // where it was posted or said, between the cue and a colon before the words
        assertThat(only("The governor, Rustam Nazarov, wrote on Telegram: “The bridge will open in May.”"))
                .extracting(Attribution::source, Attribution::text, Attribution::kind)
                .containsExactly("Rustam Nazarov", "The bridge will open in May", DIRECT);
        // one of others named after the cue, then where they were
        assertThat(only("“Nobody buys,” said another of the traders, Zarina, outside the bazaar."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("Zarina", PERSON);
    }

    @Test
    void readsTheFortyEighthRoundsShapesInOtherWords() {
        // "the bank" is the bank the article named, even as a sentence's subject that said nothing
        assertThat(extractor.extract(List.of("Uzbekistan’s central bank has raised its main rate to 14 per cent.",
                "The bank said inflation was slowing."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Uzbekistan’s central bank", ORGANISATION));
        // and nobody where no bank was named
        assertThat(extractor.extract(List.of("The bank said inflation was slowing."), List.of())).isEmpty();
        // a description with "a", then the one name the article gives; a day is no name
        assertThat(only("A teacher in Osh, Gulnara, said the school had no heating."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Gulnara", "A teacher in Osh");
        assertThat(extractor.extract(List.of("An official, Tuesday, said the road was closed."), List.of()))
                .extracting(Attribution::source).doesNotContain("Tuesday");
    }

    @Test
    void readsTheFiftyFirstRoundsShapesInOtherWords() {
        // "its figures" at a sentence's start are the body last quoted or named; nobody's where none was
        assertThat(extractor.extract(List.of("The water utility says supplies will last the summer. According to its "
                + "data, reservoirs are two-thirds full."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("water utility", "supplies will last the summer"),
                        tuple("water utility", "reservoirs are two-thirds full"));
        assertThat(extractor.extract(List.of("According to its data, reservoirs are two-thirds full."), List.of()))
                .isEmpty();
        // one of a group, why only a given name is printed, then the name: the person, with no role
        assertThat(only("Another of the miners, who gave only her first name, Dina, said the shaft had flooded."))
                .extracting(Attribution::source, Attribution::role).containsExactly("Dina", "Another of the miners");
        // "and accused ..." is what the speaker did next, not what they said
        assertThat(only("Mayor Aliya Sadykova said the city had paid its share and blamed the contractor for the delay."))
                .extracting(Attribution::text).isEqualTo("the city had paid its share");
    }

    @Test
    void readsTheFiftySecondRoundsShapesInOtherWords() {
        // what a speaker called something, then what it said: two reports; a town's hall is its administration
        assertThat(extractor.extract(List.of("Town Hall described the closure as temporary and said the market would "
                + "reopen in May."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Town Hall", ORGANISATION, "the closure as temporary"),
                        tuple("Town Hall", ORGANISATION, "the market would reopen in May"));
        // a person whose surname is Hall stays a person
        assertThat(only("Sarah Hall said the market would reopen in May."))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly("Sarah Hall", PERSON);
    }

    @Test
    void readsTheFiftyThirdRoundsShapesInOtherWords() {
        // of two descriptions before a given name, the one that gives the name says who; a chamber is a body
        assertThat(extractor.extract(List.of("Another stallholder, a widow who gave only her first name, Gulnara, said "
                + "the rent had doubled.", "The city's chamber of trade warned that shops would close."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Gulnara", PERSON, "a widow"), tuple("city's chamber of trade", ORGANISATION, null));
        // two descriptions without a name stay one anonymous source
        assertThat(only("One driver, a man who asked not to be named, said the road was closed."))
                .extracting(Attribution::sourceKind).isEqualTo(ANONYMOUS);
    }

    @Test
    void readsAPersonADescriptionNamesAsTheSubjectForTheHeAfter() {
        // introduced by name after a description, without words; the "he" after is that person, not the one quoted
        assertThat(extractor.extract(List.of("The district head, Bakyt Osmonov, said the pastures would be shared.",
                "His cousin, a shepherd named Nurlan Abdyraev, was angrier.", "“They took the pasture,” he said."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Bakyt Osmonov", "The district head"),
                        tuple("Nurlan Abdyraev", "His cousin, a shepherd"));
    }

    @Test
    void readsANameClosedByAFathersNameAndItsParticle() {
        assertThat(only("Aida Kasymaly kyzy, a lawyer in Osh, said the trial was closed to the press."))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly("Aida Kasymaly kyzy", "a lawyer in Osh");
        assertThat(only("“We were not allowed in,” said Bakyt Asanbek uulu, a journalist."))
                .extracting(Attribution::source).isEqualTo("Bakyt Asanbek uulu");
    }

    @Test
    void readsTheBodyBehindAStatementOrAReportItIsAccordingTo() {
        assertThat(only("According to a statement from the Red Crescent, 300 tents have been handed out."))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly("Red Crescent", ORGANISATION, null);
        assertThat(only("Forty people were detained, according to a report by Amnesty International."))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly("Amnesty International", "Forty people were detained");
    }

    @Test
    void readsABodysNameWithItsAcronymInParenthesesAfterIt() {
        assertThat(only("The International Organization for Migration (IOM) said 2,000 people had crossed."))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly("International Organization for Migration", ORGANISATION);
    }

    @Test
    void endsReportedWordsWhereTheSpeakersNextActFollowsACommaAndAnd() {
        assertThat(only("The ministry said the border would reopen in May, and promised compensation to traders."))
                .extracting(Attribution::text).isEqualTo("the border would reopen in May");
        // without the comma, "and" may join the words reported
        assertThat(only("The ministry said prices had risen and doubled in the north."))
                .extracting(Attribution::text).isEqualTo("prices had risen and doubled in the north");
    }

    @Test
    void learnsANameOfFourWords() {
        assertThat(extractor.extract(List.of("Ana María García López, a lawyer in Managua, took the case in May.",
                "García told IWPR that the hearing had been postponed twice."), List.of()))
                .extracting(Attribution::source).containsExactly("Ana María García López");
    }

    @Test
    void readsAnIndefiniteDescriptionWhateverItsNoun() {
        // nouns for people the lexicon does not list
        assertThat(extractor.extract(List.of("The plant closed in May.", "A plumber at the plant said the pipes froze.",
                "\u201cWe have nothing,\u201d said a midwife from Herat."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("a plumber at the plant", ANONYMOUS), tuple("a midwife from Herat", ANONYMOUS));
        // things that say something, and counts of people, are no one; a report by a body gives the body's words
        assertThat(extractor.extract(List.of("The plant closed in May.", "A report by the ministry said prices rose.",
                "A number of residents said the water was dirty.", "A new study suggests that the water is dirty."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("ministry", ORGANISATION));
    }

    @Test
    void givesAReportsFindingsToWhoeverMadeIt() {
        List<Attribution> found = extractor.extract(List.of(
                "A 2021 survey by the national statistics office found that one household in five had no running water.",
                "A study from Aigul Bekova, who teaches hydrology in Osh, found that the glaciers had shrunk by a third.",
                "Rescuers found the missing shepherd on Tuesday."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::cue)
                .containsExactly(tuple("national statistics office", ORGANISATION, null, "found"),
                        tuple("Aigul Bekova", PERSON, "who teaches hydrology in Osh", "found"));
    }

    @Test
    void readsCourtRolesBeforeANameAndASubjectWithAnAgeAsTheOneAPronounRefersTo() {
        List<Attribution> found = extractor.extract(List.of(
                "Defendant Oleh Marchuk told the court that he had never seen the documents.",
                "Plaintiff Halyna Sydorenko, whose farm was flooded in 2023, said the dam had been left unrepaired.",
                "The accused, Petro Zinchenko, 58, rejected the verdict. \u201cI will appeal,\u201d he said."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Oleh Marchuk", "Defendant", "he had never seen the documents"),
                        tuple("Halyna Sydorenko", "Plaintiff", "the dam had been left unrepaired"),
                        tuple("Petro Zinchenko", "The accused", "I will appeal"));
    }

    @Test
    void readsWordsQuotedAfterAccusedOfAndLeavesHowAndWhereItWasToldOutOfTheRoleAndTheWords() {
        List<Attribution> found = extractor.extract(List.of(
                "Party chairman Levan Gogoladze, speaking at a rally in Kutaisi, accused the mayor of \u201cselling the"
                        + " city to developers\u201d.",
                "Farida Yusupova told IWPR by phone from the Kakuma refugee camp that the water had run out."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::cue,
                        Attribution::text)
                .containsExactly(
                        tuple("Levan Gogoladze", "Party chairman", DIRECT, "accused", "selling the city to developers"),
                        tuple("Farida Yusupova", null, INDIRECT, "told IWPR", "the water had run out"));
    }

    @Test
    void readsASubjectWithATitleInCapitalsOrADescriptionAfterItsNameAsTheSpeakerOfWhatFollows() {
        List<Attribution> found = extractor.extract(List.of(
                "The committee's chair, MP Aida Kasymova, rejected the plan on state radio, saying it would raise"
                        + " prices.",
                "Her brother, Nurlan Abdyrakhmanov, a driver, lost his job in May. He said the factory owed him three"
                        + " months' wages.",
                "MP Kanybek Imanaliev defended the bill, saying it protected children."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Aida Kasymova", "The committee's chair", "saying", "it would raise prices"),
                        tuple("Nurlan Abdyrakhmanov", "Her brother, a driver", "said",
                                "the factory owed him three months' wages"),
                        tuple("Kanybek Imanaliev", "MP", "saying", "it protected children"));
    }

    private Attribution only(String paragraph) {
        List<Attribution> found = extractor.extract(List.of(paragraph), List.of());
        assertThat(found).hasSize(1);
        return found.get(0);
    }
    @Test
    void readsWhatAnUnnamedSourceWouldBeCalledForTheirWorkAsAnOccupationBeforeAName() {
        List<Attribution> found = extractor.extract(List.of(
                "Shopkeeper Dilnoza Rakhimova, who has sold fabric in the bazaar for 20 years, reckons that trade"
                        + " has halved since the border closed.",
                "Imam Rustam Nazarov told worshippers that the mosque would stay open.",
                "Brother Anselm Grün said the abbey would take in two families."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Dilnoza Rakhimova", "Shopkeeper"),
                        tuple("Rustam Nazarov", "Imam"),
                        tuple("Brother Anselm Grün", null));
    }
    @Test
    void readsTheWordsOfReportingVerbsThatAreNotSaying() {
        List<Attribution> found = extractor.extract(List.of(
                "The ombudsman, Aida Kuzembaeva, revealed that 300 complaints had been filed since January.",
                "Opposition deputy Marat Tulegenov alleges that the tender was rigged.",
                "Zarina Saidova lamented that the clinic had closed. \u201cWe drive two hours now,\u201d she said.",
                "The mayor declared a holiday.",
                "\u201cThis town will not be forgotten,\u201d Mayor Bakyt Osmonov declared."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Aida Kuzembaeva", "revealed", "300 complaints had been filed since January"),
                        tuple("Marat Tulegenov", "alleges", "the tender was rigged"),
                        tuple("Zarina Saidova", "lamented", "the clinic had closed"),
                        tuple("Zarina Saidova", "said", "We drive two hours now"),
                        tuple("Bakyt Osmonov", "declared", "This town will not be forgotten"));
    }
    @Test
    void readsAParticipleOfSayingAfterTheWordsAsMoreOfThemAndLeavesWhenAndAnOpeningAsideOutOfWho() {
        List<Attribution> found = extractor.extract(List.of(
                "The witness, Milan Vasic, was questioned for two days.",
                "Under questioning by defence counsel Branko Lukic, the witness admitted that he had signed the order.",
                "A senior customs officer last week told parliament that seizures had doubled.",
                "Finance minister Aziz Rahimov rejected the figures, arguing that they counted the same goods twice.",
                "Governor Nurlan Abenov denied that funds were missing, adding that an audit was under way."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Milan Vasic", "admitted", "he had signed the order"),
                        tuple("a senior customs officer", "told parliament", "seizures had doubled"),
                        tuple("Aziz Rahimov", "arguing", "they counted the same goods twice"),
                        tuple("Nurlan Abenov", "denied", "funds were missing"),
                        tuple("Nurlan Abenov", "adding", "an audit was under way"));
    }
    @Test
    void readsWhomAnAgencyQuotedABodysAcronymAfterAccordingToAndAnUnnamedSubjectForTheHeAfter() {
        List<Attribution> found = extractor.extract(List.of(
                "The state news agency Kabar quoted a border guard commander as saying that the crossing would reopen.",
                "According to the World Health Organization, WHO, measles cases have tripled.",
                "The mayor, Aibek Dzhunushaliev, promised repairs. Another engineer, who asked not to be identified, was"
                        + " less sure. \u201cThe pipes are older than the city,\u201d he said."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("a border guard commander", ANONYMOUS, "the crossing would reopen"),
                        tuple("WHO", ORGANISATION, "measles cases have tripled"),
                        tuple("another engineer", ANONYMOUS, "The pipes are older than the city"));
    }
    @Test
    void readsOneOfADescriptionNamedWithAnAgeAndNoWordsInADenialOfTheCharges() {
        List<Attribution> found = extractor.extract(List.of(
                "One driver, Kanat Esenov, 44, said the checkpoint had been closed since dawn.",
                "The accused, Marat Seitov, 52, denied the allegations against him.",
                "His brother, Erlan Seitov, 47, denied that the family had received any money."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Kanat Esenov", "One driver", "the checkpoint had been closed since dawn"),
                        tuple("Erlan Seitov", "His brother", "the family had received any money"));
    }
    @Test
    void prefersADescriptionAfterTheNameToATitleBeforeItAndLeavesAsidesAndTheLineOutOfWhoAndTheWords() {
        List<Attribution> found = extractor.extract(List.of(
                "\u201cThe wells are dry,\u201d said Sheikh Abdullah Nuri, the elder of Shah Wali village.",
                "The provincial council, for its part, says the wells were dug too shallow.",
                "Hamid Karzai's spokesman, Jawed Ludin, told IWPR by mobile phone that the road would be rebuilt."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Abdullah Nuri", "the elder of Shah Wali village", "The wells are dry"),
                        tuple("provincial council", null, "the wells were dug too shallow"),
                        tuple("Jawed Ludin", "Hamid Karzai's spokesman", "the road would be rebuilt"));
    }
    @Test
    void readsWhoToldAfterByInThePassive() {
        List<Attribution> found = extractor.extract(List.of(
                "Journalists were told by the mayor, Ruslan Kazakbaev, that the market would be demolished in May.",
                "IWPR has been told by a local official that \u201cnobody will be compensated\u201d."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("Ruslan Kazakbaev", INDIRECT, "the market would be demolished in May"),
                        tuple("a local official", DIRECT, "nobody will be compensated"));
    }
    @Test
    void readsAProtectedWitnessByTheCodeHeIsKnownByWhomCounselAddressedAndWhoSaidAfterADescription() {
        List<Attribution> found = extractor.extract(List.of(
                "The trial of three former army officers resumed in Arusha this week.",
                "Judges on Tuesday heard from a farmer who said soldiers had burned his village.",
                "A second witness, known only as RX3-22 for his safety, told the court that the soldiers wore berets.",
                "Prosecutor Hassan Jallow put it to him that he had been paid. The witness denied this.",
                "Defence lawyer Peter Robinson explained to the judges that the berets were sold in every market."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("a farmer", "said", "soldiers had burned his village"),
                        tuple("RX3-22", "told the court", "the soldiers wore berets"),
                        tuple("Hassan Jallow", "put it to him", "he had been paid"),
                        tuple("Peter Robinson", "explained to the judges", "the berets were sold in every market"));
    }
    @Test
    void endsTheWordsWhereTheSpeakerDoesSomethingElseAfterBut() {
        List<Attribution> found = extractor.extract(List.of(
                "Governor Anvar Salimov admitted that the dam had leaked, but blamed the contractor for the delay.",
                "Finance minister Fayzullo Nazarov said prices had risen, but wages had risen too."),
                List.of());

        assertThat(found).extracting(Attribution::text)
                .containsExactly("the dam had leaked", "prices had risen, but wages had risen too");
    }
    @Test
    void leavesWhatOthersMadeOfTheWordsAndHowAStatementWasGivenOutOfTheWords() {
        List<Attribution> found = extractor.extract(List.of(
                "The defence ministry claimed that its troops had not crossed the river, an account the villagers denied.",
                "The party's leader, Menduh Thaci, said in a statement e-mailed to reporters that the boycott would go on."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(
                        tuple("defence ministry", "its troops had not crossed the river"),
                        tuple("Menduh Thaci", "the boycott would go on"));
    }
    @Test
    void givesABodysAcronymBeforeAnOfficeToTheRoleAndKeepsAPeersTitleWithTheSurname() {
        List<Attribution> found = extractor.extract(List.of(
                "EU foreign policy chief Baroness Ashton told ministers that the talks in Belgrade would resume.",
                "OSCE Ambassador Werner Almhofer said the count had been fair.",
                "UN Deputy Secretary-General Amina Mohammed said observers had seen no fraud.",
                "Ashton added that no date had been set."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Baroness Ashton", "EU foreign policy chief"),
                        tuple("Werner Almhofer", "OSCE Ambassador"),
                        tuple("Amina Mohammed", "UN Deputy Secretary-General"),
                        tuple("Baroness Ashton", null));
    }
    @Test
    void readsABodyThatDidOneThingThenSaidAnotherAndHowMuchItSaid() {
        List<Attribution> found = extractor.extract(List.of(
                "The Turkish foreign ministry praised the ceasefire but cautioned that it was \u201conly a first step\u201d.",
                "A ministry spokesman, Levent Gümrükçü, said merely that talks would go on."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(
                        tuple("Turkish foreign ministry", "it was \u201conly a first step\u201d"),
                        tuple("Levent Gümrükçü", "talks would go on"));
    }
    @Test
    void readsCounselPuttingItToAWitnessByNameAndTheWitnessWhoAnswers() {
        List<Attribution> found = extractor.extract(List.of(
                "The witness, Zoran Lukić, a former guard, said the prisoners were fed twice a day.",
                "Prosecutor Fiona Kerr put it to Lukić that the guards kept the food. \"That is a lie,\" he replied."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue)
                .containsExactly(
                        tuple("Zoran Lukić", "said"),
                        tuple("Fiona Kerr", "put it to Lukić"),
                        tuple("Zoran Lukić", "replied"));
    }
    @Test
    void readsAWitnessTestifyingUnderAPseudonymAndTheLedesWitnessNamedApartAfterWhatHeIs() {
        List<Attribution> found = extractor.extract(List.of(
                "A former camp cook told the tribunal on Tuesday that prisoners had been made to dig graves.",
                "The witness, Ranko Babić, who now lives in Austria, said he had fed the diggers himself.",
                "Also on Tuesday, a second witness, testifying under the pseudonym C-017, told judges that the graves "
                        + "were filled at night."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Ranko Babić", "A former camp cook"),
                        tuple("Ranko Babić", "The witness"),
                        tuple("C-017", "a second witness"));
    }
    @Test
    void readsAnOfficeJoinedByAHyphenAndAMovementByItsTransliteratedName() {
        List<Attribution> found = extractor.extract(List.of(
                "Procurator-General Ilyas Ibragimov said the suspects had trained abroad.",
                "Harakat ul-Ansar said in a statement that its members had been arrested without charge."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Ilyas Ibragimov", PERSON, "Procurator-General"),
                        tuple("Harakat ul-Ansar", ORGANISATION, null));
    }
    @Test
    void readsASecondReportAfterAndAndTheLedesWitnessNamedAfterWhatHeWasDoing() {
        List<Attribution> found = extractor.extract(List.of(
                "A former militia commander told the court on Monday that he had never seen the orders.",
                "Giving evidence for the defence, the witness, Colonel Ivan Petrov, said the orders came by radio "
                        + "and insisted that nobody had questioned them."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Ivan Petrov", "told the court", "he had never seen the orders"),
                        tuple("Ivan Petrov", "said", "the orders came by radio"),
                        tuple("Ivan Petrov", "insisted", "nobody had questioned them"));
    }
    @Test
    void namesTheLedesWitnessAfterAHyphenatedRankAndReadsWhatTheCourtWasToldWithoutThat() {
        List<Attribution> found = extractor.extract(List.of(
                "A Bosnian Serb police commander told the tribunal on Tuesday that prisoners at the camp were beaten.",
                "The witness, Major-General Ivan Petrovic, said guards had acted on their own.",
                "Defence lawyer Jane Mercer told the court the records had been altered after the war."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Ivan Petrovic", "A Bosnian Serb police commander", "told the tribunal",
                                "prisoners at the camp were beaten"),
                        tuple("Ivan Petrovic", "The witness", "said", "guards had acted on their own"),
                        tuple("Jane Mercer", "Defence lawyer", "told the court",
                                "the records had been altered after the war"));
    }
    @Test
    void readsTestimonyAGivenNameWhoseSurnameIsWithheldAndABodysClauseAfterAccordingTo() {
        List<Attribution> found = extractor.extract(List.of(
                "A prison guard, Dilshod, who asked that his family name not be printed, testified that inmates were "
                        + "kept in the cold.",
                "The commission concluded that the camp's records had been destroyed.",
                "According to Amnesty International, which sent observers to the hearing, the verdict was expected "
                        + "in June."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Dilshod", "A prison guard", "testified", "inmates were kept in the cold"),
                        tuple("commission", null, "concluded", "the camp's records had been destroyed"),
                        tuple("Amnesty International", null, "according to", "the verdict was expected in June"));
    }
    @Test
    void readsABodyWhoseNameFollowsWhatItIsInLowerCase() {
        List<Attribution> found = extractor.extract(List.of(
                "The ruling Justice and Development Party said that the vote would go ahead in June.",
                "The Vienna-based Organisation for Security and Co-operation in Europe said that observers would stay."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Justice and Development Party", ORGANISATION),
                        tuple("Organisation for Security and Co-operation in Europe", ORGANISATION));
    }
    @Test
    void readsAPilgrimsHonorificAsNoRoleAndBodiesWhoseSubjectsJoinWithAnd() {
        List<Attribution> found = extractor.extract(List.of(
                "\"The canal has been dry since May,\" said Hajji Gul Ahmad, who grows melons outside Lashkar Gah.",
                "According to the Norwegian Bureau for Refugees and Migration, most returnees went back to Herat.",
                "Zarina Nazarova of the Foundation for Rural Water said the wells had dried up.",
                "Aziz Karimov and Bahrom Saidov said the land had been sold twice."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Gul Ahmad", PERSON, "who grows melons outside Lashkar Gah"),
                        tuple("Norwegian Bureau for Refugees and Migration", ORGANISATION, null),
                        tuple("Zarina Nazarova", PERSON, null));
    }
    @Test
    void readsAWorksManagementAsTheBody() {
        List<Attribution> found = extractor.extract(List.of(
                "Kumtor management said in a statement that the mine would reopen on Monday."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Kumtor management", ORGANISATION, "the mine would reopen on Monday"));
    }
    @Test
    void readsCommonWireShapesOfWhoSaidIt() {
        List<Attribution> found = extractor.extract(List.of(
                "\"Not yet,\" said Dilnoza Yusupova when asked whether the school had reopened.",
                "\"We are leaving,\" says 81-year-old Tamara Gvenetadze.",
                "Amnesty International's South Caucasus researcher, Natalia Nozadze, said the arrests were arbitrary.",
                "The health ministry, in a written reply to IWPR, said vaccines had arrived.",
                "A statement issued by the Central Election Commission said turnout was 62 per cent."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Dilnoza Yusupova", PERSON, null),
                        tuple("Tamara Gvenetadze", PERSON, null),
                        tuple("Natalia Nozadze", PERSON, "Amnesty International's South Caucasus researcher"),
                        tuple("health ministry", ORGANISATION, null),
                        tuple("Central Election Commission", ORGANISATION, null));
    }

    @Test
    void readsTheVerbBeforeWhoAndAColonAChamberAndAnotherWayOfGivingOneName() {
        List<Attribution> found = extractor.extract(List.of(
                "Adds Farida Begum, a nurse at the clinic: \"We have no gloves left.\"",
                "\"Nobody pays on time,\" said Rahim, a driver who would give only one name.",
                "The Tajik Chamber of Commerce said that exports fell by a fifth.",
                "The Chamber of Advocates said that the law was unconstitutional."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Farida Begum", PERSON, "a nurse at the clinic"),
                        tuple("Rahim", PERSON, "a driver"),
                        tuple("Tajik Chamber of Commerce", ORGANISATION, null),
                        tuple("Chamber of Advocates", ORGANISATION, null));
    }

    @Test
    void readsTheBodyWhoseFiguresAreNamedAfterIt() {
        List<Attribution> found = extractor.extract(List.of(
                "According to World Bank estimates, poverty in the region fell by a quarter.",
                "Maternal deaths have doubled since 2021, according to Ministry of Health statistics."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("World Bank", ORGANISATION, "poverty in the region fell by a quarter"),
                        tuple("Ministry of Health", ORGANISATION, "Maternal deaths have doubled since 2021"));
    }

    @Test
    void readsAnAttributionBeforeAClosingPhraseOfHowMuchAgainstWhat() {
        List<Attribution> found = extractor.extract(List.of(
                "Exports of cotton fell to 300,000 tonnes, the agriculture ministry said, down from 420,000 in 2022.",
                "The clinic treated 9,000 patients this year, its director Gulnora Azimova said, nearly double the "
                        + "figure of 2021."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::text).containsExactly(
                tuple("agriculture ministry", INDIRECT, "Exports of cotton fell to 300,000 tonnes"),
                tuple("Gulnora Azimova", INDIRECT, "The clinic treated 9,000 patients this year"));
    }

    @Test
    void readsWhoseAReportByABodyIsWhenItSaysWhenItCameOut() {
        List<Attribution> found = extractor.extract(List.of(
                "A study by the Asian Development Bank released last year found that half the rural roads were unpaved.",
                "A survey by the National Statistics Committee published on Monday showed that rents rose by a third."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Asian Development Bank", ORGANISATION, "found"),
                        tuple("National Statistics Committee", ORGANISATION, "showed"));
    }

    @Test
    void readsAWitnessCodeOfFiveDigitsAndWhoSpeaksAfterAClauseEndedByWhile() {
        List<Attribution> found = extractor.extract(List.of(
                "A protected witness, who testified under the pseudonym B-20417, told the court that the camp had no "
                        + "doctor.",
                "Prices rose again in May, whereas finance minister Ana Lopes argued that inflation had peaked."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("B-20417", "A protected witness"), tuple("Ana Lopes", "finance minister"));
    }

    @Test
    void readsAWitnessByTheCodeAfterWhatKindOfWitnessAndNeverTheOneWhoAsked() {
        List<Attribution> found = extractor.extract(List.of(
                "Questioned by prosecutor Laurel Baig, insider witness KW-22 said that orders came by radio.",
                "Pressed by defence counsel Jens Dieckmann, the witness admitted that he had never been to Suva Reka."),
                List.of());
        List<Attribution> unnamed = extractor.extract(List.of(
                "Under cross-examination by defence lawyer Amy Laird, the witness conceded that he was not sure."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("KW-22", "insider witness"), tuple("KW-22", null));
        // no witness named before: the one who asked is still not who answered
        assertThat(unnamed).extracting(Attribution::source).doesNotContain("Amy Laird");
    }

    @Test
    void readsTheVerbAfterAClauseAboutTheSpeakerAndAnAgedDescriptionThatGivesAName() {
        List<Attribution> found = extractor.extract(List.of(
                "Mayor Kakha Kaladze, who has vowed to stay in office, told reporters that the protests were paid for.",
                "One nurse at the clinic, a 30-year-old mother who gave only her first name, Leyla, said the ward had"
                        + " closed."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Kakha Kaladze", "Mayor", "the protests were paid for"),
                        tuple("Leyla", "a 30-year-old mother", "the ward had closed"));
    }

    @Test
    void leavesWhereTheSpeakerWroteFromOutOfTheWords() {
        List<Attribution> found = extractor.extract(List.of(
                "Opposition leader Muhiddin Kabiri said from exile in Europe that the vote was a farce."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Muhiddin Kabiri", "the vote was a farce"));
    }

    @Test
    void readsACallSignAGivenNameAfterTheClauseAndAnotherNameThatIsNoRole() {
        List<Attribution> found = extractor.extract(List.of(
                "A medic with the call sign \"Doc\", who serves near Bakhmut, told IWPR that tourniquets were running out.",
                "\"We sleep in the car now,\" said a farmer who gave only his first name, Petro.",
                "Militia leader Ahmed Musa Ali, known as Abu Musa, said that the road was closed."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Doc", "A medic"), tuple("Petro", "a farmer"),
                        tuple("Ahmed Musa Ali", "Militia leader"));
    }

    @Test
    void keepsTheWordsAsWrittenAfterAccordingToAndLeavesTheDayOfSayingOut() {
        List<Attribution> found = extractor.extract(List.of(
                "According to the World Health Organization, a dose costs 1,500 tenge.",
                "The central bank said on Tuesday it would raise rates."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("World Health Organization", "a dose costs 1,500 tenge"),
                        tuple("central bank", "it would raise rates"));
    }

    @Test
    void findsAPersonIntroducedAfterWhenAndAGivenNameSetApartFromARelation() {
        List<Attribution> found = extractor.extract(List.of(
                "Most evenings, Karim Haidari, 40, sits outside his bakery in the old city of Herat.",
                "\"Nobody buys bread after dark any more,\" he says.",
                "Leyla, his sister, told IWPR the flour now came from Pakistan."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Karim Haidari", null), tuple("Leyla", "his sister"));
    }

    @Test
    void readsATradeTheLexiconLacksByItsEndingBeforeAGivenNameAndASurname() {
        List<Attribution> found = extractor.extract(List.of(
                "Beekeeper Nodira Alimova said the spring had come late. Alimova added that the hives were empty.",
                "Locksmith Rustam Sharipov said he had changed forty locks in a week.",
                "Cashier Olga Tsoi told IWPR that the banknotes had run out.",
                "Trainee Bekzod Tursunov said the course had been cut short.",
                "Electrician Farid Mamedov said the grid was overloaded."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Nodira Alimova", "Beekeeper"), tuple("Nodira Alimova", null), tuple("Rustam Sharipov", "Locksmith"),
                tuple("Olga Tsoi", "Cashier"), tuple("Bekzod Tursunov", "Trainee"), tuple("Farid Mamedov", "Electrician"));
        // a given name that ends so, a people's name and a body's keep their words
        assertThat(extractor.extract(List.of(
                "Hector Luis Gomez said the harbour was closed.",
                "Armenian Zara Petrosyan said the harbour was closed.",
                "Mansoor Ali Jaghori said the harbour was closed.",
                "Consumer Protection Agency said the harbour was closed."), List.of()))
                .extracting(Attribution::source).containsExactly("Hector Luis Gomez", "Armenian Zara Petrosyan",
                        "Mansoor Ali Jaghori", "Consumer Protection Agency");
    }

    @Test
    void givesAServiceAndItsRankOrTradeBeforeANameToTheRole() {
        List<Attribution> found = extractor.extract(List.of(
                "Border Guard Major Sanjar Rakhimov said the crossing had been shut since dawn.",
                "\"Nobody was hurt,\" said Army Spokesman Dilshod Karimov.",
                "Traffic Police Sergeant Lola Usmanova told IWPR that the road was icy.",
                "Detective Inspector Timur Alimov said two cars were found.",
                "Constable Kamila Yusupova said the driver had fled.",
                "State Security Service Colonel Rustam Ergashev said the border would reopen.",
                "Bailiff Nodir Jurayev told IWPR that the house had been sealed."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Sanjar Rakhimov", "Border Guard Major"), tuple("Dilshod Karimov", "Army Spokesman"),
                tuple("Lola Usmanova", "Traffic Police Sergeant"), tuple("Timur Alimov", "Detective Inspector"),
                tuple("Kamila Yusupova", "Constable"), tuple("Rustam Ergashev", "State Security Service Colonel"),
                tuple("Nodir Jurayev", "Bailiff"));
        // a service's name alone is a body's, and a name with a title's word inside it keeps that word
        assertThat(extractor.extract(List.of(
                "The Border Guard Service said the crossing had been shut since dawn.",
                "Martin Luther King said the march would go on."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Border Guard Service", null), tuple("Martin Luther King", null));
    }
    @Test
    void readsTheMediasTradesBeforeANameAsTheRole() {
        List<Attribution> found = extractor.extract(List.of(
                "Camerawoman Aida Bekova said the footage had been deleted at the border.",
                "Columnist Rustam Nazarov told IWPR that three of his articles had been withdrawn.",
                "Herdsman Ilhom Saidov said the crowd had been peaceful."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Aida Bekova", "Camerawoman"), tuple("Rustam Nazarov", "Columnist"),
                tuple("Ilhom Saidov", "Herdsman"));
        // a given name that ends in "-man" keeps its place in the name
        assertThat(extractor.extract(List.of("Salman Rahimov Khan said the footage had been deleted."), List.of()))
                .extracting(Attribution::source).containsExactly("Salman Rahimov Khan");
    }
    @Test
    void leavesAClauseWithholdingTheNameOutOfTheWordsAfterAccordingTo() {
        assertThat(extractor.extract(List.of("According to a nurse at the district hospital, who asked not to be named, "
                + "the ward has no heating."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("a nurse at the district hospital", ANONYMOUS, "the ward has no heating"));
    }

    @Test
    void readsABodyNamedByWhatItIsAfterItsCapitalisedName() {
        assertThat(extractor.extract(List.of(
                "According to the European Union election observation mission, turnout was below 40 per cent.",
                "The Aga Khan rural support foundation said the road had been rebuilt."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                        tuple("European Union election observation mission", ORGANISATION),
                        tuple("Aga Khan rural support foundation", ORGANISATION));
    }

    @Test
    void readsTheSentencesVerbAfterAClauseDescribingItsSubject() {
        // a cue word in the clause ("writes", "said") is the clause's; the sentence's own verb comes after it
        assertThat(extractor.extract(List.of(
                "An engineer who writes for a local website said the bridge was unsafe.",
                "A widow who said she had lost two sons told the court that no one had warned the village."),
                List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("an engineer who writes for a local website", ANONYMOUS, "the bridge was unsafe"),
                        tuple("a widow who said she had lost two sons", ANONYMOUS, "no one had warned the village"));
        // with no later cue, the clause's cue is the report, and its subject the one described
        assertThat(extractor.extract(List.of("A shepherd who says his flock has halved since the drought."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("a shepherd", "his flock has halved since the drought"));
    }

    @Test
    void readsAHyphenatedFoundersTradeBeforeAName() {
        assertThat(extractor.extract(List.of("Co-founder Madina Yusupova told IWPR that the firm had moved to Tbilisi."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Madina Yusupova", "Co-founder"));
    }

    @Test
    void readsACompanysNameWithCapitalsInsideItAsABody() {
        assertThat(extractor.extract(List.of("PetroKazakhstan said the pipeline would reopen in March.",
                        "MacArthur said the bridge was safe."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("PetroKazakhstan", ORGANISATION));
    }

    @Test
    void readsATownsHallInLowerCaseAsItsAdministration() {
        assertThat(extractor.extract(List.of("Osh city hall said the bazaar would reopen on Monday.",
                        "The town hall told residents that the water would be cut for two days."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                        tuple("Osh city hall", ORGANISATION), tuple("town hall", ORGANISATION));
    }

    @Test
    void keepsAPhraseThatOpensTheWordsBeforeAnAttributionSetInsideThem() {
        assertThat(extractor.extract(List.of("Engineer Dina Ali told IWPR that the shaft was old. Without new pumps, she "
                + "says, the mine will flood by spring."), List.of()))
                .extracting(Attribution::text)
                .containsExactly("the shaft was old", "Without new pumps, the mine will flood by spring");
    }

    @Test
    void readsAnOfficeOfCapitalisedWordsEndingInAListedTitleBeforeAFullName() {
        assertThat(extractor.extract(List.of("Human Rights Defender Anahit Manasyan said the detentions were unlawful.",
                        "Chief Ombudsman Ruth Tamar told reporters that complaints had doubled."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(
                        tuple("Anahit Manasyan", "Human Rights Defender"), tuple("Ruth Tamar", "Chief Ombudsman"));
    }

    @Test
    void readsAPronounAfterAccordingTo() {
        assertThat(extractor.extract(List.of("Economist Dilnoza Karimova told IWPR that prices had doubled. According "
                        + "to her, wages had not moved.", "Engineer Timur Saidov said the dam was safe. According to him, "
                        + "the spillway was rebuilt in 2019."), List.of()))
                .extracting(Attribution::source, Attribution::text).containsExactly(
                        tuple("Dilnoza Karimova", "prices had doubled"), tuple("Dilnoza Karimova", "wages had not moved"),
                        tuple("Timur Saidov", "the dam was safe"), tuple("Timur Saidov", "the spillway was rebuilt in 2019"));
    }

    @Test
    void readsABodysPresentReportAndKeepsANounThatOpensTheWords() {
        assertThat(extractor.extract(List.of("The Statistics Agency reports that exports fell by a tenth.",
                        "The customs service said reports of smuggling had doubled.",
                        "The labour ministry said warnings from inspectors had been ignored."), List.of()))
                .extracting(Attribution::source, Attribution::text).containsExactly(
                        tuple("Statistics Agency", "exports fell by a tenth"),
                        tuple("customs service", "reports of smuggling had doubled"),
                        tuple("labour ministry", "warnings from inspectors had been ignored"));
    }

    @Test
    void readsABodyWhoseNameEndsInANumberBeforeWhatKindOfBodyItIs() {
        assertThat(extractor.extract(List.of(
                "Article 19, a London-based group that defends free speech, said that the law was too vague.",
                "Charter 97, an agency that tracks arrests, reported that 40 people had been detained."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text).containsExactly(
                        tuple("Article 19", ORGANISATION, "the law was too vague"),
                        tuple("Charter 97", ORGANISATION, "40 people had been detained"));
    }

    @Test
    void givesHeOrSheToThePersonTheDescriptionSaysIsAManOrAWoman() {
        assertThat(extractor.extract(List.of("\"The land is ours,\" said Akmal Rakhimov, a farmer.",
                        "His mother, Dilorom, was born in the village.",
                        "\"She planted these trees,\" he said."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Akmal Rakhimov", 0), tuple("Akmal Rakhimov", 2));
        // a description's words about someone else say nothing of the person's own
        assertThat(extractor.extract(List.of("\"We lost everything,\" said Olena Boiko, whose husband was detained.",
                        "Her son, Taras, was at school that day.",
                        "\"They took him at night,\" she said."), List.of()))
                .extracting(Attribution::source).containsExactly("Olena Boiko", "Olena Boiko");
    }

    @Test
    void keepsWhatAWhoClauseSaysBeforeTheWithholdingJoinedByAnd() {
        assertThat(extractor.extract(List.of("\"Nobody pays us,\" said a nurse who works at the district hospital and "
                + "did not want to be named."), List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("a nurse who works at the district hospital", ANONYMOUS));
    }

    @Test
    void refersBackByAWomansOrAMansNounAsHeOrSheWould() {
        // a kinsman's noun before a given name, without commas, introduces him; "the boy" is then him, with the role
        // he was named with for his first words
        assertThat(extractor.extract(List.of("Gulsara Tokhtarova, 68, runs the only shop in Kök-Jar.",
                        "Her grandson Bakyt carries the flour sacks in from the road.",
                        "\"I will stay until she can rest,\" the boy said."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Bakyt", "Her grandson"));
        // "the elderly woman" is not the young woman last quoted, nor the man after her, but the woman before
        assertThat(extractor.extract(List.of("Zulfiya Nazarova, a pensioner, has lived on Lenin Street since 1974.",
                        "Her niece, Dilnoza, studies nursing in Samarkand.",
                        "\"The pay is too low to stay,\" the girl said.",
                        "The district mayor, Anvar Ismoilov, promised new pipes.",
                        "\"We have heard that before,\" the elderly woman said."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Dilnoza", 2), tuple("Zulfiya Nazarova", 4));
    }

    @Test
    void givesAPersonsFirstWordsByTheirSurnameTheRoleTheyWereIntroducedWith() {
        assertThat(extractor.extract(List.of("Water is rationed in the town.",
                        "Dilshod Karimov, a hydrologist at the regional water authority, measures the canal each week.",
                        "The mayor's office did not answer questions.",
                        "\"The canal loses a third of its water before it reaches the fields,\" Karimov said.",
                        "\"Nobody has cleaned it since 1990,\" Karimov added."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(
                        tuple("Dilshod Karimov", "a hydrologist at the regional water authority"),
                        tuple("Dilshod Karimov", null));
        // whose someone is before the given name, and what they are after it: both say who
        assertThat(extractor.extract(List.of("His cousin Timur, a welder from Rustavi, said the plant had closed."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Timur", "His cousin, a welder from Rustavi"));
    }

    @Test
    void learnsAPersonNamedAmongSomeonesOwn() {
        assertThat(extractor.extract(List.of("The clinic in Vahdat sees forty patients a day.",
                        "Among its nurses is Zarina Tursunova, who trained in Dushanbe.",
                        "\"We work double shifts,\" she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Zarina Tursunova", "who trained in Dushanbe"));
    }

    @Test
    void learnsPeopleIntroducedInPassingByAnAgeOrADescription() {
        // an age before a given name set apart after what the person is
        assertThat(extractor.extract(List.of("The youngest driver, 22-year-old Timur, joined in May.",
                        "\"I wanted a job near my mother,\" he said."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Timur", "The youngest driver"));
        // a full name and who the person is, in a sentence of no words and not as its subject; then a compound
        // noun's last part refers back to her
        assertThat(extractor.extract(List.of("The shelter was opened in 2019 by Madina Yusupova, a former bookseller.",
                        "\"We had nowhere else to send them,\" Yusupova said.",
                        "The district governor, Anvar Rakhimov, promised more money.",
                        "\"Now we have forty beds,\" the seller said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Madina Yusupova", "a former bookseller"), tuple("Madina Yusupova", null));
    }

    @Test
    void learnsASubjectWithAnAgeBeforeTheNameAfterWhereAndAnAssistantReferredBack() {
        assertThat(extractor.extract(List.of("The clinic in Gyumri opened in March.",
                        "At the entrance, 64-year-old Levon Harutyunyan sells newspapers.",
                        "\"Nobody reads them now,\" he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Levon Harutyunyan");
        assertThat(extractor.extract(List.of("\"We need a second nurse,\" said Dr Karen Petrosyan.",
                        "His assistant, Mariam, keeps the records on paper.",
                        "The regional governor, Hayk Sahakyan, promised a computer.",
                        "\"We have heard that before,\" the assistant said."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Karen Petrosyan", 0), tuple("Mariam", 3));
    }

    @Test
    void learnsAPersonASentenceEndsWithAsWhoDidItInThePassive() {
        assertThat(extractor.extract(List.of("The shelter in Karakol was opened last winter by Aigul Osmonova, a former"
                        + " nurse.", "\"Nobody else would take the dogs in,\" she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Aigul Osmonova", "a former nurse"));
        // not whom someone sat by: the he after is the one quoted before
        assertThat(extractor.extract(List.of("\"We asked for a meeting,\" said Timur Sadykov.",
                        "He sat by Almaz Beishenov, the governor.",
                        "\"He listened and promised nothing,\" he said."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Timur Sadykov", 0), tuple("Timur Sadykov", 2));
    }

    @Test
    void takesOneOfSomeonesOwnBeforeANameForTheRole() {
        assertThat(extractor.extract(List.of("One of his patients, 71-year-old Roza Imanova, walks two hours to the"
                        + " clinic.", "\"The bus stopped coming in October,\" she told IWPR."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Roza Imanova", "One of his patients"));
    }

    @Test
    void takesTheBodyABodySaysItThroughWhichForTheSpeaker() {
        assertThat(extractor.extract(List.of("Funding came from a fund in Geneva, the Open Society Foundations, which"
                        + " said the grant would run for three years."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Open Society Foundations", ORGANISATION,
                        "the grant would run for three years"));
        // the capitalised words a clause ends with, and a name no rule knows
        assertThat(extractor.extract(List.of("The farmers appealed to the Ministry of Agriculture, which said it would"
                        + " send seed in March.", "The well was dug by a Dutch charity, Akvo, which said that two more"
                        + " would follow."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministry of Agriculture", ORGANISATION), tuple("Akvo", ORGANISATION));
    }

    @Test
    void readsCapitalisedWordsWithTheBetweenThemAsABodyButNotAnOffice() {
        assertThat(extractor.extract(List.of("Friends of the Earth said the dam would flood the valley.",
                        "\"Schools have closed,\" said Save the Children."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Friends of the Earth", ORGANISATION), tuple("Save the Children", ORGANISATION));
        assertThat(extractor.extract(List.of("The Minister of the Interior said the border would stay closed."),
                List.of())).extracting(Attribution::sourceKind).doesNotContain(ORGANISATION);
    }

    @Test
    void takesTheGirlForTheYoungPersonNamedAmongOthersThoughAWomanWasQuotedSince() {
        assertThat(extractor.extract(List.of("Gulnara Isakova, a teacher from Naryn, runs the chess club.",
                        "\"The first year, nobody came,\" she said.",
                        "Among her players is 11-year-old Aiperi Sadykova, who beat the city champion in May.",
                        "\"I like it when they think I will lose,\" the girl said."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Gulnara Isakova", 1), tuple("Aiperi Sadykova", 3));
    }

    @Test
    void readsANamingVerbInsideReportedWordsAsTheirs() {
        assertThat(extractor.extract(List.of("The witness, who testified under the pseudonym B-12, said the soldiers"
                        + " called the families out one by one from a list."), List.of()))
                .extracting(Attribution::cue, Attribution::text)
                .containsExactly(tuple("said", "the soldiers called the families out one by one from a list"));
    }

    @Test
    void givesWhoAskedInACrossExaminationTheRoleNamedWithForTheirFirstWords() {
        assertThat(extractor.extract(List.of("Questioned by prosecutor Nena Tromp, the witness said he had signed the"
                        + " order.", "Tromp told the court the signature was forged."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Nena Tromp", "prosecutor"));
    }

    @Test
    void learnsTheOneNameGivenAfterADescriptionAndNamed() {
        assertThat(extractor.extract(List.of("Her deputy, an engineer named Bakyt, checks the pumps every morning.",
                        "\"Half of them are older than I am,\" the engineer said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Bakyt", "Her deputy, an engineer"));
    }

    @Test
    void takesNoSourceForManyUnnamedPeopleOfABody() {
        assertThat(extractor.extract(List.of("Prices will rise by a tenth, according to experts at the Asian Development"
                        + " Bank."), List.of())).isEmpty();
        assertThat(extractor.extract(List.of("Prices will rise by a tenth, according to the Asian Development Bank."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Asian Development Bank", ORGANISATION));
    }

    @Test
    void leavesThroughWhomSomethingWasToldOutOfTheWords() {
        assertThat(extractor.extract(List.of("Tailor Gohar Manukyan told IWPR through a translator that she had sewn"
                        + " uniforms for twenty years."), List.of()))
                .extracting(Attribution::text).containsExactly("she had sewn uniforms for twenty years");
    }

    @Test
    void joinsBothDescriptionsOfAGivenNameSetApartBetweenThem() {
        assertThat(extractor.extract(List.of("His brother, Bakyt, a mechanic in Osh, said the garage had closed in May."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Bakyt", "His brother, a mechanic in Osh"));
    }

    @Test
    void knowsAManByTheFirstOfTwoDescriptionsJoinedByAComma() {
        assertThat(extractor.extract(List.of("\"We have had no water since Sunday,\" said Gulnara Asanova, a nurse.",
                        "Her son, Timur, a lorry driver, works in Russia.",
                        "\"He sends money when he can,\" she said."), List.of()))
                .extracting(Attribution::source).containsExactly("Gulnara Asanova", "Gulnara Asanova");
    }

    @Test
    void joinsWhoseSomeoneIsToADescriptionThatGivesOnlyTheirFirstName() {
        assertThat(extractor.extract(List.of("His cousin, a woman in her forties who would give only her first name,"
                        + " Dildora, said the rent had doubled."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dildora", "His cousin, a woman in her forties"));
    }

    @Test
    void readsWhoSpeaksAfterWhomOrWhatTheyStandBeside() {
        assertThat(extractor.extract(List.of("Beside the ticket office, a woman selling bread, who did not want her"
                        + " name used because she fears the police, said prices had doubled."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("a woman selling bread", ANONYMOUS));
    }

    @Test
    void readsARelationWhoseNameIsWithheldAsAnUnnamedSource() {
        assertThat(extractor.extract(List.of("His brother, who asked that his name not be used, said the shop had"
                        + " closed in May."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("his brother", ANONYMOUS));
    }

    @Test
    void readsARelationNamedByWhoseTheyAreAndNothingMoreAsAnUnnamedSource() {
        assertThat(extractor.extract(List.of("Dilnoza Karimova sells spices in the old bazaar of Bukhara.",
                        "Her uncle said the rent for a stall had risen twice since spring.",
                        "“Nobody buys saffron in winter,” her cousin said."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Her uncle", ANONYMOUS), tuple("her cousin", ANONYMOUS));
    }

    @Test
    void readsARelationNamedBeforeAsThePersonWhenTheSameWordsReferToThem() {
        assertThat(extractor.extract(List.of("Dilnoza Karimova sells spices in Bukhara. Her uncle, Rustam Karimov, keeps"
                        + " the stall beside hers.",
                        "Her uncle said the rent for a stall had risen twice since spring."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Rustam Karimov", PERSON));
    }

    @Test
    void readsWordsAfterAColonHoweverTheSpeakerPutThem() {
        assertThat(extractor.extract(List.of("Farida Nazarova put it another way: “Nobody here reads the rules.”",
                        "Rustam Aliev put it gently: “The rules read us.”"), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Farida Nazarova", "Nobody here reads the rules"),
                        tuple("Rustam Aliev", "The rules read us"));
    }

    @Test
    void givesHerWordsToSomeoneDescribedByWhoseTheyAreInAShortSentenceOfTheirOwn() {
        assertThat(extractor.extract(List.of("Dilbar Yusupova has sold bread at the station for twenty years.",
                        "Her neighbour was less hopeful. “Nobody comes back,” she said."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Her neighbour", ANONYMOUS));
        assertThat(extractor.extract(List.of("Dilbar Yusupova has sold bread at the station for twenty years.",
                        "Her neighbour opened a stall here in 1998 with money from a cousin. “Nobody comes back,” she"
                                + " said."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Dilbar Yusupova", PERSON));
    }

    @Test
    void keepsWhatABodyIsSetApartAfterItsNameInTheRoleOfWhoSpeaksForIt() {
        assertThat(extractor.extract(List.of("“The line will close in May,” said Nodir Umarov, an engineer at"
                        + " Uzbekistan Temir Yollari, the national rail operator."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Nodir Umarov", "an engineer at Uzbekistan Temir Yollari, the national rail"
                        + " operator"));
    }

    @Test
    void readsAGivenNameSetApartAfterWhatThePersonIsHoweverTheyPutTheWords() {
        assertThat(extractor.extract(List.of("“The river was warmer last year,” laughed a guide, Timur, who has led"
                        + " rafts here since 2010.",
                        "“The season starts late,” said a spokesman, Monday."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Timur", "a guide"), tuple("a spokesman", null));
    }

    @Test
    void learnsAPersonNamedAfterWhomTheyStandBeside() {
        assertThat(extractor.extract(List.of("Arman Petrosyan, a taxi driver, said the road had been closed since Monday.",
                        "Next to him sits Olga Petrova, a teacher from Gyumri.",
                        "“We wait together,” she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arman Petrosyan", "a taxi driver"), tuple("Olga Petrova", "a teacher from Gyumri"));
    }

    @Test
    void givesShesWordsToNoManKnownToBeOne() {
        assertThat(extractor.extract(List.of("Arman Petrosyan, a father of three, said the road had been closed since"
                        + " Monday.",
                        "“We have no choice,” she said."), List.of()))
                .extracting(Attribution::source).containsExactly("Arman Petrosyan");
    }

    @Test
    void readsARelationWithCoOrExBeforeAGivenNameAsTheRole() {
        assertThat(extractor.extract(List.of("His ex-wife, Nana, said the house had been sold."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Nana", "His ex-wife"));
    }

    @Test
    void readsAClauseOfWhoseAfterAGivenNameAsTheRole() {
        assertThat(extractor.extract(List.of("Dilfuza, whose son works in Moscow, said the money stopped in March."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dilfuza", "whose son works in Moscow"));
    }

    @Test
    void readsATradeInManBeforeAFullNameAsTheRole() {
        assertThat(extractor.extract(List.of("Ferryman Davron Saidov has crossed the river for 20 years. He said the"
                        + " water was lower than ever."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Davron Saidov", "Ferryman"));
    }

    @Test
    void leavesOutAClauseThatWithholdsTheSurnameWhenItIsAllThatFollowsTheName() {
        assertThat(extractor.extract(List.of("“Nobody came to fix the roof,” said Gulnora, who asked that her surname"
                        + " not be printed."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Gulnora", null));
    }

    @Test
    void joinsTheWordsAroundAnAttributionWhenAnAdverbOpensWhatFollowsIt() {
        assertThat(extractor.extract(List.of("Rustam Aliev keeps the village shop. Many families, he said, quietly left"
                        + " for Russia."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Rustam Aliev", "Many families quietly left for Russia"));
    }

    @Test
    void makesAPersonNamedAfterWhenOrForHowLongWhomAFollowingHeMeans() {
        assertThat(extractor.extract(List.of("“Prices will fall,” said Anvar Qodirov, a trader.",
                        "“We cannot wait,” said Zarina Tosheva, a farmer.",
                        "So far, Qodirov has sold nothing. “Nobody buys,” he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Anvar Qodirov", "Zarina Tosheva", "Anvar Qodirov");
    }

    @Test
    void joinsTheWordsAroundAnAttributionWhenTheWordsBeforeItHaveACommaOfTheirOwn() {
        assertThat(extractor.extract(List.of("Malika Rahimova grows cherries near Osh. A cold, dry spring, she said,"
                        + " had ruined the harvest."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Malika Rahimova", "A cold, dry spring had ruined the harvest"));
    }

    @Test
    void readsAnOfficesFieldAfterATitleBeforeTheNameAsTheRole() {
        assertThat(extractor.extract(List.of("Deputy Education Minister Giorgi Amilakhvari said the schools would open"
                        + " on time."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Giorgi Amilakhvari", "Deputy Education Minister"));
    }

    @Test
    void leavesAnAgeInWordsOpeningTheSentenceOutOfTheName() {
        assertThat(extractor.extract(List.of("Nine-year-old Madina, who lives next door, ignored the rain. “We play"
                        + " here every day,” she said.",
                        "Forty-year-old Bakyt Usenov said the yard had never been paved."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Madina", "who lives next door"), tuple("Bakyt Usenov", null));
    }

    @Test
    void keepsTheRoleBeforeANameOverAClauseAfterItsAge() {
        assertThat(extractor.extract(List.of("Carpenter Daniyar Omarov, 34, who built the stage, said the wood came"
                        + " from Karakol."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Daniyar Omarov", "Carpenter"));
    }

    @Test
    void readsWhatSomethingCostsAfterTheSpeakersCommaAsTheWords() {
        assertThat(extractor.extract(List.of("According to Aigul Osmonova, a night in the hut costs 2,500 soms."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Aigul Osmonova", null, "a night in the hut costs 2,500 soms"));
        assertThat(extractor.extract(List.of("According to Aigul Osmonova, a night in the hut costs 2,500 soms, which"
                        + " includes dinner."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Aigul Osmonova", null,
                        "a night in the hut costs 2,500 soms, which includes dinner"));
    }

    @Test
    void learnsAPersonIntroducedWithAnOfficeOfSomethingWithoutAnArticle() {
        assertThat(extractor.extract(List.of("The union has 300 members.",
                        "Dilnoza Umarova, head of the Samarkand weavers’ union, has worked there for years. “We need "
                                + "buyers more than we need grants,” she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dilnoza Umarova", "head of the Samarkand weavers’ union"));
    }

    @Test
    void joinsWhoseSomeoneIsToWhatTheyAreBeforeTheirName() {
        assertThat(extractor.extract(List.of("The club has 60 members.",
                        "Her coach, former Olympic swimmer Nino Beridze, said the pool needed a new roof."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Nino Beridze", "Her coach, former Olympic swimmer"));
    }

    @Test
    void learnsATraineeSetApartBeforeAGivenNameAndAnAge() {
        assertThat(extractor.extract(List.of("Her trainee, Zarina, 22, came to the salon after college.",
                        "“I cut my first client’s hair in my second week,” she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Zarina", "Her trainee"));
    }

    @Test
    void readsABodyNamedWithItsListedFieldsAsOneBody() {
        assertThat(extractor.extract(List.of("The Ministry of Labour, Migration and Employment said 40,000 permits"
                        + " had been issued this year."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministry of Labour, Migration and Employment", ORGANISATION));
    }

    @Test
    void readsAnAcrobatBeforeAFullNameAsTheRole() {
        assertThat(extractor.extract(List.of("Acrobat Dina Omarova said the new ring was safer."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dina Omarova", "Acrobat"));
    }

    @Test
    void readsACulturalInstitutionAndACompoundItsHeadOpensAsABody() {
        assertThat(extractor.extract(List.of("Samarkand\u2019s library-museum said the manuscripts would go on show"
                        + " in May."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Samarkand\u2019s library-museum", ORGANISATION));
        assertThat(extractor.extract(List.of("Osh\u2019s drama theatre said the season would open in October."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Osh\u2019s drama theatre", ORGANISATION));
    }

    @Test
    void learnsAGivenNameAloneAfterAnAgeAsTheSubjectAPronounRefersTo() {
        assertThat(extractor.extract(List.of(
                        "On Saturdays, 15-year-old Kamila sells bread at the bazaar with her aunt.",
                        "\"The money goes to my English lessons,\" she said."), List.of()))
                .extracting(Attribution::source).containsExactly("Kamila");
    }

    @Test
    void readsSomeoneDescribedWithAnAgeWhomAReporterMetAsTheOneWhoSaid() {
        assertThat(extractor.extract(List.of("Our correspondent met a 52-year-old teacher from Khujand, who said "
                        + "salaries had not been paid since March."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("a 52-year-old teacher from Khujand", ANONYMOUS));
    }

    @Test
    void takesAPersonNamedInPassingInASentenceWithoutWordsAsWhomSheRefersTo() {
        // a description set apart before the name
        assertThat(extractor.extract(List.of(
                        "Bahrom Nazarov has mended shoes at the corner of the market since 2004.",
                        "\"Leather comes from Iran now,\" Nazarov said.",
                        "The kiosk beside his belongs to a seamstress, Zulfiya Saidova. \"Nobody buys new coats,\""
                                + " she said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Bahrom Nazarov", null), tuple("Zulfiya Saidova", "a seamstress"));
        // by whom something was done, with more after the name
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The kiosk was kept by Zulfiya Saidova for ten years. \"Nobody buys new coats,\" she said."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Zulfiya Saidova");
        // not when the sentence is told of the person before: he is the one who goes on speaking
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "He bought the kiosk from a tailor, Rustam Saidov. \"It was cheap,\" he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The kiosk that Nazarov keeps was bought from a tailor, Rustam Saidov. \"It was cheap,\""
                                + " he said."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
        // two people named: neither is whom the pronoun means for certain (and what comes before the first is a
        // clause of its own, not who she is)
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The kiosk stands between the stalls of a seamstress, Zulfiya Saidova, and a tailor, Rustam"
                                + " Saidov.", "\"It was cheap,\" he said."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
        // capitalised words set apart after what is no person are none either
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The kiosk is in the old quarter, Shahri Naw. \"It was cheap,\" he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
        // capitalised words after a preposition of place are no person
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The kiosk stands near the Green Bazaar. \"It was cheap,\" he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
    }

    @Test
    void knowsASubjectsPronounByWhatTheSentenceSaysIsTheirs() {
        // "his shop": he, so a "she" after is not him
        assertThat(extractor.extract(List.of(
                        "Bahrom Nazarov has kept his kiosk at the corner of the market since 2004.",
                        "\"Leather comes from Iran now,\" Nazarov said.",
                        "The kiosk beside it is newer. \"Nobody buys new coats,\" she said."), List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov");
        // "gave her the keys": her is someone else, so nothing is known of him and "she" stays his
        assertThat(SpeakerResolver.ownPronoun(" gave her the keys in 2004.")).isEmpty();
        assertThat(SpeakerResolver.ownPronoun(" sold her stall in 2004.")).contains("she");
        assertThat(SpeakerResolver.ownPronoun(" opened his bakery.")).contains("he");
        assertThat(SpeakerResolver.ownPronoun(" met Ahmad Zia at his shop.")).isEmpty();
        assertThat(SpeakerResolver.ownPronoun(" works while her son sleeps.")).isEmpty();
    }

    @Test
    void readsWhatThePersonFollowedDoesWithTheArticleAsThemWhenNobodyWasDescribedSo() {
        assertThat(extractor.extract(List.of(
                        "In a lane behind the Chorsu bazaar, Anvar Tursunov sharpens knives on a foot-driven wheel.",
                        "\"Chinese knives go blunt in a week,\" the craftsman said.",
                        "\"Old Soviet ones last for ever,\" the shopkeeper said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Anvar Tursunov", null), tuple("Anvar Tursunov", null));
        // someone described by another noun before is not who the noun means
        assertThat(extractor.extract(List.of(
                        "Anvar Tursunov, a teacher, sharpens knives at weekends.",
                        "\"Old Soviet ones last for ever,\" the shopkeeper said."), List.of()))
                .extracting(Attribution::source).doesNotContain("Anvar Tursunov");
        assertThat(extractor.extract(List.of(
                        "The workshop was opened by Anvar Tursunov, a teacher, in 1990.",
                        "\"Old Soviet ones last for ever,\" the shopkeeper said."), List.of()))
                .extracting(Attribution::source).doesNotContain("Anvar Tursunov");
    }

    @Test
    void takesSomeoneNamedInPassingByAGivenNameAfterARelationAsWhomHeRefersToInThatRelation() {
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The stall next to his is kept by his daughter Dilnoza. \"Girls buy bags, not shoes,\" she said."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Bahrom Nazarov", null), tuple("Dilnoza", "his daughter"));
        // not when the sentence names the person before, or refers to him first
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The stall that Nazarov keeps with his daughter Dilnoza is the oldest. \"Girls buy bags, not"
                                + " shoes,\" he said."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "He keeps the stall with his daughter Dilnoza. \"Girls buy bags, not shoes,\" he said."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Bahrom Nazarov");
    }

    @Test
    void readsATownsOwnAdministrationUnnamedAsABody() {
        assertThat(extractor.extract(List.of("The municipality said it had cleared 40 tonnes of snow."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("municipality", ORGANISATION));
    }

    @Test
    void takesAnAgeSetApartAfterANameInPassingAsSayingAPerson() {
        assertThat(extractor.extract(List.of(
                        "\"Leather comes from Iran now,\" said Bahrom Nazarov.",
                        "The next stall belongs to Karim Sultonov, 64, who mends umbrellas.",
                        "\"Nobody mends anything any more,\" he said."), List.of()))
                .extracting(Attribution::source).containsExactly("Bahrom Nazarov", "Karim Sultonov");
    }

    @Test
    void leavesWhereOutOfTheDescriptionOfSomeoneWhoGaveOnlyAName() {
        assertThat(extractor.extract(List.of("A few doors down, a young woman who gave her name only as Nigora said"
                        + " she had sold bread there for a year."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Nigora", "a young woman"));
    }

    @Test
    void takesAClauseOfWhoSomeoneIsClosingASentenceThatNamesThemInPassingAsTheirRole() {
        assertThat(extractor.extract(List.of("The next stall belongs to Karim Sultonov, 64, who mends umbrellas.",
                        "\"Nobody mends anything any more,\" he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Karim Sultonov", "who mends umbrellas"));
        // without an age before it, the clause alone says a person
        assertThat(extractor.extract(List.of("The next stall belongs to Karim Sultonov, who mends umbrellas.",
                        "\"Nobody mends anything any more,\" he said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Karim Sultonov", "who mends umbrellas"));
    }

    @Test
    void takesWhoSomeoneAmongOthersIsAfterTheirAgeAsTheRoleOfTheirFirstWords() {
        assertThat(extractor.extract(List.of("Among them is Karim Sultonov, 64, one of the last umbrella menders, who"
                                + " learned the trade in Samarkand.",
                        "\"Nobody mends anything any more,\" Sultonov said."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Karim Sultonov", "one of the last umbrella menders, who learned the trade in"
                        + " Samarkand"));
    }

    @Test
    void keepsTheRolesOfTwoPeopleNamedInPassingInOneSentenceForTheirFirstWords() {
        List<Attribution> found = extractor.extract(List.of("The bakery is kept by Sherzod Aliev, 52, who trained in"
                        + " Samarkand, and his nephew Timur.",
                "\"Bread is cheap, but flour is not,\" Sherzod said.",
                "Timur said most of their customers now paid in instalments."), List.of());
        assertThat(found).extracting(Attribution::source, Attribution::role).containsExactly(
                tuple("Sherzod Aliev", "who trained in Samarkand"), tuple("Timur", "his nephew"));
    }

    @Test
    void readsATrailingAccordingToARelationThenANameAndAClauseAboutThem() {
        assertThat(extractor.extract(List.of("The bakery sells 300 loaves a day, according to her son, Timur, who runs the"
                        + " ovens at night."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Timur", "her son", "The bakery sells 300 loaves a day"));
        assertThat(extractor.extract(List.of("The bakery sells 300 loaves a day, according to her son, Timur."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Timur", "her son"));
    }

    @Test
    void namesASourceDescribedWithOneOrAnotherByTheGivenNameTheyGave() {
        assertThat(extractor.extract(List.of("“Nobody buys wool any more,” said one vendor, who gave only her first "
                        + "name, Gulnora."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Gulnora", PERSON, "one vendor"));
        assertThat(extractor.extract(List.of("“Nobody buys wool any more,” said another vendor named Gulnora."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gulnora", "another vendor"));
    }

    @Test
    void readsAParticipleOfSayingAfterASubjectWhoseTitleSaysWhoseOfficeItIs() {
        assertThat(extractor.extract(List.of("Governor's office spokeswoman Aida Alieva blamed the weather, warning "
                        + "that more flights would be cancelled."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Aida Alieva", "Governor's office spokeswoman", "warning"));
    }

    @Test
    void takesALoneGivenNameThenWhoseTheyAreAsAPersonInThatRole() {
        assertThat(extractor.extract(List.of("Rustam Nazarov runs a bakery in Khujand.",
                        "Dilnoza, his cashier, said the flour price had doubled."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Dilnoza", PERSON, "his cashier"));
    }

    @Test
    void readsTheBodyWhoseNameQualifiesAReport() {
        assertThat(extractor.extract(List.of("An Asian Development Bank study released on Monday found that one "
                        + "household in four relies on money sent from abroad."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Asian Development Bank", ORGANISATION, "found"));
    }
}
