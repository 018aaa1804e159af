package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iwprarchive.domain.article.QuotationKind.DIRECT;
import static org.iwprarchive.domain.article.QuotationKind.INDIRECT;
import static org.iwprarchive.domain.source.SourceKind.ANONYMOUS;
import static org.iwprarchive.domain.source.SourceKind.ORGANISATION;
import static org.iwprarchive.domain.source.SourceKind.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;

class EuropeanQuoteExtractorTests {

    private final EuropeanQuoteExtractor french = EuropeanQuoteExtractor.french();
    private final EuropeanQuoteExtractor spanish = EuropeanQuoteExtractor.spanish();
    private final EuropeanQuoteExtractor bcs = EuropeanQuoteExtractor.bosnianCroatianSerbian();
    private final EuropeanQuoteExtractor albanian = EuropeanQuoteExtractor.albanian();
    private final EuropeanQuoteExtractor macedonian = EuropeanQuoteExtractor.macedonian();

    @Test
    void readsAGivenNameWithWhoSheIsAfterAccordingToAWomansRoleAndASchoolsNamesake() {
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Kako je rekla Amra, studentica prve godine prava, ispiti se polažu u martu.",
                "Prema riječima dekana Filozofskog fakulteta Harisa Mehića, upis je manji za trećinu."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Sipas kryetares së komunës, Valbona Krasniqi, uji do të kthehet nesër.",
                "Drejtoresha e shkollës Naim Frashëri Elona Kola tha se nxënësit mësojnë në dy turne.",
                "Sipas rektorit të Universitetit të Prishtinës, Arben Hajrullahu, bursat do të rriten."), List.of());

        assertThat(bcsFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Amra", PERSON, "studentica prve godine prava"),
                        tuple("Haris Mehić", PERSON, "dekan Filozofskog fakulteta"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Valbona Krasniqi", "kryetarja e komunës"),
                        tuple("Elona Kola", "Drejtoresha e shkollës Naim Frashëri"),
                        tuple("Arben Hajrullahu", "rektori i Universitetit të Prishtinës"));
    }

    @Test
    void readsABodySpeakingFromWithTheAuxiliaryBeforeWhomAndAsSaidWithoutASubjectAsWhoeverWasQuotedLast() {
        List<Attribution> found = bcs.extract(List.of(
                "Kako je navela, cijene će rasti.",
                "Iz Zavoda za zapošljavanje su za IWPR rekli da je nezaposlenih manje. Kako navode, posla ima u "
                        + "građevini.",
                "Zidar Nermin Hadžić kaže da radi i subotom. Kako je naveo, plata kasni dva mjeseca."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue,
                Attribution::text).containsExactly(
                tuple("Zavod za zapošljavanje", ORGANISATION, "su za IWPR rekli", "je nezaposlenih manje"),
                tuple("Zavod za zapošljavanje", ORGANISATION, "Kako navode", "posla ima u građevini"),
                tuple("Nermin Hadžić", PERSON, "kaže", "radi i subotom"),
                tuple("Nermin Hadžić", PERSON, "Kako je naveo", "plata kasni dva mjeseca"));
    }

    @Test
    void readsAsSaidInABodyNamedByOneWordOfItsNameAsTheBodyNamedBefore() {
        List<Attribution> found = bcs.extract(List.of(
                "Ministarstvo prosvjete saopćilo je da će škole dobiti nove peći. Kako kažu u ministarstvu, prve "
                        + "stižu u oktobru."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue,
                Attribution::text).containsExactly(
                tuple("Ministarstvo prosvjete", ORGANISATION, "saopćilo je", "će škole dobiti nove peći"),
                tuple("Ministarstvo prosvjete", ORGANISATION, "Kako kažu u", "prve stižu u oktobru"));
    }

    @Test
    void readsTheyAndAPluralVerbOfSayingRightAfterABodysWordsAsThatBodyAndAfterPeoplesAsNoSource() {
        List<Attribution> found = macedonian.extract(List.of(
                "Од Агенцијата за храна соопштија дека месото е безбедно. Тие додаваат дека контролите продолжуваат."),
                List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Drejtoria e Arsimit njoftoi se shkollat mbyllen. Ata shtojnë se mësimi vazhdon në internet."), List.of());
        List<Attribution> people = bcs.extract(List.of("Emir i Lejla Hodžić kažu da čekaju struju. Oni dodaju da je "
                + "zima blizu."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text).containsExactly(
                tuple("Агенцијата за храна", "месото е безбедно"),
                tuple("Агенцијата за храна", "контролите продолжуваат"));
        assertThat(albanianFound).extracting(Attribution::source).containsExactly("Drejtoria e Arsimit",
                "Drejtoria e Arsimit");
        assertThat(people).extracting(Attribution::text).doesNotContain("je zima blizu");
    }

    @Test
    void readsAnEmployeeWhoWouldNotBeNamedByTheDescriptionWithItsOwnClauseKept() {
        List<Attribution> found = bcs.extract(List.of(
                "Zaposlenica firme koja čisti ulice, koja nije željela biti imenovana, kaže da kasne plaće.",
                "Djelatnik pošte u Zenici kaže da paketi stižu s kašnjenjem."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Работник во рудникот, кој сакаше да остане анонимен, рече дека платите доцнат."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("zaposlenica firme koja čisti ulice", ANONYMOUS),
                        tuple("djelatnik pošte u Zenici", ANONYMOUS));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("работник во рудникот", ANONYMOUS));
    }

    @Test
    void readsACitySpeakingFromWithItsFeminineNameInTheNominativeAsTheApposition() {
        List<Attribution> found = bcs.extract(List.of(
                "Iz Grada Zenice su za IWPR kazali da će ceste biti popravljene.",
                "Iz Grada Bosanske Krupe poručili su da novca nema.",
                "Iz Općine Kakanj poručili su da se čeka proljeće.",
                "Iz Pošte Srbije saopćili su da paketi kasne."), List.of());

        // (a municipality's name after its word mostly stays as it is, and so is read)
        assertThat(found).extracting(Attribution::source).containsExactly("Grad Zenica", "Grad Bosanska Krupa",
                "Općina Kakanj", "Pošta Srbije");
    }

    @Test
    void readsABodyThatMadeSomethingKnownInCroatianWithItsAcronymInParenthesesLeftOut() {
        List<Attribution> found = bcs.extract(List.of(
                "Iz Hrvatskog zavoda za mirovinsko osiguranje (HZMO) priopćili su da mirovine stižu na vrijeme."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Hrvatski zavod za mirovinsko osiguranje", ORGANISATION));
    }

    @Test
    void readsAWaterCompanyNamedByTheIndefiniteAsABody() {
        assertThat(albanian.extract(List.of(
                "Ujësjellës Kanalizime Durrës paralajmëroi se uji do të ndërpritet të hënën."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ujësjellës Kanalizime Durrës", ORGANISATION));
    }

    @Test
    void readsACompanyNamedByAnAcronymThenCapitalisedWordsAsABody() {
        List<Attribution> found = macedonian.extract(List.of("АДГ Македонија соопшти дека цената на гасот ќе падне."),
                List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "KESCO Kosova tha se faturat do të dërgohen me vonesë."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("АДГ Македонија", ORGANISATION));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("KESCO Kosova", ORGANISATION));
    }

    @Test
    void readsTheGivenNameSetApartAfterAClauseThatWithholdsOnlyTheSurname() {
        List<Attribution> found = bcs.extract(List.of(
                "Prodavačica na pijaci Markale, koja nije željela da joj se objavi prezime, Sabina, kaže da je promet "
                        + "slab."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Вработен во фабриката, кој не сакаше да го каже презимето, Марко, вели дека платите доцнат."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Sabina", PERSON, "Prodavačica na pijaci Markale"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Марко", PERSON, "Вработен во фабриката"));
    }

    @Test
    void readsTheirFiguresAsTheBodyQuotedLastAndWhatTheyAddWithoutASubject() {
        List<Attribution> macedonian = this.macedonian.extract(List.of(
                "Синдикатот на образованието соопшти дека платите доцнат. Според нивните податоци, недостигаат 400 "
                        + "наставници."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Iz Doma zdravlja Zenica su rekli da ljekara nedostaje. Dodaju da su raspisali novi konkurs.",
                "Udruženje pacijenata tvrdi da se na pregled čeka mjesecima. Prema njihovim podacima, čeka se i do "
                        + "pola godine."), List.of());

        assertThat(macedonian).extracting(Attribution::source, Attribution::cue).containsExactly(
                tuple("Синдикатот на образованието", "соопшти"),
                tuple("Синдикатот на образованието", "Според нивните податоци"));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::cue).containsExactly(
                tuple("Dom zdravlja Zenica", "su rekli"), tuple("Dom zdravlja Zenica", "Dodaju"),
                tuple("Udruženje pacijenata", "tvrdi"), tuple("Udruženje pacijenata", "Prema njihovim podacima"));
    }

    @Test
    void readsAnyVerbNotGivingTheNameAsWithholdingItSoThatAParksNameStaysInTheDescription() {
        assertThat(bcs.extract(List.of(
                "Čuvar u parku Mehmed Spaho, koji je tražio da mu ne pišemo ime, kaže da noću nema rasvjete."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("čuvar u parku Mehmed Spaho", ANONYMOUS));
    }

    @Test
    void readsWhatSomeoneDoesInTheArtsAndTheFaithsAndAChurchAsABody() {
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Pjevačica Amira Begić kaže da koncerti više ne pokrivaju troškove.",
                "Srpska pravoslavna crkva saopćila je da će manastir ostati otvoren.",
                "Prema riječima reditelja Jasmina Durakovića, festival će se održati u julu."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Shkrimtari Besnik Mustafaj tha se librat e tij nuk shiten më.",
                "Muzeu Kombëtar i Artit Mesjetar njoftoi se ekspozita do të hapet në maj."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Исламската верска заедница соопшти дека џамијата ќе биде обновена."), List.of());

        assertThat(bcsFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Amira Begić", PERSON, "Pjevačica"),
                        tuple("Srpska pravoslavna crkva", ORGANISATION, null),
                        tuple("Jasmin Duraković", PERSON, "reditelj"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Besnik Mustafaj", "Shkrimtari"), tuple("Muzeu Kombëtar i Artit Mesjetar", null));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Исламската верска заедница", ORGANISATION));
    }

    @Test
    void readsTheNameSetApartAfterARoleEndingInABodysNameAndBodiesThatInform() {
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Според директорката на гимназијата Јосип Броз Тито, Весна Стојанова, учениците немаат лаборатории.",
                "Од Агенцијата за храна информираа дека месото е безбедно."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Sipas drejtoreshës së shkollës Sami Frashëri, Mimoza Leka, klasat janë të mbipopulluara."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Prema riječima direktora škole Meša Selimović, Edina Kapetanovića, učenici nemaju fiskulturnu salu."),
                List.of());

        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Весна Стојанова", "директорката на гимназијата Јосип Броз Тито", "Според"),
                        tuple("Агенцијата за храна", null, "информираа"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mimoza Leka", "drejtoresha e shkollës Sami Frashëri"));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Edin Kapetanović", "direktor škole Meša Selimović"));
    }

    @Test
    void givesABodysOneWordNameAfterItsNounToTheRoleNotToThePerson() {
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Директорката на фирмата Тутунски Весна Петковска изјави дека откупот ќе почне во август.",
                "Секретарот на здружението Стефан Тасев рече дека членовите се незадоволни."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Drejtori i kompanisë Drini Gentian Lala tha se fabrika do të mbyllet."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Direktor firme Bor Zoran Marković kaže da rudnik radi punim kapacitetom."), List.of());

        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Весна Петковска", "Директорката на фирмата Тутунски"),
                        tuple("Стефан Тасев", "Секретарот на здружението"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gentian Lala", "Drejtori i kompanisë Drini"));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Zoran Marković", "Direktor firme Bor"));
    }

    @Test
    void readsAReflexiveVerbsSeAnOccupationInIstaAndABodysEstimates() {
        List<Attribution> found = bcs.extract(List.of(
                "\"Plata mi kasni tri mjeseca\", požalila se kasirka iz Zenice Amela Hodžić.",
                "Aktivista Nenad Ilić žali se da grad ne odgovara na pritužbe."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Според проценките на Народната банка, растот ќе биде под три проценти."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Analistja Besa Shahini vlerësoi se reforma nuk do të sjellë rezultate."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Amela Hodžić", "kasirka iz Zenice", "požalila se"),
                        tuple("Nenad Ilić", "Aktivista", "žali se"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Народната банка", ORGANISATION));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Besa Shahini", "Analistja", "vlerësoi"));
    }

    @Test
    void readsFrenchQuotesBeforeTheirSpeakerWithInversionAndColons() {
        List<Attribution> found = french.extract(List.of(
                "« Les écoles sont fermées depuis mars », a déclaré Claudine Mapendo, une institutrice de Beni.",
                "« Nous enseignons sous les arbres », ajoute-t-elle.",
                "Le maire de Beni, Narcisse Muteba, a déclaré aux journalistes : « Les cours reprendront lundi »."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text, Attribution::kind, Attribution::cue)
                .containsExactly(
                        tuple("Claudine Mapendo", PERSON, "une institutrice de Beni", "Les écoles sont fermées depuis mars",
                                DIRECT, "a déclaré"),
                        tuple("Claudine Mapendo", PERSON, null, "Nous enseignons sous les arbres", DIRECT,
                                "ajoute-t-elle"),
                        tuple("Narcisse Muteba", PERSON, "Le maire de Beni", "Les cours reprendront lundi", DIRECT,
                                "a déclaré aux journalistes"));
    }

    @Test
    void readsFrenchReportedWordsBodiesAndUnnamedSources() {
        List<Attribution> found = french.extract(List.of(
                "Le juge Thomas Mushagalusa a estimé qu'il manquait des preuves.",
                "Selon l'ONG Justice Plus, une trentaine de témoins ont été menacés.",
                "La commission électorale a annoncé que le scrutin aurait lieu en juin.",
                "Une infirmière de l'hôpital, qui a requis l'anonymat, a indiqué que les blessés arrivaient la nuit.",
                "Les habitants affirment que la route est coupée."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Thomas Mushagalusa", PERSON, "Le juge", "il manquait des preuves"),
                        tuple("Justice Plus", ORGANISATION, null, "une trentaine de témoins ont été menacés"),
                        tuple("commission électorale", ORGANISATION, null, "le scrutin aurait lieu en juin"),
                        // the clause that withholds the name says why, not who
                        tuple("une infirmière de l'hôpital", ANONYMOUS, null, "les blessés arrivaient la nuit"));
        assertThat(found).extracting(Attribution::kind).containsOnly(INDIRECT);
    }

    @Test
    void readsABodyBehindItsReportAndOneOfAGroup() {
        List<Attribution> found = french.extract(List.of(
                "D'après une étude de l'Unesco publiée en mai, un enfant sur trois ne va pas à l'école.",
                "L'un des enseignants, qui a requis l'anonymat, a affirmé que les salaires n'étaient pas versés."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Unesco", ORGANISATION), tuple("l'un des enseignants", ANONYMOUS));
    }

    @Test
    void readsAViewOnlyOfSomeoneNamed() {
        List<Attribution> found = french.extract(List.of(
                "Pour Jeanine Mabunda, ancienne présidente de l'Assemblée, cette loi est « une régression ».",
                "Pour la première fois, les deux camps se sont parlé."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Jeanine Mabunda", "ancienne présidente de l'Assemblée",
                        "cette loi est « une régression »"));
    }

    @Test
    void readsSpanishQuotesReportsAndAVerbWithNoSubject() {
        List<Attribution> found = spanish.extract(List.of(
                "\"El agua llega una vez por semana\", dijo Rosa Elena Gutiérrez, vecina del barrio Petare.",
                "\"Y llega sucia\", añadió.",
                "La alcaldesa de Caracas, Carmen Meléndez, aseguró a la prensa que el servicio mejorará en enero.",
                "De acuerdo con la ONG Observatorio Venezolano de Servicios Públicos, el 70 % de los hogares recibe agua "
                        + "de forma irregular.",
                "Un funcionario de Hidrocapital que pidió no ser identificado dijo que faltan repuestos."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind)
                .containsExactly(
                        tuple("Rosa Elena Gutiérrez", PERSON, "vecina del barrio Petare", DIRECT),
                        tuple("Rosa Elena Gutiérrez", PERSON, null, DIRECT),
                        tuple("Carmen Meléndez", PERSON, "La alcaldesa de Caracas", INDIRECT),
                        tuple("Observatorio Venezolano de Servicios Públicos", ORGANISATION, null, INDIRECT),
                        tuple("un funcionario de Hidrocapital", ANONYMOUS, null, INDIRECT));
    }

    @Test
    void readsAnUnnamedSourceOrARoleDescribedAgainAndDropsTitlesOfAddress() {
        assertThat(spanish.extract(List.of(
                "Un guardia del penal que pidió no ser identificado contó que los presos duermen en el suelo.",
                "\"Aquí no hay camas para todos\", concluyó el guardia.",
                "\"Volveremos a la corte\", reaccionó Doña Elena Ramírez, madre de un detenido."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("un guardia del penal", ANONYMOUS, null), tuple("un guardia del penal", ANONYMOUS, null),
                        tuple("Elena Ramírez", PERSON, "madre de un detenido"));
        assertThat(french.extract(List.of("« Le dossier est vide », a réagi Me Aimé Kilolo, avocat de la défense.",
                "« Nous ferons appel », a conclu l'avocat."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Aimé Kilolo", "avocat de la défense"), tuple("Aimé Kilolo", null));
    }

    @Test
    void leavesGroupsAndTheAuthorsOut() {
        assertThat(spanish.extract(List.of("Los vecinos dijeron que el agua no llega.",
                "\"Seguiremos informando\", dijo Ana Pérez."), List.of("Ana Pérez"))).isEmpty();
        assertThat(french.extract(List.of("Les familles ont déclaré que personne ne les avait prévenues."), List.of()))
                .isEmpty();
    }

    @Test
    void splitsSentencesOutsideQuotationMarksOnly() {
        assertThat(EuropeanQuoteExtractor.sentences("« Il est parti. Nous restons », a-t-elle dit. Le juge a parlé."))
                .containsExactly("« Il est parti. Nous restons », a-t-elle dit.", "Le juge a parlé.");
    }

    @Test
    void readsTheBosnianCroatianAndSerbianEditionsShapes() {
        assertThat(bcs.extract(List.of(
                "Glasnogovornica Tribunala Nerma Jelačić izjavila je da će presuda biti izrečena u petak.",
                "Ona je za IWPR rekla da sud radi bez prekida.",
                "„Nismo znali ništa o tome“, kazao je svjedok Emir Suljagić.",
                "Prema podacima Komisije za nestale osobe, još se traga za sedam hiljada ljudi.",
                "Prema riječima Ivane Marić, pretres je odgođen.",
                "Porodice žrtava kažu da čekaju presudu."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::kind)
                .containsExactly(
                        tuple("Nerma Jelačić", PERSON, "Glasnogovornica Tribunala", INDIRECT),
                        tuple("Nerma Jelačić", PERSON, null, INDIRECT),
                        tuple("Emir Suljagić", PERSON, "svjedok", DIRECT),
                        tuple("Komisija za nestale osobe", ORGANISATION, null, INDIRECT),
                        tuple("Ivana Marić", PERSON, null, INDIRECT));
        // Serbian in Cyrillic; a person named without words is the "ona" after
        assertThat(bcs.extract(List.of("„Нисмо знали ништа“, рекао је сведок Петар Јовић."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Петар Јовић", "сведок"));
        assertThat(bcs.extract(List.of("Sutkinja Ivana Kovač odbila je zahtjev odbrane. Ona je rekla da zahtjev "
                + "nije osnovan."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ivana Kovač", "zahtjev nije osnovan"));
    }

    @Test
    void keepsAPlaceInTheGenitiveInTheRoleAndReadsAPossessiveCueAsThePersonQuotedLast() {
        assertThat(bcs.extract(List.of(
                "Načelnik Srebrenice Mladen Grujičić izjavio je da će spomen-ploča biti uklonjena.",
                "Prema njegovim rečima, odluku je donijelo općinsko vijeće.",
                "Ministrica zdravstva Zeničko-dobojskog kantona Amra Hodžić kaže da bolnici nedostaje ljekara.",
                "Prema podacima, broj pacijenata raste."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Mladen Grujičić", "Načelnik Srebrenice", "izjavio je",
                                "će spomen-ploča biti uklonjena"),
                        tuple("Mladen Grujičić", null, "Prema njegovim rečima", "odluku je donijelo općinsko vijeće"),
                        tuple("Amra Hodžić", "Ministrica zdravstva Zeničko-dobojskog kantona", "kaže",
                                "bolnici nedostaje ljekara"));
        // the other languages' names run to four words after a role
        assertThat(spanish.extract(List.of("El alcalde Juan Carlos Pérez López dijo que el agua volverá el lunes."),
                List.of())).extracting(Attribution::source).containsExactly("Juan Carlos Pérez López");
    }

    @Test
    void readsSerbianCyrillicBodiesAndRolesAndAPlaceAfterAPrepositionInTheRole() {
        assertThat(bcs.extract(List.of(
                "Према речима директора болнице Горана Стевановића, лекара нема довољно.",
                "Министарство здравља саопштило је да ће расписати конкурс.",
                "„Чекамо преглед по три месеца“, каже пензионерка из Ниша Љубица Ђорђевић.",
                "Vozač autobusa iz Zenice Almir Mehić rekao je da linija kasni svaki dan."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Горан Стевановић", PERSON, "директор болнице"),
                        tuple("Министарство здравља", ORGANISATION, null),
                        tuple("Љубица Ђорђевић", PERSON, "пензионерка из Ниша"),
                        tuple("Almir Mehić", PERSON, "Vozač autobusa iz Zenice"));
    }

    @Test
    void readsTheNominativeOfABcsNameInTheGenitive() {
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Emira Hodžića")).isEqualTo("Emir Hodžić");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Nerme Jelačić")).isEqualTo("Nerma Jelačić");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Centra za mir")).isEqualTo("Centar za mir");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Udruženja logoraša")).isEqualTo("Udruženje logoraša");
        // an adjective before a body's word, in that word's gender; an occupation before a name
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Državne komisije za granice"))
                .isEqualTo("Državna komisija za granice");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Federalnog zavoda za zapošljavanje"))
                .isEqualTo("Federalni zavod za zapošljavanje");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Kantonalnog tužilaštva"))
                .isEqualTo("Kantonalno tužilaštvo");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("ministra finansija Amira Softića"))
                .isEqualTo("ministar finansija Amir Softić");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("direktorice bolnice Lejle Hasić"))
                .isEqualTo("direktorica bolnice Lejla Hasić");
    }

    @Test
    void readsAlbanianQuotesWithARoleAndItsGenitiveBeforeTheName() {
        List<Attribution> found = albanian.extract(List.of(
                "Ish-ministri i Bujqësisë, Faruk Hoxha, tha se fermerët nuk kanë marrë subvencionet.",
                "„Po presim prej dy vitesh“ – u shpreh ai.",
                "Drejtoresha e Agjencisë së Pyjeve Teuta Lleshi deklaroi se prerjet ilegale janë ndalur.",
                "„Ligji nuk zbatohet në terren“, shkroi në Facebook gazetari Blerim Shala.",
                "Zyrtarët e komunës thanë se rruga do të shtrohet."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text, Attribution::kind)
                .containsExactly(
                        tuple("Faruk Hoxha", PERSON, "Ish-ministri i Bujqësisë",
                                "fermerët nuk kanë marrë subvencionet", INDIRECT),
                        tuple("Faruk Hoxha", PERSON, null, "Po presim prej dy vitesh", DIRECT),
                        // the body in the genitive belongs to the role, not to the name
                        tuple("Teuta Lleshi", PERSON, "Drejtoresha e Agjencisë së Pyjeve",
                                "prerjet ilegale janë ndalur", INDIRECT),
                        tuple("Blerim Shala", PERSON, "gazetari", "Ligji nuk zbatohet në terren", DIRECT));
    }

    @Test
    void readsAlbanianAccordingToInTheNominativeAndUnnamedSources() {
        List<Attribution> found = albanian.extract(List.of(
                "Sipas Ministrisë së Arsimit, 40 shkolla nuk kanë ngrohje.",
                "Sipas Besa Gashit, mësuesit po largohen nga profesioni.",
                "Sipas saj, pagat janë më të ulëtat në rajon.",
                "Një mësuese në Gjakovë, e cila kërkoi të mos i përmendet emri, tha se klasat kanë 40 nxënës.",
                "Për shkak të motit, Teuta Krasniqi mbeti në shtëpi."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("Ministria e Arsimit", ORGANISATION, "40 shkolla nuk kanë ngrohje"),
                        tuple("Besa Gashi", PERSON, "mësuesit po largohen nga profesioni"),
                        tuple("Besa Gashi", PERSON, "pagat janë më të ulëtat në rajon"),
                        tuple("një mësuese në Gjakovë", ANONYMOUS, "klasat kanë 40 nxënës"));
    }

    @Test
    void readsTheNominativeOfAnAlbanianNameAfterSipas() {
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Vjosa Osmanit")).isEqualTo("Vjosa Osmani");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Ilir Dugollit")).isEqualTo("Ilir Dugolli");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Bankës Botërore")).isEqualTo("Banka Botërore");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Institutit të Kosovës")).isEqualTo("Instituti i Kosovës");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Shoqatës së Gazetarëve")).isEqualTo("Shoqata e Gazetarëve");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("Lëvizjes Vetëvendosje")).isEqualTo("Lëvizja Vetëvendosje");
        // a role before the name is given back too; words that are neither stay
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("kryetarit të sindikatës Agim Rrahmanit"))
                .isEqualTo("kryetari i sindikatës Agim Rrahmani");
        assertThat(AlbanianGrammar.MORPHOLOGY.nominative("të dhënave zyrtare")).isEqualTo("të dhënave zyrtare");
    }

    @Test
    void readsMacedonianRolesWithTheirArticleAndAPlaceAfterAPreposition() {
        List<Attribution> found = macedonian.extract(List.of(
                "„Водата е валкана веќе една недела“, рече Весна Илиевска, жителка на Кичево.",
                "Портпаролот на полицијата Тони Ангеловски изјави дека осомничениот е уапсен.",
                "„Истрагата продолжува“, додаде тој.",
                "Градоначалникот на Куманово Максим Димитриевски рече дека водоводот ќе се поправи.",
                "Граѓаните велат дека никој не ги слуша."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text, Attribution::kind)
                .containsExactly(
                        tuple("Весна Илиевска", PERSON, "жителка на Кичево", "Водата е валкана веќе една недела",
                                DIRECT),
                        tuple("Тони Ангеловски", PERSON, "Портпаролот на полицијата", "осомничениот е уапсен",
                                INDIRECT),
                        tuple("Тони Ангеловски", PERSON, null, "Истрагата продолжува", DIRECT),
                        // the town after "на" is the office's, not the mayor's name
                        tuple("Максим Димитриевски", PERSON, "Градоначалникот на Куманово",
                                "водоводот ќе се поправи", INDIRECT));
    }

    @Test
    void readsMacedonianBodiesAfterSporedAndUnnamedSources() {
        List<Attribution> found = macedonian.extract(List.of(
                "Според Државниот завод за статистика, невработеноста падна на 12 отсто.",
                "Една медицинска сестра, која побара да не биде именувана, рече дека смените траат по 16 часа.",
                "Според неа, половина од колегите заминале во Германија."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("Државниот завод за статистика", ORGANISATION, "невработеноста падна на 12 отсто"),
                        tuple("една медицинска сестра", ANONYMOUS, "смените траат по 16 часа"),
                        tuple("една медицинска сестра", ANONYMOUS, "половина од колегите заминале во Германија"));
    }

    @Test
    void readsANameSetApartAfterTheRoleAccordingToGivesAndAnAcronymAloneAsABody() {
        List<Attribution> fr = french.extract(List.of(
                "Selon le porte-parole de la police, Jean-Marc Kabila, trois suspects ont été arrêtés.",
                "Le HCR a indiqué que 300 familles attendaient un abri."), List.of());
        List<Attribution> mk = macedonian.extract(List.of(
                "Според советникот на министерот, Игор Трајков, реформата ќе почне во март.",
                "ЕСМ соопшти дека струјата ќе биде вратена до вечерта."), List.of());

        assertThat(fr).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Jean-Marc Kabila", PERSON, "le porte-parole de la police",
                                "trois suspects ont été arrêtés"),
                        tuple("HCR", ORGANISATION, null, "300 familles attendaient un abri"));
        assertThat(mk).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Игор Трајков", PERSON, "советникот на министерот", "реформата ќе почне во март"),
                        tuple("ЕСМ", ORGANISATION, null, "струјата ќе биде вратена до вечерта"));
    }

    @Test
    void readsWhereTheWordsWereSaidBeforeTheSpeakerAndWhereAPersonIsFrom() {
        List<Attribution> fr = french.extract(List.of(
                "Lors d'une conférence de presse, le ministre Jean Kabamba a affirmé que les vaccins arriveraient lundi."),
                List.of());
        List<Attribution> bs = bcs.extract(List.of("„Nemamo vode već sedam dana“, rekla je Amra Hodžić iz Maglaja."),
                List.of());

        assertThat(fr).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Jean Kabamba", "le ministre"));
        assertThat(bs).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Hodžić", "iz Maglaja"));
    }

    @Test
    void readsAnAlbanianScienceOrTradeAsTheRoleAndTheArticleAfterABodysAdjectiveInTheNominative() {
        List<Attribution> found = albanian.extract(List.of(
                "Sipas Institutit Kombëtar të Shëndetit Publik, gripi po përhapet.",
                "Sociologu Artan Fuga thotë se të rinjtë largohen.",
                "Psikologja Elona Dhembo tha se fëmijët vuajnë."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Instituti Kombëtar i Shëndetit Publik", ORGANISATION, null),
                        tuple("Artan Fuga", PERSON, "Sociologu"),
                        tuple("Elona Dhembo", PERSON, "Psikologja"));
    }

    @Test
    void readsAnAlbanianTradeTheLexiconLacksByItsDefiniteAgentsEnding() {
        List<Attribution> found = albanian.extract(List.of(
                "Redaktori Ilir Hoxha tha se gazeta mbyllet.",
                "Shitësja Mira Dervishi tha se çmimet u rritën.",
                "Portieri i klubit, Endrit Bajrami, tha se stadiumi nuk ka drita.",
                "Departamenti i Bujqësisë njoftoi se fermerët do të paguhen."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Ilir Hoxha", PERSON, "Redaktori"),
                        tuple("Mira Dervishi", PERSON, "Shitësja"),
                        tuple("Endrit Bajrami", PERSON, "Portieri i klubit"),
                        tuple("Departamenti i Bujqësisë", ORGANISATION, null));
    }

    @Test
    void readsAnAlbanianBodyTheLexiconLacksAndARoleWithoutANameByTheGenitiveTheyEndIn() {
        List<Attribution> found = albanian.extract(List.of(
                "Lidhja e Avokatëve e Shqipërisë njoftoi se provimi shtyhet.",
                "Drejtori i Doganës së Durrësit tha se kontrollet do të shtohen.",
                "Kryetari i Komunës së Gjakovës Ardian Gjini tha se uji do të kthehet.",
                "Jean Paul Benoit tha se tregtia me Francën u rrit.",
                "Trajneri i ekipit Gashi tha se ekipi është gati."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Lidhja e Avokatëve e Shqipërisë", ORGANISATION, null),
                        tuple("drejtori i Doganës së Durrësit", ANONYMOUS, null),
                        tuple("Ardian Gjini", PERSON, "Kryetari i Komunës së Gjakovës"),
                        tuple("Jean Paul Benoit", PERSON, null), tuple("Gashi", PERSON, "Trajneri i ekipit"));
    }

    @Test
    void readsAPlaceInsideARoleBeforeANameSetApartAndPoliceTrades() {
        // the capitalised word after "in" is where the office is; the name set apart after it is the person's
        assertThat(macedonian.extract(List.of(
                "Според директорот на болницата во Струга, Игор Наумовски, лекарите заминуваат во странство."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Игор Наумовски", "директорот на болницата во Струга"));
        // after "according to" both the role and a man's name in "-a" come in the genitive
        assertThat(bcs.extract(List.of(
                "Prema riječima načelnika policije u Zenici, Luke Jurića, lopovi su uhvaćeni u noći."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Luka Jurić", "načelnik policije u Zenici"));
        // a body in a place is the body's whole name, not the place
        assertThat(bcs.extract(List.of("Prema riječima policije u Zenici, lopovi su uhvaćeni u noći."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("policija u Zenici", ORGANISATION));
        assertThat(bcs.extract(List.of("Prema riječima istražitelja Harisa Mehića, lopovi su uhvaćeni u noći.",
                "Policajka Lejla Mujić rekla je da je noć bila mirna."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Haris Mehić", "istražitelj"), tuple("Lejla Mujić", "Policajka"));
    }

    @Test
    void givesAMansGivenNameInTheGenitiveItsNominativeByItsSurnameAndKeepsNamesThatEndInE() {
        assertThat(bcs.extract(List.of("Prema riječima Alije Hodžića, lopovi su uhvaćeni u noći.",
                "Prema riječima Stipe Kovačevića, most je zatvoren.",
                "Prema riječima Ante Šimunovića, cesta je otvorena.",
                "Prema riječima Jasmine Hodžić, škola je zatvorena."), List.of()))
                .extracting(Attribution::source).containsExactly("Alija Hodžić", "Stipe Kovačević", "Ante Šimunović",
                        "Jasmina Hodžić");
    }

    @Test
    void readsSportsTradesAndAFederationInBcsAndMacedonian() {
        assertThat(bcs.extract(List.of("Teniserka Maja Perić rekla je da su tereni zatvoreni."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Maja Perić", "Teniserka"));
        assertThat(macedonian.extract(List.of("Шаховската федерација на Македонија соопшти дека турнирот е одложен."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Шаховската федерација на Македонија", ORGANISATION));
    }

    @Test
    void readsABodyOfOneWordInTheGenitiveAndWhomANameToldBeforeTheVerb() {
        List<Attribution> found = bcs.extract(List.of(
                "Prema podacima Eurostata, nezaposlenost je pala.",
                "Према подацима Фронтекса, број миграната је порастао.",
                "Ministrica zdravstva Irena Hrstić za N1 je izjavila da će bolnice dobiti novac.",
                "Ministarstvo za EU je saopćilo da pregovori počinju u junu."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Eurostat", ORGANISATION, null),
                        tuple("Фронтекс", ORGANISATION, null),
                        tuple("Irena Hrstić", PERSON, "Ministrica zdravstva"),
                        tuple("Ministarstvo za EU", ORGANISATION, null));
    }

    @Test
    void readsABodysReportOrEstimateTellingAndEstimatingAndNoArticleInsideAWord() {
        List<Attribution> found = bcs.extract(List.of(
                "Prema procjeni Svjetske banke, privreda će rasti tri posto.",
                "Према истраживању Института за јавно здравље, деца пију загађену воду.",
                "Prema zakonu, izbori će biti održani u martu.",
                "„Plata kasni tri mjeseca“, priča učiteljica Ana Perić.",
                "Ekonomista Saša Đogović procijenio je da će cijene rasti.",
                "Lekarska komora Crne Gore procjenjuje da nedostaje dvjesto ljekara."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Svjetska banka", ORGANISATION, null, "privreda će rasti tri posto"),
                        tuple("Институт за јавно здравље", ORGANISATION, null, "деца пију загађену воду"),
                        tuple("Ana Perić", PERSON, "učiteljica", "Plata kasni tri mjeseca"),
                        tuple("Saša Đogović", PERSON, "Ekonomista", "će cijene rasti"),
                        tuple("Lekarska komora Crne Gore", ORGANISATION, null, "nedostaje dvjesto ljekara"));
    }

    @Test
    void readsABodyNamedInQuotationMarksAfterItsKindSpeakingFrom() {
        List<Attribution> mk = macedonian.extract(List.of(
                "Од еколошкото здружение „Зелена иднина“ велат дека реката е мртва.",
                "Стопанската комора соопшти дека извозот пораснал."), List.of());
        List<Attribution> bs = bcs.extract(List.of("Iz udruženja „Eko akcija“ kažu da je rijeka mrtva."), List.of());

        assertThat(mk).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Зелена иднина", ORGANISATION, "реката е мртва"),
                        tuple("Стопанската комора", ORGANISATION, "извозот пораснал"));
        assertThat(bs).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Eko akcija", ORGANISATION));
    }

    @Test
    void readsABodySpeakingFromWithAPluralVerb() {
        List<Attribution> mk = macedonian.extract(List.of(
                "Од Министерството за образование велат дека учебниците ќе стигнат во октомври.",
                "„Шумите горат секое лето“, порачаа од здружението Планетум.",
                // an answer to the reporter's question
                "Од Јавното претпријатие Паркови одговорија дека новите дрвја ќе бидат засадени на пролет."),
                List.of());
        List<Attribution> bs = bcs.extract(List.of("Iz Ministarstva zdravlja kažu da su ljekari dobili povišice."),
                List.of());
        List<Attribution> sq = albanian.extract(List.of("Nga Policia e Kosovës thonë se hetimet vazhdojnë."),
                List.of());

        assertThat(mk).extracting(Attribution::source, Attribution::sourceKind, Attribution::text, Attribution::kind)
                .containsExactly(
                        tuple("Министерството за образование", ORGANISATION, "учебниците ќе стигнат во октомври",
                                INDIRECT),
                        tuple("Планетум", ORGANISATION, "Шумите горат секое лето", DIRECT),
                        tuple("Јавното претпријатие Паркови", ORGANISATION,
                                "новите дрвја ќе бидат засадени на пролет", INDIRECT));
        assertThat(bs).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministarstvo zdravlja", ORGANISATION));
        assertThat(sq).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Policia e Kosovës", ORGANISATION));
    }

    @Test
    void readsAVerbOpeningTheSentenceARelativeClauseThatWithholdsANameAndAPluralPastFrom() {
        List<Attribution> found = bcs.extract(List.of(
                "Sutkinja Amela Hodžić rekla je da presuda nije konačna.",
                "Dodala je da odbrana ima 15 dana za žalbu.",
                "„Plata kasni tri mjeseca“, kaže jedna učiteljica koja nije željela da joj se objavi ime.",
                "Iz Općine Tuzla rekli su da će plate biti isplaćene do petka."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text, Attribution::cue)
                .containsExactly(
                        tuple("Amela Hodžić", PERSON, "presuda nije konačna", "rekla je"),
                        tuple("Amela Hodžić", PERSON, "odbrana ima 15 dana za žalbu", "Dodala je"),
                        tuple("jedna učiteljica", ANONYMOUS, "Plata kasni tri mjeseca", "kaže"),
                        tuple("Općina Tuzla", ORGANISATION, "će plate biti isplaćene do petka", "rekli su"));
    }

    @Test
    void givesASurnameInAInTheNominativeForAManAndForAWoman() {
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Tomislava Šute")).isEqualTo("Tomislav Šuta");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Ane Šute")).isEqualTo("Ana Šuta");
        assertThat(SouthSlavicGrammar.MORPHOLOGY.nominative("Nerme Jelačić")).isEqualTo("Nerma Jelačić");
    }

    @Test
    void readsAWomansAlbanianRoleAndTheVerbsPresent() {
        List<Attribution> found = albanian.extract(List.of(
                "Aktivistja Donika Emini konfirmon se protesta do të mbahet të shtunën.",
                "Gazetarja Besiana Xharra argumenton se ligji kufizon lirinë e shtypit."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Donika Emini", "Aktivistja", "konfirmon"),
                        tuple("Besiana Xharra", "Gazetarja", "argumenton"));
    }

    @Test
    void aReportWithNobodyAfterItNamesNoSourceAndBreaksNothing() {
        // "according to a report of" with no name before the comma: nothing is left of the speaker
        assertThat(spanish.extract(List.of("Según un informe de , los precios subieron, y mucho."), List.of())).isEmpty();
        assertThat(french.extract(List.of("Selon un rapport de , la route est coupée, dit-on."), List.of())).isEmpty();
    }

    @Test
    void readsABodysQuotedNameInsideTheSpeakersRole() {
        List<Attribution> fr = french.extract(List.of(
                "Le directeur de l'ONG « Justice Plus », Jean Kalala, a déclaré que les témoins étaient menacés."),
                List.of());
        List<Attribution> mk = macedonian.extract(List.of(
                "Директорката на центарот „Отворена порта“, Ирена Петрова, изјави пред судот дека нема докази.",
                "Таа најави дека ќе поднесе жалба."), List.of());

        assertThat(fr).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Jean Kalala", "Le directeur de l'ONG « Justice Plus »"));
        assertThat(mk).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Ирена Петрова", "Директорката на центарот „Отворена порта“", "изјави пред судот"),
                        tuple("Ирена Петрова", null, "најави"));
    }
    @Test
    void readsAnAcronymInARoleAnOccupationOpeningTheSentenceAndABodySpeakingWithoutASubject() {
        List<Attribution> found = bcs.extract(List.of(
                "Direktor Agencije za statistiku BiH Vesna Ćužić izjavila je da popis kasni.",
                "Politolog Tanja Topić smatra da izbori neće ništa promijeniti.",
                "Iz Općine Centar, koja upravlja zgradom, saopćeno je da će radovi početi u maju.",
                "Iz Vlade Srbije navedeno je da je zakon usklađen sa evropskim propisima.",
                "Iz Energoinvesta SA rečeno je da se tender ponavlja.",
                "Iz Putarine BiH potvrđeno je da je cestarina poskupjela."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Vesna Ćužić", PERSON, "Direktor Agencije za statistiku BiH", "popis kasni"),
                        tuple("Tanja Topić", PERSON, "Politolog", "izbori neće ništa promijeniti"),
                        tuple("Općina Centar", ORGANISATION, null, "će radovi početi u maju"),
                        tuple("Vlada Srbije", ORGANISATION, null, "je zakon usklađen sa evropskim propisima"),
                        tuple("Energoinvest SA", ORGANISATION, null, "se tender ponavlja"),
                        tuple("Putarina BiH", ORGANISATION, null, "je cestarina poskupjela"));
    }
    @Test
    void readsABodyWarningFromItsOfficesAndTheRoleSetApartAfterANameInTheNominative() {
        List<Attribution> found = bcs.extract(List.of(
                "Iz Delegacije EU u Sarajevu upozorili su da rok ističe u junu.",
                "Prema riječima Amre Kovač, direktorice Centra za mlade, grant nije isplaćen."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Delegacija EU u Sarajevu", ORGANISATION, null),
                        tuple("Amra Kovač", PERSON, "direktorica Centra za mlade"));
    }
    @Test
    void readsAProtectedWitnessByTheCodeOfHisPseudonymAndTheWitnessMentionedAgain() {
        List<Attribution> found = bcs.extract(List.of(
                "Svjedokinja, koja je svjedočila pod pseudonimom B-12, rekla je sudijama da je logor bio pun.",
                "„Spavali smo na betonu“, dodala je svjedokinja."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("B-12", "Svjedokinja", "je logor bio pun"),
                        tuple("B-12", null, "Spavali smo na betonu"));
    }
    @Test
    void readsAPersonFromABodyAnInstituteOfTwoAdjectivesAndASpokesmanOfACompanyWithAForeignName() {
        List<Attribution> found = bcs.extract(List.of(
                "Nermin Kapetanović iz udruženja Građanski forum Mostar tvrdi da je rijeka zagađena.",
                "Prema podacima Državnog statističkog zavoda, nezaposlenost je pala.",
                "Glasnogovornik rafinerije Nestro Petrol Brod Dragan Kovač kaže da pogon radi normalno."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Nermin Kapetanović", PERSON, "iz udruženja Građanski forum Mostar"),
                        tuple("Državni statistički zavod", ORGANISATION, null),
                        tuple("Dragan Kovač", PERSON, "Glasnogovornik rafinerije Nestro Petrol Brod"));
    }
    @Test
    void readsAPlaceOfItsKindBeforeANameAnAdjectivalBodyAWomansSurnameAsSerbianFormsItAndAClauseAboutTheSpeaker() {
        List<Attribution> found = bcs.extract(List.of(
                "„Struje nema od jutra“, rekla je stanarka iz naselja Kovačevac Amra Hodžić.",
                "Iz Gradske službe civilne zaštite Tuzla poručili su da će kvar biti otklonjen.",
                "Odbornica Jelena Marković navela je da grad kasni s isplatama.",
                "„Ništa se ne mijenja“, dodala je Markovićeva.",
                "Prema riječima profesora Emira Kapetanovića, koji je predavao u Sarajevu, nastava počinje u martu."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Amra Hodžić", "stanarka iz naselja Kovačevac", "Struje nema od jutra"),
                        tuple("Gradska služba civilne zaštite Tuzla", null, "će kvar biti otklonjen"),
                        tuple("Jelena Marković", "Odbornica", "grad kasni s isplatama"),
                        tuple("Jelena Marković", null, "Ništa se ne mijenja"),
                        tuple("Emir Kapetanović", "profesor", "nastava počinje u martu"));
    }
    @Test
    void keepsAnEnumerationWithCommasInTheRoleBeforeTheName() {
        List<Attribution> found = bcs.extract(List.of(
                "Ministar rada, mirovinskoga sustava, obitelji i socijalne politike Marin Piletić izjavio je da će "
                        + "naknade rasti.",
                "„Novca ima“, rekao je Marin Piletić, ministar u Vladi."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Marin Piletić", "Ministar rada, mirovinskoga sustava, obitelji i socijalne politike"),
                        tuple("Marin Piletić", "ministar u Vladi"));
    }
    @Test
    void givesTheLedesWordsToTheWitnessNamedNextWithTheDescriptionForRole() {
        List<Attribution> found = bcs.extract(List.of(
                "Bivša službenica SDB-a Hrvatske svjedočila je u utorak pred sudskim vijećem da su dosjei uništeni.",
                "Svjedokinja, koja je svjedočila pod pseudonimom C-7, rekla je da je naredbu dobila usmeno."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::paragraph)
                .containsExactly(
                        tuple("C-7", "Bivša službenica SDB-a Hrvatske", "svjedočila je pred sudskim vijećem", 0),
                        tuple("C-7", "Svjedokinja", "rekla je", 1));
    }
    @Test
    void readsAnUnlistedMacedonianNounOfAPersonByItsDefiniteArticle() {
        List<Attribution> found = macedonian.extract(List.of(
                "Хидрологот Никола Стојанов смета дека нивото на Преспанското Езеро паѓа.",
                "„Ова е најниското ниво во последните десет години“, изјави медицинската сестра Ана Ристова."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Никола Стојанов", "Хидрологот"),
                        tuple("Ана Ристова", "медицинската сестра"));
    }
    @Test
    void readsAnAlbanianRoleOfTwoFieldsAChamberAndABodyDescribedAfterItsName() {
        List<Attribution> found = albanian.extract(List.of(
                "Ministri i Arsimit dhe Sportit Endrit Hoxha deklaroi se shkollat do të hapen në shtator.",
                "Dhoma e Avokatëve e Shqipërisë njoftoi se anëtarët e saj do të bojkotojnë gjykatat.",
                "Mjaft, një shoqatë e të rinjve, tha se protesta do të vazhdojë."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Endrit Hoxha", PERSON, "Ministri i Arsimit dhe Sportit"),
                        tuple("Dhoma e Avokatëve e Shqipërisë", ORGANISATION, null),
                        tuple("Mjaft", ORGANISATION, null));
    }
    @Test
    void readsABodySpeakingFromToWhomAViewAndAnOfficialKnownByPlaceAlone() {
        List<Attribution> found = bcs.extract(List.of(
                "Iz Agencije za lijekove rekli su novinarima da nestašica neće trajati dugo.",
                "Prema mišljenju sociologa Harisa Begovića, mladi odlaze zbog korupcije.",
                "Policajac iz sela Gornji Rahić, koji je želio ostati anoniman, rekao je da patrola dolazi rijetko.",
                "Radnica, koja je željela ostati neimenovana, rekla je da plate kasne.",
                "Službenica općine Centar potvrdila je da su prijave zaprimljene.",
                "Službenik opštine Novi Beograd izjavio je da gradilište nema dozvolu.",
                "Načelnik općine Mladen Grujičić rekao je da škola ostaje otvorena."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Agencija za lijekove", ORGANISATION, null),
                        tuple("Haris Begović", PERSON, "sociolog"),
                        tuple("policajac iz sela Gornji Rahić", ANONYMOUS, null),
                        tuple("radnica", ANONYMOUS, null),
                        tuple("službenica općine Centar", ANONYMOUS, null),
                        tuple("službenik opštine Novi Beograd", ANONYMOUS, null),
                        tuple("Mladen Grujičić", PERSON, "Načelnik općine"));
    }
    @Test
    void readsWhereAnAlbanianSpeakerSaidItBetweenTheVerbAndSeAndLeavesItOutOfTheCue() {
        List<Attribution> found = albanian.extract(List.of(
                "Drejtori i Policisë Gledis Nano deklaroi në një konferencë për shtyp se kontrollet do të shtohen.",
                "Deputetja Jorida Tabaku tha gjatë seancës se buxheti nuk mjafton."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Gledis Nano", "deklaroi", "kontrollet do të shtohen"),
                        tuple("Jorida Tabaku", "tha", "buxheti nuk mjafton"));
    }
    @Test
    void readsAnAcademicTitleBeforeANameSetApartAVerbOfAdmittingAndANameKeptBack() {
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Деканот на факултетот, проф. Гоце Трајков, посочи дека уписот е намален за половина.",
                "Една продавачка од Битола, која не сакаше да го открие своето име, призна дека продава без фискални "
                        + "сметки.",
                "Началникот на одделот, д-р Лидија Ристова, рече дека болницата нема доволно кревети.",
                "Возачот, кој не сакаше да го каже своето име, тврдеше дека патот е затворен."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Šef odjela, dr. Amra Hodžić, izjavila je da bolnica nema dovoljno kreveta."), List.of());

        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Гоце Трајков", PERSON, "Деканот на факултетот"),
                        tuple("една продавачка од Битола", ANONYMOUS, null),
                        tuple("Лидија Ристова", PERSON, "Началникот на одделот"),
                        tuple("возачот", ANONYMOUS, null));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Hodžić", "Šef odjela"));
    }
    @Test
    void endsNoSentenceAtATitlesStopOrAnInitial() {
        assertThat(EuropeanQuoteExtractor.sentences("Govorio je prof. Ivan Horvat. Zatim je M. Dupont otišao. Kraj."))
                .containsExactly("Govorio je prof. Ivan Horvat.", "Zatim je M. Dupont otišao.", "Kraj.");
    }
    @Test
    void readsAsSomeoneSaidWithTheNameAsWrittenAndAsABodySaysFrom() {
        List<Attribution> found = bcs.extract(List.of(
                "Kako je novinarima rekao ministar Nikola Grbić, zakon će biti izmijenjen.",
                "Kako ističu iz Obrtničke komore, majstori odlaze u Njemačku.",
                "Kako je rekao Ivica Kukavica, cijene su porasle."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Nikola Grbić", PERSON, "ministar"),
                        tuple("Obrtnička komora", ORGANISATION, null),
                        tuple("Ivica Kukavica", PERSON, null));
    }
    @Test
    void readsMacedonianAsSaidABodyByItsQuotedNameWhomItToldAndNoAgeForTheRole() {
        List<Attribution> found = macedonian.extract(List.of(
                "Како што рече економистот Марко Тодоров, цените ќе растат.",
                "Граѓанската организација „Отворена држава“ тврди дека законот е лош.",
                "Од Агенцијата за вработување за IWPR изјавија дека работа има.",
                "„Заминувам во Австрија“, вели 31-годишниот Петар Ристов од Куманово."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Марко Тодоров", PERSON, "економистот", "цените ќе растат"),
                        tuple("Отворена држава", ORGANISATION, null, "законот е лош"),
                        tuple("Агенцијата за вработување", ORGANISATION, null, "работа има"),
                        tuple("Петар Ристов", PERSON, "од Куманово", "Заминувам во Австрија"));
    }

    @Test
    void readsTheBroadcastSomethingWasSaidOnBetweenTheVerbAndThat() {
        List<Attribution> french = this.french.extract(List.of(
                "La porte-parole du gouvernement, Awa Diallo, a déclaré à la radio publique que les écoles rouvriraient."),
                List.of());
        List<Attribution> spanish = this.spanish.extract(List.of(
                "El presidente del Senado, Luis Ortega, aseguró en la televisión estatal que la ley será aprobada."),
                List.of());

        assertThat(french).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Awa Diallo", "les écoles rouvriraient"));
        assertThat(spanish).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Luis Ortega", "la ley será aprobada"));
    }

    @Test
    void readsWhomAnAlbanianBodysPeopleToldAndAComplaint() {
        List<Attribution> found = albanian.extract(List.of(
                "Nga Ministria e Arsimit thanë për IWPR se shkollat do të hapen në shtator.",
                "„Nuk kemi ujë prej një jave“, ankohet Fatmir Berisha nga Gjakova."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Ministria e Arsimit", ORGANISATION, null, "thanë për IWPR"),
                        tuple("Fatmir Berisha", PERSON, "nga Gjakova", "ankohet"));
    }

    @Test
    void readsABodyByTheNameInQuotationMarksAfterItsKindInBosnian() {
        List<Attribution> found = bcs.extract(List.of(
                "Ekološko udruženje „Zeleni Neretve“ upozorava da je rijeka zagađena."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Zeleni Neretve", ORGANISATION));
    }

    @Test
    void readsAScientistOrTradeByItsEndingAsTheRoleOpeningTheSentence() {
        List<Attribution> found = bcs.extract(List.of(
                "Политиколог Милан Јовић сматра да избори неће бити фер.",
                "Analitičarka Maja Kos upozorava da su dugovi preveliki.",
                "Ana Marija Kovač kaže da se vraća u Vukovar."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Милан Јовић", "Политиколог"), tuple("Maja Kos", "Analitičarka"),
                        tuple("Ana Marija Kovač", null));
    }

    @Test
    void readsAsSomeoneSaysWithAVerbInThePresentAndTheNameInTheNominative() {
        List<Attribution> found = bcs.extract(List.of(
                "Kako ističe Udruženje poslodavaca, radnika nedostaje u svim granama.",
                "Kako tvrdi Nikola Puljiza, plate neće rasti.",
                "Како наводи Завод за статистику, цене су порасле."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Udruženje poslodavaca", ORGANISATION, null, "radnika nedostaje u svim granama"),
                        tuple("Nikola Puljiza", PERSON, null, "plate neće rasti"),
                        tuple("Завод за статистику", ORGANISATION, null, "цене су порасле"));
    }
    @Test
    void readsABodysPeopleSpeakingInItAndAnOccupationWithItsAdjectivesAfterAccordingTo() {
        List<Attribution> found = bcs.extract(List.of(
                "U Gradskoj upravi za IWPR su rekli da će ulice biti očišćene do zime.",
                "U Ministarstvu zdravstva, rada i socijalne zaštite rekli su da bolnice imaju dovoljno lijekova.",
                "U Tuzli kažu da je zima bila blaga.",
                "Prema rečima mlade novinarke Ane Jovanović, cenzura je sve jača."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Gradska uprava", ORGANISATION, null),
                        tuple("Ministarstvo zdravstva, rada i socijalne zaštite", ORGANISATION, null),
                        tuple("Ana Jovanović", PERSON, "mlada novinarka"));
    }
    @Test
    void readsABodysPeopleSpeakingInItInMacedonianButNoCountry() {
        List<Attribution> found = macedonian.extract(List.of(
                "Во Министерството за здравство велат дека болниците имаат доволно лекови.",
                "Во УНИЦЕФ предупредуваат дека секое трето дете живее во сиромаштија.",
                "Во Скопје велат дека зимата ќе биде блага.",
                "Во САД велат дека санкциите ќе останат."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Министерството за здравство", ORGANISATION), tuple("УНИЦЕФ", ORGANISATION));
    }
    @Test
    void readsWhereItWasSaidBetweenTheVerbAndThat() {
        List<Attribution> found = french.extract(List.of(
                "La préfecture a indiqué dans un communiqué publié lundi que les routes resteraient fermées."),
                List.of());
        List<Attribution> spanishFound = spanish.extract(List.of(
                "La alcaldía de Quito informó en rueda de prensa que el agua volverá el jueves."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Ministar Ivan Horvat rekao je u izjavi da će plaće rasti."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("préfecture", "les routes resteraient fermées"));
        assertThat(spanishFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("alcaldía de Quito", "el agua volverá el jueves"));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ivan Horvat", "će plaće rasti"));
    }
    @Test
    void readsCommonBosnianCroatianAndSerbianShapesOfWhoSaidIt() {
        List<Attribution> found = bcs.extract(List.of(
                "Gradska uprava je u priopćenju navela da će ceste biti očišćene do jutra.",
                "U razgovoru za IWPR Jasmina Kovačević potvrdila je da su plaće kasnile.",
                "Ravnatelj škole dr. Zlatan Begić izjavio je za Hayat da je krov popravljen.",
                "Ekonomistica Ljubinka Babić upozorila je kako bi cijene mogle rasti.",
                "„Ribe više nema“, kaže ribar Josip Marić iz Komiže."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Gradska uprava", ORGANISATION, null),
                        tuple("Jasmina Kovačević", PERSON, null),
                        tuple("Zlatan Begić", PERSON, "Ravnatelj škole"),
                        tuple("Ljubinka Babić", PERSON, "Ekonomistica"),
                        tuple("Josip Marić", PERSON, "ribar"));
    }
    @Test
    void readsWordsBeforeTheirSpeakerWithoutQuotesWhenTheyWereSaidAndWhatWasAsked() {
        List<Attribution> frenchFound = french.extract(List.of(
                "Le maire Paul Kasongo a annoncé jeudi que le marché rouvrirait.",
                "« Pas encore », a répondu Awa Sow, interrogée sur la date du scrutin.",
                "Les écoles resteront fermées jusqu'en mars, a précisé Awa Sow."), List.of());
        List<Attribution> spanishFound = spanish.extract(List.of(
                "El alcalde Raúl Torres anunció ayer que el mercado reabrirá.",
                "Los precios subieron un tercio, explicó Raúl Torres.",
                "\"Todavía no\", dijo Ana Ríos, preguntada sobre la fecha de las elecciones."), List.of());
        List<Attribution> bcsFound = bcs.extract(List.of(
                "Cijene su porasle za trećinu, tvrdi Goran Marić."), List.of());

        assertThat(frenchFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Paul Kasongo", "Le maire", "le marché rouvrirait"),
                        tuple("Awa Sow", null, "Pas encore"),
                        tuple("Awa Sow", null, "Les écoles resteront fermées jusqu'en mars"));
        assertThat(spanishFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Raúl Torres", "El alcalde", "el mercado reabrirá"),
                        tuple("Raúl Torres", null, "Los precios subieron un tercio"),
                        tuple("Ana Ríos", null, "Todavía no"));
        assertThat(bcsFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Goran Marić", "Cijene su porasle za trećinu"));
    }
    @Test
    void readsHowTheWordsWereHadBeforeWhomAndAReflexiveVerbInFrench() {
        List<Attribution> found = french.extract(List.of(
                "Contactée par IWPR, la maire de Bukavu, Aline Mbuyi, a affirmé que les écoles rouvriraient lundi.",
                "La ministre de la Santé, Rose Nzeyimana, a annoncé devant le Parlement que les hôpitaux seraient "
                        + "réquisitionnés.",
                "« Personne ne nous écoute », s'indigne-t-elle."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind)
                .containsExactly(
                        tuple("Aline Mbuyi", "la maire de Bukavu", INDIRECT),
                        tuple("Rose Nzeyimana", "La ministre de la Santé", INDIRECT),
                        tuple("Rose Nzeyimana", null, DIRECT));
    }

    @Test
    void readsAScientistInTheGenitiveAGatheringAndAWhenAfterTheNameADoctorDescribedAndADecimalComma() {
        List<Attribution> found = bcs.extract(List.of(
                "Prema riječima hidrologa Mirsada Hadžića, rijeka raste.",
                "Ministar Nenad Popović jučer je izjavio da cijene neće rasti.",
                "„Nećemo odustati“, rekla je studentica Jovana Ilić na skupu u Novom Sadu.",
                "Doktor Haris Kovač, kardiolog iz Kliničkog centra, upozorio je da pacijenti čekaju mjesecima.",
                "Doktorica Ana Perić rekla je da lijekova nema.",
                "Prema procjeni Svjetske banke, rast od 3,5 posto nije dovoljan."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Mirsad Hadžić", "hidrolog", "rijeka raste"),
                        tuple("Nenad Popović", "Ministar", "cijene neće rasti"),
                        tuple("Jovana Ilić", "studentica", "Nećemo odustati"),
                        tuple("Haris Kovač", "kardiolog iz Kliničkog centra", "pacijenti čekaju mjesecima"),
                        tuple("Ana Perić", "Doktorica", "lijekova nema"),
                        tuple("Svjetska banka", null, "rast od 3,5 posto nije dovoljan"));
    }

    @Test
    void readsAWitnessByPseudonymATrialsSpeechAClauseBeforeWhoAndCyrillicAdjectivesAndNamesInKo() {
        List<Attribution> found = bcs.extract(List.of(
                "Svjedok pod pseudonimom B-7 rekao je da je logor čuvalo dvadeset stražara.",
                "Branilac Ivan Perić je u uvodnoj riječi rekao da dokazi ne postoje.",
                "Gradonačelnik Novog Pazara podnio je ostavku, a ministar Petar Jović rekao je da izbora neće biti.",
                "Prema riječima sudije Branka Ilića, presuda će biti izrečena u petak.",
                "Према подацима Републичког завода за статистику, инфлација је пала."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("B-7", "Svjedok", "je logor čuvalo dvadeset stražara"),
                        tuple("Ivan Perić", "Branilac", "dokazi ne postoje"),
                        tuple("Petar Jović", "ministar", "izbora neće biti"),
                        tuple("Branko Ilić", "sudija", "presuda će biti izrečena u petak"),
                        tuple("Републички завод за статистику", null, "инфлација је пала"));
    }

    @Test
    void givesADoctorWithAnArticleTheDescriptionSetApartAfterTheName() {
        List<Attribution> frenchFound = french.extract(List.of(
                "Le docteur Paul Kasereka, chirurgien à l'hôpital de Goma, affirme que les blessés affluent."),
                List.of());
        List<Attribution> spanishFound = spanish.extract(List.of(
                "La doctora Ana Ríos, pediatra del hospital de Tegucigalpa, dijo que faltan vacunas."), List.of());

        assertThat(frenchFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Paul Kasereka", "chirurgien à l'hôpital de Goma"));
        assertThat(spanishFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Ríos", "pediatra del hospital de Tegucigalpa"));
    }

    @Test
    void readsHowOftenSomethingWasSaidBetweenTheVerbAndThat() {
        List<Attribution> spanishFound = spanish.extract(List.of(
                "La ministra Ana Pérez ha dicho en varias ocasiones que el puerto no se venderá."), List.of());
        List<Attribution> frenchFound = french.extract(List.of(
                "Le maire Jean Dupont a affirmé à plusieurs reprises que la mine fermerait."), List.of());

        assertThat(spanishFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ana Pérez", "el puerto no se venderá"));
        assertThat(frenchFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Jean Dupont", "la mine fermerait"));
    }

    @Test
    void readsAMacedonianWitnessByPseudonymATrialsSpeechAClauseBeforeWhoAndAUnion() {
        List<Attribution> found = macedonian.extract(List.of(
                "Сведокот под псевдоним Ц-4 рече дека стражарите биле вооружени.",
                "Бранителот Марко Петров во завршниот збор изјави дека доказите се лажни.",
                "Собранието донесе закон, а министерката Ана Стојанова изјави дека ќе важи од јануари.",
                "Според Сојузот на синдикати, платите доцнат."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Ц-4", PERSON, "Сведокот"),
                        tuple("Марко Петров", PERSON, "Бранителот"),
                        tuple("Ана Стојанова", PERSON, "министерката"),
                        tuple("Сојузот на синдикати", ORGANISATION, null));
    }

    @Test
    void readsAnAlbanianTrialsOpeningSpeechACommitteeAndAHospital() {
        List<Attribution> found = albanian.extract(List.of(
                "Avokati Agron Berisha në fjalën hyrëse tha se akuza nuk qëndron.",
                "Sipas Komitetit për Mbrojtjen e Gazetarëve, dy gazetarë janë kërcënuar.",
                "Sipas Spitalit Rajonal të Prizrenit, mungojnë barnat."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Agron Berisha", PERSON, "Avokati"),
                        tuple("Komiteti për Mbrojtjen e Gazetarëve", ORGANISATION, null),
                        tuple("Spitali Rajonal i Prizrenit", ORGANISATION, null));
    }

    @Test
    void readsACourtsDesignationADefenceBeforeTheVerbAnAssessmentAndAKindOfADeclinedAcronym() {
        List<Attribution> found = bcs.extract(List.of(
                "Svjedokinja pod oznakom K-3 posvjedočila je da su zatočenici gladovali.",
                "Optuženi Ante Perić je u svojoj obrani naveo da nije bio na bojištu.",
                "Prema oceni Saveta za štampu, broj pritužbi raste.",
                "Iz uprave MUP-a saopštili su da je istraga u toku."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("K-3", PERSON, "Svjedokinja"),
                        tuple("Ante Perić", PERSON, "Optuženi"),
                        tuple("Savet za štampu", ORGANISATION, null),
                        tuple("uprava MUP-a", ORGANISATION, null));
    }

    @Test
    void takesWhoAGerundOfSayingAfterAnotherVerbHasForItsSubject() {
        List<Attribution> found = bcs.extract(List.of(
                "Branilac Marko Perić zatražio je oslobađajuću presudu, naglašavajući da dokazi ne postoje.",
                "Naglašavajući da je istraga trajala deset godina, sudija je odbio zahtjev."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Обвинителката Ана Петрова побара затворска казна, нагласувајќи дека штетата е голема."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Avokati Besnik Hoxha kërkoi lirimin e klientit, duke shtuar se prova nuk ka."), List.of());

        // the gerund that opens a sentence is its subject's, who comes after it: no one quoted before; one written
        // in lower case at a text's start names no one either
        assertThat(bcs.extract(List.of("naglašavajući da je rok istekao."), List.of())).isEmpty();
        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Marko Perić", "Branilac", "dokazi ne postoje"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Петрова", "Обвинителката"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Besnik Hoxha", "Avokati"));
    }

    @Test
    void readsATrialsQuestionsSpeechesAndWhomAJudgeWarned() {
        List<Attribution> found = bcs.extract(List.of(
                "Svjedok odbrane Nikola Babić kazao je da je noć proveo kod kuće.",
                "Na pitanje tužilaštva ko ga je vidio te noći, Babić je odgovorio da se ne sjeća.",
                "Branilac Ivo Lukić u završnom govoru rekao je da optužba nema svjedoka.",
                "Sutkinja Lejla Hadžić upozorila je svjedoka da mora govoriti istinu."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Nikola Babić", "Svjedok odbrane", "je noć proveo kod kuće"),
                        tuple("Nikola Babić", null, "se ne sjeća"),
                        tuple("Ivo Lukić", "Branilac", "optužba nema svjedoka"),
                        tuple("Lejla Hadžić", "Sutkinja", "mora govoriti istinu"));
    }

    @Test
    void readsAMacedonianHearingsQuestionsDefenceAndBench() {
        List<Attribution> found = macedonian.extract(List.of(
                "Сведокот Петар Илиев изјави пред судскиот совет дека парите ги носел во плик.",
                "На прашањето на обвинителот кога го видел пликот, Илиев одговори дека не се сеќава.",
                "Адвокатот Зоран Митев на крајот од рочиштето предупреди дека ќе бара изземање на судијата.",
                "„Никогаш не сум потпишал таков договор“, рече обвинетиот Илија Ристов во својата одбрана."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Петар Илиев", "Сведокот"),
                        tuple("Петар Илиев", null),
                        tuple("Зоран Митев", "Адвокатот"),
                        tuple("Илија Ристов", "обвинетиот"));
    }

    @Test
    void readsAnAlbanianHearingsQuestionsBenchAndLastWord() {
        List<Attribution> found = albanian.extract(List.of(
                "Dëshmitari i mbrojtjes Fatmir Gashi deklaroi para trupit gjykues se nuk e kishte parë të pandehurin.",
                "I pyetur nga prokurori pse nuk e kishte lajmëruar policinë, Gashi u përgjigj se kishte pasur frikë.",
                "„Jam i pafajshëm“, tha i pandehuri Shpend Kastrati në fjalën e tij të fundit."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Fatmir Gashi", "Dëshmitari i mbrojtjes"),
                        tuple("Fatmir Gashi", null),
                        tuple("Shpend Kastrati", "i pandehuri"));
    }

    @Test
    void leavesOutTheEventAfterWhichItWasSaidBetweenTheVerbAndWho() {
        List<Attribution> found = bcs.extract(List.of(
                "„Žalit ćemo se“, rekao je nakon izricanja presude advokat Marko Jurić.",
                "„Правда је спора“, изјавила је после рочишта Јелена Марковић из Комитета правника."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "„Do të ankohemi“, deklaroi pas seancës avokatja Drita Morina."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Marko Jurić", "advokat"),
                        tuple("Јелена Марковић", "из Комитета правника"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Drita Morina", "avokatja"));
    }

    @Test
    void readsACourtsCodeInQuotationMarksWithAClauseAfterIt() {
        List<Attribution> found = bcs.extract(List.of(
                "Svjedok pod pseudonimom „K-17“, koji je bio zatočen u logoru, rekao je da su ih tukli svakodnevno."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("K-17", "Svjedok"));
    }

    @Test
    void takesTheNameSetApartAfterARoleThatSaysWhoseItIs() {
        List<Attribution> found = macedonian.extract(List.of(
                "Според портпаролот на Груевски, Иван Стоилков, обвинението е политичко."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Иван Стоилков", "портпаролот на Груевски"));
    }

    @Test
    void givesASurnameAloneTheFullNameAnEarlierParagraphGaveInAnyCase() {
        List<Attribution> found = bcs.extract(List.of(
                "Pred sudom u Mostaru počelo je suđenje Zoranu Kneževiću.",
                "„Nisam bio tamo“, rekao je optuženi Knežević.",
                "Tužilac Horvat zatražio je strožu kaznu.",
                "„Kazna je preblaga“, rekao je tužilac Horvat."), List.of());

        // what someone is, capitalised before a surname, is no given name
        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Zoran Knežević", "optuženi"), tuple("Horvat", "tužilac"));
    }

    @Test
    void readsWhoWasAskedADefenceACodeNameAndTheWitnessAgain() {
        List<Attribution> found = bcs.extract(List.of(
                "Upitana od sutkinje zašto je šutjela, svjedokinja Lana Perić rekla je da se bojala.",
                "„Bio sam kod kuće“, branio se optuženi Mirko Zec."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Заштитениот сведок со шифра „Ц-9“ изјави дека го видел пренесувањето на парите.",
                "Прашан од одбраната зошто молчел, сведокот одговори дека се плашел за семејството.",
                "Адвокатот Петар Нелков побара ослободување, наведувајќи дека доказите се слаби."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Viktima, Agim Hoxha, i tha gjykatës se ishte kërcënuar.",
                "Pyetur nga avokati pse nuk foli më herët, Hoxha u përgjigj se kishte frikë.",
                "„Nuk kam bërë asgjë“, u mbrojt i akuzuari Ilir Doda.",
                "Prokurorja Elona Meta kërkoi dënimin, duke argumentuar se provat janë të qarta."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lana Perić", "svjedokinja"), tuple("Mirko Zec", "optuženi"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ц-9", "Заштитениот сведок"), tuple("Ц-9", null),
                        tuple("Петар Нелков", "Адвокатот"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Agim Hoxha", "Viktima"), tuple("Agim Hoxha", null),
                        tuple("Ilir Doda", "i akuzuari"), tuple("Elona Meta", "Prokurorja"));
    }

    @Test
    void readsWherePoliticiansSpokeOrPostedAndWhomTheyTold() {
        List<Attribution> found = bcs.extract(List.of(
                "Gradonačelnica Vesna Kovač je tijekom sjednice vijeća rekla da proračun nije dovoljan.",
                "Tokom posjete Mostaru je ministar Haris Delić izjavio da će most biti obnovljen.",
                "„Ovo je sramota“, objavila je na Twitteru zastupnica Lejla Hodžić.",
                "Ministar Petar Babić rekao je okupljenima da gradilište neće biti zatvoreno.",
                "Službenica općine, koja je tražila da joj se ne navede ime, rekla je za IWPR da plata kasni.",
                "Vijećnik Amir Begić je na Facebooku napisao da je sjednica prekinuta."),
                List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Градоначалникот Петре Шилегов на седницата вети дека ќе има нови автобуси."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Ministri Besnik Leka deklaroi në një takim në Durrës se portet do të modernizohen.",
                "Nga Ministria e Shëndetësisë u njoftua se vaksinat kanë mbërritur."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::sourceKind)
                .containsExactly(tuple("Vesna Kovač", "Gradonačelnica", PERSON),
                        tuple("Haris Delić", "ministar", PERSON),
                        tuple("Lejla Hodžić", "zastupnica", PERSON),
                        tuple("Petar Babić", "Ministar", PERSON),
                        tuple("službenica općine", null, ANONYMOUS),
                        tuple("Amir Begić", "Vijećnik", PERSON));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петре Шилегов", "Градоначалникот"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role, Attribution::sourceKind)
                .containsExactly(tuple("Besnik Leka", "Ministri", PERSON),
                        tuple("Ministria e Shëndetësisë", null, ORGANISATION));
    }

    @Test
    void readsAfterWhatAPrimeMinisterSpokeAndAPartysAdjectiveAfterItsName() {
        List<Attribution> found = bcs.extract(List.of(
                "Premijerka Ana Brnabić je poslije sastanka rekla novinarima da dogovor nije postignut."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Sekretari i Partisë Socialiste Taulant Balla deklaroi se votimi do të mbahet të hënën."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Brnabić", "Premijerka"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Taulant Balla", "Sekretari i Partisë Socialiste"));
    }

    @Test
    void readsARelativeBeforeTheNameAnAcronymAfterSipasAndAProtest() {
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Сопругата на загинатиот војник, Ана Трајковска, изјави дека никој не ѝ се јавил."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Sipas OSBE-së, zgjedhjet ishin të qeta.",
                "Kryetari i Sindikatës Agron Leka tha në protestë se pagat janë të ulëta."), List.of());

        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Трајковска", "Сопругата на загинатиот војник"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("OSBE", null), tuple("Agron Leka", "Kryetari i Sindikatës"));
    }

    @Test
    void readsABodysNameJoinedByAndACeremonyAndAnAcronymInTheGenitive() {
        List<Attribution> found = bcs.extract(List.of(
                "Predsjednik Odbora za Bosnu i Hercegovinu Ivan Marić rekao je da sjednica počinje u podne."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Градоначалникот Томислав Стефковски на свеченоста изјави дека мостот е завршен."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Kryeministri Edi Rama tha në ceremoni se porti do të hapet në verë.",
                "Sipas FIFA-s, stadiumi plotëson kushtet."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivan Marić", "Predsjednik Odbora za Bosnu i Hercegovinu"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Томислав Стефковски", "Градоначалникот"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Edi Rama", "Kryeministri"), tuple("FIFA", null));
    }

    @Test
    void readsABodyThatSpeaksThroughItsReportAndABodysNameWithAPreposition() {
        List<Attribution> found = bcs.extract(List.of(
                "U saopćenju Agencije za statistiku navodi se da je nezaposlenost pala."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Во соопштението на Министерството за здравство се наведува дека вакцините пристигнале."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Në raportin e Bankës Botërore thuhet se rritja do të ngadalësohet.",
                "Drejtori i Qendrës për Rininë Agim Doci tha se programi vazhdon.",
                "Sipas Asociacionit të Bankave, kreditë janë rritur."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Agencija za statistiku", ORGANISATION));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Министерството за здравство", ORGANISATION));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Banka Botërore", null), tuple("Agim Doci", "Drejtori i Qendrës për Rininë"),
                        tuple("Asociacioni i Bankave", null));
    }

    @Test
    void readsAnAlbanianAsSaidOpeningAndAPlaceNamedInARole() {
        List<Attribution> found = albanian.extract(List.of(
                "Siç deklaroi drejtori i shkollës Arben Kola, mësimi fillon më një shtator.",
                "Kryetarja e qytetit Korçë Mimoza Dervishi tha se sheshi do të rindërtohet.",
                "Sipas Drejtorisë së Arsimit, shkolla ka 300 nxënës."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("Arben Kola", "drejtori i shkollës", "Siç deklaroi", "mësimi fillon më një shtator"),
                        tuple("Mimoza Dervishi", "Kryetarja e qytetit Korçë", "tha", "sheshi do të rindërtohet"),
                        tuple("Drejtoria e Arsimit", null, "Sipas", "shkolla ka 300 nxënës"));
    }

    @Test
    void readsAReportThatComesAfterTheWordsItGives() {
        List<Attribution> found = bcs.extract(List.of(
                "Broj nezaposlenih mladih smanjio se za petinu, navodi se u saopćenju Zavoda za zapošljavanje."),
                List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Цената на лебот е двојно повисока од пред три години, се наведува во анализата на Сојузот на"
                        + " синдикати."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Numri i turistëve në bregdet u rrit me një të tretën, thuhet në njoftimin e Ministrisë së Turizmit.",
                // too few words before the report to be what it says
                "Kështu, thuhet në raportin e Bankës Botërore."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::kind,
                        Attribution::text)
                .containsExactly(tuple("Zavod za zapošljavanje", ORGANISATION, INDIRECT,
                        "Broj nezaposlenih mladih smanjio se za petinu"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Сојузот на синдикати", "Цената на лебот е двојно повисока од пред три години"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Ministria e Turizmit", "thuhet"));
    }

    @Test
    void readsABodysReportAfterAsItSaysAnOfficeKnownAsABodyAndAWithholdingInThePast() {
        List<Attribution> found = bcs.extract(List.of(
                "Kako stoji u saopćenju Ministarstva zdravstva, broj oboljelih se udvostručio.",
                // neither "as it says" before the report nor a verb of saying after it: no one is reported
                "U izvještaju Udruženja novinara, objavljenom u petak, nema podataka o napadima."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Како што пишува во анализата на Државниот завод за статистика, невработеноста се намалила."),
                List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Siç theksohet në njoftimin e Ministrisë së Shëndetësisë, numri i të sëmurëve është dyfishuar.",
                "Avokati i Popullit deklaroi se policia ka tejkaluar kompetencat.",
                "Motra e një gazetari, e cila kërkoi të mos identifikohej, tha se vëllai i saj merr kërcënime."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Ministarstvo zdravstva", ORGANISATION, "broj oboljelih se udvostručio"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Државниот завод за статистика", ORGANISATION));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministria e Shëndetësisë", ORGANISATION),
                        tuple("Avokati i Popullit", ORGANISATION), tuple("motra e një gazetari", ANONYMOUS));
    }

    @Test
    void readsACentralBanksGovernorBeforeAName() {
        List<Attribution> found = albanian.extract(List.of(
                "Guvernatorja Flutura Hoxha tha se inflacioni po bie."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Flutura Hoxha", "Guvernatorja"));
    }

    @Test
    void learnsAPersonAFeatureOpensWithAndReadsABodysNameInStraightMarksInsideARole() {
        List<Attribution> found = bcs.extract(List.of(
                "U svojoj radionici u Sarajevu, Edin Hodžić kuje bakar već dvadeset godina.",
                "\"Ovo je zanat mog oca\", kaže on.",
                "Direktor fondacije \"Pravo\" Amir Hadžić rekao je da zanati nestaju."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Arkitekti Besnik Hoxha tha se qyteti po ndryshon."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Edin Hodžić", null), tuple("Amir Hadžić", "Direktor fondacije \"Pravo\""));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Besnik Hoxha", "Arkitekti"));
    }

    @Test
    void learnsAPersonWithAnAgeSetApartAndReadsWhatTheyRemember() {
        List<Attribution> found = bcs.extract(List.of(
                "Mirsad Hodžić, 58, peče somune u Travniku.",
                "\"Hljeb se ne može požuriti\", priča on.",
                "Hodžić se sjeća da je pekara nekad radila i noću."), List.of());
        List<Attribution> albanianFound = albanian.extract(List.of(
                "Ilir Gjoka, 45 vjeç, kullot dele në malin e Tomorrit.",
                "Gjoka kujton se dikur kishte dyqind krerë."), List.of());
        List<Attribution> macedonianFound = macedonian.extract(List.of(
                "Марија Ангеловска се сеќава дека пазарот порано бил полн."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Mirsad Hodžić", "priča"), tuple("Mirsad Hodžić", "se sjeća"));
        assertThat(albanianFound).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Ilir Gjoka", "kujton"));
        assertThat(macedonianFound).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Марија Ангеловска", "се сеќава"));
    }
    @Test
    void readsAnOutletsNameAfterItsKindAndTheMediasTradesInBcsAndAlbanian() {
        // a kind of outlet, then its own name, then the person's
        assertThat(bcs.extract(List.of("\"Tiraž pada iz mjeseca u mjesec\", rekao je urednik portala Istinomer Adnan "
                + "Hadžić."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Adnan Hadžić", "urednik portala Istinomer"));
        assertThat(bcs.extract(List.of("Dopisnica Mirela Kovačević rekla je da je studio zatvoren."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mirela Kovačević", "Dopisnica"));
        // more than three capitalised words after "according to" and a role: the last two are the name
        assertThat(bcs.extract(List.of("Prema riječima direktora Zavoda za zapošljavanje Republike Srpske Zorana "
                + "Markovića, popis kasni."), List.of())).extracting(Attribution::source).containsExactly("Zoran Marković");
        assertThat(albanian.extract(List.of("Fotoreporteri Ilir Gashi deklaroi se kamera iu thye në protestë."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ilir Gashi", "Fotoreporteri"));
    }
    @Test
    void readsAStationsNameAfterItsBodysWordBeforeAName() {
        assertThat(albanian.extract(List.of("Drejtori i Televizionit Dukagjini Ilir Berisha deklaroi se sinjali është ndërprerë."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ilir Berisha", "Drejtori i Televizionit Dukagjini"));
        assertThat(bcs.extract(List.of("Montažerka Azra Mehmedović rekla je da je arhiva spašena."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Azra Mehmedović", "Montažerka"));
    }
    @Test
    void keepsABodysOwnNameInTheNominativeInTheRoleBeforeANameInTheGenitive() {
        assertThat(bcs.extract(List.of("Prema riječima direktora turističke zajednice Bjelašnica Mirsada Kovačevića, sezona je "
                + "loša."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mirsad Kovačević", "direktor turističke zajednice Bjelašnica"));
    }

    @Test
    void readsThoseWhoAnswerADisasterAndThoseItStrikesAsRolesInBcs() {
        assertThat(bcs.extract(List.of("Mještanin Edin Karić kaže da je voda odnijela most.",
                "Prema riječima komandanta vatrogasne jedinice Mirsada Hodžića, požar je lokalizovan."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Edin Karić", "Mještanin"),
                        tuple("Mirsad Hodžić", "komandant vatrogasne jedinice"));
    }

    @Test
    void readsALoneNameAfterABodysWordAsTheBodysInAnUnnamedSource() {
        assertThat(bcs.extract(List.of("\"Čekamo dozvolu mjesecima\", rekao je mladi Pakistanac iz prihvatnog centra Blažuj."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("mladi Pakistanac iz prihvatnog centra Blažuj", ANONYMOUS));
        // a given name alone after what someone is stays a person
        assertThat(macedonian.extract(List.of("„Чекаме со месеци“, рече медицинската сестра Ана."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("Ана", PERSON));
    }
    @Test
    void readsHeritagesTradesBeforeANameInAlbanian() {
        assertThat(albanian.extract(List.of("Guida Gent Dervishi deklaroi se afresket janë dëmtuar nga lagështia."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gent Dervishi", "Guida"));
    }

    @Test
    void readsScholarshipsTradesInTheAblativeAfterSipas() {
        assertThat(albanian.extract(List.of("Sipas pedagogut të Akademisë së Arteve, Arta Hoxha, shumë studentë të rinj "
                + "largohen pas diplomimit."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arta Hoxha", "pedagogu i Akademisë së Arteve"));
    }

    @Test
    void readsAuditsTradesBeforeANameInBcs() {
        assertThat(bcs.extract(List.of("Revizorka Amra Delić rekla je da novac za škole nikada nije potrošen."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Delić", "Revizorka"));
    }

    @Test
    void readsACarersTradeBeforeANameInBcs() {
        assertThat(bcs.extract(List.of("Njegovateljica Vesna Ilić kaže da radi dvanaest sati dnevno."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Vesna Ilić", "Njegovateljica"));
    }

    @Test
    void readsACompanysNameWithCapitalsInsideItAsABodyInAlbanianAndBcs() {
        assertThat(albanian.extract(List.of("TransAdriatic deklaroi se gazsjellësi do të zgjerohet."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("TransAdriatic", ORGANISATION));
        assertThat(bcs.extract(List.of("ElektroKrajina je saopštila da struje neće biti do podneva."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("ElektroKrajina", ORGANISATION));
    }

    @Test
    void givesHeOrSheToThePersonLastKnownNotToABodyQuotedSince() {
        assertThat(macedonian.extract(List.of("Портпаролот на болницата Игор Петров изјави дека нема доволно лекари.",
                        "Од Министерството за здравство соопштија дека ќе вработат нови лекари.",
                        "Тој додаде дека пациентите чекаат со месеци."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                        tuple("Игор Петров", PERSON), tuple("Министерството за здравство", ORGANISATION),
                        tuple("Игор Петров", PERSON));
        assertThat(bcs.extract(List.of("Direktorica škole Ana Kovač rekla je da nedostaje učitelja.",
                        "Sindikat prosvjetnih radnika saopćio je da će štrajkati.",
                        "Ona je dodala da je škola bez grijanja."), List.of()))
                .extracting(Attribution::source).containsExactly("Ana Kovač", "Sindikat prosvjetnih radnika",
                        "Ana Kovač");
    }

    @Test
    void readsTheRedCrossAndTheRedCrescentAsBodies() {
        assertThat(bcs.extract(List.of("Prema podacima Crvenog križa, stradalo je dvadeset ljudi.",
                        "Crveni polumjesec je saopćio da je podijelio šatore."), List.of()))
                .extracting(Attribution::source).containsExactly("Crveni križ", "Crveni polumjesec");
        assertThat(macedonian.extract(List.of("Според Црвениот крст, без покрив останаа сто семејства."), List.of()))
                .extracting(Attribution::source).containsExactly("Црвениот крст");
        assertThat(albanian.extract(List.of("Sipas Kryqit të Kuq Shqiptar, qindra familje mbetën pa strehë."),
                List.of())).extracting(Attribution::source).containsExactly("Kryqi i Kuq Shqiptar");
    }

    @Test
    void readsVotingsPeopleBeforeANameInBcsAndAlbanian() {
        assertThat(bcs.extract(List.of("Posmatračica Ana Ilić rekla je da su glasači čekali satima."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ana Ilić", "Posmatračica"));
        assertThat(albanian.extract(List.of("Vëzhguesi Arben Kola deklaroi se votimi ishte i qetë."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Arben Kola", "Vëzhguesi"));
    }

    @Test
    void readsAPersonByAChangedNameWithItsNote() {
        assertThat(bcs.extract(List.of("\"Nisam smjela nikome reći\", kaže Lejla (ime promijenjeno)."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("Lejla", PERSON));
        assertThat(macedonian.extract(List.of("„Се плашев да побарам помош“, вели Ана (името е сменето)."),
                List.of())).extracting(Attribution::source).containsExactly("Ана");
        assertThat(albanian.extract(List.of("\"Kisha frikë të flisja\", tha Drita (emri është ndryshuar)."),
                List.of())).extracting(Attribution::source).containsExactly("Drita");
    }

    @Test
    void readsAMacedonianRoleOpeningWithADefiniteAdjectiveSetApartBeforeTheName() {
        assertThat(macedonian.extract(List.of("Државниот правобранител, Зоран Ристов, изјави дека тужбата е неоснована."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Зоран Ристов", "Државниот правобранител"));
    }

    @Test
    void readsAnAlbanianPersonNamedAgainBySurnameAfterSipas() {
        assertThat(albanian.extract(List.of("Drejtori i spitalit Arben Gashi tha se mungojnë barnat.",
                "Sipas Gashit, pacientët blejnë vetë ilaçet."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Arben Gashi", PERSON, "Drejtori i spitalit"), tuple("Arben Gashi", PERSON, null));
    }

    @Test
    void keepsACommaInsideABodysNameInQuotationMarks() {
        assertThat(bcs.extract(List.of("Udruženje \"Kruh, mlijeko\" saopćilo je da su cijene porasle za petinu."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Kruh, mlijeko", ORGANISATION));
        assertThat(macedonian.extract(List.of("Здружението „Леб, вода“ соопшти дека цените пораснаа."), List.of()))
                .extracting(Attribution::source).containsExactly("Леб, вода");
    }

    @Test
    void readsAPsychiatristBeforeAName() {
        assertThat(bcs.extract(List.of("Psihijatar Dino Hadžić rekao je da su liste čekanja duge."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Dino Hadžić", "Psihijatar"));
        assertThat(macedonian.extract(List.of("Психијатарот Горан Ристов изјави дека клиниката е преполна."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Горан Ристов", "Психијатарот"));
        assertThat(albanian.extract(List.of("Psikiatri Arben Hoxha tha se klinika nuk ka shtretër."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Arben Hoxha", "Psikiatri"));
    }

    @Test
    void readsARegulatoryBodyAndAnAlbanianSurnameInAjAfterSipas() {
        assertThat(bcs.extract(List.of("Nadzorno tijelo za javne nabavke saopćilo je da je tender poništen."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Nadzorno tijelo za javne nabavke", ORGANISATION));
        assertThat(albanian.extract(List.of("Inxhinieri Driton Gjonaj tha se ura është e vjetër.",
                "Sipas Gjonajt, riparimi do të zgjasë një vit."), List.of()))
                .extracting(Attribution::source).containsExactly("Driton Gjonaj", "Driton Gjonaj");
    }

    @Test
    void leavesTheOutletAfterANameOutOfTheName() {
        assertThat(bcs.extract(List.of("\"Niko nam nije odgovorio\", rekla je novinarka Ana Marić iz lista Danas."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Marić", "novinarka"));
        assertThat(macedonian.extract(List.of("„Тиражот паѓа секоја година“, изјави уредникот Марко Петров од весникот "
                + "Нова Македонија."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марко Петров", "уредникот"));
    }

    @Test
    void readsTheOutletInQuotationMarksAfterANameAsNoSource() {
        assertThat(macedonian.extract(List.of("Според новинарот Иван Илиевски од весникот „Нова Македонија“, "
                + "тиражот е преполовен."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Иван Илиевски", "новинарот"));
    }

    @Test
    void leavesAPriestsTitleOfAddressOutOfNameAndRole() {
        assertThat(albanian.extract(List.of("\"Kisha do të rindërtohet\", tha famullitari i Lezhës, At Gjergj Gjini."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gjergj Gjini", "famullitari i Lezhës"));
        assertThat(macedonian.extract(List.of("„Црквата ќе биде обновена“, вели свештеникот, отец Методиј."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Методиј", "свештеникот"));
    }

    @Test
    void givesAWomansNounInGeBackAfterSipasWithTheArticleWrittenIa() {
        assertThat(albanian.extract(List.of("Sipas psikologes Arta Berisha, fëmijët vuajnë nga ankthi."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Arta Berisha", "psikologia"));
    }

    @Test
    void readsAClubAsABody() {
        assertThat(bcs.extract(List.of("Planinarski klub Bjelašnica saopćio je da je staza zatvorena.",
                        "Bosanskohercegovački autoklub upozorio je da su putevi zaleđeni."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                        tuple("Planinarski klub Bjelašnica", ORGANISATION),
                        tuple("Bosanskohercegovački autoklub", ORGANISATION));
    }

    @Test
    void readsARelationSetApartBeforeAGivenNameAsTheRole() {
        assertThat(bcs.extract(List.of("Sestra jednog od rudara, Emina, rekla je da čekaju vijesti."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Emina", "Sestra jednog od rudara"));
        assertThat(albanian.extract(List.of("Gruaja e minatorit, Drita, tha se po presin lajme."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Drita", "Gruaja e minatorit"));
    }

    @Test
    void givesAPersonNamedWithoutWordsTheRoleNamedWithForTheFirstWords() {
        assertThat(macedonian.extract(List.of("Пчеларот Трајко Илиевски чува сто кошници.",
                        "„Медот оваа година е половина од лани“, вели тој.",
                        "Неговата ќерка, Марија, студира во Скопје.",
                        "„Ќе се вратам ако има работа“, рече таа.",
                        "Илиевски вели дека цената паднала."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(
                        tuple("Трајко Илиевски", "Пчеларот"), tuple("Марија", "Неговата ќерка"),
                        tuple("Трајко Илиевски", null));
        // an age in words before the name is no role, nor part of the name
        assertThat(bcs.extract(List.of("Sedamdesetogodišnja Fata Mehić živi sama.", "\"Niko ne dolazi\", kaže ona."),
                List.of())).extracting(Attribution::source, Attribution::role).containsExactly(tuple("Fata Mehić", null));
        assertThat(macedonian.extract(List.of("Седумдесет и двегодишниот Петре Стојанов живее сам.",
                "„Никој не доаѓа“, вели тој."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петре Стојанов", null));
    }

    @Test
    void readsABakersTradeBeforeTheName() {
        assertThat(bcs.extract(List.of("Pekarka Mirsada Kovač rekla je da je brašno poskupjelo."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mirsada Kovač", "Pekarka"));
    }

    @Test
    void learnsAGivenNameWithAnAgeSetApartWithoutWords() {
        assertThat(albanian.extract(List.of("Mjeku Arben Lika tha se qendra është e mbushur.",
                        "Drita, 74 vjeç, vjen këtu çdo ditë.",
                        "\"Këtu nuk jam vetëm\", tha ajo."), List.of()))
                .extracting(Attribution::source).containsExactly("Arben Lika", "Drita");
        // a dateline's date is no age
        assertThat(albanian.extract(List.of("Mjeku Arben Lika tha se qendra është e mbushur.",
                        "Prishtina, 12 shkurt, është e ftohtë.",
                        "\"Këtu nuk jam vetëm\", tha ai."), List.of()))
                .extracting(Attribution::source).containsExactly("Arben Lika", "Arben Lika");
    }

    @Test
    void readsACityBeforeItsNameAsItsAdministration() {
        assertThat(bcs.extract(List.of("Grad Mostar saopćio je da će obnoviti most."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Grad Mostar", ORGANISATION));
        assertThat(macedonian.extract(List.of("Град Битола соопшти дека ќе ги обнови училиштата."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Град Битола", ORGANISATION));
    }

    @Test
    void readsAFerrymansTradeBeforeTheName() {
        assertThat(bcs.extract(List.of("Skeledžija Mujo Hasić rekao je da je rijeka previsoka."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mujo Hasić", "Skeledžija"));
    }

    @Test
    void givesAPronounOrAVerbOfOneSexToAPersonWhoMayBeOfIt() {
        // "rekla je" says a woman: not the man named last, but the nurse before him
        assertThat(bcs.extract(List.of("Medicinska sestra Lejla Mujić radi u ambulanti u Srebrenici.",
                        "Ljekar Haris Delić kaže da lijekova nema već mjesec dana.",
                        "\"Pacijente šaljemo u Tuzlu\", rekla je."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Haris Delić", 1), tuple("Lejla Mujić", 2));
        // "таа" after a man: the woman whose surname says so
        assertThat(macedonian.extract(List.of("Весна Трајковска продава сирење на пазарот во Струмица.",
                        "Пазарниот инспектор Дејан Илиевски вели дека тезгите се без дозвола.",
                        "„Плаќаме закупнина секој месец“, рече таа."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Дејан Илиевски", 1), tuple("Весна Трајковска", 2));
        // "ajo" after a man: the woman whose role's noun says so
        assertThat(albanian.extract(List.of("Infermierja Drita Berisha punon në qendrën shëndetësore prej vitesh.",
                        "Drejtori Agron Gashi thotë se stafi nuk mjafton.",
                        "\"Punojmë dy turne pa pushim\", tha ajo."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Agron Gashi", 1), tuple("Drita Berisha", 2));
    }

    @Test
    void learnsARelationWithoutCommasAndRefersBackByAWomansOrAMansNoun() {
        assertThat(bcs.extract(List.of("Ribar Safet Omerović lovi na Drini četrdeset godina.",
                        "Njegov unuk Dino ide s njim svake subote.",
                        "\"Djed zna gdje je riba\", kaže dječak."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Dino", "Njegov unuk"));
        assertThat(macedonian.extract(List.of("Неговата сопруга Лилјана продава мед на пазар.",
                        "Градоначалникот Зоран Илиевски вели дека пазарот ќе се реновира.",
                        "„Тоа го слушаме секоја година“, рече жената."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Зоран Илиевски", 1), tuple("Лилјана", 2));
        // a trade in "-xhi" before the name, Turkish as many of Albanian's trades are
        assertThat(albanian.extract(List.of("Kafexhiu Agim Leka hap lokalin në pesë të mëngjesit.",
                        "\"Klientët janë të njëjtët prej tridhjetë vjetësh\", thotë ai."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Agim Leka", "Kafexhiu"));
    }

    @Test
    void learnsARelationOrATradeSetApartBeforeAFullName() {
        assertThat(macedonian.extract(List.of("Внуката Ана Николовска ја води продавницата.",
                        "„Работиме без одмор“, вели таа."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ана Николовска", "Внуката"));
        assertThat(bcs.extract(List.of("Snaha Amra Hodžić vodi prodavnicu.", "\"Radimo bez odmora\", kaže ona."),
                List.of())).extracting(Attribution::source, Attribution::role).containsExactly(tuple("Amra Hodžić", "Snaha"));
        assertThat(albanian.extract(List.of("Shoferi i autobusit, Ilir Kola, nis punën në gjashtë.",
                        "Gjyshja e saj, Drita Berisha, pret në stacion.",
                        "\"Rruga është e rrezikshme\", tha ai."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ilir Kola", "Shoferi i autobusit"));
        // a body's name ends in a place's: no surname to decline
        assertThat(albanian.extract(List.of("Sipas Drejtorisë Arsimore Rajonale Durrës, shkollat do të hapen në shtator."),
                List.of())).extracting(Attribution::source).containsExactly("Drejtoria Arsimore Rajonale Durrës");
    }

    @Test
    void learnsARelationAfterAnAdjectiveOrAnAlbanianArticle() {
        assertThat(bcs.extract(List.of("Starija sestra, Emina Kovač, vodi porodičnu pekaru.",
                        "Otac Ibro Kovač kaže da je pekara stara sto godina.",
                        "\"Ja sam tu od djetinjstva\", rekla je."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Ibro Kovač", 1), tuple("Emina Kovač", 2));
        assertThat(albanian.extract(List.of("I biri, Klevis, e ndihmon në dyqan.",
                        "\"Dua të studioj për ekonomi\", tha ai."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Klevis", "I biri"));
    }

    @Test
    void learnsWhatSomeoneIsAfterWhoseAndAFullNameInPassing() {
        assertThat(macedonian.extract(List.of("Нејзината ученичка, Ана Петровска, има седумнаесет години.",
                        "„Сакам да свирам како неа“, рече девојката."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Петровска", "Нејзината ученичка"));
        assertThat(bcs.extract(List.of("U radionici radi i Lejla Hodžić, učenica srednje škole.",
                        "\"Ovdje učim više nego u školi\", rekla je Lejla."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lejla Hodžić", "učenica srednje škole"));
    }

    @Test
    void takesACraftsmanForTheLastPersonNamedByATrade() {
        assertThat(macedonian.extract(List.of("Грнчарот Петре Стојановски ја отвори работилницата во 1985 година.",
                        "Неговата сопруга Верка ги бои садовите.",
                        "„Секој сад е различен“, рече таа.",
                        "Занаетчијата вели дека глината ја носи од Прилеп."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Верка", 2), tuple("Петре Стојановски", 3));
    }

    @Test
    void learnsAWomansNounOfAListedOccupationAndLeavesWhomItWasToldOutOfTheName() {
        assertThat(bcs.extract(List.of("U ambulanti dežura i Mirela Kovač, ljekarka iz Foče.",
                        "\"Nekad primimo stotinu ljudi dnevno\", rekla je Kovač za IWPR."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Mirela Kovač", "ljekarka iz Foče", "rekla je"));
    }

    @Test
    void takesTheYoungManForTheLastManNamed() {
        assertThat(albanian.extract(List.of("Nipi i saj, Arbeni, punon në furrë që në pesë të mëngjesit.",
                        "\"Buka del më e mirë kur fle qyteti\", tha i riu."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arbeni", "Nipi i saj"));
    }

    @Test
    void learnsATradeAndFullNameAfterWhereAndADaughterBySurnameAndWhatSheIs() {
        assertThat(bcs.extract(List.of("U malom mlinu kod Livna, mlinar Josip Barać melje žito već četrdeset godina.",
                        "\"Kamen je stariji od mene\", kaže Barać.",
                        "Baraćeva unuka Ana, studentica agronomije, pomaže mu vikendom.",
                        "\"Djed zna svaki zvuk mlina\", smije se ona."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Josip Barać", "mlinar"), tuple("Ana", "Baraćeva unuka, studentica agronomije"));
    }

    @Test
    void readsANameSetApartFromWhatKindOfBodyItIsAsABody() {
        assertThat(bcs.extract(List.of("Autotrans, privatna kompanija iz Rijeke, saopćio je da će uvesti nove linije."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Autotrans", ORGANISATION));
    }

    @Test
    void takesWhoSomeoneIsSetApartBeforeWhatTheyDoAndTheirNameForTheRole() {
        assertThat(bcs.extract(List.of("Predsjednik udruženja, inženjer Mirza Kovačević, izjavio je da most nije"
                        + " siguran."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mirza Kovačević", "Predsjednik udruženja, inženjer"));
    }

    @Test
    void leavesWhatTheSpeakerDoesMeanwhileOutOfWho() {
        assertThat(albanian.extract(List.of("Mësuesja Lindita Hoxha jep mësim në fshat prej njëzet vjetësh.",
                        "\"Fëmijët vijnë në këmbë nga tre fshatra\", thotë ajo duke buzëqeshur."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lindita Hoxha", "Mësuesja"));
        assertThat(macedonian.extract(List.of("Рибарот Трајче Стојанов лови на Дојранското Езеро четириесет години.",
                        "„Рибата се врати“, вели тој смеејќи се."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Трајче Стојанов", "Рибарот"));
    }

    @Test
    void readsWhereSomeoneIsFromAfterTheNameAndWhoseFiguresTheyAre() {
        assertThat(macedonian.extract(List.of("Професорката Елена Петрова од Медицинскиот факултет вели дека студентите"
                        + " заминуваат во странство.", "Невработеноста е 13 отсто, според мерењата на Државниот завод за статистика."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Елена Петрова", PERSON, "Професорката"),
                        tuple("Државниот завод за статистика", ORGANISATION, null));
    }

    @Test
    void learnsAFullNameOpeningASentenceWithWhatThePersonIsSetApart() {
        assertThat(bcs.extract(List.of("Senada Alić, učiteljica iz Zenice, vodi školu u selu sa sedam učenika.",
                        "\"Dok god ima djece, škola mora raditi\", kaže Alić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Senada Alić", "učiteljica iz Zenice"));
        assertThat(albanian.extract(List.of("Pediatrja Mimoza Hoxha thotë se fëmijët vijnë shumë vonë te mjeku."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mimoza Hoxha", "Pediatrja"));
    }

    @Test
    void readsAnOwnerSetApartBeforeANameAsThePersonsRole() {
        assertThat(albanian.extract(List.of("Pronarja e dyqanit, Mirela Kola, thotë se klientët janë përgjysmuar."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Mirela Kola", PERSON, "Pronarja e dyqanit"));
    }

    @Test
    void learnsAMemberByAnAdjectiveAndANounSetApartBeforeAGivenNameWithItsAgeInWords() {
        assertThat(bcs.extract(List.of("Najstariji član, sedamdesetogodišnji Mirko, još uvijek cijepa drva.",
                        "\"Ovdje sam proveo cijeli život\", rekao je Mirko."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mirko", "Najstariji član"));
        assertThat(bcs.extract(List.of("Glavna kuharica, 52-godišnja Fata, kuha za sve radnike.",
                        "\"Svaki dan skuham sto porcija\", kaže Fata."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Fata", "Glavna kuharica"));
    }

    @Test
    void learnsAPersonNamedInPassingByARelationAndASecondDescriptionByTrade() {
        assertThat(bcs.extract(List.of("U ekipi je i Sanja Perić, majka troje djece, po struci fizioterapeutkinja.",
                        "\"Ovdje nema radnog vremena\", kaže Perić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Sanja Perić", "majka troje djece, po struci fizioterapeutkinja"));
    }

    @Test
    void namesAMunicipalityByItsWordAndItsPlaceWhenItsPeopleSpeak() {
        assertThat(bcs.extract(List.of("Iz opštine Kalesija rekli su da put neće biti popravljen ove godine."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("opština Kalesija", ORGANISATION));
    }

    @Test
    void readsAMacedonianWomansNounOfATradeWithoutTheArticleInADescription() {
        // (the lexicon lists "уредничката" but no "уредникот", and "лекарот" but no "лекарката")
        assertThat(macedonian.extract(List.of("Веста ја објави Елена Ристова, уредничка на локален портал.",
                        "„Никој не ни одговори“, вели таа."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Елена Ристова", "уредничка на локален портал"));
        assertThat(macedonian.extract(List.of("Амбулантата ја води Ана Трајкова, лекарка од Струмица.",
                        "„Пациентите чекаат по три месеци“, вели таа."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Трајкова", "лекарка од Струмица"));
    }

    @Test
    void learnsAGivenNameAfterAnAgeWithARelativeClauseSetApartAfterIt() {
        assertThat(bcs.extract(List.of("Na treningu je i četrnaestogodišnji Haris, koji trenira tek godinu dana.",
                        "\"Želim igrati za reprezentaciju\", kaže dječak."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Haris", "koji trenira tek godinu dana"));
    }

    @Test
    void readsAMacedonianStudentAsWhatSomeoneIsAfterAGivenName() {
        assertThat(macedonian.extract(List.of("Нејзиниот син Марко, студент по право, работи во кафулето.",
                        "Тој вели дека плата од кафулето му ја плаќа киријата."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марко", "Нејзиниот син, студент по право"));
    }

    @Test
    void learnsAPersonNamedInPassingByAnAdjectiveBeforeWhatTheyDo() {
        assertThat(bcs.extract(List.of("U selu je ostao i Marko Perić, bivši rudar.",
                        "\"Jama je zatvorena prije deset godina\", kaže Perić."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Marko Perić", "bivši rudar"));
        // (a Macedonian man's noun without the article, when its definite form is listed)
        assertThat(macedonian.extract(List.of("Амбулантата ја води Игор Петров, поранешен лекар од Битола.",
                        "„Пациентите доаѓаат и од соседните села“, вели тој."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Игор Петров", "поранешен лекар од Битола"));
    }

    @Test
    void readsCivilProtectionAsABodyWhosePeopleSpeak() {
        assertThat(bcs.extract(List.of("Iz Civilne zaštite Kantona Sarajevo rekli su da su putevi prohodni."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Civilna zaštita Kantona Sarajevo", ORGANISATION));
    }

    @Test
    void readsWhoKeepsLivestockBeforeANameAsTheRoleAndSpeakingAfterTheWords() {
        for (String trade : List.of("Stočar", "Stočarka", "Čoban", "Ovčar")) {
            assertThat(bcs.extract(List.of(trade + " Senad Hodžić kaže da je stado manje."), List.of()))
                    .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Senad Hodžić", trade));
        }
        assertThat(bcs.extract(List.of("Stočar Senad Hodžić ima dvjesto ovaca.",
                        "\"Vuk je odnio deset jaganjaca\", govori Hodžić."), List.of()))
                .extracting(Attribution::source, Attribution::cue).containsExactly(tuple("Senad Hodžić", "govori"));
    }

    @Test
    void takesNoPlaceOpeningASentenceAfterAPrepositionForAPersonsName() {
        assertThat(macedonian.extract(List.of("На Зелен пазар во Битола продавачите велат дека цените растат.",
                        "Бесарте Ибраими, која продава цвеќе, вели дека купувачите се помалку.",
                        "„Луѓето купуваат само за празници“, додаде таа."), List.of()))
                .extracting(Attribution::source).containsExactly("Бесарте Ибраими", "Бесарте Ибраими");
    }

    @Test
    void keepsABodysNameAfterItsAcronymAsWritten() {
        assertThat(bcs.extract(List.of("Iz KJKP Toplana rekli su da će grijanje početi u oktobru."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("KJKP Toplana", ORGANISATION));
    }

    @Test
    void readsATradeAndAGivenNameAfterWhomAPersonIsToSomeone() {
        assertThat(macedonian.extract(List.of("Неговиот брат, пекарот Илија, рече дека брашното поскапело."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Илија", "Неговиот брат, пекарот"));
        // (a trade opening the sentence before a given name alone is the role too)
        assertThat(macedonian.extract(List.of("Пекарот Илија рече дека брашното поскапело."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Илија", "Пекарот"));
    }

    @Test
    void readsANetworksOperatorAsABody() {
        assertThat(albanian.extract(List.of("Sipas Operatorit të Sistemit të Transmetimit, rrjeti u rikthye në"
                        + " mesditë."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Operatori i Sistemit të Transmetimit", ORGANISATION));
    }

    @Test
    void readsAnUnlistedBodyAfterSipasInTheNominative() {
        assertThat(albanian.extract(List.of("Sipas Hekurudhës së Shqipërisë, treni i parë do të nisë në maj."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Hekurudha e Shqipërisë", ORGANISATION));
    }

    @Test
    void leavesWhenAfterAPronounOutOfWhoSpeaks() {
        assertThat(macedonian.extract(List.of("Вера Николовска, пејачка од Битола, настапи на свадбата.",
                        "„Публиката беше одлична“, рече таа по концертот."), List.of()))
                .extracting(Attribution::source).containsExactly("Вера Николовска");
    }

    @Test
    void readsWeddingMusiciansAndEthnologistsBeforeANameAsTheRole() {
        assertThat(bcs.extract(List.of("Tamburaš Ivo Perić kaže da je sezona svadbi kratka."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ivo Perić", "Tamburaš"));
        assertThat(macedonian.extract(List.of("Етнологот Никола Стојановски објаснува дека обичајот е стар."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Никола Стојановски", "Етнологот"));
    }

    @Test
    void takesAManForOneByANounOfWhatHeIsThatEndsInAConsonant() {
        assertThat(bcs.extract(List.of("Vozač Vaso Kovač kaže da je cesta zatvorena.",
                        "Penzioner Jova Petrović kaže da čeka od jutra.",
                        "\"Tri dana dolazim\", rekao je on."), List.of()))
                .extracting(Attribution::source).containsExactly("Vaso Kovač", "Jova Petrović", "Jova Petrović");
    }

    @Test
    void takesNoPlaceAfterAPrepositionOfWhereForAPersonsName() {
        assertThat(bcs.extract(List.of("Penzioner Jova Petrović kaže da čeka od jutra.",
                        "Ispred Doma zdravlja u Zenici red je dug.",
                        "\"Tri dana dolazim\", rekao je on."), List.of()))
                .extracting(Attribution::source).containsExactly("Jova Petrović", "Jova Petrović");
    }

    @Test
    void leavesWhereAPersonIsFromAfterTheirTradeAndNameOutOfWhoTheyAre() {
        assertThat(macedonian.extract(List.of("Лекарот Горан Стојанов од болницата во Куманово вели дека лекови нема."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Горан Стојанов", "Лекарот"));
    }

    @Test
    void readsAWidowBeforeAGivenNameAsTheRole() {
        assertThat(macedonian.extract(List.of("Вдовицата Стојна рече дека пензијата не е доволна."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Стојна", "Вдовицата"));
        assertThat(bcs.extract(List.of("Udovica Fata kaže da penzija nije dovoljna."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Fata", "Udovica"));
    }

    @Test
    void readsATradeWithTheTurkishSuffixBeforeANameAsTheRole() {
        assertThat(bcs.extract(List.of("Kujundžija Mehmed Alić kaže da je zlato poskupjelo."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mehmed Alić", "Kujundžija"));
        assertThat(macedonian.extract(List.of("Кафеџијата Сашко Илиевски вели дека кафето поскапе."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Сашко Илиевски", "Кафеџијата"));
    }

    @Test
    void joinsWhomSomeoneIsToAnotherAndWhatIsSetApartAfterTheirNameInTheRole() {
        assertThat(macedonian.extract(List.of("Нејзиниот внук Петар, студент по медицина, вели дека клиниката е преполна."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петар", "Нејзиниот внук, студент по медицина"));
        assertThat(macedonian.extract(List.of("Нејзиниот внук Петар, кој студира медицина, вели дека клиниката е преполна."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Петар", "Нејзиниот внук"));
        assertThat(bcs.extract(List.of("Njen brat Amir, vozač autobusa, rekao je da je cesta zatvorena."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amir", "Njen brat, vozač autobusa"));
    }

    @Test
    void readsWhoseSomeoneIsAndTheirGivenNameSetApartAnAgeBeforeIt() {
        assertThat(macedonian.extract(List.of("Нејзиниот соработник, Бојан, рече дека работата е сезонска."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бојан", "Нејзиниот соработник"));
        assertThat(bcs.extract(List.of("Njen kolega, dvadesetogodišnji Tarik, rekao je da je posao sezonski."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Tarik", "Njen kolega"));
    }

    @Test
    void readsWhatSomeoneIsSetApartBeforeATradeAndAGivenName() {
        assertThat(bcs.extract(List.of("Najmlađi član posade, mornar Ivo, rekao je da je more bilo mirno."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivo", "Najmlađi član posade, mornar"));
        assertThat(macedonian.extract(List.of("Најмладиот член на екипата, морнарот Иво, рече дека морето било мирно."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Иво", "Најмладиот член на екипата, морнарот"));
    }

    @Test
    void readsWhereSomeoneIsFromBeforeTheirGivenNameSetApartAsTheRole() {
        assertThat(bcs.extract(List.of("Stanarka iz Zenice, Fata, rekla je da grijanja nema od petka."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Fata", "Stanarka iz Zenice"));
        assertThat(macedonian.extract(List.of("Патничката од Куманово, Фросина, рече дека возот доцнел два часа."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Фросина", "Патничката од Куманово"));
    }

    @Test
    void joinsARoleBeforeTheNameAndADescriptionAfterItButNotWhereTheyWorkOrAClause() {
        assertThat(macedonian.extract(List.of("Рибарот Анте Периќ, пензионер од Охрид, вели дека рибата е сè помала."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Анте Периќ", "Рибарот, пензионер од Охрид"));
        assertThat(bcs.extract(List.of("Sociolog Ivan Horvat, iz Instituta za društvena istraživanja, kaže da se mladi"
                        + " iseljavaju.",
                        "Krojač Hamid Kovač, čiji je djed otvorio radnju, kaže da posla ima sve manje."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivan Horvat", "Sociolog"), tuple("Hamid Kovač", "Krojač"));
    }

    @Test
    void putsANameInTheGenitiveBeforeWhereThePersonIsFromInTheNominative() {
        assertThat(bcs.extract(List.of("Prema riječima Senade Hodžić iz udruženja Žene ženama, sigurnih kuća je premalo."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Senada Hodžić", "iz udruženja Žene ženama"));
    }

    @Test
    void readsOneOfSomeThenWhatThePersonIsAndTheirGivenNameSetApart() {
        assertThat(bcs.extract(List.of("Jedan od redovnih gostiju, penzioner Ante, kaže da je kafana najjeftinija u gradu."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ante", "Jedan od redovnih gostiju, penzioner"));
    }

    @Test
    void leavesAClauseAfterTheNameOutOfTheRoleAfterADoctorsTitleToo() {
        assertThat(bcs.extract(List.of("Doktorica Amra Hodžić, koja radi na pedijatriji, kaže da je odjel pun.",
                        "Doktorica Selma Kurtić, pulmologinja iz Opće bolnice, kaže da je zrak sve gori."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Hodžić", "Doktorica"), tuple("Selma Kurtić", "pulmologinja iz Opće bolnice"));
    }

    @Test
    void keepsTheCountryOfABodyTheLexiconLacksInTheGenitiveAfterIz() {
        assertThat(bcs.extract(List.of("Iz Telekoma Srbije kažu da kvar nije njihov.",
                        "Iz Plovidbe Crne Gore poručili su da brod kasni."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Telekom Srbije", ORGANISATION), tuple("Plovidba Crne Gore", ORGANISATION));
    }

    @Test
    void makesAGivenNameWithWhatThePersonDoesSetApartWhomAFollowingPronounMeans() {
        assertThat(bcs.extract(List.of("\"Kirija je preskupa\", rekao je Nedim Hodžić.",
                        "Amra, mlada staklarka iz Zenice, zatvara radionicu. \"Nemam kupaca\", kaže ona."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Nedim Hodžić", null), tuple("Amra", "mlada staklarka iz Zenice"));
        assertThat(macedonian.extract(List.of("„Киријата е прескапа“, рече Дејан Трајков.",
                        "Сашка, млада фризерка од Куманово, го затвора салонот. „Немам муштерии“, вели таа."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Дејан Трајков", null), tuple("Сашка", "млада фризерка од Куманово"));
    }

    @Test
    void readsABodyFromWhichWordsComeWhoseFieldsOfTwoWordsAndPlaceFollowItsName() {
        assertThat(bcs.extract(List.of("Iz Ministarstva rada, socijalne politike i povratka Kantona Sarajevo saopćeno"
                        + " je da se isplate kasne."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministarstvo rada, socijalne politike i povratka Kantona Sarajevo",
                        ORGANISATION));
    }

    @Test
    void readsAnUnlistedDescriptionSetApartBeforeAFullNameButNotAWhen() {
        assertThat(bcs.extract(List.of("Restauratorica starih knjiga u Sveučilišnoj knjižnici, Ana Horvat, kaže da"
                        + " papir propada."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Horvat", "Restauratorica starih knjiga u Sveučilišnoj knjižnici"));
        assertThat(bcs.extract(List.of("Prošle sedmice, Ana Horvat, rekla je da papir propada."), List.of()))
                .extracting(Attribution::role).doesNotContain("Prošle sedmice");
    }

    @Test
    void leavesABodysAcronymInParenthesesOutOfItsNameWhenWordsComeFromIt() {
        assertThat(bcs.extract(List.of("Iz Agencije za statistiku (BHAS) saopćeno je da su cijene porasle."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Agencija za statistiku");
        assertThat(macedonian.extract(List.of("Од Државниот завод за статистика (ДЗС) велат дека цените пораснале."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Државниот завод за статистика");
    }

    @Test
    void readsNoticingAsAVerbOfSaying() {
        assertThat(bcs.extract(List.of("Učiteljica Vesna, koja predaje u selu, uočila je da učenika ima sve manje."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Vesna", "Učiteljica"));
    }

    @Test
    void readsAnUnlistedTradeBeforeAFullNameSetApartAfterARole() {
        assertThat(bcs.extract(List.of("Predsjednik udruge, vinogradar Ante Perić, rekao je da je berba kasnila."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ante Perić", "Predsjednik udruge, vinogradar"));
    }

    @Test
    void readsWhoCommandsAUnitBeforeItsPlaceAndAFullName() {
        assertThat(bcs.extract(List.of("Zapovjednica Vatrogasne postrojbe Knina Ana Kovač izjavila je da vozila"
                        + " nedostaje."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Kovač", "Zapovjednica Vatrogasne postrojbe Knina"));
        assertThat(bcs.extract(List.of("Komandir Policijske stanice Bileća Goran Vuković rekao je da patrola kasni."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Goran Vuković", "Komandir Policijske stanice Bileća"));
    }

    @Test
    void readsABodySpeakingInThePluralOfAnyListedVerbInThePresent() {
        assertThat(bcs.extract(List.of("Iz Kantonalne bolnice Zenica napominju da ljekara nema dovoljno.",
                        "Iz Općine Kakanj najavljuju da će most biti popravljen."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Kantonalna bolnica Zenica", ORGANISATION, "napominju"),
                        tuple("Općina Kakanj", ORGANISATION, "najavljuju"));
        assertThat(bcs.extract(List.of("Načelnik Ivan Perić najavljuje da će most biti popravljen."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ivan Perić", "Načelnik"));
        // laughing's plural is also "may": people from a place allowed in say nothing
        assertThat(bcs.extract(List.of("Iz Bosne smiju da uđu samo kamioni s hranom."), List.of())).isEmpty();
    }

    @Test
    void readsAWeaverAsARole() {
        assertThat(bcs.extract(List.of("Tkalja Mira Kos kaže da joj za ćilim treba pola godine."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mira Kos", "Tkalja"));
    }

    @Test
    void leavesHowSomethingIsSaidAfterWhoSaysIt() {
        assertThat(bcs.extract(List.of("Učiteljica Mira Kos kaže da je škola hladna.",
                        "\"Djeca sjede u jaknama\", dodaje ona kroz suze."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Mira Kos", "je škola hladna"), tuple("Mira Kos", "Djeca sjede u jaknama"));
        assertThat(macedonian.extract(List.of("Учителката Мира Кос вели дека училиштето е студено.",
                        "„Децата седат во јакни“, додава таа низ солзи."), List.of()))
                .extracting(Attribution::source).containsExactly("Мира Кос", "Мира Кос");
        assertThat(albanian.extract(List.of("Mësuesja Mira Kosi thotë se shkolla është e ftohtë.",
                        "\"Fëmijët rrinë me xhaketa\", shtoi ajo me zë të ulët."), List.of()))
                .extracting(Attribution::source).containsExactly("Mira Kosi", "Mira Kosi");
    }

    @Test
    void readsAHealthCentreByItsNameInTheNominative() {
        assertThat(bcs.extract(List.of("Iz Doma zdravlja Tešanj rekli su da ljekara nema dovoljno."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Dom zdravlja Tešanj", ORGANISATION));
    }

    @Test
    void readsATradeTheListsLackByItsEndingBeforeANameOpeningASentence() {
        assertThat(bcs.extract(List.of("Spasilac Goran Babić rekao je da je voda hladna."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Goran Babić", "Spasilac"));
        assertThat(bcs.extract(List.of("Mlinar Ivo Perić kaže da je brašna sve manje."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ivo Perić", "Mlinar"));
        // a given name ending as a trade does, before a surname that does not end in "-ić", is a name's
        assertThat(bcs.extract(List.of("Petar Ivan Horvat kaže da je brašna sve manje."), List.of()))
                .extracting(Attribution::source).containsExactly("Petar Ivan Horvat");
    }

    @Test
    void leavesWhenOutOfWhoWhenItOpensTheSentence() {
        assertThat(bcs.extract(List.of("Prošlog mjeseca, Goran Babić, ribar iz Neuma, rekao je da ribe nema."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Goran Babić", "ribar iz Neuma"));
        assertThat(bcs.extract(List.of("U petak je Goran Babić, ribar iz Neuma, izjavio da ribe nema."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Goran Babić", "ribar iz Neuma"));
        assertThat(macedonian.extract(List.of("Минатиот месец, Горан Бабиќ, рибар од Струга, изјави дека риба нема."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Горан Бабиќ", "рибар од Струга"));
        assertThat(albanian.extract(List.of("Vitin e kaluar, Gëzim Hoxha, peshkatar nga Durrësi, tha se peshk nuk ka."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gëzim Hoxha", "peshkatar nga Durrësi"));
    }

    @Test
    void readsAdmittingAndABodysPlaceAfterItsDeclinedAcronym() {
        assertThat(bcs.extract(List.of("Vozačica Mira Kos priznala je da je vozila prebrzo."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mira Kos", "Vozačica"));
        assertThat(bcs.extract(List.of("Kako kaže direktor JKP-a Mostar Emir Kapić, vode će biti do jeseni."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Emir Kapić", "direktor JKP-a Mostar"));
    }

    @Test
    void readsABodysAcronymAndItsNameBeforeAPersonsName() {
        assertThat(bcs.extract(List.of("Direktor JP Vodovod Mira Kos izjavila je da vode ima dovoljno."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mira Kos", "Direktor JP Vodovod"));
    }

    @Test
    void takesTheQuotedNameAfterAnUnlistedKindOfBodyPeopleSpeakFrom() {
        assertThat(macedonian.extract(List.of("Од пекарницата „Жито“ велат дека лебот нема да поскапи."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Жито", ORGANISATION));
        assertThat(bcs.extract(List.of("Iz mljekare \"Bijeli Potok\" kažu da će cijena mlijeka rasti."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Bijeli Potok", ORGANISATION));
    }

    @Test
    void leavesOutHowSomethingIsSaidStandingAloneAfterTheVerb() {
        assertThat(macedonian.extract(List.of("Зоран Илиев вели дека реката е чиста.",
                        "„Рибите се вратија по триесет години“, додава низ солзи."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Зоран Илиев", INDIRECT), tuple("Зоран Илиев", DIRECT));
        assertThat(albanian.extract(List.of("Drita Kola tha se lumi është i pastër.",
                        "\"Peshqit u kthyen pas tridhjetë vjetësh\", shtoi me buzëqeshje."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Drita Kola", INDIRECT), tuple("Drita Kola", DIRECT));
    }

    @Test
    void readsAnOfficeNamedWithoutItsHolderAsAnUnnamedSource() {
        assertThat(bcs.extract(List.of("Načelnik općine izjavio je da će škola biti obnovljena."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Načelnik općine", ANONYMOUS));
        assertThat(macedonian.extract(List.of("Министерот за образование, наука и спорт рече дека училиштето ќе биде "
                        + "обновено."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Министерот за образование, наука и спорт", ANONYMOUS));
    }

    @Test
    void takesTheQuotedNameAfterABodysKindPeopleSpeakIn() {
        assertThat(macedonian.extract(List.of("Во здружението „Зелена иднина“ велат дека воздухот е загаден."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Зелена иднина", ORGANISATION));
    }

    @Test
    void readsWhoSpeaksAfterTheWordsWithAnOrdinalsDotInWhatTheyAre() {
        assertThat(macedonian.extract(List.of("„Пазарот е празен“, вели Стојан Илиев, кој продава овошје од 1992. година."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Стојан Илиев", "кој продава овошје од 1992. година"));
    }

    @Test
    void readsAnAlbanianTradeInArOpeningTheSentenceAsTheRole() {
        assertThat(albanian.extract(List.of("Këpucari Arben Leka tha se lëkura është shtrenjtuar."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arben Leka", "Këpucari"));
    }

    @Test
    void readsAnAlbanianNounOfAPersonInOrOpeningTheSentenceAsTheRole() {
        assertThat(albanian.extract(List.of("Bashkëbanori Gentian Meta tha se uji mungon prej një jave."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Gentian Meta", "Bashkëbanori"));
    }

    @Test
    void readsAConductorAndASopranoOpeningTheSentenceAsTheRole() {
        assertThat(bcs.extract(List.of("Dirigentica Lejla Kovač kaže da orkestru nedostaju violinisti."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lejla Kovač", "Dirigentica"));
        assertThat(albanian.extract(List.of("Soprano Elira Dushku tha se opera ka nevojë për skenë të re."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Elira Dushku", "Soprano"));
    }

    @Test
    void leavesOutPrideAfterWhoSpeaks() {
        assertThat(macedonian.extract(List.of("Зоран Илиев вели дека хорот ќе пее во Рим.",
                        "„Ова е најголемиот успех“, додава тој со гордост."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Зоран Илиев", INDIRECT), tuple("Зоран Илиев", DIRECT));
    }

    @Test
    void readsJokingAsAVerbOfSaying() {
        assertThat(macedonian.extract(List.of("„Рибите ме знаат по име“, се пошегува рибарот Јован Петров."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Јован Петров", "рибарот"));
    }

    @Test
    void leavesOutAJokeAfterWhoSpeaks() {
        assertThat(albanian.extract(List.of("Dritan Kola tha se dyqani është plot.",
                        "\"Klientët paguajnë me borxh\", tha ai me shaka."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Dritan Kola", INDIRECT), tuple("Dritan Kola", DIRECT));
        assertThat(bcs.extract(List.of("Senad Begić kaže da je radnja puna.",
                        "\"Kupci plaćaju na dug\", rekao je on kroz šalu."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Senad Begić", INDIRECT), tuple("Senad Begić", DIRECT));
    }

    @Test
    void keepsAClauseThatWithholdsNothingInAnUnnamedSourcesDescription() {
        assertThat(albanian.extract(List.of(
                        "Një shitëse e tregut që punon aty prej njëzet vjetësh tha se klientët janë pakësuar."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("një shitëse e tregut që punon aty prej njëzet vjetësh", ANONYMOUS));
    }

    @Test
    void leavesAfterWhatItWasSaidOutOfTheAlbanianCue() {
        assertThat(albanian.extract(List.of(
                        "Kryetari i klubit, Artan Hoxha, tha pas mbledhjes se buxheti do të rritet."), List.of()))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Artan Hoxha", "tha", "buxheti do të rritet"));
    }

    @Test
    void readsAnAcronymInItsCaseAsTheBodysName() {
        assertThat(bcs.extract(List.of("Iz OSCE-a Bosne i Hercegovine poručili su da će posmatrači pratiti izbore."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("OSCE Bosne i Hercegovine", ORGANISATION));
    }

    @Test
    void readsAnAlbanianAcrobatBeforeAFullNameAsTheRole() {
        assertThat(albanian.extract(List.of("Akrobati Ilir Hoxha tha se trupa do të shkojë në Itali."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ilir Hoxha", "Akrobati"));
    }

    @Test
    void leavesOutHowItWasSaidBeforeTheVerbOrBeforeWhoAfterAQuote() {
        assertThat(bcs.extract(List.of("Trener Ivan Marić kaže da je ekipa spremna.",
                        "\"Nismo odustali\", tiho kaže Marić.", "\"Idemo dalje\", dodaje hrabro Marić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivan Marić", "Trener"), tuple("Ivan Marić", null), tuple("Ivan Marić", null));
        assertThat(bcs.extract(List.of("\"Idemo dalje\", kaže tiho Ivan Marić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivan Marić", null));
        assertThat(macedonian.extract(List.of("Тренерот Марко Петров изјави дека екипата е спремна.",
                        "„Не се откажуваме“, гордо рече Петров."), List.of()))
                .extracting(Attribution::source)
                .containsExactly("Марко Петров", "Марко Петров");
    }

    @Test
    void readsAMacedonianArtistBeforeAFullNameAsTheRole() {
        assertThat(macedonian.extract(List.of("Уметницата Ана Трајкова вели дека изложбата ќе биде во март."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Трајкова", "Уметницата"));
    }

    @Test
    void readsAWomansTradeInLjaBeforeAFullNameAsTheRole() {
        assertThat(bcs.extract(List.of("Prelja Ružica Marković kaže da vunu više niko ne kupuje."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ružica Marković", "Prelja"));
    }

    @Test
    void readsAMacedonianWomansNounInItsaWithTheArticleAsTheRoleButNotABodys() {
        assertThat(macedonian.extract(List.of("Певицата Ана Трајкова вели дека концертот е распродаден."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ана Трајкова", "Певицата"));
        assertThat(macedonian.extract(List.of("Болницата Свети Наум соопшти дека одделот е затворен."), List.of()))
                .extracting(Attribution::sourceKind)
                .doesNotContain(PERSON);
    }

    @Test
    void readsAWomansNounOfOneInTorBeforeAFullNameAsTheRole() {
        assertThat(bcs.extract(List.of("Animatorica Lejla Hadžić kaže da djeca najviše vole radionice."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Lejla Hadžić", "Animatorica"));
    }

    @Test
    void readsWhomOrWhereItWasSaidAfterWhoFollowingAQuote() {
        assertThat(bcs.extract(List.of("Svjedokinja Amra Hodžić opisala je noć napada.",
                        "\"Vrata su bila razbijena\", rekla je Hodžić pred vijećem."), List.of()))
                .extracting(Attribution::source).containsExactly("Amra Hodžić");
        assertThat(macedonian.extract(List.of("Сведокот Горан Илиевски го опиша настанот.",
                        "„Вратата беше скршена“, рече Илиевски пред судијата."), List.of()))
                .extracting(Attribution::source).containsExactly("Горан Илиевски");
    }

    @Test
    void readsAMacedonianParticipleMadeANounBeforeANameAsTheRole() {
        assertThat(macedonian.extract(List.of("Осудениот Петар Маркоски вели дека ќе се жали."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петар Маркоски", "Осудениот"));
    }

    @Test
    void learnsAFullNameAfterWhereTheSentenceOpens() {
        assertThat(bcs.extract(List.of("U Banjoj Luci Goran Vasić popravlja stare satove.",
                        "\"Svaki sat ima svoju priču\", kaže Vasić."), List.of()))
                .extracting(Attribution::source).containsExactly("Goran Vasić");
        assertThat(bcs.extract(List.of("U Tuzli Goran Vasić popravlja stare satove.",
                        "\"Svaki sat ima svoju priču\", kaže Vasić."), List.of()))
                .extracting(Attribution::source).containsExactly("Goran Vasić");
    }

    @Test
    void leavesAMacedonianHearingAfterTheNameOutOfWho() {
        assertThat(macedonian.extract(List.of("Адвокатот Игор Петков по рочиштето изјави дека ќе бара одложување."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Игор Петков", "Адвокатот"));
    }

    @Test
    void givesATradeOpeningASentenceToThePersonNamedJustBeforeIt() {
        // a woman's trade, for the woman named without words; a trade and an age, in Albanian
        assertThat(bcs.extract(List.of("U Zenici Amra Softić šije svadbene haljine.",
                        "Krojačica kaže da ljeti ne stigne ispuniti sve narudžbe."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Softić", "Krojačica"));
        assertThat(albanian.extract(List.of("Dritan Gjoka pjek bukë në furrën e gjyshit.",
                        "Furrtari 52-vjeçar rrëfen se mielli është shtrenjtuar."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Dritan Gjoka", "Furrtari 52-vjeçar"));
        assertThat(bcs.extract(List.of("U Zenici Amra Softić šije svadbene haljine.",
                        "\"Narudžbi je sve više\", kaže krojačica."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amra Softić", "krojačica"));
        // the trade the person was named with, again
        assertThat(bcs.extract(List.of("Bravar Senad Mehić radi u istoj radionici trideset godina.",
                        "\"Ključeve danas niko ne popravlja\", kaže Senad.",
                        "Bravar kaže da mu posla ne nedostaje."), List.of()))
                .extracting(Attribution::source).containsExactly("Senad Mehić", "Senad Mehić");
    }

    @Test
    void givesATradeOpeningASentenceToNobodyWhenItIsASurnameOrTheSexOrTheWordsAreOthers() {
        // the surname of the man named before; a man's trade after a woman; a trade after the woman has spoken
        assertThat(bcs.extract(List.of("Emina Tesar radi u pekari na Ilidži.", "Tesar kaže da je brašno poskupjelo."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Emina Tesar", null));
        assertThat(bcs.extract(List.of("Emina Hadžić radi u pekari na Ilidži.", "Pekar kaže da je brašno poskupjelo."),
                List.of())).isEmpty();
        assertThat(bcs.extract(List.of("Emina Hadžić radi u pekari na Ilidži.", "\"Ustajem u tri\", kaže Hadžić.",
                "Pekarka kaže da je brašno poskupjelo."), List.of()))
                .extracting(Attribution::source).containsExactly("Emina Hadžić");
    }

    @Test
    void learnsAnAlbanianRoleOpenedByItsArticleBeforeAFullName() {
        assertThat(albanian.extract(List.of("Prokurorja Elda Hoxha kërkoi dhjetë vjet burg.",
                        "I akuzuari Besnik Dervishi nuk foli gjatë seancës.",
                        "\"Jam i pafajshëm\", tha ai pas seancës."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Besnik Dervishi", "I akuzuari"));
    }

    @Test
    void readsAPupilInTheFinalYearBeforeAFullNameAsTheRole() {
        assertThat(bcs.extract(List.of("Maturantica Selma Hodžić uči za prijemni ispit po šest sati dnevno.",
                        "Kaže da ne želi studirati u inostranstvu."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Selma Hodžić", "Maturantica"));
    }

    @Test
    void learnsAGivenNameSetApartAfterAnAdjectiveAPersonsNounAndOfWhat() {
        assertThat(bcs.extract(List.of("Bivši zatvorenik logora, šezdesetogodišnji Esad, svake godine dolazi na "
                        + "komemoraciju.", "Kaže da ne može zaboraviti glad."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Esad", "Bivši zatvorenik logora"));
    }

    @Test
    void readsTheAlbanianPresentOfPuttingItInWordsAsAVerbOfSaying() {
        assertThat(albanian.extract(List.of("\"Toka nuk jep më si dikur\", shprehet bujku Fatmir Meta."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Fatmir Meta", "shprehet"));
    }

    @Test
    void readsAPhysicianNamedByTheGreekEndingBeforeAFullNameAsTheRole() {
        assertThat(bcs.extract(List.of("Fizijatrica Amela Delić iz Kliničkog centra kaže da čeka šest mjeseci na "
                        + "aparat."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amela Delić", "Fizijatrica"));
    }

    @Test
    void readsTheAlbanianVerbOfAskingAfterAQuestionQuoted() {
        assertThat(albanian.extract(List.of("\"Kush do t'i paguajë dëmet?\", pyeti fermeri Ilir Hasa."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Ilir Hasa", "pyeti"));
    }

    @Test
    void readsAGivenNameAfterAnAgeSetApartAfterOneOfAGroup() {
        assertThat(bcs.extract(List.of("Jedna od stanarki, osamdesetogodišnja Hasija, kaže da lift ne radi od ljeta."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Hasija", "Jedna od stanarki"));
    }

    @Test
    void readsAKioskKeeperBeforeAFullNameAsTheRole() {
        assertThat(bcs.extract(List.of("Trafikant Zoran Babić kaže da novine kupuju samo penzioneri."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Zoran Babić", "Trafikant"));
    }

    @Test
    void readsABodysWrittenReplyAsWhereItWasSaidAndStatingAsSaying() {
        assertThat(macedonian.extract(List.of(
                        "Министерството за култура во писмениот одговор до IWPR наведе дека средствата се обезбедени."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Министерството за култура", ORGANISATION, "средствата се обезбедени"));
        assertThat(macedonian.extract(List.of("Од Градот наведоа дека пазарот ќе биде отворен во мај."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Градот", "пазарот ќе биде отворен во мај"));
        assertThat(bcs.extract(List.of(
                        "Ministarstvo zdravstva u pisanom odgovoru navodi da novih radnih mjesta neće biti."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ministarstvo zdravstva", ORGANISATION));
    }

    @Test
    void leavesWhatTheSpeakerDoesMeanwhileAfterTheNameOutOfTheRole() {
        assertThat(bcs.extract(List.of("Pekaru u Tuzli vodi Selma Hodžić.",
                        "\"Kruh se peče od četiri ujutro\", kaže Selma Hodžić, dok vadi tepsiju iz peći."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Selma Hodžić", null));
        assertThat(albanian.extract(List.of(
                        "\"Buka e tregut më mungon\", thotë Agim Hoxha, shitës në pazar, ndërsa rregullon tezgën."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Agim Hoxha", "shitës në pazar"));
        assertThat(macedonian.extract(List.of("„Овој занает изумира“, вели Горан Трајков, додека ги реди чевлите."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Горан Трајков", null));
    }

    @Test
    void learnsAFullNameBeforeAPresentTenseInsideASentence() {
        assertThat(bcs.extract(List.of("Pekaru na kraju Ferhadije Emina Begić drži od rata.",
                        "Ona kaže da je brašno poskupjelo za trećinu."), List.of()))
                .extracting(Attribution::source).containsExactly("Emina Begić");
        assertThat(bcs.extract(List.of("Ključar Senad Kovač radi od rata.",
                        "Radnju u Donjem Vakufu drži od 1995. godine.",
                        "On ističe da turisti sve češće gube ključeve."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Senad Kovač", "Ključar"));
    }

    @Test
    void learnsAFullNameBeforeAPastTenseInsideASentence() {
        assertThat(bcs.extract(List.of("Radnju na uglu Titove ulice Mirsad Kovačević otvorio je prije dvadeset godina.",
                        "\"Tada je bilo lakše\", kaže Kovačević."), List.of()))
                .extracting(Attribution::source, Attribution::kind)
                .containsExactly(tuple("Mirsad Kovačević", DIRECT));
        // a body before the past tense is no person
        assertThat(bcs.extract(List.of("Most na Drini Općina Višegrad obnovila je prošle godine.",
                        "\"Radovi su završeni na vrijeme\", rekla je."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .doesNotContain(tuple("Općina Višegrad", PERSON));
        // a place after a preposition is no subject, and "she" is still the woman named before it
        assertThat(bcs.extract(List.of("Pekarka Selma Hodžić peče kruh od četiri ujutro.",
                        "Pekaru u Banja Luci otvorila je prije rata.",
                        "Prošle godine u Donjem Vakufu otvorila je još jednu.",
                        "\"Tada je bilo lakše\", kaže ona."), List.of()))
                .extracting(Attribution::source).containsExactly("Selma Hodžić");
    }

    @Test
    void readsAnAlbanianPublicEnterpriseOrUtilityAsABody() {
        assertThat(albanian.extract(List.of(
                        "Ndërmarrja Publike e Pastrimit Tiranë njoftoi se kamionët e rinj do të vijnë në mars.",
                        "Ujësjellësi i Durrësit deklaroi se uji do të vijë 24 orë."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Ndërmarrja Publike e Pastrimit Tiranë", ORGANISATION),
                        tuple("Ujësjellësi i Durrësit", ORGANISATION));
    }

    @Test
    void readsAMasterAsTheCraftsmanNamedBefore() {
        assertThat(macedonian.extract(List.of("Чевларот Петре Стојанов поправа чевли во Прилеп.",
                        "„Кожата денес не е како порано“, вели мајсторот."), List.of()))
                .extracting(Attribution::source).containsExactly("Петре Стојанов");
        assertThat(albanian.extract(List.of("Këpucari Arben Hoxha punon në Pazarin e Vjetër.",
                        "\"Lëkura sot nuk është si dikur\", thotë mjeshtri."), List.of()))
                .extracting(Attribution::source).containsExactly("Arben Hoxha");
    }

    @Test
    void learnsAFullNameInTheGenitiveAfterARelation() {
        assertThat(bcs.extract(List.of("Pekaru u Travniku otvorio je otac Mirsada Kovačevića 1970. godine.",
                        "Mirsad kaže da kruh peku po istom receptu."), List.of()))
                .extracting(Attribution::source).containsExactly("Mirsad Kovačević");
    }

    @Test
    void readsATradeAfterTheWordsAsThePersonNamedWithoutARoleAndQuotedBefore() {
        assertThat(albanian.extract(List.of("Në dyqanin e tij në Prizren, Besnik Krasniqi riparon kolltuqe.",
                        "Ai thotë se klientët janë pakësuar.", "\"Askush nuk paguan më për cilësi\", shton tapiceri."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Besnik Krasniqi", null), tuple("Besnik Krasniqi", null));
    }

    @Test
    void readsTheElderOrTheYoungerSetApartBeforeAGivenNameAsTheRole() {
        assertThat(macedonian.extract(List.of("Помладиот, Никола, вели дека работат и викенд."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Никола", "Помладиот"));
        assertThat(bcs.extract(List.of("Starija, Lejla, kaže da posla ima dovoljno."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Lejla", "Starija"));
    }

    @Test
    void learnsAWomansFullNameInTheAlbanianGenitiveAfterWhatIsHers() {
        assertThat(albanian.extract(List.of("Furra e Mimoza Hoxhës në Elbasan hapet në pesë të mëngjesit.",
                        "Hoxha thotë se mielli është shtrenjtuar."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Mimoza Hoxha", null));
    }

    @Test
    void learnsWhoseAThingIsInMacedonianByASurnamesEnding() {
        assertThat(macedonian.extract(List.of("Фурната на Благој Трајковски во Штип работи од 1980 година.",
                        "„Лебот го печеме на дрва“, раскажува Трајковски."), List.of()))
                .extracting(Attribution::source).containsExactly("Благој Трајковски");
        // a place's name after "на" is nobody's
        assertThat(macedonian.extract(List.of("Фурната на Плоштад Слобода работи од 1980 година.",
                        "„Лебот го печеме на дрва“, раскажува Слобода."), List.of()))
                .extracting(Attribution::source).doesNotContain("Плоштад Слобода");
    }

    @Test
    void learnsAMansFullNameInTheGenitiveAfterAPrepositionThatGovernsIt() {
        assertThat(bcs.extract(List.of("Najbolji ćevapi u Travniku jedu se kod Muje Kovačevića.",
                        "\"Meso kupujemo samo od domaćih uzgajivača\", kaže Kovačević."), List.of()))
                .extracting(Attribution::source).containsExactly("Mujo Kovačević");
        assertThat(bcs.extract(List.of("Drva se u selu kupuju od Damira Jurića.",
                        "\"Bukve je sve manje\", kaže Jurić."), List.of()))
                .extracting(Attribution::source).containsExactly("Damir Jurić");
        // a place's name after the preposition is nobody's
        assertThat(bcs.extract(List.of("Kamioni s drvima voze se do Slavonskog Broda.",
                        "\"Bukve je sve manje\", kaže on."), List.of()))
                .extracting(Attribution::source).isEmpty();
    }

    @Test
    void learnsAnAlbanianRelationAndGivenNameInsideASentenceAndTheNameWithItsArticle() {
        assertThat(albanian.extract(List.of("Në treg të Korçës, Agron Dedja dhe djali i tij Erion shesin mjaltë.",
                        "Erioni thotë se çmimi është rritur me një të tretën."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Erion", "djali i tij"));
    }

    @Test
    void readsASurnameAloneAsThePersonAnEarlierParagraphNamedInFullInsideASentence() {
        assertThat(macedonian.extract(List.of("Во стариот дел на Струга, мрежите ги плете Зоран Талевски, кој е рибар.",
                        "„Јагулата ја нема веќе“, вели Талевски."), List.of()))
                .extracting(Attribution::source).containsExactly("Зоран Талевски");
        // a surname opening a sentence that reports no words is that person too, whom "on" refers to next
        assertThat(bcs.extract(List.of("U staroj čaršiji u Mostaru bakrene posude kuje Adnan Hadžiomerović.",
                        "Hadžiomerović je zanat naučio od djeda.", "\"Turisti kupuju samo male fildžane\", kaže on."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Adnan Hadžiomerović");
        // not a name that opened a sentence, where any word is capitalised
        assertThat(bcs.extract(List.of("\"Tada Hadžiomerović nije bio u Mostaru\", kaže Amra Kovač.",
                        "\"Turisti kupuju samo male fildžane\", kaže Hadžiomerović."), List.of()))
                .extracting(Attribution::source).doesNotContain("Tada Hadžiomerović");
    }

    @Test
    void learnsBrothersOrSistersNamedTogetherBeforeTheSurnameTheyShare() {
        assertThat(bcs.extract(List.of("Pekaru u Zenici danas vode braća Emir i Edin Begić.",
                        "\"Hljeb pečemo od četiri ujutro\", kaže Edin."), List.of()))
                .extracting(Attribution::source).containsExactly("Edin Begić");
        assertThat(macedonian.extract(List.of("Пекарата во Кичево ја водат сестрите Ана и Марија Стојанова.",
                        "„Лебот го месиме рачно“, вели Ана."), List.of()))
                .extracting(Attribution::source).containsExactly("Ана Стојанова");
    }

    @Test
    void learnsAPersonNamedInPassingByAListedGivenNameInsideASentence() {
        assertThat(albanian.extract(List.of("Tregu i peshkut hapet herët, dhe Arta Lika shet aty që nga viti 2005.",
                        "\"Peshku i freskët mbaron shpejt\", thotë ajo."), List.of()))
                .extracting(Attribution::source).containsExactly("Arta Lika");
        // a woman's name in the genitive, and a man's before a verb, in the nominative
        assertThat(bcs.extract(List.of("Uz kapiju je i tezga Amine Begić.", "\"Sir je poskupio\", kaže ona."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Amina Begić");
        assertThat(bcs.extract(List.of("Na pijaci u Tuzli tezga Ivana Horvata stoji uz samu kapiju.",
                        "Horvat kaže da je sir poskupio."), List.of()))
                .extracting(Attribution::source).containsExactly("Ivan Horvat");
        // (where, a preposition and a place set apart before a clause, is no name)
        assertThat(macedonian.extract(List.of("Во Струга, каде чамецот е главно превозно средство, Горан Стојков поправа чамци.",
                        "Тој вели дека дрвото го купува од Албанија.", "„Чамецот трае цел живот“, се смее Стојков."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Горан Стојков", "Горан Стојков");
    }

    @Test
    void learnsNoPersonNamedInPassingWhenTheSentenceTellsOfThePersonBeforeOrOfANamesake() {
        for (String sentence : List.of("Prije pet godina ona je radnju kupila od Amine Begić.", "Radnja je u ulici Nade Dimić.",
                "U radnji svaki dan sjede Amina Begić i Nada Dimić.", "Radnju je Kovač prodala Amina Begić.")) {
            assertThat(bcs.extract(List.of("Lejla Kovač drži radnju u Bihaću.", sentence,
                            "\"Posla ima dovoljno\", kaže ona."), List.of()))
                    .as(sentence).extracting(Attribution::source).containsExactly("Lejla Kovač");
        }
    }

    @Test
    void readsTheMasterAsThePersonNamedLastInNoRole() {
        assertThat(albanian.extract(List.of("Në Korçë, pranë pazarit, Gjon Deda riparon orë prej tridhjetë vitesh.",
                        "Sipas mjeshtrit, orët e vjetra janë më të mira."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Gjon Deda", null));
    }

    @Test
    void learnsWhoseRelationSomeoneIsAndTheirGivenNameInsideASentence() {
        assertThat(bcs.extract(List.of("Pekaru je prošle godine preuzela njegova kći Amra.",
                        "Amra kaže da je brašno poskupjelo."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Amra", "njegova kći"));
        assertThat(macedonian.extract(List.of("Пекарата ја води неговата ќерка Ана.",
                        "Ана вели дека брашното поскапело."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ана", "неговата ќерка"));
    }

    @Test
    void readsATradeAloneAsThePersonJustNamedWithAClauseOfWhoTheyAreInThatRole() {
        assertThat(macedonian.extract(List.of("Во дуќанот работи Горан Стојков, кој го отвори во 1990 година.",
                        "„Луѓето сè уште носат стари чевли“, вели чевларот."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Горан Стојков", "кој го отвори во 1990 година"));
    }

    @Test
    void takesWhoSomeoneNamedInPassingIsClosingTheSentenceAsTheirRole() {
        assertThat(bcs.extract(List.of("Danas pekaru vodi Senad Hodžić, četvrta generacija pekara.",
                        "\"Hljeb se peče noću\", kaže on."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Senad Hodžić", "četvrta generacija pekara"));
        // a clause of its own after the name is no description
        assertThat(bcs.extract(List.of("Danas pekaru vodi Senad Hodžić, a njegov brat radi u Njemačkoj.",
                        "\"Hljeb se peče noću\", kaže on."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Senad Hodžić", null));
    }

    @Test
    void readsAnAlbanianGivenNameInTheGenitiveAsThePersonMetWithIt() {
        assertThat(albanian.extract(List.of("Në Durrës, Ilir Hoxha shet peshk në treg.",
                        "Sipas Ilirit, peshku po shtrenjtohet çdo vit."), List.of()))
                .extracting(Attribution::source).containsExactly("Ilir Hoxha");
    }

    @Test
    void takesNoRoleFromAPronounAndItsVerbBeforeAName() {
        assertThat(albanian.extract(List.of("Ai quhet Arben Hoxha dhe punon si rrobaqepës që nga viti 1990.",
                        "\"Rrobat e qepura me dorë zgjasin më shumë\", thotë Hoxha."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Arben Hoxha", null));
        assertThat(bcs.extract(List.of("On se zove Ivan Horvat i popravlja satove od 1990.",
                        "\"Mehanički satovi se vraćaju\", kaže Horvat."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ivan Horvat", null));
    }

    @Test
    void takesWhatSomeoneIsRightBeforeTheirNameAsTheirRoleWithADescriptionAfterIt() {
        assertThat(bcs.extract(List.of("U Zenici drvene kašike izrađuje bivši stolar Senad Hodžić.",
                        "\"Kašika od bukve traje godinama\", kaže Hodžić."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Senad Hodžić", "bivši stolar"));
        assertThat(macedonian.extract(List.of("Чамците ги поправа пензионерот Горан Стојков, поранешен рибар.",
                        "„Дрвото трае ако го чуваш“, вели Стојков."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Горан Стојков", "пензионерот, поранешен рибар"));
    }

    @Test
    void readsWhoSaysWhereTheVerbOfSayingComesSecondAfterWhatTheyDo() {
        assertThat(bcs.extract(List.of("U Zenici kašike izrađuje Senad Hodžić.",
                        "Njegova kći Amra drži štand na pijaci i kaže da kupaca ima sve manje."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Amra", "Njegova kći", "kupaca ima sve manje"));
        assertThat(macedonian.extract(List.of("Горан Стојков поправа чамци во Охрид.",
                        "Тој работи секој ден и вели дека дрвото трае ако го чуваш."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Горан Стојков", "дрвото трае ако го чуваш"));
        // a capitalised opening word that is no name or pronoun is no one's
        assertThat(bcs.extract(List.of("Pijaca radi od jutra i kaže se da kupaca ima sve manje."), List.of()))
                .isEmpty();
    }

    @Test
    void takesNoRoleFromAVerbAndItsPronounBeforeANameButTheClauseAfterIt() {
        assertThat(bcs.extract(List.of("Vodi ga Mirsad Hadžić, 58, koji je dvadeset godina radio u rudniku.",
                        "\"Kožu kupujem u Visokom\", kaže Hadžić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Mirsad Hadžić", "koji je dvadeset godina radio u rudniku"));
        assertThat(macedonian.extract(List.of("Го води Весна Илиевска.",
                        "„Кожата ја купувам од Тетово“, вели Илиевска."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Весна Илиевска", null));
    }

    @Test
    void readsAnOrdinalsDotInsideADescriptionClosingTheSentence() {
        assertThat(bcs.extract(List.of("U Mostaru noževe kuje Amir Kapetanović, čija porodica radi od 1890. godine.",
                        "\"Čelik se ne kupuje, nego bira\", kaže Kapetanović."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Amir Kapetanović", "čija porodica radi od 1890. godine"));
    }

    @Test
    void takesNoRoleFromAnAlbanianObjectItsPronounAndVerbBeforeTheSubject() {
        assertThat(albanian.extract(List.of("Dyqanin e drejton Arben Gashi, 50 vjeç, i cili ka punuar në Gjermani.",
                        "\"Klientët kthehen\", thotë Gashi."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arben Gashi", "i cili ka punuar në Gjermani"));
        // a role's article and a genitive after it are a role still
        assertThat(albanian.extract(List.of("Drejtori i shkollës Arben Gashi hapi klasën e re.",
                        "\"Klientët kthehen\", thotë Gashi."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arben Gashi", "Drejtori i shkollës"));
    }

    @Test
    void readsAPersonAfterTwoPlacesSetApartOpeningTheSentence() {
        assertThat(macedonian.extract(List.of("Во Струга, во мала работилница кај пазарот, Наум Ѓорески веќе"
                                + " триесет години прави ножеви.",
                        "„Добриот нож се бира со рака“, вели тој."), List.of()))
                .extracting(Attribution::source).containsExactly("Наум Ѓорески");
    }

    @Test
    void keepsTheRelationBeforeAGivenNameOverAClauseAfterIt() {
        assertThat(bcs.extract(List.of("Njegova kći Amra, koja studira dizajn u Sarajevu, prodaje nakit preko"
                                + " interneta.",
                        "Ona kaže da većina narudžbi dolazi iz dijaspore."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Amra", "Njegova kći"));
    }

    @Test
    void takesAClauseAfterASurnameAtTheFirstWordsOfSomeoneNamedBeforeInNoRole() {
        assertThat(bcs.extract(List.of("Josip Kovač siječe pruće svakog proljeća.",
                        "\"Pruće mora biti mlado\", kaže Kovač, koji plete od djetinjstva.",
                        "\"Ne prodaje se kao nekad\", kaže Kovač, koji plete od djetinjstva."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Josip Kovač", "koji plete od djetinjstva"), tuple("Josip Kovač", null));
    }

    @Test
    void takesNoRoleFromAThingAndWhatItIsForBeforeTheSubject() {
        assertThat(bcs.extract(List.of("Vunu za ćilime Fata Begić prede zimi.",
                        "\"Vuna mora biti domaća\", kaže Begić."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Fata Begić", null));
    }

    @Test
    void joinsAClauseOfWhoSomeoneIsAfterWhatTheyAreSetApartAfterTheirName() {
        assertThat(bcs.extract(List.of("Radionicu vodi Marija Perić, umirovljena profesorica, koja je tkanje naučila od"
                                + " majke.",
                        "\"Tkanje traži strpljenje\", kaže Perić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Marija Perić", "umirovljena profesorica, koja je tkanje naučila od majke"));
    }

    @Test
    void readsACroatianHeadOfAnInstitutionInTheGenitiveAsARole() {
        assertThat(bcs.extract(List.of("Prema riječima ravnateljice škole, Ane Horvat, upisalo se više učenika."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ana Horvat", "ravnateljica škole"));
    }

    @Test
    void learnsAnAlbanianMansFullNameInTheGenitiveAsWhoseAThingIs() {
        assertThat(albanian.extract(List.of("Në Shkodër, punishtja e biçikletave i Ilir Gashit hapet herët.",
                        "\"Biçikleta nuk vdes\", thotë Gashi."), List.of()))
                .extracting(Attribution::source).containsExactly("Ilir Gashi");
    }

    @Test
    void takesAClauseAfterAnAgeClosingASentenceThatNamesSomeoneInPassing() {
        assertThat(bcs.extract(List.of("U staroj radionici još radi Senad Hodžić, 60, koji je zanat učio u Mostaru.",
                        "\"Posla je sve manje\", kaže Hodžić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Senad Hodžić", "koji je zanat učio u Mostaru"));
    }

    @Test
    void takesNoRoleFromAnAlbanianObjectPronounAndVerbOpeningTheSentence() {
        assertThat(albanian.extract(List.of("I shet Arben Gashi, 40 vjeç, i cili ka punuar në Itali.",
                        "\"Klientët kthehen\", thotë Gashi."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Arben Gashi", "i cili ka punuar në Itali"));
    }

    @Test
    void readsTheOneOfAManNamedInTheGenitiveAsThatMan() {
        // "ona Ivana Horvata": the one of Ivan Horvat, set apart after what it is, not "she"
        assertThat(bcs.extract(List.of("U Tuzli je ostala još jedna kovačnica, ona Ivana Horvata.",
                        "Horvat kaže da gvožđe poskupljuje svake godine."), List.of()))
                .extracting(Attribution::source).containsExactly("Ivan Horvat");
        // (a pronoun of the sentence's own still tells of the person before)
        assertThat(bcs.extract(List.of("Ona je kovačnicu kupila od Ivana Horvata.",
                        "Horvat kaže da gvožđe poskupljuje svake godine."), List.of()))
                .extracting(Attribution::source).isEmpty();
    }

    @Test
    void readsABodysPeoplesPluralVerbMadeFromTheSingularTheLexiconLists() {
        assertThat(macedonian.extract(List.of(
                        "Од Министерството за финансии посочија дека буџетот ќе биде ребалансиран."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Министерството за финансии", "посочија"));
        assertThat(macedonian.extract(List.of("Од Општина Кичево потсетуваат дека рокот истекува во јуни."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Општина Кичево", "потсетуваат"));
    }

    @Test
    void readsANationalParkAsABodyThatSpeaks() {
        assertThat(bcs.extract(List.of("Nacionalni park Sutjeska upozorava da je kampovanje zabranjeno."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Nacionalni park Sutjeska", ORGANISATION));
    }

    @Test
    void readsWhoseWordsByANameMadeAPossessiveAdjective() {
        assertThat(bcs.extract(List.of("Ivana Horvat vodi pekaru u Osijeku.",
                        "Prema Ivaninim riječima, brašno je poskupjelo za trećinu."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ivana Horvat", "brašno je poskupjelo za trećinu"));
        assertThat(bcs.extract(List.of("Goran Babić vodi pekaru u Osijeku.",
                        "Prema Babićevim riječima, brašno je poskupjelo za trećinu."), List.of()))
                .extracting(Attribution::source).containsExactly("Goran Babić");
        // (an adjective that names no one says whose words it is not)
        assertThat(bcs.extract(List.of("Goran Babić vodi pekaru u Osijeku.",
                        "Prema službenim riječima, brašno je poskupjelo za trećinu."), List.of()))
                .extracting(Attribution::source).isEmpty();
    }

    @Test
    void readsAnAlbanianSpouseOrParentNamedByTheArticleAloneBeforeAGivenNameSetApart() {
        assertThat(albanian.extract(List.of("Ilir Dervishi mban një furrë buke në Korçë.",
                        "E ëma, Shpresa, gatuan byrekët çdo mëngjes.",
                        "Ajo thotë se mielli është shtrenjtuar."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Shpresa", "E ëma"));
    }

    @Test
    void takesWhereSomeoneIsFromRightAfterTheirNameBeforeTheVerbAsTheRole() {
        assertThat(bcs.extract(List.of("Senada Mujić iz Kaknja plete čarape od vune.",
                        "\"Vuna je poskupjela\", kaže Mujić."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Senada Mujić", "iz Kaknja"));
    }

    @Test
    void takesANounOfOneWhoDoesSomethingByItsEndingBeforeANameInTheGenitive() {
        assertThat(bcs.extract(List.of("Prema riječima kovača Ivana Perića, željezo je poskupjelo."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ivan Perić", "kovač"));
    }

    @Test
    void readsAVerbOpeningASentenceWithAlsoBeforeThat() {
        assertThat(bcs.extract(List.of("Pekar Mirsad Hodžić kaže da je brašno poskupjelo. Dodaje i da kupaca ima sve "
                        + "manje."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Mirsad Hodžić", "je brašno poskupjelo"), tuple("Mirsad Hodžić",
                        "kupaca ima sve manje"));
        assertThat(macedonian.extract(List.of("Пекарот Никола Стојков вели дека брашното поскапело. Истакна и дека "
                        + "купувачите се сè помалку."), List.of()))
                .extracting(Attribution::text)
                .containsExactly("брашното поскапело", "купувачите се сè помалку");
        assertThat(albanian.extract(List.of("Furrtari Arben Gashi thotë se mielli është shtrenjtuar. Ai shton edhe se "
                        + "blerësit janë gjithnjë e më pak."), List.of()))
                .extracting(Attribution::text)
                .containsExactly("mielli është shtrenjtuar", "blerësit janë gjithnjë e më pak");
    }

    @Test
    void putsABodyNamedByATrailingAccordingToInTheNominative() {
        assertThat(albanian.extract(List.of("Çmimi i bukës është rritur me një të tretën, sipas Odës Ekonomike të "
                        + "Kosovës."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Oda Ekonomike e Kosovës", ORGANISATION));
    }

    @Test
    void takesSomeoneWhoWouldNotIntroduceThemselvesAsAnonymous() {
        assertThat(macedonian.extract(List.of("Возач на автобус, кој не сакаше да се претстави, рече дека платата "
                        + "доцни."), List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ANONYMOUS);
        assertThat(bcs.extract(List.of("Vozač autobusa, koji nije želio da se predstavi, rekao je da plata kasni."),
                        List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ANONYMOUS);
    }

    @Test
    void readsWhenSomethingWasSaidBetweenAnAlbanianVerbAndThat() {
        assertThat(albanian.extract(List.of("Bashkia e Durrësit njoftoi javën e kaluar se tregu do të rikonstruktohet."),
                        List.of()))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Bashkia e Durrësit", "njoftoi", "tregu do të rikonstruktohet"));
    }

    @Test
    void readsAPublicUtilityByTheWordItsNameOpensWith() {
        assertThat(bcs.extract(List.of("Vodovod Tuzla saopćio je da će voda biti vraćena sutra."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Vodovod Tuzla", ORGANISATION));
        assertThat(bcs.extract(List.of("Elektroprenos BiH saopćio je da je dalekovod popravljen."), List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ORGANISATION);
    }

    @Test
    void readsAGerundOfSayingClosingTheSentenceAsTheSameSpeakersSecondAttribution() {
        assertThat(bcs.extract(List.of("\"Nemamo dovoljno ljudi\", rekao je Amir Kovač, dodajući da traže nove radnike."),
                        List.of()))
                .extracting(Attribution::source, Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Amir Kovač", DIRECT, "rekao je", "Nemamo dovoljno ljudi"),
                        tuple("Amir Kovač", INDIRECT, "dodajući", "traže nove radnike"));
        assertThat(macedonian.extract(List.of("Градоначалникот Петар Петров рече дека патот е отворен, додавајќи дека "
                        + "возилата работат цела ноќ."), List.of()))
                .extracting(Attribution::cue, Attribution::text)
                .containsExactly(tuple("рече", "патот е отворен"), tuple("додавајќи", "возилата работат цела ноќ"));
        assertThat(albanian.extract(List.of("Kryetari Arben Gashi tha se rruga është hapur, duke shtuar se makinat "
                        + "punojnë gjithë natën."), List.of()))
                .extracting(Attribution::cue, Attribution::text)
                .containsExactly(tuple("tha", "rruga është hapur"), tuple("duke shtuar", "makinat punojnë gjithë natën"));
    }

    @Test
    void takesAskingNotToGiveOnesNameWhateverTheVerbAsWithholdingIt() {
        assertThat(bcs.extract(List.of("Radnik pilane, koji je zamolio da ne objavimo njegovo ime, kaže da plate "
                        + "kasne."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("radnik pilane", ANONYMOUS));
    }
}
