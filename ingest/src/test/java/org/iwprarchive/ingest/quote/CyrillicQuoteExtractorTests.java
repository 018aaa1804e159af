package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iwprarchive.domain.article.QuotationKind.DIRECT;
import static org.iwprarchive.domain.article.QuotationKind.INDIRECT;
import static org.iwprarchive.domain.source.SourceKind.ANONYMOUS;
import static org.iwprarchive.domain.source.SourceKind.ORGANISATION;
import static org.iwprarchive.domain.source.SourceKind.PERSON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes of Russian and Ukrainian attributions, each in words none of the labelled texts use: who the source
 * is, of what kind, in what role, by what cue.
 */
class CyrillicQuoteExtractorTests {

    private final CyrillicQuoteExtractor ukrainian = CyrillicQuoteExtractor.ukrainian();
    private final CyrillicQuoteExtractor russian = CyrillicQuoteExtractor.russian();

    @Test
    void readsNotWantingToGiveTheNameAsWithholdingIt() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Перевізник з Ковеля, який не захотів називати свого імені, каже, що пальне подорожчало вдвічі."),
                List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("перевізник з Ковеля", ANONYMOUS));
    }

    @Test
    void readsABodyByItsNameInGuillemetsOpeningTheSentenceAndACallSignMetBeforeAsAPerson() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "«Укрпошта» повідомила, що відділення працюватимуть у вихідні.",
                "Сапер з позивним «Грім» розповів, що поле розміновують третій тиждень. «Грім» каже, що роботи ще на "
                        + "місяць."), List.of());
        List<Attribution> russianFound = russian.extract(List.of(
                "«Водоканал» сообщил, что воду отключат на сутки."), List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                tuple("Укрпошта", ORGANISATION), tuple("Грім", PERSON), tuple("Грім", PERSON));
        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Водоканал", ORGANISATION));
    }

    @Test
    void readsABodyByItsNameInGuillemetsAloneAfterAccordingToInTheNominative() {
        List<Attribution> russianFound = russian.extract(List.of(
                "По данным «Водоканала», ремонт сетей закончится в мае.",
                "По информации «Роснефти», добыча выросла на два процента.",
                "По данным «Укрзализницы», поезда идут по графику."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "За даними «Нафтогазу», запаси газу достатні.",
                "За інформацією «Укрпошти», посилки доставлять вчасно.",
                "За даними «Укренерго», відключень не буде.",
                "За даними «Укрзалізниці», потяги курсують за розкладом."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                tuple("Водоканал", ORGANISATION), tuple("Роснефть", ORGANISATION), tuple("Укрзализница", ORGANISATION));
        assertThat(ukrainianFound).extracting(Attribution::source).containsExactly("Нафтогаз", "Укрпошта", "Укренерго",
                "Укрзалізниця");
    }

    @Test
    void readsAGivenNameSetApartByDashesAfterAClauseThatPrintsOnlyIt() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Один из водителей, попросивший называть его только по имени — Бахтияр, — говорит, что штрафы выросли "
                        + "вдвое."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Одна з продавчинь, яка попросила називати її лише на ім'я — Марія, — каже, що торгівля впала."),
                List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Бахтияр", PERSON, "Один из водителей"));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Марія", PERSON, "Одна з продавчинь"));
    }

    @Test
    void givesANameAndARoleInTheGenitiveInTheNominative() {
        List<Attribution> uk = ukrainian.extract(List.of(
                "За словами головного інженера Юрія Кобзаря, насосна станція працює на генераторі.",
                "На думку соціологині Олени Гончарук, довіра до влади падає.",
                "За словами зовнішнього аудитора Віталія Шмигаля, звіт підготовлено з порушеннями.",
                "На думку колишньої депутатки Галини Гнатюк, закон ухвалили поспіхом.",
                "За словами мовного омбудсмена Тараса Ковальчука, скарг стало вдвічі більше.",
                "За словами історика Петра Гордія, архів вивезли до Уфи."), List.of());
        List<Attribution> ru = russian.extract(List.of(
                "По словам главного инженера Анатолия Гайдая, насосная станция работает на генераторе.",
                // an adjective before what is no occupation stays with it, as written
                "По словам соседского парня Ивана Сомова, стрельба началась ночью.",
                "По словам историка Петра Гордея, архив вывезли в Уфу."), List.of());

        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Юрій Кобзар", "головний інженер"), tuple("Олена Гончарук", "соціологиня"),
                        tuple("Віталій Шмигаль", "зовнішній аудитор"), tuple("Галина Гнатюк", "колишня депутатка"),
                        tuple("Тарас Ковальчук", "мовний омбудсмен"), tuple("Петро Гордій", "історик"));
        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Анатолий Гайдай", "главный инженер"), tuple("Иван Сомов", "соседского парня"),
                        tuple("Петр Гордей", "историк"));
    }

    @Test
    void readsAUniversitysHeadsAsOccupations() {
        List<Attribution> ru = russian.extract(List.of(
                "По словам декана юридического факультета Марата Усенова, набор сократился."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "За словами проректорки університету Оксани Бойко, гуртожиток відремонтують до осені."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марат Усенов", "декан юридического факультета"));
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Оксана Бойко", "проректорка університету"));
    }

    @Test
    void readsABodyInLatinLettersAScholarByHisNounAndSkipsTheClauseThatWithholdsAName() {
        List<Attribution> ru = russian.extract(List.of(
                "Freedom House заявила, что выборы не были свободными.",
                "По данным Reporters Without Borders, в тюрьмах находятся шесть журналистов.",
                "Литературовед Алибек Сарыев считает, что цензура вернулась.",
                "Актриса Айгуль Бекова рассказала, что спектакль сняли с репертуара.",
                "По словам священника одного из сельских приходов, который попросил не называть его имени, храм "
                        + "закрыли в марте."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "У Transparency International вважають, що тендер провели з порушеннями.",
                "Мистецтвознавець Ганна Лисенко вважає, що фрески можна врятувати.",
                "За словами актриси театру Лесі Українки Марії Ковальчук, вистави тривають.",
                "У Харківській картинній галереї повідомили, що полотна вивезли до Львова."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(tuple("Freedom House", ORGANISATION, null, "выборы не были свободными"),
                        tuple("Reporters Without Borders", ORGANISATION, null, "в тюрьмах находятся шесть журналистов"),
                        tuple("Алибек Сарыев", PERSON, "Литературовед", "цензура вернулась"),
                        tuple("Айгуль Бекова", PERSON, "Актриса", "спектакль сняли с репертуара"),
                        tuple("священник одного из сельских приходов", ANONYMOUS, null, "храм закрыли в марте"));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Transparency International", ORGANISATION, null),
                        tuple("Ганна Лисенко", PERSON, "Мистецтвознавець"),
                        tuple("Марія Ковальчук", PERSON, "актриса театру Лесі Українки"),
                        tuple("Харківська картинна галерея", ORGANISATION, null));
    }

    @Test
    void givesAMansTradeTheLexiconLacksInTheNominativeBeforeHisName() {
        List<Attribution> ru = russian.extract(List.of(
                "По словам звукорежиссера Тимура Алиева, запись концерта сорвали.",
                // "-ца" is a noun in "-ец" ("бойца" is боец's), left as written rather than cut wrong
                "По словам бойца Тимура Алиева, позиции удержали."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "За словами лісника Тараса Гнатюка, пожежу загасили до ранку.",
                // a surname in "-ко" in the genitive: no surname ends in "-йк" or "-ьк"
                "За словами волонтера Андрія Бойка, евакуація триває.",
                "За словами рятувальника Петра Сенька, евакуація триває."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур Алиев", "звукорежиссер"), tuple("Тимур Алиев", "бойца"));
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тарас Гнатюк", "лісник"), tuple("Андрій Бойко", "волонтер"),
                        tuple("Петро Сенько", "рятувальник"));
    }

    @Test
    void readsAMinistryByItsShortName() {
        List<Attribution> ru = russian.extract(List.of(
                "В Минпросвещения сообщили, что учебники заменят к сентябрю."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "У Мінінфраструктури заявили, що міст відремонтують до зими."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Минпросвещения", ORGANISATION));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Мінінфраструктури", ORGANISATION));
    }

    @Test
    void readsAGroupNamedByAdjectivesAsABodyButNotAGroupOfPeople() {
        List<Attribution> ru = russian.extract(List.of(
                "По оценке Международной кризисной группы, переговоры зашли в тупик.",
                "По словам группы жителей, воду отключают каждый день.",
                // and as the subject
                "Хельсинкская группа заявила, что задержанных держат без адвокатов.",
                "Группа жителей заявила, что воду отключают каждый день."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Ліс на місці водосховища росте швидше, ніж очікували, йдеться у звіті Української природоохоронної групи.",
                "За словами ініціативної групи мешканців, будівництво почалося без дозволу."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Международная кризисная группа", ORGANISATION),
                        tuple("Хельсинкская группа", ORGANISATION));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Українська природоохоронна група", ORGANISATION));
    }

    @Test
    void readsAComplaintAndWhatABodyCalculated() {
        List<Attribution> ru = russian.extract(List.of(
                "В Ассоциации налогоплательщиков подсчитали, что налоговая нагрузка выросла вдвое.",
                "В Федерации профсоюзов заявили, что зарплаты отстают от цен."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "«Ціни ростуть щотижня», — бідкається продавчиня з Полтави Галина Шевчук.",
                "За даними Держстату, безробіття зросло до 15 відсотків.",
                "У Федерації роботодавців підрахували, що податки з'їдають половину прибутку."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Ассоциация налогоплательщиков", ORGANISATION, "подсчитали"),
                        tuple("Федерация профсоюзов", ORGANISATION, "заявили"));
        assertThat(uk).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Галина Шевчук", "продавчиня з Полтави", "бідкається"),
                        tuple("Держстат", null, "за даними"),
                        tuple("Федерація роботодавців", null, "підрахували"));
    }

    @Test
    void readsAReportsBodyADepartmentToldBeforeItsVerbAndNoAgeInTheRole() {
        List<Attribution> ru = russian.extract(List.of(
                "Согласно исследованию Международной организации по миграции, половина мигрантов не имеет договоров.",
                "По данным отчёта ЮНИСЕФ, каждый пятый ребёнок недоедает.",
                "Согласно закону, выборы пройдут в марте.",
                "В городском отделе здравоохранения журналистам сообщили, что вакцины закончились.",
                "«Бензин дорожает каждую неделю», — рассказывает 45-летний водитель Бахром Назаров.",
                "Многолетний директор рынка Азамат Бекниязов сказал, что аренда выросла."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Відповідно до звіту Міністерства фінансів, борг зріс удвічі.",
                "В обласній лікарні IWPR повідомили, що ліків бракує."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Международная организация по миграции", ORGANISATION, null,
                                "половина мигрантов не имеет договоров"),
                        tuple("ЮНИСЕФ", ORGANISATION, null, "каждый пятый ребёнок недоедает"),
                        tuple("городской отдел здравоохранения", ORGANISATION, null, "вакцины закончились"),
                        tuple("Бахром Назаров", PERSON, "водитель", "Бензин дорожает каждую неделю"),
                        tuple("Азамат Бекниязов", PERSON, "Многолетний директор рынка", "аренда выросла"));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("Міністерство фінансів", ORGANISATION, "борг зріс удвічі"),
                        tuple("обласна лікарня", ORGANISATION, "ліків бракує"));
    }

    @Test
    void readsUkrainianSpeechInEveryGenderAndItsPronounsAndGenitiveSurnames() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Лісник Петро Гончаренко заявив, що ліс горить третій день.",
                "«Вогонь дійшов до села», — додав він.",
                "За словами Гончаренка, техніки бракує.",
                "Агрономка Дарина Сидорук наголосила: «Врожай втрачено».",
                "Обласне управління повідомило, що пожежу локалізовано."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue)
                .containsExactly(
                        tuple("Петро Гончаренко", PERSON, "Лісник", INDIRECT, "заявив"),
                        tuple("Петро Гончаренко", PERSON, null, DIRECT, "додав"),
                        tuple("Петро Гончаренко", PERSON, null, INDIRECT, "за словами"),
                        tuple("Дарина Сидорук", PERSON, "Агрономка", DIRECT, "наголосила"),
                        tuple("Обласне управління", ORGANISATION, null, INDIRECT, "повідомило"));
    }

    @Test
    void readsAGivenNameAfterAPlaceRightAfterFromAndAPlaceOfTwoWordsAsNoName() {
        List<Attribution> russianFound = russian.extract(List.of(
                "«Рынок пустеет», — сказал торговец из Оша Бакыт.",
                "Медсестра из Великих Лук сообщила, что зарплату задерживают."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "«Світла немає з ранку», — розповіла вчителька з Ніжина Олена."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Бакыт", PERSON, "торговец из Оша"),
                        tuple("медсестра из Великих Лук", ANONYMOUS, null));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Олена", PERSON, "вчителька з Ніжина"));
    }

    @Test
    void readsAPortWorkersGivenNameWhenTheSurnameIsWithheld() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Вантажник Микола, який попросив не називати його прізвища, розповів, що зарплату затримують."),
                List.of());
        List<Attribution> russianFound = russian.extract(List.of(
                "Грузчик Алишер, попросивший не называть его фамилию, рассказал, что смены длятся по 12 часов."),
                List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Микола", "Вантажник"));
        assertThat(russianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Алишер", "Грузчик"));
    }

    @Test
    void givesTheSentenceBeforeToWhoeverAboutThisToldIwpr() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Цены на уголь выросли вдвое за месяц. Об этом IWPR рассказал председатель ассоциации шахтеров Бакыт Осмонов.",
                "Министр энергетики Асан Беков заявил, что шахты закроют. Об этом IWPR рассказал депутат Марат Исаев.",
                "Свет в селе отключают каждый вечер.",
                "Об этом сообщил глава района Айдар Сеитов."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Вода в місті з'явиться лише через тиждень. Про це IWPR розповіла голова громади Ірина Мельник."),
                List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Бакыт Осмонов", "председатель ассоциации шахтеров",
                        "Цены на уголь выросли вдвое за месяц"), tuple("Асан Беков", "Министр энергетики", "шахты закроют"));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ірина Мельник", "Вода в місті з'явиться лише через тиждень"));
    }

    @Test
    void givesAPronounToTheUnnamedSourceQuotedLastUntilSomeoneIsNamed() {
        List<Attribution> found = russian.extract(List.of(
                "Геолог Тимур Сагинтаев заявил, что ледник отступает.",
                "Инспектор заповедника, пожелавший остаться неназванным, сообщил, что тропу закроют.",
                "«Спасателей здесь нет», — добавил он.",
                "Директор заповедника Бахыт Ермеков собирает подписи.",
                "«Нас никто не слышит», — сказал он."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Тимур Сагинтаев", PERSON), tuple("инспектор заповедника", ANONYMOUS),
                        tuple("инспектор заповедника", ANONYMOUS), tuple("Бахыт Ермеков", PERSON));
    }

    @Test
    void readsAssurancesConfirmationsAndABodyAnsweringARequest() {
        List<Attribution> found = russian.extract(List.of(
                "Глава района Айдар Сеитов заверил, что дорогу откроют к утру.",
                "Исполнительная власть Гянджи в ответ на запрос журналистов сообщила, что ремонт оплатит город.",
                "Метеоролог Ольга Ким подтвердила, что снег будет идти ещё два дня."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Директор школи Оксана Павлюк запевнила, що заняття відновлять у понеділок.",
                "Обласна рада у відповідь на запит IWPR повідомила, що кошти виділено."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Айдар Сеитов", PERSON, "заверил"),
                        tuple("Исполнительная власть Гянджи", ORGANISATION, "сообщила"),
                        tuple("Ольга Ким", PERSON, "подтвердила"));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("Оксана Павлюк", PERSON, "запевнила"),
                        tuple("Обласна рада", ORGANISATION, "повідомила"));
    }

    @Test
    void readsAnEnergyEngineerAsARoleAndTheSpecialistAfterAsThatPerson() {
        List<Attribution> found = russian.extract(List.of(
                "Энергетик Рустам Сафаров считает, что сети устарели.",
                "«Трансформаторы работают с семидесятых годов», — добавил специалист."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Рустам Сафаров", "Энергетик"), tuple("Рустам Сафаров", null));
    }

    @Test
    void findsAUkrainianSurnameInOInItsGenitive() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Начальник станції Василь Марченко повідомив, що потяги запізнюються.",
                "Диспетчер Іван Сірко сказав, що графік змінили.",
                "За словами Марченка, нові вагони прийдуть у травні.",
                "За словами Сірка, квитки не подорожчають."), List.of());

        assertThat(found).extracting(Attribution::source)
                .containsExactly("Василь Марченко", "Іван Сірко", "Василь Марченко", "Іван Сірко");
    }

    @Test
    void takesANounOfWhatSomeoneDoesOutOfTheNameByItsEndingButNotAGivenName() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Кінолог Павло Сидоренко вважає, що собак треба евакуювати.",
                "Мухаммад Ашраф Гані заявив, що переговори тривають.",
                "Петренко Іван Степанович сказав, що склад зачинено."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Павло Сидоренко", "Кінолог"), tuple("Мухаммад Ашраф Гані", null),
                        tuple("Петренко Іван Степанович", null));
    }

    @Test
    void keepsPlacesNamedBesideThePersonInTheRoleOrOutOfIt() {
        List<Attribution> found = ukrainian.extract(List.of(
                "«Світла немає з ранку», — сказала IWPR жителька міста Кривий Ріг Оксана Мазур.",
                "«Ми чекаємо на автобус», — розповів тракторист Степан Гуменюк із села Нижня Дуброва.",
                "«Тут небезпечно», — сказала мешканка з Херсона."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Оксана Мазур", PERSON, "жителька міста Кривий Ріг", "сказала IWPR"),
                        tuple("Степан Гуменюк", PERSON, "тракторист", "розповів"),
                        tuple("мешканка з Херсона", ANONYMOUS, null, "сказала"));
    }

    @Test
    void readsAGivenNameWithADescriptionAfterItAndABodyNamedInGuillemets() {
        List<Attribution> found = ukrainian.extract(List.of(
                "«Маршрутки ходять раз на годину», — сказав Тарас, водій маршрутки.",
                "Компанія «Укрпромсервіс» заявила, що відновить постачання.",
                "Державна прикордонна служба повідомила, що пункт пропуску відкрито.",
                "Експерти вважають, що ціни зростуть."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Тарас", PERSON, "водій маршрутки"),
                        tuple("Укрпромсервіс", ORGANISATION, null),
                        tuple("Державна прикордонна служба", ORGANISATION, null));
    }

    @Test
    void readsTheSameShapesInRussian() {
        List<Attribution> found = russian.extract(List.of(
                "«Воду дают по часам», — сказала IWPR жительница поселка Кызыл Кия Нурайым Осмонова.",
                "Объединение «Чистый город» сообщило, что вывоз мусора возобновлен.",
                "Кинолог Азамат Бекмуратов считает, что приют переполнен.",
                "«Нас никто не слушает», — сказал Бакыт, водитель автобуса."), List.of("Нурлан Джумабаев"));

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Нурайым Осмонова", PERSON, "жительница поселка Кызыл Кия"),
                        tuple("Чистый город", ORGANISATION, null),
                        tuple("Азамат Бекмуратов", PERSON, "Кинолог"),
                        tuple("Бакыт", PERSON, "водитель автобуса"));
    }

    @Test
    void quotesNoAuthorAndNoGroup() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Марія Ткаченко сказала, що репортаж готовий.",
                "Аналітики вважають, що криза затягнеться."), List.of("Марія Ткаченко"));

        assertThat(found).isEmpty();
    }

    @Test
    void readsTheFourthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Вчителька Оксана Гуменюк сказала IWPR, що школу закрили.",
                "За її словами, дітей перевели до сусіднього села.",
                "«Де нам тепер вчитися?» — запитує вона.",
                "Голова громади Петро Левченко пообіцяв, що автобус запустять восени.",
                "У міністерстві освіти повідомили, що ремонт почнеться навесні.",
                "За даними Світового банку, відновлення шкіл коштуватиме мільярди.",
                "Представник Міністерства освіти, який попросив не називати його імені, сказав, що грошей немає."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(
                        tuple("Оксана Гуменюк", PERSON, "сказала IWPR"),
                        tuple("Оксана Гуменюк", PERSON, "за словами"),
                        tuple("Оксана Гуменюк", PERSON, "запитує"),
                        tuple("Петро Левченко", PERSON, "пообіцяв"),
                        tuple("міністерство освіти", ORGANISATION, "повідомили"),
                        tuple("Світовий банк", ORGANISATION, "за даними"),
                        tuple("представник Міністерства освіти", ANONYMOUS, "сказав"));
    }

    @Test
    void readsTheFifthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Агроном Ірина Шевчук, яка двадцять років працює в селі, торік переїхала до Києва.",
                "«Тут немає роботи для молодих», — сказала вона.",
                "Депутати Верховної Ради розглянуть закон восени.",
                "Як зазначив депутат Верховної Ради Олег Коваленко, кошти вже виділено.",
                "Фермер Богдан Ткачук пояснює зростання цін посухою.",
                "За його словами, врожай буде вдвічі меншим."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Ірина Шевчук", "Агроном", "сказала"),
                        tuple("Олег Коваленко", "депутат Верховної Ради", "як зазначив"),
                        tuple("Богдан Ткачук", "Фермер", "за словами"));
    }

    @Test
    void readsTheSixthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Сорокарічний Тарас Шевчук два роки працював у Польщі. Влітку він повернувся додому.",
                "«Тут мені ніхто не платить», — каже Тарас.",
                "Речник Міністерства соціальної політики, сім'ї та єдності України Олег Кравченко сказав журналістам, що"
                        + " програму розширять.",
                "Мер Львова Андрій Садовий заявив, що місто прийме ще тисячу родин. «Місця вистачить», — додав він."),
                List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Тарас Шевчук", null, "Тут мені ніхто не платить"),
                        tuple("Олег Кравченко", "Речник Міністерства соціальної політики, сім'ї та єдності України",
                                "програму розширять"),
                        tuple("Андрій Садовий", "Мер Львова", "місто прийме ще тисячу родин"),
                        tuple("Андрій Садовий", null, "Місця вистачить"));
        // a body's adjective stressed on its ending, in the nominative
        assertThat(russian.extract(List.of("В областном совете сообщили, что дорогу отремонтируют."), List.of()))
                .extracting(Attribution::source).containsExactly("областной совет");
    }

    @Test
    void readsTheSeventhRussianAndSecondUkrainianHeldOutSetsShapesInOtherWords() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Агроном Гульмира Садыр кызы объясняет, что урожай погиб от заморозков.",
                "«Мы потеряли всё», — сказала она.",
                "По словам Садыр кызы, фермерам никто не помог.",
                "Акимат Караганды вчера объявил, что выделит семена.",
                "Впрочем, по данным Министерства сельского хозяйства, семян хватит не всем.",
                "В управлении ветеринарии сообщили, что падежа скота нет.",
                "Директор школы Кызыл-Кии Бекзат Коваль заявил, что воды в канале нет.",
                "Учительница Айгуль Ткач, которая держит сорок коров, пожаловалась, что кормов не хватает."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Гульмира Садыр кызы", PERSON, "Агроном"),
                        tuple("Гульмира Садыр кызы", PERSON, null),
                        tuple("Гульмира Садыр кызы", PERSON, null),
                        tuple("Акимат Караганды", ORGANISATION, null),
                        tuple("Министерство сельского хозяйства", ORGANISATION, null),
                        tuple("управление ветеринарии", ORGANISATION, null),
                        tuple("Бекзат Коваль", PERSON, "Директор школы Кызыл-Кии"),
                        tuple("Айгуль Ткач", PERSON, "Учительница"));

        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "У Харківській обласній військовій адміністрації повідомили, що світло повернуть увечері.",
                "Медсестра лікарні Тетяна, яка попросила не називати її прізвища, розповіла, що ліків бракує.",
                "Представник міської ради у понеділок оголосив, що школи працюватимуть дистанційно.",
                // the name withheld, not the surname: the capitalised word is a place
                "«Світла немає третій день», — сказала мешканка Херсона, яка попросила не називати її імені."),
                List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Харківська обласна військова адміністрація", ORGANISATION, null),
                        tuple("Тетяна", PERSON, "Медсестра лікарні"),
                        tuple("представник міської ради", ANONYMOUS, null),
                        tuple("мешканка Херсона", ANONYMOUS, null));
    }

    @Test
    void readsTheEighthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Начальник обласного управління освіти Ігор Ткаченко заявив, що школи відкриються у вересні.",
                "За словами посадовця, укриття є вже в половині шкіл.",
                "Вчителька Ольга Бондар, яка викладає у селі двадцять років, вважає, що дітям бракує спілкування.",
                "Батьки, за її словами, бояться відпускати дітей до школи.",
                "Пастух Алмаз Токтогул уулу каже, що худобі бракує води.",
                "«Колодязі пересохли ще в липні».",
                "Голова громади Петро Мельник заперечує, що воду відключили навмисно."), List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Ігор Ткаченко", "Начальник обласного управління освіти", "школи відкриються у вересні"),
                        tuple("Ігор Ткаченко", null, "укриття є вже в половині шкіл"),
                        tuple("Ольга Бондар", "Вчителька", "дітям бракує спілкування"),
                        tuple("Ольга Бондар", null, "Батьки бояться відпускати дітей до школи"),
                        tuple("Алмаз Токтогул уулу", "Пастух", "худобі бракує води"),
                        tuple("Алмаз Токтогул уулу", null, "Колодязі пересохли ще в липні"),
                        tuple("Петро Мельник", "Голова громади", "воду відключили навмисно"));
        // "the official" is no one while nobody has been named in an office
        assertThat(russian.extract(List.of("Жительница села Гулнара Асанова сказала, что воды нет.",
                "По словам чиновника, трубы заменят летом."), List.of()))
                .extracting(Attribution::source).containsExactly("Гулнара Асанова");
    }

    @Test
    void readsTheNinthRussianAndThirdUkrainianHeldOutSetsShapesInOtherWords() {
        List<Attribution> russianFound = russian.extract(List.of(
                "— Воды нет уже неделю, — говорит пенсионерка Гульмира Оразова.",
                "Тарифы вырастут ещё на треть, считает аналитик Данияр Ашимов.",
                "Но депутат Асхат Рахимжанов, который возглавляет комитет, уверяет, что рост будет меньше.",
                "Министр энергетики Алмасадам Саткалиев заявил в эфире телеканала: «Отключений не будет».",
                "В городском управлении транспорта сообщили, что автобусы пустят по новым маршрутам.",
                "Об этом IWPR рассказал сотрудник водоканала, пожелавший остаться неназванным.",
                "По словам собеседника, трубы не меняли сорок лет.",
                "Как рассказал IWPR водитель автобуса, попросивший не называть его имени, зарплату задерживают.",
                "Положение тяжёлое, считает большинство жителей."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Гульмира Оразова", "пенсионерка", "Воды нет уже неделю"),
                        tuple("Данияр Ашимов", "аналитик", "Тарифы вырастут ещё на треть"),
                        tuple("Асхат Рахимжанов", "депутат", "рост будет меньше"),
                        tuple("Алмасадам Саткалиев", "Министр энергетики", "Отключений не будет"),
                        tuple("городское управление транспорта", null, "автобусы пустят по новым маршрутам"),
                        tuple("сотрудник водоканала", null, "трубы не меняли сорок лет"),
                        tuple("водитель автобуса", null, "зарплату задерживают"));

        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "— Ми не спимо третю ніч, — каже медсестра Оксана Дорошенко.",
                "Ремонт триватиме до зими, вважає інженер Богдан Кравець.",
                "У районному управлінні соціального захисту повідомили, що виплати відновлять.",
                "Як повідомляє ОБСЄ, обстріли тривають щодня."), List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::text)
                .containsExactly(
                        tuple("Оксана Дорошенко", "Ми не спимо третю ніч"),
                        tuple("Богдан Кравець", "Ремонт триватиме до зими"),
                        tuple("районне управління соціального захисту", "виплати відновлять"),
                        tuple("ОБСЄ", "обстріли тривають щодня"));
    }

    @Test
    void readsTheTenthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> russianFound = russian.extract(List.of(
                "«Зимой дети болеют чаще», — рассказала в беседе с IWPR воспитательница Айгерим Нурланова.",
                "Врач поликлиники Марат Исаев убеждён: «Садов нужно вдвое больше».",
                "— Очереди будут расти, — добавил он.",
                "По информации ГКНБ, задержаны трое подозреваемых.",
                "«Это только начало», — так прокомментировал приговор адвокат Нурлан Бекбоев.",
                "Представитель мэрии Азамат Жумабеков сказал агентству «Kabar», что места появятся весной."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Айгерим Нурланова", "воспитательница", "Зимой дети болеют чаще"),
                        tuple("Марат Исаев", "Врач поликлиники", "Садов нужно вдвое больше"),
                        tuple("Марат Исаев", null, "Очереди будут расти"),
                        tuple("ГКНБ", null, "задержаны трое подозреваемых"),
                        tuple("Нурлан Бекбоев", "адвокат", "Это только начало"),
                        tuple("Азамат Жумабеков", "Представитель мэрии", "места появятся весной"));

        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Як заявив в інтерв'ю Суспільному голова громади Олег Ткаченко, світло повернуть за тиждень.",
                "Директорка школи Ірина Мороз впевнена: «Діти повернуться до класів»."), List.of());

        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег Ткаченко", "голова громади"), tuple("Ірина Мороз", "Директорка школи"));
    }

    @Test
    void readsWordsBeforeABodysPeopleInBothLanguages() {
        assertThat(russian.extract(List.of("Вакцин хватит на всех, отмечают в министерстве здравоохранения."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(tuple("министерство здравоохранения", ORGANISATION, "Вакцин хватит на всех"));
        assertThat(ukrainian.extract(List.of("Укриттів вистачить на всіх, зазначають у міській раді."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("міська рада", ORGANISATION));
    }

    @Test
    void readsTheEleventhRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Директор лицея Айдай Маматова считает: «Учителей не хватает уже сейчас».",
                "Она также отметила, что зарплаты не индексировали три года.",
                "«Набор учителей продлится до августа», — уточнили в пресс-службе министерства образования.",
                "По оценкам ЮНИСЕФ, в стране не хватает четырёх тысяч учителей."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("Айдай Маматова", PERSON, "Учителей не хватает уже сейчас"),
                        tuple("Айдай Маматова", PERSON, "зарплаты не индексировали три года"),
                        tuple("пресс-служба министерства образования", ORGANISATION, "Набор учителей продлится до августа"),
                        tuple("ЮНИСЕФ", ORGANISATION, "в стране не хватает четырёх тысяч учителей"));

        assertThat(ukrainian.extract(List.of("«Виплати надійдуть до кінця місяця», — уточнили у прес-службі Пенсійного "
                + "фонду."), List.of())).extracting(Attribution::source).containsExactly("прес-служба Пенсійного фонду");
    }

    @Test
    void readsTheTwelfthRussianHeldOutSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Климатолог Гидрометцентра Ольга Пак заметила, что зима была самой тёплой за сорок лет.",
                "Директор компании «Памир Энерджи» Назар Шонасимов объяснил отключения ремонтом линии.",
                "«Линию восстановят к пятнице», — сказал он агентству «Азия-Плюс».",
                "«Без второй линии город будет сидеть без света каждую зиму», — добавил эксперт.",
                "В пресс-службе министерства энергетики IWPR сообщили, что тарифы не изменятся.",
                "Как сообщили в Министерстве энергетики, ремонт обойдётся в два миллиона долларов.",
                "Один из монтёров, попросивший не называть его имени, признался, что запчастей нет.",
                "— Мы платим, а света нет, — сетует Зарина Ахмедова, жительница Хорога."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Ольга Пак", PERSON, "Климатолог Гидрометцентра"),
                        // named without words first: "он" is him, in the role he was named in
                        tuple("Назар Шонасимов", PERSON, "Директор компании «Памир Энерджи»"),
                        // "the expert" is no expert here: a director is not named as knowing a field
                        tuple("эксперт", ANONYMOUS, null),
                        tuple("пресс-служба министерства энергетики", ORGANISATION, null),
                        tuple("Министерство энергетики", ORGANISATION, null),
                        tuple("один из монтёров", ANONYMOUS, null),
                        tuple("Зарина Ахмедова", PERSON, "жительница Хорога"));
        // "the expert" after an economist, and a noun of the person's own role, is that person, whatever came between
        assertThat(russian.extract(List.of("Экономист Рустам Исаев считает, что цены вырастут.",
                "«Рост будет медленным», — добавил он.", "«Но он будет», — подчеркнул эксперт.",
                "«Это неизбежно», — заключил экономист."), List.of()))
                .extracting(Attribution::source)
                .containsExactly("Рустам Исаев", "Рустам Исаев", "Рустам Исаев", "Рустам Исаев");

        assertThat(ukrainian.extract(List.of("Політолог Інституту світової політики Андрій Кім вважає, що переговори "
                + "затягнуться.", "«Жодна сторона не готова поступитися», — пояснив експерт.",
                "Як повідомили в Міністерстві закордонних справ, делегація повернулася до Києва."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Андрій Кім", "Політолог Інституту світової політики"),
                        tuple("Андрій Кім", null),
                        tuple("Міністерство закордонних справ", null));
    }

    @Test
    void readsTheFifthUkrainianSetsShapesInOtherWordsAndInRussian() {
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Лікарка Оксана Гнатюк попереджає: «Без генераторів лікарня не протримається й доби».",
                "Голова області Іван Федоров раніше заявляв, що генератори закуплять до зими.",
                "«Ми чекаємо з весни», — сказав один із волонтерів, Тарас Коваль."), List.of());
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Оксана Гнатюк", "Лікарка", "попереджає"),
                        tuple("Іван Федоров", "Голова області", "заявляв"),
                        tuple("Тарас Коваль", "один із волонтерів", "сказав"));

        List<Attribution> russianFound = russian.extract(List.of(
                "Врач Наталья Ли предупреждает: «Без генераторов больница не продержится и суток».",
                "Губернатор области Сергей Петров ранее заявлял, что генераторы закупят до зимы.",
                "«Мы ждём с весны», — сказала одна из волонтёров, Дина Ахмедова.",
                "Мэр Бишкека заявил, что тарифы не изменятся.",
                "«Тарифы не изменятся», — повторил мэр Оша."), List.of());
        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Наталья Ли", PERSON, "Врач"),
                        tuple("Сергей Петров", PERSON, "Губернатор области"),
                        tuple("Дина Ахмедова", PERSON, "одна из волонтёров"),
                        // an office and its place name nobody: not a person called "Бишкека"
                        tuple("мэр Бишкека", ANONYMOUS, null), tuple("мэр Оша", ANONYMOUS, null));
    }

    @Test
    void readsTheThirteenthRussianSetsShapesInOtherWordsAndInUkrainian() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Вице-премьер Азиз Абдухакимов сообщил на пресс-конференции, что выплаты начнутся в мае.",
                "Жена Абдухакимова, Нигора, говорит, что семья не видела его месяц.",
                "Правозащитник Шухрат Кудратов назвал приговор «политическим».",
                "По информации организации «Бюро по правам человека», задержанных было больше сорока."), List.of());
        assertThat(russianFound).extracting(Attribution::source, Attribution::role, Attribution::kind)
                .containsExactly(tuple("Азиз Абдухакимов", "Вице-премьер", INDIRECT),
                        tuple("Нигора", "Жена Абдухакимова", INDIRECT),
                        tuple("Шухрат Кудратов", "Правозащитник", DIRECT),
                        tuple("Бюро по правам человека", null, INDIRECT));
        assertThat(russianFound.get(2).text()).isEqualTo("политическим");

        assertThat(ukrainian.extract(List.of("Віце-прем'єр Ольга Стефанішина заявила в інтерв'ю, що переговори тривають.",
                "Омбудсман Дмитро Лубінець назвав обмін «важливим кроком»."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::kind)
                .containsExactly(tuple("Ольга Стефанішина", "Віце-прем'єр", INDIRECT),
                        tuple("Дмитро Лубінець", "Омбудсман", DIRECT));
    }

    @Test
    void readsTheFourteenthRussianSetsShapesInOtherWordsAndInUkrainian() {
        assertThat(russian.extract(List.of(
                "По данным Агентства по делам мигрантов, число уехавших выросло вдвое.",
                "«Работы нет», — сказал ещё один водитель, Бахтияр.",
                "Юрист Динара Смаилова считает, что закон не работает.",
                "«Суды его не применяют», — подчеркнула эксперт."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Агентство по делам мигрантов", null), tuple("Бахтияр", "ещё один водитель"),
                        tuple("Динара Смаилова", "Юрист"), tuple("Динара Смаилова", null));
        assertThat(ukrainian.extract(List.of("Правозахисниця Олена Ткач вважає, що закон не працює.",
                "«Суди його не застосовують», — наголосила експертка."), List.of()))
                .extracting(Attribution::source).containsExactly("Олена Ткач", "Олена Ткач");
    }

    @Test
    void readsTheFifteenthRussianSetsShapesInOtherWordsAndInUkrainian() {
        // a name and a role in the genitive after "по словам", both in the nominative, a man's and a woman's
        assertThat(russian.extract(List.of(
                "По словам директора школы Алексея Петрова, занятия возобновятся в понедельник.",
                "По словам журналистки Зарины Рахимовой, редакцию закрыли без объяснений."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Алексей Петров", "директор школы"), tuple("Зарина Рахимова", "журналистка"));
        // one of them, why only a given name is printed, then the name; one of a named group keeps the group
        assertThat(russian.extract(List.of(
                "Одна из них, попросившая не называть её фамилию, Малика, сказала, что ждёт ответа.",
                "Один из шахтёров, попросивший не называть его фамилию, Бахром, сказал, что шахту затопило."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Малика", null), tuple("Бахром", "Один из шахтёров"));
        // a body's people promising, "Бюро" as a body, "как отметил" after a connective
        assertThat(russian.extract(List.of(
                "В мэрии Оша пообещали, что дорогу отремонтируют летом.",
                "Как сообщает Бюро переписи, население выросло на два процента.",
                "Впрочем, как заметил аудитор Нуржан Сеитов, отчёты никто не проверял."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("мэрия Оша", null), tuple("Бюро переписи", null),
                        tuple("Нуржан Сеитов", "аудитор"));
        assertThat(ukrainian.extract(List.of("У міській раді пообіцяли, що дорогу відремонтують влітку."), List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ORGANISATION);
    }

    @Test
    void readsTheSixteenthRussianSetsShapesInOtherWordsAndInUkrainian() {
        // the person himself or herself, admitting; a forum and an association as bodies after "по данным"
        assertThat(russian.extract(List.of("Педагог Динара Алиева рассказала, что уходит из школы.",
                "Однако сама Алиева признаётся, что будет скучать по ученикам.",
                "По данным Казахстанской ассоциации перевозчиков, на границе стоят четыреста фур.",
                "По данным Экономического форума Ферганы, цены выросли."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Динара Алиева", PERSON), tuple("Динара Алиева", PERSON),
                        tuple("Казахстанская ассоциация перевозчиков", ORGANISATION),
                        tuple("Экономический форум Ферганы", ORGANISATION));
        assertThat(ukrainian.extract(List.of("Фермер Олег Коваленко розповів, що врожай загинув.",
                "Сам Коваленко зізнається, що думає про від'їзд.",
                "За даними Української асоціації фермерів, збитки сягають мільярда."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Олег Коваленко", PERSON), tuple("Олег Коваленко", PERSON),
                        tuple("Українська асоціація фермерів", ORGANISATION));
    }

    @Test
    void readsTradesBeforeANameAsRolesInBothLanguages() {
        // a trade whose word ends as no other occupation's does, before a name and a clause about the person
        assertThat(ukrainian.extract(List.of("Тесляр Микола Гринь, який ремонтує дахи після обстрілів, каже: «Шиферу "
                + "в місті вже немає»."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Микола Гринь", "Тесляр"));
        assertThat(russian.extract(List.of("Столяр Азамат Нуров сказал, что доски подорожали вдвое."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Азамат Нуров", "Столяр"));
    }

    @Test
    void readsPoliceTradesAndATradeNamedByAnAdjectiveInTheGenitiveInBothLanguages() {
        // a trade, then the body it serves in the genitive, then the name
        assertThat(ukrainian.extract(List.of("Детективка Національного бюро Олена Ткач сказала, що документи зникли."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена Ткач", "Детективка Національного бюро"));
        // "according to" gives a trade that is an adjective in the genitive: its nominative is the role
        assertThat(russian.extract(List.of("По словам участкового Бахтиёра Юсупова, кражи начались весной."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бахтиёр Юсупов", "участковый"));
        assertThat(ukrainian.extract(List.of("За словами слідчої Марії Гнатюк, кражі почалися навесні."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Марія Гнатюк", "слідча"));
        // a victim, an adjective as a noun, before the name
        assertThat(ukrainian.extract(List.of("Постраждала Оксана Мельник каже, що машину так і не повернули."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Оксана Мельник", "Постраждала"));
    }

    @Test
    void leavesOnWhatTermsItWasSaidOutOfAnUnnamedSourcesDescriptionInBothLanguages() {
        assertThat(russian.extract(List.of("Один из охранников тюрьмы на условиях анонимности рассказал, что камеры "
                + "переполнены."), List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("один из охранников тюрьмы", ANONYMOUS));
        assertThat(ukrainian.extract(List.of("Працівник митниці анонімно розповів, що огляди скасовують."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("працівник митниці", ANONYMOUS));
    }

    @Test
    void readsOneOfAGroupThenAGivenNameAloneInBothLanguages() {
        assertThat(ukrainian.extract(List.of("Один із водіїв, Тарас, сказав, що дорогу закрили."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тарас", "Один із водіїв"));
        assertThat(russian.extract(List.of("Одна из матерей, Зарина, рассказала, что школа закрыта."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Зарина", "Одна из матерей"));
    }

    @Test
    void readsAnOfficeOfAPlaceBeforeTheNameThoughItsTitleIsAlsoAGivenName() {
        List<Attribution> found = russian.extract(List.of(
                "Аким Жамбылской области Ербол Карашукеев заявил, что дорогу отремонтируют к осени.",
                "Хоким Самарканда Эркинжон Турдимов сообщил, что рынок перенесут за город.",
                "«Цены на муку выросли вдвое», — сказал экономист Хоким Рахимов."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Ербол Карашукеев", "Аким Жамбылской области"),
                        tuple("Эркинжон Турдимов", "Хоким Самарканда"),
                        tuple("Хоким Рахимов", "экономист"));
    }

    @Test
    void readsAGivenNameAfterAPlaceWhenTheSurnameIsWithheldAndAMansConviction() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Мешканець Бучі Андрій, який попросив не називати його прізвища, сказав, що світла немає третій день.",
                "Аналітик Петро Бурковський переконаний, що переговори не почнуться до весни.",
                "Директор школи Іван Гнатюк впевнений, що діти повернуться до класів у вересні."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Андрій", "Мешканець Бучі", "сказав"),
                        tuple("Петро Бурковський", "Аналітик", "переконаний"),
                        tuple("Іван Гнатюк", "Директор школи", "впевнений"));
    }
    @Test
    void readsANameWithASurnameThatDoesNotDeclineAndAccordingToHimAfterBut() {
        List<Attribution> found = russian.extract(List.of(
                "По словам юриста Георгия Чхеидзе, суд рассмотрит жалобу в январе.",
                "По данным экономиста Тамары Гелашвили, цены выросли на 12%.",
                "По словам Нино Гогуа, вина в этом году меньше.",
                "По словам Анны Саакян, в Гюмри не хватает врачей.",
                "Учитель Рустам Назаров вернулся в село в мае.",
                "Зарплату ему повысили, но, по его словам, на жизнь всё равно не хватает."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("Георгий Чхеидзе", "юрист", "суд рассмотрит жалобу в январе"),
                        tuple("Тамара Гелашвили", "экономист", "цены выросли на 12%"),
                        tuple("Нино Гогуа", null, "вина в этом году меньше"),
                        tuple("Анна Саакян", null, "в Гюмри не хватает врачей"),
                        tuple("Рустам Назаров", "Учитель", "на жизнь всё равно не хватает"));
    }
    @Test
    void takesNoAgeBeforeANameForTheRole() {
        List<Attribution> found = russian.extract(List.of(
                "«Мы не уедем отсюда», — говорит 52-летний Бахтияр Саидов, который держит чайхану у вокзала.",
                "Двадцатилетняя Малика Юсупова рассказала, что учится на медсестру."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Бахтияр Саидов", "который держит чайхану у вокзала"),
                        tuple("Малика Юсупова", null));
    }
    @Test
    void readsTheCorrespondentSpokenToAndAPressConferenceWhereItWasHeldBeforeWho() {
        List<Attribution> found = russian.extract(List.of(
                "«Денег на ремонт нет», — сказал корреспонденту IWPR директор школы Самат Бекович.",
                "Как сообщил на брифинге в Бишкеке министр здравоохранения Алымкадыр Бейшеналиев, вакцины поступят в мае."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Самат Бекович", "директор школы"),
                        tuple("Алымкадыр Бейшеналиев", "министр здравоохранения"));
    }
    @Test
    void readsAPressServiceOfABodyInGuillemetsAndABodyWithAClauseAboutItAndAYear() {
        List<Attribution> found = russian.extract(List.of(
                "Как уточнила пресс-служба «Казахтелекома», связь восстановят к утру.",
                "Азиатский банк развития, который выделил кредит на дорогу, в 2019 году сообщал, что работы завершатся "
                        + "через два года."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("пресс-служба «Казахтелекома»", ORGANISATION, "связь восстановят к утру"),
                        tuple("Азиатский банк развития", ORGANISATION, "работы завершатся через два года"));
    }
    @Test
    void readsWordsPassedOnThroughOthersAllQuotedAfterThatAsTheSpeakersOwn() {
        List<Attribution> found = russian.extract(List.of(
                "Журналист Болот Темиров, которого лишили гражданства, через своего адвоката передал, что «продолжит "
                        + "работать из-за границы».",
                "Правозащитница Гульнара Бажкенова через юриста передала, что жалоба уже подана.",
                "Министерство энергетики в 2020 году заявило, что тарифы не вырастут."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(tuple("Болот Темиров", "Журналист", DIRECT, "продолжит работать из-за границы"),
                        tuple("Гульнара Бажкенова", "Правозащитница", INDIRECT, "жалоба уже подана"),
                        tuple("Министерство энергетики", null, INDIRECT, "тарифы не вырастут"));
    }
    @Test
    void readsARelationAndAGivenNameInTheGenitiveInTheNominative() {
        List<Attribution> found = russian.extract(List.of(
                "По словам её сестры Мадины, письма из колонии не доходят.",
                "По словам брата Тимура, адвоката к нему не пускают."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Мадина", "её сестра"), tuple("Тимур", "брат"));
    }
    @Test
    void readsABodysPeopleNamingSomethingAndOneOfAGroupAfterBut() {
        List<Attribution> found = russian.extract(List.of(
                "В посольстве Казахстана назвали задержание «недоразумением».",
                "Аким пообещал открыть школу, но, по словам одной из учительниц, ремонт так и не начался."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("посольство Казахстана", ORGANISATION, DIRECT, "недоразумением"),
                        tuple("одна из учительниц", ANONYMOUS, INDIRECT, "ремонт так и не начался"));
    }
    @Test
    void readsAnOfficeOfAPlaceBeforeANameAndAWomansSurnameThatDoesNotDecline() {
        List<Attribution> found = russian.extract(List.of(
                "Министр внутренних дел Абхазии Тамаз Цахнакия сообщил, что пост на мосту усилят.",
                "По словам журналистки Лианы Ашба, в Гали не хватает учителей."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("Тамаз Цахнакия", "Министр внутренних дел Абхазии"),
                        tuple("Лиана Ашба", "журналистка"));
    }
    @Test
    void readsAPressServiceOfACompanyInGuillemetsAndAPlaceInThePrepositionalBeforeAName() {
        List<Attribution> found = russian.extract(List.of(
                "Как сообщили IWPR в пресс-центре предприятия «Таджиктелеком», связь восстановят к утру.",
                "Хозяин чайханы в районе Вахдат Абдулло Назаров сказал, что воды нет с июня."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("пресс-центр предприятия «Таджиктелеком»", null),
                        tuple("Абдулло Назаров", "Хозяин чайханы в районе Вахдат"));
    }
    @Test
    void readsABodyOfThreeAdjectivesAfterAccordingToAndAnOfficerOfABodyByName() {
        List<Attribution> found = ukrainian.extract(List.of(
                "За даними Київської міської державної адміністрації, опалення дадуть у жовтні.",
                "Як повідомив голова управління охорони здоров'я Іван Мельник, лікарні мають генератори."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("Київська міська державна адміністрація", ORGANISATION, null),
                        tuple("Іван Мельник", PERSON, "голова управління охорони здоров'я"));
    }
    @Test
    void readsAKindOfPersonWhoStaysUnknownAfterAnAdjectiveOrBeforeWhereSheLives() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Водитель, пожелавший остаться неизвестным, сказал: «Дорогу закрыли без предупреждения».",
                "Пожилой пенсионер рассказал IWPR, что пенсию задерживают третий месяц."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Мешканка Ізюма, яка побажала залишитися невідомою, розповіла, що світла немає тиждень."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("водитель", ANONYMOUS), tuple("пожилой пенсионер", ANONYMOUS));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("мешканка Ізюма", ANONYMOUS));
    }
    @Test
    void readsABodyInTheGenitiveAfterAnOccupationOpeningTheSentenceAndAWhenBeforeTheName() {
        List<Attribution> found = russian.extract(List.of(
                "Судья Верховного Суда Бакыт Жолдошев заявил, что дело вернут на доследование.",
                "Накануне Айжан Садыкова сообщила, что уходит с должности."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бакыт Жолдошев", "Судья Верховного Суда"), tuple("Айжан Садыкова", null));
    }
    @Test
    void readsALineOfDialogueWithADashAndTwoSentencesAndAQuestion() {
        List<Attribution> found = russian.extract(List.of(
                "Фермер Нурлан Абенов рассказал, что воды нет с мая.",
                "— Арык пересох. Без воды нет урожая — нет и денег, — добавил он.",
                "— Кто нам заплатит? — спрашивает Гульмира Сатыбалдиева."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("Нурлан Абенов", INDIRECT, "воды нет с мая"),
                        tuple("Нурлан Абенов", DIRECT, "Арык пересох. Без воды нет урожая — нет и денег"),
                        tuple("Гульмира Сатыбалдиева", DIRECT, "Кто нам заплатит?"));
    }
    @Test
    void readsTheNameAPersonGaveAndAGivenNameAfterAnInstitutionsAdjective() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Продавщица, назвавшаяся Ниной, рассказала, что торгует на рынке двадцать лет.",
                "Преподаватель Бишкекского медицинского колледжа Асель отметила, что студентов стало меньше."),
                List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Чоловік, який представився Олегом, розповів, що їхнє село обстрілюють щодня."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Нина", "Продавщица"),
                        tuple("Асель", "Преподаватель Бишкекского медицинского колледжа"));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег", "Чоловік"));
    }
    @Test
    void readsWhomSomeoneAssuredInTheAccusative() {
        List<Attribution> russianFound = russian.extract(List.of(
                "Министр энергетики Данияр Ибраимов заверил журналистов, что отключений зимой не будет."), List.of());
        List<Attribution> ukrainianFound = ukrainian.extract(List.of(
                "Голова громади Петро Мельник запевнив журналістів, що укриття відкриті цілодобово."), List.of());

        assertThat(russianFound).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Данияр Ибраимов", "заверил журналистов"));
        assertThat(ukrainianFound).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Петро Мельник", "запевнив журналістів"));
    }
    @Test
    void readsABodyThatAnsweredARequestAndABodysNameListingItsFields() {
        List<Attribution> found = russian.extract(List.of(
                "В мэрии Бишкека в ответ на запрос IWPR сообщили, что новые автобусы выйдут на линии весной.",
                "По данным Министерства образования, науки и инновационной политики Кыргызстана, учителей не хватает."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(
                        tuple("мэрия Бишкека", "новые автобусы выйдут на линии весной"),
                        tuple("Министерство образования, науки и инновационной политики Кыргызстана",
                                "учителей не хватает"));
    }

    @Test
    void readsTheScientistAsTheKnowerOfAFieldLastNamed() {
        assertThat(ukrainian.extract(List.of("Ґрунтознавиця Олена Мельник вважає, що чорнозем відновиться нескоро.",
                "«Потрібно щонайменше двадцять років», — наголосила науковиця."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена Мельник", "Ґрунтознавиця"), tuple("Олена Мельник", null));
        assertThat(russian.extract(List.of("По словам сейсмолога Марата Жумабаева, толчки продолжатся.",
                "«Город к этому не готов», — предупредил ученый."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марат Жумабаев", "сейсмолог"), tuple("Марат Жумабаев", null));
    }

    @Test
    void takesNeitherAConversationOpeningTheSentenceNorTheQuestionAnsweredForTheRole() {
        assertThat(ukrainian.extract(List.of("У розмові з IWPR Олена Коваль зазначила, що ціни на житло зросли вдвічі."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена Коваль", null));
        assertThat(russian.extract(List.of("«Пока рано», — ответила Гульнара Асанова на вопрос, когда закончится ремонт."),
                List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара Асанова", null));
    }

    @Test
    void readsWhatABodysPeoplePromisedToDo() {
        assertThat(russian.extract(List.of("В мэрии Оша пообещали отремонтировать мост до зимы."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("мэрия Оша", "отремонтировать мост до зимы"));
        assertThat(ukrainian.extract(List.of("У міській раді пообіцяли відновити водопостачання за тиждень."),
                List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("міська рада", "відновити водопостачання за тиждень"));
    }

    @Test
    void readsSomeoneWhoDisagreesABodysPeoplesViewAfterTheWordsAndAnOwnChannel() {
        List<Attribution> ru = russian.extract(List.of(
                "Руководитель профсоюза Асылбек Токтоматов не согласен: «Зарплаты не росли пять лет».",
                "Цены на хлеб вырастут еще на десять процентов, полагают в министерстве экономики.",
                "«Никто не спрашивал мнения жителей», — написала в своем блоге активистка из Оша Айжан Мамбетова.",
                "Нургуль Сыдыкова в своей колонке написала, что школа стоит без крыши."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Голова громади Олег Мельник не погоджується: «Дорогу відремонтують до зими».",
                "Ціни на пальне зростуть, вважають у міністерстві економіки.",
                "«Нас ніхто не питав», — пише на своїй сторінці у Facebook депутатка Ірина Коваль."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue)
                .containsExactly(
                        tuple("Асылбек Токтоматов", PERSON, "Руководитель профсоюза", DIRECT, "не согласен"),
                        tuple("министерство экономики", ORGANISATION, null, INDIRECT, "полагают"),
                        tuple("Айжан Мамбетова", PERSON, "активистка из Оша", DIRECT, "написала"),
                        tuple("Нургуль Сыдыкова", PERSON, null, INDIRECT, "написала"));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue)
                .containsExactly(
                        tuple("Олег Мельник", PERSON, "Голова громади", DIRECT, "не погоджується"),
                        tuple("міністерство економіки", ORGANISATION, null, INDIRECT, "вважають"),
                        tuple("Ірина Коваль", PERSON, "депутатка", DIRECT, "пише"));
    }

    @Test
    void readsTheNounOfAnOfficeInTheGenitiveInTheNominative() {
        List<Attribution> ru = russian.extract(List.of(
                "По словам акима Алматинской области Марата Султангазиева, дорогу откроют весной."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "На думку очільника громади Тараса Мельника, школу відбудують до осені."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марат Султангазиев", "аким Алматинской области"));
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тарас Мельник", "очільник громади"));
    }

    @Test
    void readsAUkrainianMansGivenNameInOFromItsGenitiveButNotARussianOne() {
        List<Attribution> uk = ukrainian.extract(List.of(
                "За словами Дмитра Коваленка, міст відремонтують за місяць.",
                "За словами Олександра Мельника, ремонт затягнеться.",
                "На думку його брата Михайла, ніхто не поспішає."), List.of());
        List<Attribution> ru = russian.extract(List.of(
                "По словам Петра Иванова, мост отремонтируют за месяц."), List.of());

        assertThat(uk).extracting(Attribution::source)
                .containsExactly("Дмитро Коваленко", "Олександр Мельник", "Михайло");
        assertThat(ru).extracting(Attribution::source).containsExactly("Петр Иванов");
    }

    @Test
    void readsByTheAssertionOfABodyAndASpeechBeforeTheRole() {
        List<Attribution> ru = russian.extract(List.of(
                "По утверждению министерства, задержаны двенадцать человек.",
                "«Я ни в чем не виноват», — сказал в последнем слове подсудимый Тимур Алиев."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "За твердженням міністерства, затримано дванадцять осіб.",
                "«Місто вистоїть», — заявив у зверненні мер Ігор Терехов."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("министерство", ORGANISATION, null),
                        tuple("Тимур Алиев", PERSON, "подсудимый"));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("міністерство", ORGANISATION, null),
                        tuple("Ігор Терехов", PERSON, "мер"));
    }

    @Test
    void readsAWitnessByPseudonymAClauseBeforeWhoAndWhomItWasToldAfterWhat() {
        List<Attribution> ru = russian.extract(List.of(
                "Свидетель под псевдонимом «Гром» рассказал, что склад охранялся.",
                "Адвокат Тимур Алиев заявил, что его подзащитный невиновен.",
                "«Это провокация», — сказал он журналистам после заседания.",
                "Парламент принял закон, а спикер Нурлан Нигматулин сказал, что поправки вступят в силу в марте."),
                List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Свідок під псевдонімом К-7 сказав, що бачив колону техніки."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гром", "Свидетель"), tuple("Тимур Алиев", "Адвокат"),
                        tuple("Тимур Алиев", null), tuple("Нурлан Нигматулин", "спикер"));
        assertThat(uk).extracting(Attribution::source, Attribution::role).containsExactly(tuple("К-7", "Свідок"));
    }

    @Test
    void readsATrialsGerundsWhomItWasToldAndWhatWasCommentedOn() {
        List<Attribution> ru = russian.extract(List.of(
                "Прокурор Дина Сейтова потребовала пять лет заключения, подчеркнув, что ущерб не возмещен.",
                "Выступая в прениях, адвокат Ольга Иванова заявила, что доказательств нет.",
                "Свидетель Марат Оспанов рассказал суду, что видел подсудимого у банка.",
                "«Мы будем обжаловать», — прокомментировал решение суда адвокат Бакыт Осмонов.",
                "«Я невиновен», — сказал в суде подсудимый Асхат Ахметов.",
                "Судья Ирина Ким возразила, что ходатайство подано поздно."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Прокурор Ігор Савчук вимагав суворого покарання, наголосивши, що провина доведена.",
                "На думку юристки Марії Коваль, вирок буде оскаржено."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("Дина Сейтова", "Прокурор", "подчеркнув"),
                        tuple("Ольга Иванова", "адвокат", "заявила"),
                        tuple("Марат Оспанов", "Свидетель", "рассказал суду"),
                        tuple("Бакыт Осмонов", "адвокат", "прокомментировал"),
                        tuple("Асхат Ахметов", "подсудимый", "сказал"),
                        tuple("Ирина Ким", "Судья", "возразила"));
        // in Ukrainian "заявив" is the past tense ("Прокурор X заявив, що"), its gerund "заявивши"
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ігор Савчук", "Прокурор"), tuple("Марія Коваль", "юристка"));
    }

    @Test
    void readsAnAnswerBeforeAQuestionsWordsAtTheTrialAndAStateProsecutor() {
        List<Attribution> ru = russian.extract(List.of(
                "Отвечая на вопрос прокурора, эксперт Тимур Саидов сказал, что подпись поддельная.",
                "Представитель защиты на процессе заявил, что свидетелей запугивали.",
                "Гособвинитель Асель Жунусова заявила, что вина доказана."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур Саидов", "эксперт"), tuple("представитель защиты", null),
                        tuple("Асель Жунусова", "Гособвинитель"));
    }

    @Test
    void readsAPartyAndAChannelInGuillemetsANetworkAfterTheVerbAndASecretaryInTheGenitive() {
        List<Attribution> ru = russian.extract(List.of(
                "Депутат от партии «Ата-Мекен» Алмаз Сыдыков в эфире радио «Азаттык» заявил: «Мы пойдем на выборы»."),
                List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "«Ми не здамося», — написала в Instagram депутатка Олена Шуляк.",
                "За словами лікаря районної лікарні Івана Гнатюка, ліків вистачить до весни."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role, Attribution::kind)
                .containsExactly(tuple("Алмаз Сыдыков", "Депутат от партии «Ата-Мекен»", DIRECT));
        // Ukrainian's "лікар" takes "я" in the genitive without a soft sign
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена Шуляк", "депутатка"), tuple("Іван Гнатюк", "лікар районної лікарні"));
    }

    @Test
    void readsACallSignAnOfficeOfAMinistryAndAnUnnamedSoldiersClause() {
        List<Attribution> ru = russian.extract(List.of(
                "Боец с позывным «Сокол» рассказал, что позиции обстреливают каждую ночь.",
                "Представитель Минобороны Казахстана Ерлан Сулеев заявил, что учения пройдут по плану.",
                "«Нас никто не предупредил», — сказала переселенка из Мариуполя.",
                "Врач, работающий в полевом госпитале, попросил не называть его имени и сказал, что лекарств не хватает.",
                "В Генштабе сообщили, что атаки отбиты."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Командир взводу з позивним «Грім» сказав, що снарядів вистачає."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role, Attribution::sourceKind)
                .containsExactly(tuple("Сокол", "Боец", PERSON),
                        tuple("Ерлан Сулеев", "Представитель Минобороны Казахстана", PERSON),
                        tuple("переселенка из Мариуполя", null, ANONYMOUS),
                        tuple("врач, работающий в полевом госпитале", null, ANONYMOUS),
                        tuple("Генштаб", null, ORGANISATION));
        assertThat(uk).extracting(Attribution::source, Attribution::role).containsExactly(tuple("Грім", "Командир взводу"));
    }

    @Test
    void readsAnUnnamedRepresentativeInTheGenitiveAndARefugeeInUkrainian() {
        List<Attribution> ru = russian.extract(List.of(
                "По словам представителя посольства, визы выдают без задержек."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "«Повертатися нам нікуди», — сказав біженець з Маріуполя."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("представитель посольства", ANONYMOUS));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("біженець з Маріуполя", ANONYMOUS));
    }

    @Test
    void readsABodyThatSpeaksThroughItsReportAndAHeadquarters() {
        List<Attribution> ru = russian.extract(List.of(
                "В отчете Всемирного банка отмечается, что рост замедлится."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "У звіті моніторингової місії ОБСЄ наголошується, що обстріли посилилися.",
                "За даними оперативного штабу, світло повернули в усі будинки."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Всемирный банк", ORGANISATION));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("моніторингова місія ОБСЄ", ORGANISATION), tuple("оперативний штаб", ORGANISATION));
    }

    @Test
    void readsAProgrammeAndAShortenedMinistryAsBodies() {
        List<Attribution> ru = russian.extract(List.of(
                "Число бедных семей выросло на треть, говорится в отчете Продовольственной программы ООН.",
                "В Минсельхозе сообщили, что урожай будет ниже прошлогоднего."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "У Мінекономіки повідомили, що експорт зерна скоротився.",
                "Згідно з даними Програми розвитку ООН, відбудова коштуватиме мільярди."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Продовольственная программа ООН", ORGANISATION),
                        tuple("Минсельхоз", ORGANISATION));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Мінекономіки", ORGANISATION), tuple("Програма розвитку ООН", ORGANISATION));
    }

    @Test
    void readsABodysReportAfterAsItSaysAndARelationOrTradeSetApartBeforeAFullName() {
        List<Attribution> ru = russian.extract(List.of(
                "Как отмечается в докладе Всемирного банка, уровень бедности в стране снизился.",
                "Брат погибшего, Руслан Исаев, сказал, что следствие затягивают."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Як зазначається в доповіді Міністерства охорони здоров'я, кількість хворих зросла вдвічі.",
                "Вчителька місцевої школи, Ганна Бойко, розповіла, що заняття проходять в укритті."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Всемирный банк", ORGANISATION, null),
                        tuple("Руслан Исаев", PERSON, "Брат погибшего"));
        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Міністерство охорони здоров'я", ORGANISATION, null),
                        tuple("Ганна Бойко", PERSON, "Вчителька місцевої школи"));
    }

    @Test
    void keepsTheSpaceInAnOfficeOfABodyWhoseNameEndsAsAPersonsNoun() {
        List<Attribution> found = russian.extract(List.of(
                "Глава Госбанка Алмаз Исаков сказал, что кредиты подорожают."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Алмаз Исаков", "Глава Госбанка"));
    }

    @Test
    void makesAPersonNamedAgainBySurnameTheOneAPronounMeans() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Ганна Бойко торгує рибою на ринку.",
                "Працівник ринку, який попросив не називати його імені, сказав, що торгівля впала.",
                "Бойко не збирається їхати. «Тут мій дім», — каже вона."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("працівник ринку", ANONYMOUS), tuple("Ганна Бойко", PERSON));
    }

    @Test
    void learnsAPersonIntroducedWithAnAgeAndAUkrainianSurnameAndRemembersTheirWords() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Вісімдесятирічна Марія Стрілець тче рушники у Кролевці.",
                "«Кожен рушник має свій візерунок», — розповідає вона.",
                "Стрілець пригадує, що до війни в місті було три фабрики."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Марія Стрілець", null, "розповідає"), tuple("Марія Стрілець", null, "пригадує"));
        // surnames in "-ик" and "-як" too
        assertThat(ukrainian.extract(List.of("Олег Мельник тримає пасіку під Житомиром.",
                "«Бджоли не люблять поспіху», — каже він.", "Ігор Коваляк ремонтує човни на Дністрі.",
                "«Дерево треба чути», — каже він."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Мельник", "Ігор Коваляк");
    }

    @Test
    void readsAGivenNameAfterTheClauseThatGivesOnlyItAndARelationSetApartAfterAGivenName() {
        List<Attribution> ru = russian.extract(List.of(
                "Продавщица, назвавшая только свое имя, Гульнара, сказала, что цены выросли вдвое."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Тарас, її племінник, вважає, що майстерню треба продати."), List.of());
        List<Attribution> described = russian.extract(List.of(
                "Пожилая женщина, ее соседка, сказала, что воды нет третий день."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара", "Продавщица"));
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тарас", "її племінник"));
        // a description, not a given name, before the relation: no person named so
        assertThat(described).extracting(Attribution::source).doesNotContain("Пожилая женщина");
    }

    @Test
    void readsAMuseumOrALibraryWhereWordsWereSaidInTheNominative() {
        List<Attribution> uk = ukrainian.extract(List.of(
                "У бібліотеці імені Франка повідомили, що читальний зал закриють на ремонт.",
                "У музеї історії міста розповіли, що експозицію оновлять."), List.of());
        List<Attribution> ru = russian.extract(List.of(
                "В музее истории Оша сообщили, что экспозицию перенесут."), List.of());

        assertThat(uk).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("бібліотека імені Франка", ORGANISATION), tuple("музей історії міста", ORGANISATION));
        assertThat(ru).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("музей истории Оша", ORGANISATION));
    }

    @Test
    void leavesWhenASentenceOpensWithOutOfThePersonItIsAbout() {
        List<Attribution> ru = russian.extract(List.of(
                "Каждый вечер Гульнара Асанова закрывает лавку последней.",
                "«Покупателей все меньше», — говорит она."), List.of());
        List<Attribution> uk = ukrainian.extract(List.of(
                "Щодня Олена Ткаченко їздить на ринок у Херсоні.",
                "«Ціни ростуть щотижня», — каже вона."), List.of());

        assertThat(ru).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара Асанова", null));
        assertThat(uk).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена Ткаченко", null));
    }

    @Test
    void readsAGivenNameWithWhatThePersonIsSetApartAfterIt() {
        List<Attribution> found = russian.extract(List.of(
                "Дильноза, пациентка роддома в Худжанде, сказала, что врачи просили у нее деньги."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Дильноза", "пациентка роддома в Худжанде"));
    }
    @Test
    void readsTheMediasTradesAndAPresenterInTheGenitiveBeforeWhoseInBothLanguages() {
        assertThat(russian.extract(List.of("Фотокорреспондент Азиз Каримов сказал, что флешку у него отобрали."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Азиз Каримов", "Фотокорреспондент"));
        assertThat(russian.extract(List.of("По словам колумнистки Дианы Ахмедовой, цензура вернулась."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Диана Ахмедова", "колумнистка"));
        // an adjective that names a trade, in the genitive, with whose after it
        assertThat(ukrainian.extract(List.of("За словами ведучого ранкового ефіру Петра Коваля, рекламу скоротили."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро Коваль", "ведучий ранкового ефіру"));
    }
    @Test
    void readsATradeInErOrShchikBeforeANameAndAWomansTradeInTheGenitiveInBothLanguages() {
        // a trade in no list, by its ending, before a name; the given names that end so keep their place
        assertThat(russian.extract(List.of("Дилер Дамир Ахметов сказал, что машины подорожали.",
                "Обходчик Руслан Ибрагимов рассказал, что стройка остановилась.",
                "Алишер Рустам Кадыров сказал, что съёмки отложены."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Дамир Ахметов", "Дилер"),
                        tuple("Руслан Ибрагимов", "Обходчик"), tuple("Алишер Рустам Кадыров", null));
        // a woman's trade in the genitive, in no list, in the nominative by the ending of women's trades
        assertThat(ukrainian.extract(List.of("За словами кравчині Ольги Сидоренко, тканина подорожчала."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ольга Сидоренко", "кравчиня"));
        assertThat(russian.extract(List.of("По словам наладчицы Марины Соколовой, станки простаивают."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Марина Соколова", "наладчица"));
    }

    @Test
    void givesANameWithADroppedVowelOrAMansNameInAInTheNominativeAndReadsUnions() {
        assertThat(ukrainian.extract(List.of("За словами Остапа Горобця, шахту затопило.",
                "За словами Луки Стрільця, шахту відкачали."), List.of()))
                .extracting(Attribution::source).containsExactly("Остап Горобець", "Лука Стрілець");
        assertThat(russian.extract(List.of("По словам Фомы Кравца, цех закрыт.", "По словам Гиви Гелашвили, цех открыт."),
                List.of())).extracting(Attribution::source).containsExactly("Фома Кравец", "Гиви Гелашвили");
        assertThat(russian.extract(List.of("В профсоюзе металлургов заявили, что готовят забастовку."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("профсоюз металлургов", ORGANISATION));
        assertThat(ukrainian.extract(List.of("У профспілці залізничників повідомили, що готують страйк."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("профспілка залізничників", ORGANISATION));
    }
    @Test
    void leavesAPlacesNameInTheGenitiveInAnOfficesRoleBeforeANameInBothLanguages() {
        assertThat(ukrainian.extract(List.of("За словами голови спілки пасічників Полтавщини Семена Бойка, мед подешевшав."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Семен Бойко", "голова спілки пасічників Полтавщини"));
        assertThat(russian.extract(List.of("По словам директора союза фермеров Киргизии Бакыта Осмонова, цены упали."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бакыт Осмонов", "директор союза фермеров Киргизии"));
    }

    @Test
    void givesAUkrainianSurnameThatIsAnAdjectiveInTheGenitiveItsNominative() {
        assertThat(ukrainian.extract(List.of("За словами Василя Лозового, мости відновлять до зими.",
                "За словами Андрія Рябого, дорогу відкрили."), List.of()))
                .extracting(Attribution::source).containsExactly("Василь Лозовий", "Андрій Рябий");
    }

    @Test
    void readsABodyNamedInThePluralInTheGenitiveInBothLanguages() {
        assertThat(ukrainian.extract(List.of("За даними Сухопутних військ, атаку відбито."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Сухопутні війська", ORGANISATION));
        assertThat(russian.extract(List.of("По данным Вооружённых сил Армении, обстрел прекратился."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Вооружённые силы Армении", ORGANISATION));
    }
    @Test
    void readsHeritagesTradesBeforeANameInBothLanguages() {
        assertThat(russian.extract(List.of("Реставратор Ильдар Хасанов сказал, что купол укрепят к осени."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ильдар Хасанов", "Реставратор"));
        assertThat(ukrainian.extract(List.of("Реставратор Петро Марчук каже, що туристів стало більше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Петро Марчук", "Реставратор"));
    }

    @Test
    void readsACompanyNamedInGuillemetsAloneAfterInInTheNominative() {
        assertThat(russian.extract(List.of("В «Лукойле» сообщили, что цены на бензин не изменятся.",
                        "«Поставки идут по графику», — уточнили в «Транснефти».",
                        "Как заявили в «Аэрофлоте», рейсы возобновят в июне."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                        tuple("Лукойл", ORGANISATION), tuple("Транснефть", ORGANISATION),
                        tuple("Аэрофлот", ORGANISATION));
        assertThat(ukrainian.extract(List.of("В «Енергоатомі» повідомили, що блок підключено до мережі.",
                        "У «Приватбанку» пояснили, що збій усунуто.",
                        "В «Укрзалізниці» заявили, що потяги йдуть за розкладом."), List.of()))
                .extracting(Attribution::source).containsExactly("Енергоатом", "Приватбанк", "Укрзалізниця");
    }

    @Test
    void readsTheRedCrossAndTheRedCrescentAsBodies() {
        assertThat(russian.extract(List.of("В Красном Полумесяце сообщили, что палатки доставлены."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Красный Полумесяц", ORGANISATION));
        assertThat(ukrainian.extract(List.of("За даними Червоного Хреста, без води залишилися тисячі людей."),
                List.of())).extracting(Attribution::source).containsExactly("Червоний Хрест");
    }

    @Test
    void readsAPersonByAChangedNameWithItsNote() {
        assertThat(russian.extract(List.of("«Он забрал мой паспорт», — сказала Мадина (имя изменено по её просьбе)."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Мадина", PERSON, null));
        assertThat(ukrainian.extract(List.of("«Я боялася дзвонити в поліцію», — каже Ірина (ім'я змінено)."),
                List.of())).extracting(Attribution::source).containsExactly("Ірина");
    }

    @Test
    void givesAFormerInmatesRoleInTheNominative() {
        assertThat(russian.extract(List.of("По словам бывшей заключённой Анны Ким, в колонии нет врача."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Анна Ким", "бывшая заключённая"));
    }

    @Test
    void leavesTheCommaThatSetsTheNameApartOutOfARoleWithACommaInside() {
        assertThat(ukrainian.extract(List.of("Директор департаменту з питань біженців, переселенців і мігрантів, "
                + "Олег Мельник заявив, що заявки розглядають за тиждень."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег Мельник", "Директор департаменту з питань біженців, переселенців і мігрантів"));
        assertThat(russian.extract(List.of("Уполномоченный по делам лиц, пострадавших от паводка, Иван Сергеев сообщил, "
                + "что выплаты начнутся в мае."), List.of()))
                .extracting(Attribution::role).containsExactly("Уполномоченный по делам лиц, пострадавших от паводка");
    }

    @Test
    void leavesTheAgeOutOfTheRoleBeforeAGivenNameAlone() {
        assertThat(russian.extract(List.of("«Воды нет с мая», — говорит 45-летний фермер Бахтиёр."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Бахтиёр", "фермер"));
        assertThat(ukrainian.extract(List.of("«Світла не було тиждень», — каже 60-річна пенсіонерка Галина."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Галина", "пенсіонерка"));
    }

    @Test
    void readsTheGenitivePlaceAfterAResidentAsTheRoleBeforeAGivenName() {
        assertThat(russian.extract(List.of("«Свет дают на два часа», — сказал уроженец Нарына Бакыт.",
                "«Мы ждём автобус с утра», — сказала жительница Оша Айгуль.",
                // a woman's given name and a short surname, or a surname, after a resident are her name
                "«Рынок закрыли», — сказала жительница Гульнара Ли."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бакыт", "уроженец Нарына"), tuple("Айгуль", "жительница Оша"),
                        tuple("Гульнара Ли", "жительница"));
        assertThat(ukrainian.extract(List.of("«Води немає тиждень», — розповів мешканець Херсона Тарас."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тарас", "мешканець Херсона"));
    }

    @Test
    void readsThePlaceAfterANameAsTheRole() {
        assertThat(ukrainian.extract(List.of("«Черга до лікаря — два місяці», — каже Оксана Мельник з Житомира."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Оксана Мельник", "з Житомира"));
        assertThat(russian.extract(List.of("«Автобусов нет с осени», — рассказала Анна Ким из Оша."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Анна Ким", "из Оша"));
    }

    @Test
    void keepsADotInsideALatinNameInTheRoleAfterTheVerb() {
        assertThat(russian.extract(List.of("«Трафик вырос вдвое», — сказал директор сайта Kaktus.media Марат Исаев."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марат Исаев", "директор сайта Kaktus.media"));
    }

    @Test
    void readsABodyNamedByOneCompoundWordAfterIn() {
        assertThat(russian.extract(List.of("В Кыргызгазе сообщили, что подачу газа возобновят к вечеру.",
                        "Как заявили в Узгидромете, заморозки продлятся до пятницы.",
                        // a country in the locative is where it was said, not who said it
                        "В Казахстане сообщили, что цены на газ не изменятся."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Кыргызгаз", ORGANISATION), tuple("Узгидромет", ORGANISATION));
        assertThat(ukrainian.extract(List.of("В Нафтогазі повідомили, що тарифи не зростуть."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Нафтогаз", "тарифи не зростуть"));
    }

    @Test
    void readsWhatABodysPeopleUrgedAndWhom() {
        assertThat(russian.extract(List.of("В акимате призвали водителей не выезжать на трассу."), List.of()))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("акимат", "призвали", "водителей не выезжать на трассу"));
        assertThat(ukrainian.extract(List.of("У міністерстві закликали батьків зареєструвати дітей."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("міністерство", "батьків зареєструвати дітей"));
    }

    @Test
    void leavesAPriestsTitleOfAddressOutOfTheRole() {
        assertThat(ukrainian.extract(List.of("«Храм відбудуємо до Великодня», — сказав настоятель церкви "
                + "Святого Миколая отець Іван."), List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Іван", "настоятель церкви Святого Миколая"));
    }

    @Test
    void readsAnObservatoryAsABody() {
        assertThat(ukrainian.extract(List.of("За даними Львівської обсерваторії, морози триматимуться тиждень."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Львівська обсерваторія", ORGANISATION));
        assertThat(russian.extract(List.of("По данным Бишкекской обсерватории, смог держится третьи сутки."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Бишкекская обсерватория", ORGANISATION));
    }

    @Test
    void learnsAPersonNamedAfterATradeWhateverTheSurnamesEnding() {
        assertThat(russian.extract(List.of("Сварщик Иван Коваль работает на заводе двадцать лет.",
                "«Зарплату задерживают третий месяц», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Иван Коваль", "Сварщик"));
    }

    @Test
    void learnsARelationSetApartBeforeAGivenName() {
        assertThat(russian.extract(List.of("Экономист Анна Петрова объяснила, что цены растут.",
                "Сестра Марата, Айгуль, учится в Бишкеке.",
                "«Я не знаю, когда увижу брата», — сказала она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Анна Петрова", "Экономист"), tuple("Айгуль", "Сестра Марата"));
    }

    @Test
    void readsWhatSomeoneAnswersInThePresent() {
        assertThat(russian.extract(List.of("Директор школы Ирина Ким отвечает, что ремонта не будет."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ирина Ким", "ремонта не будет"));
        assertThat(ukrainian.extract(List.of("Директорка школи Ірина Кім відповідає, що ремонту не буде."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ірина Кім", "ремонту не буде"));
    }

    @Test
    void readsABodysNameThatListsItsFieldsAfterAccordingTo() {
        assertThat(russian.extract(List.of("По данным Министерства здравоохранения, социального развития и труда, "
                + "больниц не хватает."), List.of())).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Министерство здравоохранения, социального развития и труда",
                        "больниц не хватает"));
        // words that list things after the body are the words said
        assertThat(russian.extract(List.of("По данным Минздрава, число больных и умерших выросло."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Минздрав", "число больных и умерших выросло"));
    }

    @Test
    void readsHowTheWordsWereSaidAfterThemAsTheirVerb() {
        assertThat(russian.extract(List.of("«Пенсии не хватает даже на хлеб», — вздыхает пенсионер Иван Ким."),
                List.of())).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Иван Ким", "вздыхает"));
        assertThat(ukrainian.extract(List.of("«Тепер у нас є світло», — усміхається вчителька Ольга Ткач."),
                List.of())).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Ольга Ткач", "усміхається"));
    }

    @Test
    void learnsWhoseSomeoneIsSetApartBeforeTheirDescriptionAndName() {
        assertThat(russian.extract(List.of("Его сосед, бывший шахтёр Николай Петренко, держит пасеку.",
                        "«Мёда в этом году вдвое меньше», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Николай Петренко", "Его сосед, бывший шахтёр"));
    }

    @Test
    void learnsARelationAfterAPossessiveSetApartBeforeAGivenName() {
        assertThat(ukrainian.extract(List.of("Фермер Іван Петренко вирощує пшеницю.",
                        "Його дочка, Оксана, навчається в Києві.",
                        "«Я повернуся на ферму», — сказала вона."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", "Його дочка"));
        assertThat(russian.extract(List.of("Терапевт Ирина Ким принимает до ночи.", "«Больных всё больше», — говорит она."),
                List.of())).extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ирина Ким", "Терапевт"));
    }

    @Test
    void givesAPronounToThePersonWhoseRoleOrSurnameSaysTheirSex() {
        // "она" after a man was named is the woman named before him: her role's noun, or her surname, says so
        assertThat(russian.extract(List.of("Пенсионерка Роза Ахметова живёт в бараке с 1980 года.",
                        "Прораб Ерлан Сапаров обещает закончить ремонт к зиме.",
                        "«Я уже не верю обещаниям», — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Роза Ахметова", "Пенсионерка"));
        // a woman's role keeps a Ukrainian surname in "-ин", which is no man's by its ending, hers
        assertThat(ukrainian.extract(List.of("Медсестра Галина Литвин працює в лікарні двадцять років.",
                        "Головний лікар Петро Коваленко визнав, що персоналу бракує.",
                        "«Ми тримаємося на ентузіазмі», — каже вона."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Петро Коваленко", 1), tuple("Галина Литвин", 2));
    }

    @Test
    void refersBackByAWomansOrAMansNounAsAPronounWould() {
        // a relation after a possessive and a given name without commas, then "девочка"
        assertThat(russian.extract(List.of("Швея Гульнара Исмаилова шьёт национальные платья.",
                        "Её дочка Амина учится в седьмом классе.",
                        "«Я тоже буду шить, но для себя», — улыбается девочка."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Амина", "Её дочка"));
        // "літня жінка" is not the young woman last named, nor the man after her
        assertThat(ukrainian.extract(List.of("Пенсіонерка Марія Гончаренко досі тримає корову.",
                        "Її онука Софія приїжджає на літо.",
                        "Голова громади Василь Кравченко обіцяє відремонтувати дорогу.",
                        "«Я чую це вже десять років», — каже літня жінка."), List.of()))
                .extracting(Attribution::source).containsExactly("Марія Гончаренко");
    }

    @Test
    void learnsATradeByItsEndingAndARelationOfACommonNounWithAnAge() {
        // a trade the lists lack, by its ending, before a name whose surname has no surname's ending
        assertThat(russian.extract(List.of("Сапожник Тимур Ан держит мастерскую у рынка.",
                        "«Обувь теперь не чинят, а выбрасывают», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тимур Ан", "Сапожник"));
        // whose someone is by a common noun, and an age before the given name, set apart
        assertThat(russian.extract(List.of("Швея Зарина Каримова шьёт на заказ.",
                        "Сын хозяйки, двенадцатилетний Бахром, разносит заказы по домам.",
                        "«Мне платят конфетами», — говорит мальчик."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Бахром", "Сын хозяйки"));
    }

    @Test
    void refersBackByARoleNounToWhoeverWasNamedWithItNotOnlyTheLast() {
        assertThat(ukrainian.extract(List.of("Фельдшерка Ірина Савчук приймає в амбулаторії сама.",
                        "«Ліків вистачає на тиждень», — каже вона.",
                        "Голова громади Петро Мельничук обіцяє нового лікаря.",
                        "«Обіцяють уже третій рік», — відповіла фельдшерка."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Ірина Савчук", 1), tuple("Ірина Савчук", 3));
        // a press service as Ukrainian spells it since 2019, all of it
        assertThat(ukrainian.extract(List.of("У пресслужбі «Нафтогазу» повідомили, що тарифи не зміняться."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("пресслужба «Нафтогазу»", ORGANISATION));
    }

    @Test
    void learnsANameWithAPatronymicAndAnAgeTheRoleSays() {
        assertThat(russian.extract(List.of("Пожилая соседка Валентина Семёновна каждый день кормит бездомных кошек.",
                        "Ветеринар Анна Ким приезжает к ней раз в месяц.",
                        "«Кошек становится больше», — говорит она.",
                        "«Кормить их больше некому», — добавила пожилая женщина."), List.of()))
                .extracting(Attribution::source, Attribution::paragraph)
                .containsExactly(tuple("Анна Ким", 2), tuple("Валентина Семёновна", 3));
    }

    @Test
    void learnsWhatSomeoneIsSetApartAfterTheirNameWithoutWords() {
        // after a full name and its trade, what the person was, set apart; the role joins both
        assertThat(ukrainian.extract(List.of("Лаборант Ірина Бондар, колишня вчителька, перевіряє воду щодня.",
                        "«Хлору не вистачає», — каже вона."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ірина Бондар", "Лаборант, колишня вчителька"));
        // a given name alone, then who the person is with an age, set apart; the age is no role
        assertThat(ukrainian.extract(List.of("Андрій, 30-річний водій із Сум, возить гуманітарну допомогу.",
                        "«Дорогу обстрілюють щодня», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Андрій", "водій із Сум"));
    }

    @Test
    void learnsATradeBeforeAGivenNameAlone() {
        assertThat(ukrainian.extract(List.of(
                        "Рятувальник Тарас, який попросив не називати його прізвища, працює тут третій рік.",
                        "«Щоночі виїжджаємо на пожежі», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тарас", "Рятувальник"));
        // a colleague after a possessive, then a full name whose surname has no surname's ending
        assertThat(ukrainian.extract(List.of("Кухарка Зоряна Ткач відкрила кафе у 2019 році.",
                        "Її колега Андрій Сивий пече хліб.",
                        "За його словами, борошна бракує."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Андрій Сивий", "Її колега"));
        // "молодой человек" refers back to a young man
        assertThat(russian.extract(List.of("Повар Зарина Ахмедова открыла кафе в 2019 году.",
                        "Её коллега Бахтиёр Рахимов печёт хлеб.",
                        "«Тесто ставлю в четыре утра», — говорит молодой человек."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бахтиёр Рахимов", "Её коллега"));
    }

    @Test
    void readsATradeByItsEndingBeforeAFullNameWhoseSurnameHasNone() {
        assertThat(ukrainian.extract(List.of("Пивовар Олег Ткач варить пиво з 1998 року.",
                        "«Хміль тепер возимо з Чехії», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Олег Ткач", "Пивовар"));
    }

    @Test
    void learnsAPersonWhoseAgeIsGivenInTheDative() {
        assertThat(ukrainian.extract(List.of("Майстерня працює з 2015 року.", "Вчителю Івану Коваленку сорок два роки.",
                        "«Я прийшов сюди після війни», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Іван Коваленко", "Вчитель"));
        // a woman, and a girl referred back to after another woman was named
        assertThat(russian.extract(List.of("Швея Мадина Каримова открыла ателье в 2010 году.",
                        "Ученице швеи Зарине Юсуповой шестнадцать лет.",
                        "«Я пришла сюда после школы», — говорит девочка."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Зарина Юсупова", "Ученица швеи"));
    }

    @Test
    void learnsASubjectNamedAfterItsVerbWithWhatThePersonIs() {
        assertThat(russian.extract(List.of("Автобус в Токтогул ходит раз в неделю.",
                        "У окна сидит семидесятилетний Асан Тургунбаев, бывший водитель автобуса.",
                        "«Раньше я сам возил людей по этой дороге», — вспоминает мужчина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асан Тургунбаев", "бывший водитель автобуса"));
        // whom the sentence's verb is done to is not its subject, and is not named in the nominative
        assertThat(russian.extract(List.of("Милиция задержала Олега Ткаченко, жителя Оша.",
                        "«Меня отпустили вечером», — сказал он."), List.of()))
                .extracting(Attribution::source).doesNotContain("Олега Ткаченко");
    }

    @Test
    void learnsSomeoneOfOnesOwnByWhatTheyDoAndWhatTheyAreBeforeTheGivenName() {
        assertThat(ukrainian.extract(List.of("Фермерка Галина Бондар тримає сорок корів.",
                        "Її помічниця, студентка Софія, доїть корів уранці.",
                        "«Я приїжджаю сюди після лекцій», — каже дівчина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Софія", "Її помічниця, студентка"));
    }

    @Test
    void leavesWhatTheSpeakerDoesMeanwhileOutOfWhoAfterAPronounOnly() {
        assertThat(russian.extract(List.of("Сапожник Рустам Алиев чинит обувь на рынке с 1990 года.",
                        "«Раньше обувь шили на десять лет», — говорит он, забивая гвоздь.",
                        "«Сейчас приносят только китайскую», — добавляет Рустам Алиев, мастер с тридцатилетним стажем."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Рустам Алиев", "Сапожник"), tuple("Рустам Алиев", "мастер с тридцатилетним стажем"));
    }

    @Test
    void learnsWhoSomeoneIsSetApartBeforeWhatTheyAreAndTheirName() {
        assertThat(russian.extract(List.of("Библиотека открыта до восьми вечера.",
                        "Частая гостья, учительница Мария Петровна, приходит сюда после уроков.",
                        "«Здесь тише, чем дома», — говорит женщина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Мария Петровна", "Частая гостья, учительница"));
    }

    @Test
    void learnsARelationOfSomeoneByWhatTheyDoBeforeAGivenName() {
        assertThat(russian.extract(List.of("«Урожай в этом году плохой», — говорит фермер Асан Маматов.",
                        "Сестра фермера Гульмира тоже работает в поле.",
                        "«Воды хватает только на половину участка», — сказала женщина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асан Маматов", "фермер"), tuple("Гульмира", "Сестра фермера"));
    }

    @Test
    void learnsAFullNameAfterWhatSomeoneDoesInLowerCaseWhateverTheSurnamesEnding() {
        assertThat(ukrainian.extract(List.of("Сільський лікар Петро Ткач приймає хворих у старій школі.",
                        "За його словами, ліків вистачає лише на тиждень."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро Ткач", "Сільський лікар"));
        assertThat(ukrainian.extract(List.of("Старший групи Богдан Коваленко працює на розмінуванні двадцять років.",
                        "«Посилок стало втричі більше», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Богдан Коваленко", "Старший групи"));
    }

    @Test
    void takesAnAdjectiveAndANounInLowerCaseBeforeAGivenNameForTheRole() {
        assertThat(ukrainian.extract(List.of("Старий вівчар Тарас розповів, що цього року трава вигоріла ще в червні."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тарас", "Старий вівчар"));
    }

    @Test
    void learnsWhatSomeoneIsSetApartBeforeTheirFullNameInASentenceWithoutWords() {
        assertThat(russian.extract(List.of("Один из волонтёров, Тимур Ахмедов, возит продукты в горные сёла.",
                        "«Дороги зимой закрыты неделями», — объясняет он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур Ахмедов", "Один из волонтёров"));
        assertThat(ukrainian.extract(List.of("Фельдшер і водій швидкої одночасно, Олег Данилюк, чергує третю добу.",
                        "«Викликів удвічі більше, ніж торік», — розповідає чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег Данилюк", "Фельдшер і водій швидкої одночасно"));
        // (where, set apart before a name, says nothing of who the person is: he is named in passing, in no role)
        assertThat(russian.extract(List.of("Прошлой зимой, Тимур Ахмедов, возил продукты в сёла.",
                        "«Дороги зимой закрыты неделями», — объясняет он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тимур Ахмедов", null));
    }

    @Test
    void readsWhoCoordinatesOrStartsAGroupsWorkBeforeTheNameAsTheRole() {
        // (each before a group's noun in the genitive, which alone would make the words a group's name)
        Map<String, CyrillicQuoteExtractor> sentences = Map.of(
                "Инициатор группы Бермет Осмонова сообщила, что собрано двести тысяч сомов.", russian,
                "Координатор группы Азамат Жунусов сообщил, что еды хватит до весны.", russian,
                "Организатор группы Бермет Осмонова сообщила, что собрано двести тысяч сомов.", russian,
                "Організатор групи Тарас Гнатюк повідомив, що прийшло триста людей.", ukrainian,
                "Ініціатор групи Тарас Гнатюк повідомив, що прийшло триста людей.", ukrainian,
                "Координатор групи Тарас Гнатюк повідомив, що прийшло триста людей.", ukrainian);
        sentences.forEach((sentence, finder) -> assertThat(finder.extract(List.of(sentence), List.of()))
                .as(sentence)
                .extracting(Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple(PERSON, sentence.substring(0, sentence.indexOf(' ', sentence.indexOf(' ') + 1)))));
    }

    @Test
    void learnsWhatSomeoneIsAndOfWhatSetApartBeforeWhatTheyAreAndTheirName() {
        assertThat(ukrainian.extract(List.of("Керівник бригади, колишній шахтар Петро Савчук, показує нову криницю.",
                        "«Воду знайшли на глибині тридцять метрів», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро Савчук", "Керівник бригади, колишній шахтар"));
    }

    @Test
    void learnsASubjectClosingASentenceByWhatTheyDoAndTheirName() {
        assertThat(russian.extract(List.of("В соседнем цеху работает сорокалетний слесарь Бахтиёр.",
                        "По его словам, станки не меняли двадцать лет."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Бахтиёр", "слесарь"));
        // (an adjective before what the person does is theirs, a relative clause after the name is not)
        assertThat(ukrainian.extract(List.of("На пасіці з ним — сільський ветеринар Олег, який лікує й бджіл.",
                        "«Бджоли хворіють частіше, ніж корови», — сміється чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег", "сільський ветеринар"));
        // (what the person is, set apart after the name, is theirs too; a verb before what they do is not)
        assertThat(ukrainian.extract(List.of("Поруч живе зварювальник Ігор, колишній шахтар.",
                        "«Роботи тут вистачає», — каже чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ігор", "зварювальник, колишній шахтар"));
        // (a noun of no one's trade before a capitalised word names no person)
        assertThat(russian.extract(List.of("Сегодня здесь открылся магазин Асем.", "По его словам, цены будут ниже."),
                        List.of())).isEmpty();
    }

    @Test
    void givesAPronounOfOneSexToNoOneWhenOnlyPeopleOfTheOtherWereNamed() {
        assertThat(russian.extract(List.of("Учительница Гульнара Асанова ведёт уроки с утра.",
                        "По его словам, школе не хватает учебников."), List.of())).isEmpty();
    }

    @Test
    void joinsWhatSomeoneDoesBeforeTheNameToWhatTheyAreSetApartAfterIt() {
        assertThat(russian.extract(List.of("Врач Асель Нурланова, руководитель отделения, сообщила, что коек не хватает."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асель Нурланова", "Врач, руководитель отделения"));
        // (a clause about the person after the name says no more than the role before it)
        assertThat(ukrainian.extract(List.of("Лікарка Олена Ткач, яка працює тут десять років, повідомила, що ліжок бракує."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Олена Ткач", "Лікарка"));
    }

    @Test
    void readsWhoKeepsFlocksBeforeANameAsTheRole() {
        Map<String, CyrillicQuoteExtractor> sentences = Map.of(
                "Ватаг Михайло Савчук каже, що сиру цього року менше.", ukrainian,
                "Вівчар Михайло Савчук каже, що сиру цього року менше.", ukrainian,
                "Пастух Михайло Савчук каже, що сиру цього року менше.", ukrainian,
                "Пастух Бакыт Осмонов говорит, что травы в этом году мало.", russian);
        sentences.forEach((sentence, finder) -> assertThat(finder.extract(List.of(sentence), List.of()))
                .as(sentence)
                .extracting(Attribution::role).containsExactly(sentence.substring(0, sentence.indexOf(' '))));
    }

    @Test
    void learnsAnAdjectiveAndATradeBeforeAGivenNameWithWhomTheyAreToSomeoneAfterIt() {
        assertThat(ukrainian.extract(List.of("Досвідчений ветеринар Степан, брат голови, оглядає корів.",
                        "«Ящуру цього року не було», — каже чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Степан", "Досвідчений ветеринар, брат голови"));
        // (what opens the sentence before the trade must be an adjective of it)
        assertThat(ukrainian.extract(List.of("Вчора пастух Омелян пригнав отару.",
                        "«Ящуру цього року не було», — каже чоловік."), List.of()))
                .extracting(Attribution::role).doesNotContain("Вчора пастух");
        // (what someone is set apart after a relation's given name, too)
        assertThat(russian.extract(List.of("Её дочь Айгерим, студентка медколледжа, помогает в аптеке.",
                        "Девушка говорит, что лекарств не хватает."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айгерим", "Её дочь, студентка медколледжа"));
    }

    @Test
    void leavesTheVerbBeforeASubjectClosingItsSentenceOutOfTheRole() {
        assertThat(ukrainian.extract(List.of("Біля входу сидить досвідчений пасічник Іван Коваль, який продає мед.",
                        "За його словами, мед цього року подорожчав удвічі."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Іван Коваль", "досвідчений пасічник"));
    }

    @Test
    void learnsARelationWithWhereItHoldsAndATradeWithWhatItDealsInBeforeAGivenName() {
        assertThat(russian.extract(List.of("Её соседка по палате, учительница музыки Зарина, лежит здесь неделю.",
                        "«Врачей не хватает», — вздыхает женщина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Зарина", "Её соседка по палате, учительница музыки"));
    }

    @Test
    void findsWhomAPronounMeansInTheSentenceBeforeAColon() {
        assertThat(ukrainian.extract(List.of("Лікар Андрій Мельник працює тут десять років.",
                        "Його колега Олена Бойко працює тут рік.",
                        "Мельник з нею не погоджується: за його словами, пацієнтів стало більше."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Андрій Мельник", "пацієнтів стало більше"));
    }

    @Test
    void takesWhatSomeoneIsByBirthOrTrainingForADescription() {
        assertThat(russian.extract(List.of("Повар Тимур Алиев, казах по национальности, готовит плов.",
                        "По его словам, рис подорожал."), List.of()))
                .extracting(Attribution::role).containsExactly("Повар, казах по национальности");
        assertThat(ukrainian.extract(List.of("Водій Павло Гнатюк, інженер за фахом, возить хліб.",
                        "За його словами, бензин подорожчав."), List.of()))
                .extracting(Attribution::role).containsExactly("Водій, інженер за фахом");
    }

    @Test
    void takesWhereSomeoneIsFromAsTheRoleWhenNothingElseSaysWhoTheyAre() {
        assertThat(russian.extract(List.of("Светлана Гончаренко из Херсона шьёт здесь одежду.",
                        "«Заказов хватает», — говорит женщина."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Светлана Гончаренко", "из Херсона"));
        // (what someone does before the name is the role; where they are from adds nothing)
        assertThat(ukrainian.extract(List.of("Швачка Світлана Гончаренко з Херсона шиє тут одяг.",
                        "«Замовлень вистачає», — каже жінка."), List.of()))
                .extracting(Attribution::role).containsExactly("Швачка");
    }

    @Test
    void learnsATradeWithWhereSomeoneIsFromBeforeAGivenName() {
        assertThat(ukrainian.extract(List.of("Механік із Запоріжжя Степан, батько трьох синів, лагодить трактори.",
                        "«Запчастин бракує», — каже чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Степан", "Механік із Запоріжжя, батько трьох синів"));
    }

    @Test
    void takesAGivenNameAloneAfterTheWordsForAPerson() {
        assertThat(russian.extract(List.of("«Денег на ремонт нет», — вздыхает Мадина."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Мадина", null));
    }

    @Test
    void readsTradesOfCelebrationsAndAnAuthorOfABill() {
        assertThat(russian.extract(List.of("Тамада Игорь Белов ведёт свадьбы десять лет.",
                        "По его словам, гостей стало меньше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Игорь Белов", "Тамада"));
        assertThat(russian.extract(List.of("Депутат Сейтек Жумабаев, автор поправок, считает, что закон устарел."),
                        List.of()))
                .extracting(Attribution::role).containsExactly("Депутат, автор поправок");
        assertThat(ukrainian.extract(List.of("Лікарка Ольга Бойко застерігає, що грип повернеться."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ольга Бойко", "Лікарка"));
    }

    @Test
    void readsABodyNamedByADeclinedAcronymWhereItsPeopleSaidSomething() {
        assertThat(ukrainian.extract(List.of("У Львівському ЦНАПі кажуть, що черги зменшилися."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Львівський ЦНАП", ORGANISATION));
        assertThat(russian.extract(List.of("В Ленинском ЗАГСе говорят, что пар стало больше."), List.of()))
                .extracting(Attribution::source).containsExactly("Ленинский ЗАГС");
        // (where people say something, with no body there, names no source)
        assertThat(ukrainian.extract(List.of("У селі кажуть, що зима буде холодною."), List.of())).isEmpty();
    }

    @Test
    void takesNoGerundAfterAGivenNameForTheRole() {
        assertThat(ukrainian.extract(List.of("«Ми чекали цього року», — каже Оксана, витираючи сльози."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", null));
    }

    @Test
    void learnsASecondPersonNamedAfterTheFirstByWhomTheyAreToThem() {
        assertThat(ukrainian.extract(List.of("Фермер Петро Коваль та його дружина Ганна продають мед на ринку.",
                        "«Торік бджоли загинули», — каже Ганна."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ганна", "його дружина"));
    }

    @Test
    void readsANounInTheGenitiveAfterAccordingToAsAPronoun() {
        assertThat(russian.extract(List.of("Студентка Алия Нурланова стоит в очереди с утра.",
                        "По словам девушки, талонов не хватает."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Алия Нурланова", "Студентка"));
    }

    @Test
    void leavesARelativeClauseInAnyCaseOutOfTheRoleOfASubjectClosingItsSentence() {
        assertThat(russian.extract(List.of("Рядом работает пекарь Далер, которому помогает сын.",
                        "По его словам, мука подорожала."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Далер", "пекарь"));
    }

    @Test
    void readsAWomansNounMadeOfAListedMansWithKaAsTheRole() {
        assertThat(ukrainian.extract(List.of("Столярка Оксана, яка працює в майстерні десять років, розповіла, що"
                        + " деревини бракує."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", "Столярка"));
    }

    @Test
    void learnsASubjectClosingItsSentenceWithAWesternUkrainianSurname() {
        assertThat(ukrainian.extract(List.of("Біля воріт стоїть Іван Стефанів, колишній водій.",
                        "«Тут спокійно», — каже чоловік."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Іван Стефанів", "колишній водій"));
    }

    @Test
    void learnsOneOfThemByTheNameSetApartAfterIt() {
        assertThat(russian.extract(List.of("Одна из них, двадцатилетняя Мадина, учится на врача.",
                        "— Работы нет, — говорит девушка."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Мадина", null));
    }

    @Test
    void learnsARelationWithAnAdjectiveBeforeItAndAGivenName() {
        assertThat(russian.extract(List.of("Её старшая дочь Айпери работает в Бишкеке.",
                        "По словам Айпери, зарплаты там выше."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айпери", "Её старшая дочь"));
    }

    @Test
    void readsWhatABodysPeoplePromisedNotToDo() {
        assertThat(russian.extract(List.of("В акимате Алматы пообещали не повышать тарифы."), List.of()))
                .extracting(Attribution::source, Attribution::text).containsExactly(tuple("акимат Алматы",
                        "не повышать тарифы"));
    }

    @Test
    void readsWhoSomeoneIsSetApartBeforeWhatTheyDoAndTheirFullName() {
        assertThat(ukrainian.extract(List.of("Давня відвідувачка бібліотеки, вчителька Ганна Петрівна, каже, що"
                        + " книжок бракує."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ганна Петрівна", "Давня відвідувачка бібліотеки, вчителька"));
    }

    @Test
    void readsATownAndAGivenNameAfterAWordOfPlace() {
        assertThat(ukrainian.extract(List.of("Жителька міста Вознесенськ Ольга каже, що світла немає."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ольга", "Жителька міста Вознесенськ"));
    }

    @Test
    void readsARelationSetApartBeforeATradeAndAGivenNameAsWhoSpeaks() {
        assertThat(ukrainian.extract(List.of("Її посестра, майстриня Олена, каже, що замовлень побільшало."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олена", "Її посестра, майстриня"));
    }

    @Test
    void readsAMasterOfACraftBeforeAGivenNameAsTheRole() {
        assertThat(russian.extract(List.of("Мастер татуировки Ильяс говорит, что клиентов стало больше."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ильяс", "Мастер татуировки"));
    }

    @Test
    void readsACityOrARegionThatSaysSomethingAsABodyNotAPerson() {
        assertThat(ukrainian.extract(List.of("Місто Дніпро повідомило, що нові автобуси вийдуть на маршрути у березні.",
                        "Одеська область заявила, що школи працюватимуть дистанційно до кінця тижня."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Місто Дніпро", ORGANISATION), tuple("Одеська область", ORGANISATION));
        assertThat(russian.extract(List.of("Город Самара сообщил, что новые автобусы выйдут на маршруты в марте.",
                        "Курская область заявила, что школы будут работать дистанционно до конца недели."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Город Самара", ORGANISATION), tuple("Курская область", ORGANISATION));
    }

    @Test
    void takesWhoseSomeoneIsAndAnyNounBeforeAGivenNameForTheRole() {
        assertThat(russian.extract(List.of("Его подмастерье Тимур говорит, что заказов стало меньше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тимур", "Его подмастерье"));
        assertThat(ukrainian.extract(List.of("Її практикантка Дарина каже, що замовлень стало менше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Дарина", "Її практикантка"));
    }

    @Test
    void takesTheWordBeforeAGivenNameAPatronymicAndASurnameForTheRole() {
        assertThat(russian.extract(List.of("Вязальщица Нина Ивановна Котова рассказывает, что шерсть подорожала."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Нина Ивановна Котова", "Вязальщица"));
        assertThat(ukrainian.extract(List.of("В’язальниця Ніна Іванівна Котенко розповідає, що вовна подорожчала."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ніна Іванівна Котенко", "В’язальниця"));
    }

    @Test
    void readsAStateAgencyNamedWithItsPrefixAsABody() {
        assertThat(russian.extract(List.of("В Госкомитете по делам религий заявили, что регистрация общины приостановлена."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Госкомитет по делам религий", ORGANISATION));
        assertThat(ukrainian.extract(List.of("У Держекоінспекції повідомили, що проба води відповідає нормам."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Держекоінспекція", ORGANISATION));
    }

    @Test
    void readsAnOfficeOrATradeInTheGenitiveAfterAccordingToAsAnUnnamedSource() {
        assertThat(russian.extract(List.of("По словам главного инженера комбината, печь остановили на ремонт."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("главный инженер комбината", ANONYMOUS));
        assertThat(ukrainian.extract(List.of("За словами директора ліцею, заняття перенесли."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("директор ліцею", ANONYMOUS));
    }

    @Test
    void takesANounOfAPersonBeforeAGivenNameOpeningTheSentenceForTheRole() {
        assertThat(ukrainian.extract(List.of("Відвідувачка Оксана каже, що черги стали коротшими."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", "Відвідувачка"));
        assertThat(russian.extract(List.of("Посетительница Лола говорит, что очереди стали короче.",
                        "Вероника Петрова говорит, что очереди стали длиннее."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Лола", "Посетительница"), tuple("Вероника Петрова", null));
    }

    @Test
    void takesTheWordBeforeAGivenNameAndAPatronymicForTheRoleUnlessItIsASurname() {
        assertThat(russian.extract(List.of("Вахтёр Иван Степанович говорит, что ключи выдают до шести.",
                        "Соколова Валентина Петровна заявила, что ключи выдают до семи."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Иван Степанович", "Вахтёр"), tuple("Соколова Валентина Петровна", null));
    }

    @Test
    void learnsAPersonNamedWithAPatronymicAndASurnameOfAnyEnding() {
        assertThat(russian.extract(List.of("Часовщик Пётр Иванович Брандт чинит часы с 1970 года.",
                        "«Механика не стареет», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Пётр Иванович Брандт", "Часовщик"));
    }

    @Test
    void readsAdviceAfterTheWordsAsAVerbOfSaying() {
        assertThat(ukrainian.extract(List.of("Лікарка Ірина Петрук каже, що грип уже прийшов.",
                        "«Краще зробити щеплення зараз», — порадила вона."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Ірина Петрук", "каже"), tuple("Ірина Петрук", "порадила"));
        assertThat(russian.extract(List.of("Врач Олег Ким говорит, что грипп уже пришёл.",
                        "«Лучше привиться сейчас», — посоветовал он."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Олег Ким", "говорит"), tuple("Олег Ким", "посоветовал"));
    }

    @Test
    void takesANounOfAPersonInTelBeforeAGivenNameForTheRole() {
        assertThat(russian.extract(List.of("Хранитель Аскар говорит, что в фондах музея нет места."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Аскар", "Хранитель"));
    }

    @Test
    void leavesAnAgeAmongTheWordsOfARoleBeforeANameOutOfItInBothLanguages() {
        assertThat(russian.extract(List.of("Пенсионерка из Токмока 72-летняя Айша Рахимова сказала, что автобус"
                + " отменили."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Айша Рахимова",
                        "Пенсионерка из Токмока"));
        assertThat(ukrainian.extract(List.of("Вчителька і багаторічна директорка школи Марія Бойко розповіла, що"
                        + " класів стало менше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Марія Бойко",
                        "Вчителька і багаторічна директорка школи"));
    }

    @Test
    void readsHowTheWordsWerePutBetweenTheVerbAndAColonInBothLanguages() {
        assertThat(russian.extract(List.of("Фермер Олег Ким объясняет это засухой: «Дождей не было с мая»."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Олег Ким", "Фермер", "объясняет"));
        assertThat(ukrainian.extract(List.of("Пасічник Петро Гой пояснює так: «Квітів цього літа майже не було»."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Петро Гой", "Пасічник", "пояснює"));
    }

    @Test
    void learnsARelationOfSomeoneDescribedThenAGivenNameSetApartInBothLanguages() {
        assertThat(russian.extract(List.of("Папа семилетнего Тимура, Руслан, водит сына в бассейн. «Он плавает лучше"
                        + " меня», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Руслан", "Папа семилетнего Тимура"));
        assertThat(ukrainian.extract(List.of("Тато восьмирічного Марка, Олег, возить сина на тренування. «Він плаває"
                        + " краще за мене», — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег", "Тато восьмирічного Марка"));
    }

    @Test
    void learnsAnAgeAGivenNameAndAClauseAboutThePersonAndReadsABoastInBothLanguages() {
        assertThat(ukrainian.extract(List.of("Дванадцятирічна Дарина, яка вчиться у сьомому класі, малює щодня. «Мої"
                        + " картини вже продаються», — хвалиться дівчинка."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Дарина", "яка вчиться у сьомому класі"));
        assertThat(russian.extract(List.of("Одиннадцатилетний Артём, который живёт у бабушки, ходит в секцию. «Я уже"
                        + " обыграл дедушку», — хвастается мальчик."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Артём", "который живёт у бабушки"));
    }

    @Test
    void readsAClauseClosingTheSpeakerAfterTheWordsAPupilBeforeAGivenNameAndAnAddedDetail() {
        assertThat(russian.extract(List.of("Ремонт обойдётся в миллион сомов, говорит прораб Азамат Бекиев, который"
                        + " строил эту школу."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Азамат Бекиев", "прораб"));
        assertThat(ukrainian.extract(List.of("Студентка коледжу, двадцятирічна Ірина, готується до іспитів."
                        + " «Бібліотека відкрита до восьмої», — уточнює дівчина."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ірина", "Студентка коледжу"));
    }

    @Test
    void readsAnUnlistedWordBeforeABodyAndAFullNameAsThePersonsRole() {
        assertThat(ukrainian.extract(List.of("«Черги вже немає», — каже хормейстер управління культури Олена Кравчук."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Олена Кравчук", PERSON, "хормейстер управління культури"));
        assertThat(ukrainian.extract(List.of("«Черги вже немає», — каже хормейстер управління культури Олена"
                        + " Кравчук, яка працює там десять років."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Олена Кравчук", PERSON, "хормейстер управління культури"));
    }

    @Test
    void joinsWhatSomeoneIsAfterTheNameToTheRoleBeforeItThroughAnAdjective() {
        assertThat(russian.extract(List.of("«Очереди больше нет», — говорит глава сельской управы Пётр Мельник,"
                        + " бывший учитель."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Пётр Мельник", "глава сельской управы, бывший учитель"));
        assertThat(ukrainian.extract(List.of("«Черги вже немає», — каже голова громади Петро Мельник, колишній"
                        + " вчитель."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро Мельник", "голова громади, колишній вчитель"));
        assertThat(ukrainian.extract(List.of("«Черги вже немає», — каже голова громади Ольга Мельник, колишня"
                        + " вчителька."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ольга Мельник", "голова громади, колишня вчителька"));
    }

    @Test
    void readsWhoCommandsAUnitAsARoleBeforeAName() {
        assertThat(ukrainian.extract(List.of("Командир Іван Шевчук розповів, що рота отримала нові машини."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Іван Шевчук", "Командир"));
        assertThat(russian.extract(List.of("Командир Иван Шевчук рассказал, что рота получила новые машины."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Иван Шевчук", "Командир"));
    }

    @Test
    void readsWhatSomeoneDoesAloneAsThePersonTheSentenceBeforeNamed() {
        assertThat(russian.extract(List.of("Ольга Смирнова шьёт платья двадцать лет. «Заказов стало меньше», —"
                        + " вздыхает портниха."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Ольга Смирнова", null, "Заказов стало меньше"));
        // the sentence right before across a paragraph's break, too, in the case it gave the name; a trade by its
        // noun's ending
        assertThat(russian.extract(List.of("Ольга Смирнова шьёт платья двадцать лет.",
                        "«Заказов стало меньше», — вздыхает портниха."), List.of()))
                .extracting(Attribution::source).containsExactly("Ольга Смирнова");
        assertThat(russian.extract(List.of("Бакены на реке двадцать лет ставит бригада Сергея Ли.",
                        "— Летом работы хватает, — рассказывает бакенщик."), List.of()))
                .extracting(Attribution::source).containsExactly("Сергей Ли");
        // a woman's noun is no man named before (a person named a sentence earlier, with no one met since, is read
        // too: takesATradeAloneAsThePersonNamedASentenceOrTwoBeforeWhenNoOneWasMetSince)
        assertThat(russian.extract(List.of("Иван Смирнов шьёт платья двадцать лет. «Заказов стало меньше», —"
                        + " вздыхает портниха."), List.of())).isEmpty();
        assertThat(russian.extract(List.of("Иван Смирнов ткёт ковры двадцать лет. «Заказов стало меньше», —"
                        + " вздыхает мастерица."), List.of())).isEmpty();
    }

    @Test
    void readsWhoGivesBloodAsARole() {
        assertThat(ukrainian.extract(List.of("Донорка Марія, 30 років, прийшла вже вп’яте. «Я знаю, навіщо це»,"
                        + " — каже жінка."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Марія", "Донорка"));
        assertThat(russian.extract(List.of("Донор Ильдар Сафин рассказал, что сдаёт кровь с восемнадцати лет."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ильдар Сафин", "Донор"));
    }

    @Test
    void readsANounOfWhatSomeoneDoesAsThePersonWhoseRoleHasItsStem() {
        assertThat(ukrainian.extract(List.of("Начальник пожежно-рятувальної частини Олег Бойко розповів, що виклики"
                        + " тривають щодня.", "«Ми не спимо вже тиждень», — пояснює рятувальник."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бойко", "Олег Бойко");
    }

    @Test
    void readsAnInstructorAndAGivenNameWithAnAgeSetApart() {
        assertThat(russian.extract(List.of("Инструктор по плаванию Мадина говорит, что бассейн закрыт."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Мадина", "Инструктор по плаванию"));
        assertThat(russian.extract(List.of("Мадина, 30 лет, говорит, что бассейн закрыт."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Мадина", null));
        assertThat(ukrainian.extract(List.of("Оксана, 45 років, каже, що басейн зачинено."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", null));
    }

    @Test
    void readsADoctorAsThePersonNamedLastInABranchOfMedicine() {
        assertThat(russian.extract(List.of("Хирург Олег Ким говорит, что операций стало больше.",
                        "«Очередь расписана на полгода вперёд», — добавляет врач."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("Олег Ким", PERSON),
                        tuple("Олег Ким", PERSON));
        assertThat(ukrainian.extract(List.of("Педіатриня Ірина Ткачук каже, що дітей стало більше.",
                        "«Черга розписана на місяць», — додає лікарка."), List.of()))
                .extracting(Attribution::source).containsExactly("Ірина Ткачук", "Ірина Ткачук");
    }

    @Test
    void readsANameInGuillemetsInsideWhoAfterAs() {
        assertThat(russian.extract(List.of("Однако, как рассказал IWPR председатель фонда «Зелёный город» Ерлан"
                        + " Бекович, деревья не поливают."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ерлан Бекович", "председатель фонда «Зелёный город»"));
    }

    @Test
    void readsAnInstructorWithAGivenNameWhoseSurnameIsWithheld() {
        assertThat(ukrainian.extract(List.of("Інструкторка з плавання Ольга, яка попросила не називати її прізвища,"
                        + " розповідає, що басейн зачинено."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ольга", "Інструкторка з плавання"));
    }

    @Test
    void readsALineOfDialogueWithAShortNameInGuillemets() {
        assertThat(ukrainian.extract(List.of("— Ремонт «Ланоса» коштує копійки. Запчастини дорогі, — каже Петро Бондар."),
                        List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Петро Бондар", "Ремонт «Ланоса» коштує копійки. Запчастини дорогі"));
    }

    @Test
    void joinsWhatSomeoneIsAfterAGivenNameToTheRelationBeforeIt() {
        assertThat(ukrainian.extract(List.of("Його колега Сашко, студент політехніки, додає, що роботи вистачає."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Сашко", "Його колега, студент політехніки"));
    }

    @Test
    void readsALocksmithOpeningTheSentenceAsTheRole() {
        assertThat(russian.extract(List.of("Слесарь Игорь говорит, что работы стало больше."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Игорь", "Слесарь"));
    }

    @Test
    void learnsAVeteranNamedByAGivenNameWithoutWords() {
        assertThat(ukrainian.extract(List.of("Ветеран Андрій, який служив у піхоті, тепер варить каву в Ужгороді.",
                        "— Кава мене заспокоює, — каже він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Андрій", "Ветеран"));
    }

    @Test
    void learnsAGivenNameWithAnEldersHonorificAndItsSex() {
        assertThat(russian.extract(List.of("Сторож Карим-ака открывает ворота в шесть утра.",
                        "«Раньше здесь было тихо», — вспоминает он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Карим-ака", "Сторож"));
        assertThat(russian.extract(List.of("Вахтёр Раиса Петренко открывает ворота.", "Пенсионерка Айгуль-апа печёт хлеб.",
                        "«Раньше здесь было тихо», — вспоминает она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айгуль-апа", "Пенсионерка"));
    }

    @Test
    void readsABaristaOpeningTheSentenceAsTheRole() {
        assertThat(russian.extract(List.of("Бариста Артём Ли говорит, что кофе подорожал вдвое."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Артём Ли", "Бариста"));
    }

    @Test
    void learnsATradeWithWhereItIsWorkedBeforeAGivenName() {
        assertThat(russian.extract(List.of("Уборщица с Центрального вокзала Гульнара работает по ночам.",
                        "«Платят мало, зато вовремя», — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара", "Уборщица с Центрального вокзала"));
    }

    @Test
    void readsANounOfAPersonByItsEndingBeforeAGivenNameAfterTheWords() {
        assertThat(ukrainian.extract(List.of("— Посилок стало вдвічі більше, — каже упаковувач складу Ігор."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ігор", "упаковувач складу"));
    }

    @Test
    void learnsATradeAndWhoseItIsBeforeAGivenNameAfterAnOpeningAge() {
        assertThat(russian.extract(List.of("Директор школы Анна Ли говорит, что учеников стало больше.",
                        "Двенадцатилетний ученик лицея Тимур играет на скрипке.", "«Я хочу в консерваторию», — признался он."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Анна Ли", "Директор школы"), tuple("Тимур", "ученик лицея"));
        assertThat(russian.extract(List.of("Директор школы Анна Ли говорит, что учеников стало больше.",
                        "Сторож склада Тимур живёт тут же.", "«Я здесь с 1990 года», — признался он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Анна Ли", "Директор школы"), tuple("Тимур", "Сторож склада"));
    }

    @Test
    void joinsAChampionSetApartAfterTheNameToTheTradeBeforeIt() {
        assertThat(russian.extract(List.of("Тренер Асан Нурланов, чемпион Азии по боксу, говорит, что зал переполнен."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асан Нурланов", "Тренер, чемпион Азии по боксу"));
    }

    @Test
    void learnsAResidentOfAPlaceNamedByAWordOfPlaceBeforeAGivenName() {
        assertThat(ukrainian.extract(List.of("Мешканець сусіднього села Дубове Петро раніше працював на шахті.",
                        "— Тоді сіль добували вручну, — згадує він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро", "Мешканець сусіднього села Дубове"));
    }

    @Test
    void readsAnAirportWhosePeopleSpeakInItAsABody() {
        assertThat(russian.extract(List.of("В аэропорту Оша сообщили, что рейсы задерживаются из-за тумана."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("аэропорт Оша", ORGANISATION));
    }

    @Test
    void readsATradeEndingInEcBeforeAFullNameOpeningTheSentence() {
        assertThat(russian.extract(List.of("Жнец Асан Токтогулов говорит, что пшеница в этом году поспела рано."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асан Токтогулов", "Жнец"));
    }

    @Test
    void readsANameSetApartAfterARelationWithAnAgeBeforeItAsThatRelation() {
        assertThat(ukrainian.extract(List.of("Її онука, 12-річна Соломія, розповідає, що вчиться грати на бандурі."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Соломія", "Її онука"));
        assertThat(russian.extract(List.of("Дочь пасечника, восьмилетняя Айжан Бекова, говорит, что пчёл не боится."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айжан Бекова", "Дочь пасечника"));
    }

    @Test
    void readsAnAgeBeforeAGivenNameOpeningTheSentenceAsNoPartOfTheName() {
        assertThat(russian.extract(List.of("Девятилетняя Мадина рассказывает, что хочет стать врачом."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Мадина", null));
    }

    @Test
    void learnsARelationSetApartBeforeAnAgeInFiguresAndAGivenName() {
        assertThat(russian.extract(List.of("Его племянник, 19-летний Нурбек, работает в мастерской.",
                        "«Здесь я научился всему», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Нурбек", "Его племянник"));
    }

    @Test
    void readsOneOfAGroupThenATradeAndAGivenNameSetApart() {
        assertThat(russian.extract(List.of(
                        "Один из посетителей, пенсионер Бахтияр, говорит, что ходит сюда каждый день."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бахтияр", "Один из посетителей, пенсионер"));
    }

    @Test
    void readsAMasterOfACraftAsTheCraftsmanLastNamedButNotAnOfficial() {
        assertThat(ukrainian.extract(List.of("Столяр Василь Гнатюк працює в майстерні сам.",
                        "— Дерево любить терпіння, — каже майстер."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Василь Гнатюк", "Столяр"));
        assertThat(russian.extract(List.of("Директор фабрики Марат Исаев приехал на открытие цеха.",
                        "— Работы хватит всем, — говорит мастер."), List.of()))
                .extracting(Attribution::source)
                .doesNotContain("Марат Исаев");
        assertThat(russian.extract(List.of("Чеканщик Рустам Алиев выбивает узор на медном кувшине.",
                        "— Один кувшин — неделя работы, — говорит мастер."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Рустам Алиев", "Чеканщик"));
        assertThat(russian.extract(List.of("Экономист Марат Исаев приехал на открытие цеха.",
                        "— Работы хватит всем, — говорит мастер."), List.of()))
                .extracting(Attribution::source)
                .doesNotContain("Марат Исаев");
    }

    @Test
    void learnsOnesOwnRelationWithWhereItHoldsAnAgeAndAnEldersHonorific() {
        assertThat(russian.extract(List.of("Её соседка по подъезду, 70-летняя Айша-апа, печёт лепёшки на продажу.",
                        "«Пенсии на лекарства не хватает», — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айша-апа", "Её соседка по подъезду"));
        assertThat(russian.extract(List.of("Её соседка по подъезду, семидесятилетняя Айша, печёт лепёшки на продажу.",
                        "«Пенсии на лекарства не хватает», — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айша", "Её соседка по подъезду"));
    }

    @Test
    void readsABodysPeopleAfterAConnectiveOpeningTheSentence() {
        assertThat(russian.extract(List.of("Тем временем в акимате Шымкента сообщили, что рынок закроют на ремонт."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("акимат Шымкента", ORGANISATION));
    }

    @Test
    void leavesAnAgeOutOfWhatThePersonDoesSetApartAfterWhoTheyAre() {
        assertThat(russian.extract(List.of(
                        "Руководитель кружка, 45-летний инженер Марат Беков, говорит, что дети собирают роботов сами."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Марат Беков", "Руководитель кружка, инженер"));
    }

    @Test
    void readsAPlayerBeforeAGivenNameAsTheRole() {
        assertThat(russian.extract(List.of("Игрок сборной Тимур говорит, что сезон будет трудным."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур", "Игрок сборной"));
    }

    @Test
    void learnsATradeCompoundedOfWhatIsWorkedBeforeAFullName() {
        assertThat(russian.extract(List.of("Оленевод Виктор Ким кочует с семьёй по тундре.",
                        "«Олени сами знают дорогу», — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Виктор Ким", "Оленевод"));
    }

    @Test
    void readsAMasterInTheGenitiveAsTheCraftsmanWhoseRoleHasATradeAnywhere() {
        assertThat(ukrainian.extract(List.of("Столяр Василь Гнатюк працює в майстерні сам.",
                        "За словами майстра, замовлень стало більше."), List.of()))
                .extracting(Attribution::source)
                .containsExactly("Василь Гнатюк");
        assertThat(ukrainian.extract(List.of("Його брат, бондар Петро Лисенко, працює поруч.",
                        "— Бочки зараз рідко замовляють, — каже майстер."), List.of()))
                .extracting(Attribution::source)
                .containsExactly("Петро Лисенко");
    }

    @Test
    void readsATurkicTradeInChiBeforeAFullNameAsTheRole() {
        assertThat(russian.extract(List.of("Кымызчы Асан Бекеев говорит, что кобылье молоко подорожало."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Асан Бекеев", "Кымызчы"));
    }

    @Test
    void readsWhoseFellowByANounOfAPersonBeforeATradeAndAGivenName() {
        assertThat(russian.extract(List.of("Ее сменщица, сварщик Гульзат, уверяет, что новых заказов нет."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульзат", "Ее сменщица, сварщик"));
    }

    @Test
    void readsAUkrainianTradeInYarBeforeAFullNameButNotAGivenNameSoEnding() {
        assertThat(ukrainian.extract(List.of("Гусляр Степан Ковальчук каже, що струни подорожчали вдвічі."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Степан Ковальчук", "Гусляр"));
        assertThat(russian.extract(List.of("Шахрияр Мирзо Турсунзода говорит, что цены выросли."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Шахрияр Мирзо Турсунзода", null));
    }

    @Test
    void readsWordsSaidAgainAndWhomAPronounToldThem() {
        assertThat(russian.extract(List.of("Тренер Олег Ким говорит, что сезон начнется в мае.",
                        "— Без режима нет результата, — повторяет он спортсменам."), List.of()))
                .extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("Олег Ким", "говорит"), tuple("Олег Ким", "повторяет"));
        assertThat(ukrainian.extract(List.of("Вчителька Галина Бойко каже, що клас переповнений.",
                        "— Тиша теж урок, — нагадує вона дітям."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Галина Бойко", "клас переповнений"),
                        tuple("Галина Бойко", "Тиша теж урок"));
        assertThat(russian.extract(List.of("— Сдача в кассе, — напоминает кассир Лилия Ахметова."), List.of()))
                .extracting(Attribution::cue).containsExactly("напоминает");
        assertThat(ukrainian.extract(List.of("— Поспіх шкодить, — повторює тесля Петро Гнатюк."), List.of()))
                .extracting(Attribution::cue).containsExactly("повторює");
    }

    @Test
    void readsWhatAPersonPromisedToDoWithoutThat() {
        assertThat(russian.extract(List.of("Глава айыл окмоту Марат Исаев пообещал к весне отремонтировать мост."),
                List.of())).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("Марат Исаев", "пообещал", "к весне отремонтировать мост"));
        assertThat(ukrainian.extract(List.of("Староста Ольга Мельник пообіцяла не закривати школу."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Ольга Мельник", "не закривати школу"));
        // another's words in the same sentence are theirs, not part of what was promised
        assertThat(russian.extract(List.of("Директор Ирина Ли пообещала открыть школу, однако, по словам одного из "
                + "родителей, ремонт не закончен."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("один из родителей", "ремонт не закончен"));
    }

    @Test
    void readsAFarmerAfterAGrowerNamedLastAsThatGrower() {
        assertThat(russian.extract(List.of("Хлопковод Рустам Азизов говорит, что воды не хватает.",
                        "«Канал пустой с июня», — жалуется дехканин."), List.of()))
                .extracting(Attribution::source).containsExactly("Рустам Азизов", "Рустам Азизов");
        assertThat(russian.extract(List.of("Экскурсовод Рустам Азизов говорит, что туристов мало.",
                        "«Канал пустой с июня», — жалуется фермер."), List.of()))
                .extracting(Attribution::source).containsExactly("Рустам Азизов", "фермер");
    }

    @Test
    void learnsAGivenNameAfterATradeAndWhatItWorksOn() {
        assertThat(russian.extract(List.of("Инструктор по вождению Тимур ждет учеников у ворот автодрома.",
                        "По словам Тимура, экзамен сдает каждый второй."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур", "Инструктор по вождению"));
    }

    @Test
    void readsAParticipleMadeANounBeforeAFullNameAsTheRoleAndLearnsThePerson() {
        assertThat(russian.extract(List.of("Задержанный Артем Ким утверждает, что его избили."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Артем Ким", "Задержанный"));
        assertThat(ukrainian.extract(List.of("Затриманий Петро Довбуш мовчки вислухав рішення.",
                        "— Я буду оскаржувати, — сказав він у суді."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Петро Довбуш", "Затриманий"));
        // a given name, a father's name and a surname are a name, whatever the given name's ending
        assertThat(russian.extract(List.of("Руслана Ивановна Ким говорит, что деньги ей не вернули."), List.of()))
                .extracting(Attribution::source).containsExactly("Руслана Ивановна Ким");
    }

    @Test
    void takesAMansGivenNameOverANounThatEndsAsAWomansDoes() {
        assertThat(ukrainian.extract(List.of("Рибалка Степан Довбуш каже, що риби стало втричі менше.",
                        "— Раніше ми ловили сома, — додає він."), List.of()))
                .extracting(Attribution::source).containsExactly("Степан Довбуш", "Степан Довбуш");
        assertThat(ukrainian.extract(List.of("Рибалка Юрій Довбуш каже, що риби стало втричі менше.",
                        "— Раніше ми ловили сома, — додає він."), List.of()))
                .extracting(Attribution::source).containsExactly("Юрій Довбуш", "Юрій Довбуш");
        assertThat(ukrainian.extract(List.of("Волонтерка Нино Довбуш каже, що води бракує.",
                        "— Ми возимо воду щодня, — додає вона."), List.of()))
                .extracting(Attribution::source).containsExactly("Нино Довбуш", "Нино Довбуш");
        // a surname alone says nothing of the sex here, so the noun does
        assertThat(ukrainian.extract(List.of("Волонтерка Шевченко каже, що води бракує.",
                        "— Ми возимо воду щодня, — додає вона."), List.of()))
                .extracting(Attribution::source).containsExactly("Шевченко", "Шевченко");
        assertThat(ukrainian.extract(List.of("Волонтерка Дарина Довбуш каже, що води бракує.",
                        "— Ми возимо воду щодня, — додає він."), List.of()))
                .extracting(Attribution::source).containsExactly("Дарина Довбуш");
    }

    @Test
    void leavesWhenInAHearingItWasSaidOutOfWho() {
        assertThat(russian.extract(List.of("Адвокат Руслан Ким говорит, что защита обжалует арест.",
                        "— Доказательств нет, — сказал он журналистам в перерыве."), List.of()))
                .extracting(Attribution::source).containsExactly("Руслан Ким", "Руслан Ким");
        assertThat(ukrainian.extract(List.of("Адвокатка Ірина Бойко каже, що захист оскаржить арешт.",
                        "— Доказів немає, — сказала вона у перерві."), List.of()))
                .extracting(Attribution::source).containsExactly("Ірина Бойко", "Ірина Бойко");
    }

    @Test
    void readsAWomansTradeInIkhaBeforeAFullNameAsTheRole() {
        assertThat(russian.extract(List.of("Сторожиха Раиса Ганиева работает на складе с 1990 года.",
                        "«Ночью здесь тихо», — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Раиса Ганиева", "Сторожиха"));
    }

    @Test
    void learnsAGivenNameAloneClosingASentenceAfterItsVerbWithAnAgeBeforeIt() {
        assertThat(russian.extract(List.of("У входа сидит 9-летний Данияр, ученик второго класса.",
                        "«Я жду маму», — говорит мальчик."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Данияр", "ученик второго класса"));
        assertThat(russian.extract(List.of("За рекой виднеется Бухара, столица области.",
                        "«Я жду маму», — говорит она."), List.of()))
                .isEmpty();
    }

    @Test
    void readsARelationThenATradeTheListsLackBeforeAKnownGivenName() {
        assertThat(ukrainian.extract(List.of("Його сусід, бортник Остап, каже, що мед цього року гіркий."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Остап", "Його сусід, бортник"));
    }

    @Test
    void readsWhatABodyPromisedWithWhenBeforeTheInfinitive() {
        assertThat(russian.extract(List.of("В акимате пообещали к весне отремонтировать мост."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("акимат", "к весне отремонтировать мост"));
    }

    @Test
    void readsAListedOccupationAfterACombiningPrefix() {
        assertThat(ukrainian.extract(List.of("Мотокур’єр Остап Гнатюк каже, що взимку замовлень удвічі більше."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Остап Гнатюк", "Мотокур’єр"));
    }

    @Test
    void readsWhatSomeoneDoesAndTheirNameSetApartAfterWhoseRelationTheyAre() {
        assertThat(russian.extract(List.of("Мать одной из пациенток, учительница Гульмира, рассказывает, что ждала "
                        + "операции полгода."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульмира", "Мать одной из пациенток, учительница"));
        assertThat(ukrainian.extract(List.of("Брат загиблого, водій Сергій Литвин, каже, що слідство триває три роки."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Сергій Литвин", "Брат загиблого, водій"));
    }

    @Test
    void readsWhatSomeoneDoesWithMoreSaidOfThemAsSomeoneUnnamed() {
        assertThat(ukrainian.extract(List.of("Вихователька з дитячого будинку в Житомирі розповіла, що взимку "
                        + "не вистачало ковдр."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("вихователька з дитячого будинку в Житомирі", ANONYMOUS));
        assertThat(russian.extract(List.of("Воспитатель без опыта работы признался, что боялся первых дней."),
                List.of())).extracting(Attribution::sourceKind).containsExactly(ANONYMOUS);
    }

    @Test
    void readsAParkAsABodyAndAVillagesNounBeforeWhereSomeoneIsFrom() {
        assertThat(ukrainian.extract(List.of("У Шацькому національному природному парку повідомили, що стежки закриті "
                        + "до весни."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("Шацький національний природний парк", ORGANISATION));
        assertThat(russian.extract(List.of("В Иле-Алатауском национальном парке сообщили, что тропы закрыты."),
                List.of())).extracting(Attribution::sourceKind).containsExactly(ORGANISATION);
        assertThat(russian.extract(List.of("— Туристов стало вдвое больше, — говорит Айдос Жунусов из посёлка Басши."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Айдос Жунусов", "из посёлка Басши"));
    }

    @Test
    void readsHowItWasSaidBeforeTheVerbAndAccordingToHimAfterAnd() {
        assertThat(ukrainian.extract(List.of("Пічник Василь Гуменюк кладе печі вже тридцять років.",
                        "— Добра піч переживе господаря, — з усмішкою каже він.",
                        "Замовлень у нього вистачає, і, за його словами, черга розписана до весни."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Василь Гуменюк", "Добра піч переживе господаря"),
                        tuple("Василь Гуменюк", "черга розписана до весни"));
    }

    @Test
    void learnsWhatSomeoneDoesAndWhereFromBeforeANameThatClosesASentence() {
        assertThat(ukrainian.extract(List.of("Пекарню на вулиці Шевченка в Житомирі минулого року відкрив"
                        + " переселенець з Бахмута Ігор Савчук.",
                        "— Хліб тут печуть так само, як у нас, — усміхається він."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ігор Савчук", "переселенець з Бахмута"));
    }

    @Test
    void learnsWhoseAThingIsInTheGenitiveAndAMasterForSomeoneNamedWithoutARole() {
        assertThat(russian.extract(List.of("Парикмахерская Сергея Ткаченко на окраине Караганды работает с семи утра.",
                        "По словам мастера, клиентов у него стало меньше.",
                        "— Стричь умеют все, а слушать — нет, — улыбается Ткаченко."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Сергей Ткаченко", null), tuple("Сергей Ткаченко", null));
        assertThat(ukrainian.extract(List.of("Олег Бойко ремонтує годинники в кіоску біля вокзалу.",
                        "— Механіка переживе всі батарейки, — каже майстер."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бойко");
    }

    @Test
    void learnsAGivenNameClosingASentenceAfterAPlaceAndAYouthWhoRefersBackToHim() {
        assertThat(ukrainian.extract(List.of("На складі біля залізничної станції у Фастові працює 18-річний Денис,"
                        + " учень ліцею.", "— Гроші потрібні на навчання, — пояснює юнак."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Денис", "учень ліцею"));
        assertThat(russian.extract(List.of("Сабина Алиева, ученица колледжа, подрабатывает в кафе.",
                        "— Денег не хватает, — вздыхает юноша."), List.of())).isEmpty();
    }

    @Test
    void leavesWhatASentenceIsAboutBeforeTheNameOutOfTheRoleAndReadsABusinessOwnerAsThePersonNamed() {
        assertThat(ukrainian.extract(List.of("Маленьку пекарню біля вокзалу в Полтаві Ірина Коваленко відкрила після"
                        + " евакуації.", "— Хліб тут печуть за маминим рецептом, — каже вона.",
                        "За словами підприємиці, борошно подорожчало на третину."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ірина Коваленко", null), tuple("Ірина Коваленко", null));
    }

    @Test
    void readsAJokeAndASmileAfterTheWordsAsSaying() {
        assertThat(russian.extract(List.of("Сапожник Ильяс Нуров работает на рынке.",
                        "— Обувь сейчас шьют на один сезон, — шутит Нуров."), List.of()))
                .extracting(Attribution::source, Attribution::cue).containsExactly(tuple("Ильяс Нуров", "шутит"));
        assertThat(ukrainian.extract(List.of("Кравчиня Ольга Мельничук шиє вдома.",
                        "— Голка не любить поспіху, — посміхається жінка.",
                        "— А нитка — поганого настрою, — жартує вона."), List.of()))
                .extracting(Attribution::cue).containsExactly("посміхається", "жартує");
    }

    @Test
    void readsAShrugAndAnAssuranceAsSayingAndATradeAndNameAfterACompoundPlace() {
        assertThat(russian.extract(List.of("Сапожную будку на Северо-Западе Павлодара держит бывший токарь Иван"
                        + " Петров.", "— Работы мало, — разводит руками он."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("Иван Петров", "бывший токарь", "разводит руками"));
        assertThat(ukrainian.extract(List.of("Олег Бойко ремонтує годинники біля вокзалу.",
                        "Він запевняє, що механіка переживе батарейки."), List.of()))
                .extracting(Attribution::cue).containsExactly("запевняє");
    }

    @Test
    void readsANameInTheGenitiveAfterARelationClosingASentenceAsWhoseRelationItIs() {
        // the father is not named: the son, whose father built it, is whom the surname and "он" refer to
        assertThat(russian.extract(List.of("Пекарню на углу рынка тридцать лет назад открыл дед Тимура Алиева.",
                        "Теперь у Алиева три печи.", "— Хлеб здесь пекут по его рецепту, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Тимур Алиев", null));
        assertThat(ukrainian.extract(List.of("Майстерню в підвалі будинку відкрила мати Оксани Кравчук.",
                        "— Я тут виросла, — каже Кравчук."), List.of()))
                .extracting(Attribution::source).containsExactly("Оксана Кравчук");
    }

    @Test
    void learnsAFullNameClosingASentenceAfterItsVerbByAListedGivenName() {
        assertThat(ukrainian.extract(List.of("У селі під Коростенем сіно заготовляє кооператив, а розвозить його "
                                + "господарям Ганна Ковальчук.",
                        "— Свинина подорожчала вдвічі, — каже жінка."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Ганна Ковальчук", null));
        // two capitalised words of which the first is no given name the lists hold are no person's name
        assertThat(ukrainian.extract(List.of("У селі під Коростенем сіно заготовляє кооператив, а розвозить його "
                                + "господарям Кооператив Кравчук.", "— Свинина подорожчала вдвічі, — каже він."), List.of()))
                .extracting(Attribution::source).doesNotContain("Кооператив Кравчук");
        assertThat(ukrainian.extract(List.of("У селі під Коростенем сіно заготовляє кооператив, а посилки розвозить "
                                + "господарям Нова Пошта.", "— Свинина подорожчала вдвічі, — каже вона."), List.of()))
                .extracting(Attribution::source).doesNotContain("Нова Пошта");
    }

    @Test
    void takesNoRoleFromWordsBeforeANameWhoseOnlyPersonLikeWordIsAPlacesName() {
        assertThat(russian.extract(List.of("Хлеб на окраине Бишкека печёт Рустам Алиев вместе с братом.",
                        "— Мука подорожала вдвое, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Рустам Алиев", null));
    }

    @Test
    void learnsASubjectAfterItsVerbWithAPlaceAndAnAgeInFiguresBeforeIt() {
        assertThat(ukrainian.extract(List.of("На Привозі в Одесі рибою торгує 63-річна Галина Савчук, колишня вчителька.",
                        "— Скумбрія цього року дешевша, — каже вона."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Галина Савчук", "колишня вчителька"));
    }

    @Test
    void learnsAGivenNameWithAnEldersHonorificClosingASentence() {
        assertThat(russian.extract(List.of("Мастерскую по ремонту часов на Алайском базаре тридцать лет держит Ильхом-ака.",
                        "По его словам, механические часы снова в моде."), List.of()))
                .extracting(Attribution::source).containsExactly("Ильхом-ака");
    }

    @Test
    void learnsWhoseAThingIsWhenTheNameAfterItIsInTheGenitive() {
        assertThat(russian.extract(List.of("Большая отара Азамата Исмаилова пасётся в предгорьях Алатау.",
                        "Исмаилов говорит, что травы стало меньше."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Азамат Исмаилов", null));
        // a woman's name in the nominative after words that say nothing of her is left as it is
        assertThat(russian.extract(List.of("В этом году отару пасёт Анна Исмаилова.",
                        "Исмаилова говорит, что травы стало меньше."), List.of()))
                .extracting(Attribution::source).containsExactly("Анна Исмаилова");
    }

    @Test
    void learnsAPersonNamedInPassingInsideASentenceWhateverTheSurnamesEnding() {
        assertThat(russian.extract(List.of("Пекарню на окраине Караганды Елена Пак держит уже десять лет.",
                        "— Муку берём только местную, — говорит Пак."), List.of()))
                .extracting(Attribution::source).containsExactly("Елена Пак");
        // in the genitive, put in the nominative; a woman's given name in "-ия" is no man's genitive
        assertThat(russian.extract(List.of("У самой реки стоит пасека Дмитрия Ли.",
                        "— Пчёлы в этом году злые, — жалуется Ли."), List.of()))
                .extracting(Attribution::source).containsExactly("Дмитрий Ли");
        assertThat(ukrainian.extract(List.of("Кав'ярню біля вокзалу вже п'ятий рік тримає з сестрою Марія Лі.",
                        "— Кава подорожчала, — каже вона."), List.of()))
                .extracting(Attribution::source).containsExactly("Марія Лі");
    }

    @Test
    void learnsNoPersonNamedInPassingWhenTheSentenceTellsOfThePersonBefore() {
        // a pronoun before the new name: the sentence is about the one before
        assertThat(russian.extract(List.of("Столяр Олег Бондарь работает в гараже.",
                        "Он купил станок у Ивана Ли за полцены.", "— Станок старый, но надёжный, — говорит он."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бондарь");
        // nor when it names the person before by their surname
        assertThat(russian.extract(List.of("Столяр Олег Бондарь работает в гараже.",
                        "Станок у Бондаря в прошлом году купил Иван Ли.", "— Станок старый, — говорит он."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бондарь");
        // the street's namesake, or two people named, make nobody whom "он" means
        assertThat(russian.extract(List.of("Столяр Олег Бондарь работает в гараже.",
                        "Гараж стоит на улице Тараса Ли.", "— Места мало, — говорит он."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бондарь");
        assertThat(russian.extract(List.of("Столяр Олег Бондарь работает в гараже.",
                        "Заказы приносят Анна Ким и Иван Ли.", "— Работы много, — говорит он."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Бондарь");
    }

    @Test
    void takesWhatSomeoneNamedInPassingIsClosingTheSentenceAsTheirRole() {
        assertThat(russian.extract(List.of("Ларёк у остановки, рядом с рынком, держит Дмитрий Ли, бывший шахтёр.",
                        "— Покупателей стало меньше, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Дмитрий Ли", "бывший шахтёр"));
    }

    @Test
    void learnsWhoseRelationSomeoneIsAndTheirGivenNameInsideASentence() {
        assertThat(ukrainian.extract(List.of("Зранку в пекарні працює Андрій Шевчук, а ввечері — його сестра Оксана.",
                        "Оксана каже, що борошно подорожчало."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана", "його сестра"));
    }

    @Test
    void readsATradeAloneAsThePersonJustNamedInARoleThatNamesNoTrade() {
        assertThat(russian.extract(List.of("Её хозяин, Павел Андреевич Рыбаков, точит ножи и ножницы.",
                        "— Хороший нож служит полвека, — говорит точильщик."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Павел Андреевич Рыбаков", "Её хозяин"));
        // not one named in another trade
        assertThat(russian.extract(List.of("Слесарь Павел Андреевич Рыбаков точит ножи и ножницы.",
                        "— Хороший нож служит полвека, — говорит точильщик."), List.of())).isEmpty();
    }

    @Test
    void learnsBrothersOrSistersNamedTogetherBeforeTheirSurnameInThePlural() {
        assertThat(ukrainian.extract(List.of("Пекарню тримають брати Олег і Тарас Шевчуки.",
                        "— Хліб печемо з четвертої ранку, — каже Тарас."), List.of()))
                .extracting(Attribution::source).containsExactly("Тарас Шевчук");
        assertThat(russian.extract(List.of("Пекарню держат сестры Анна и Мария Ивановы.",
                        "— Хлеб печём с четырёх утра, — говорит Мария."), List.of()))
                .extracting(Attribution::source).containsExactly("Мария Иванова");
    }

    @Test
    void takesWhatSomeoneNamedInPassingIsRightBeforeTheirNameAsTheirRole() {
        assertThat(ukrainian.extract(List.of("У Полтаві гончарка Оксана Левченко веде заняття для дітей.",
                        "— Глина заспокоює, — каже вона."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Оксана Левченко", "гончарка"));
    }

    @Test
    void readsWhoSaysWhereTheVerbOfSayingComesSecondAfterWhatTheyDo() {
        assertThat(russian.extract(List.of("В Оше ножи точит Павел Рыбаков.",
                        "Его сын Артём ведёт учёт заказов и говорит, что клиентов стало меньше."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Артём", "Его сын", "клиентов стало меньше"));
        assertThat(ukrainian.extract(List.of("Оксана Левченко веде гончарні заняття та каже, що глина заспокоює."),
                        List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Оксана Левченко", "глина заспокоює"));
    }

    @Test
    void takesAClauseOfWhoSomeoneIsAfterTheirNameInAccordingToAsTheirRole() {
        assertThat(russian.extract(List.of("По словам Ольги Петренко, которая руководит кооперативом, цены на шерсть"
                        + " упали."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("Ольга Петренко", "которая руководит кооперативом", "цены на шерсть упали"));
        // a Ukrainian woman's given name in "-я" after a consonant, in the genitive, before a surname that stays
        assertThat(ukrainian.extract(List.of("За словами Олі Ткачук, ціни на вовну впали."), List.of()))
                .extracting(Attribution::source).containsExactly("Оля Ткачук");
        assertThat(ukrainian.extract(List.of("За словами Тані Петрової, ціни на вовну впали."), List.of()))
                .extracting(Attribution::source).containsExactly("Таня Петрова");
    }

    @Test
    void readsAGivenNameInArAsNoTradeBeforeASurname() {
        assertThat(russian.extract(List.of("Анвар Сафин чинит крыши в старом городе.",
                        "— Железо сейчас тоньше, чем раньше, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Анвар Сафин", null));
    }

    @Test
    void takesATradeByItsEndingSetApartAfterANameAsTheRole() {
        assertThat(russian.extract(List.of("Ильдар Сафин, опытный жестянщик, чинит крыши в старом городе.",
                        "— Железо сейчас тоньше, чем раньше, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Ильдар Сафин", "опытный жестянщик"));
    }

    @Test
    void takesATradeAloneAsThePersonNamedASentenceOrTwoBeforeWhenNoOneWasMetSince() {
        assertThat(russian.extract(List.of("В Полтаве Иван Сидоренко чинит часы. Заказов стало больше, потому что новые"
                                + " часы дорожают.",
                        "— Механизм живёт дольше хозяина, — говорит часовщик."), List.of()))
                .extracting(Attribution::source).containsExactly("Иван Сидоренко");
        // not three paragraphs on
        assertThat(russian.extract(List.of("В Полтаве Иван Сидоренко чинит часы.", "Заказов стало больше.",
                        "Новые часы дорожают.", "— Механизм живёт дольше хозяина, — говорит часовщик."), List.of()))
                .isEmpty();
    }

    @Test
    void readsWordsToldByTelephoneBeforeThat() {
        assertThat(ukrainian.extract(List.of("Олег Мороз розповів телефоном, що бригада повернулася на позиції."),
                        List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Олег Мороз", "бригада повернулася на позиції"));
        assertThat(russian.extract(List.of("Олег Морозов рассказал по телефону, что бригада вернулась на позиции."),
                        List.of()))
                .extracting(Attribution::source).containsExactly("Олег Морозов");
    }

    @Test
    void readsAWomanAfterAVerbAsTheSubjectNotAMansGenitive() {
        assertThat(russian.extract(List.of("Девочек учит Мария Иванова.",
                        "— Одно сюзане шьём втроём полгода, — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("Мария Иванова", null));
        // a clause of who she is, closing the sentence, is her role
        assertThat(russian.extract(List.of("Соседских девочек вышивке учит Гульнара Саидова, которая сама научилась у"
                                + " бабушки.",
                        "— Одно сюзане шьём втроём полгода, — говорит она."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара Саидова", "которая сама научилась у бабушки"));
    }

    @Test
    void readsAListedTradeAloneAsThePersonNamedJustBeforeAndNotAnUnnamedSource() {
        assertThat(russian.extract(List.of("Зульфия Юсупова торгует зирой и красным перцем двадцать лет.",
                        "«Раньше брали по килограмму на плов», — говорит торговка."), List.of()))
                .extracting(Attribution::source).containsExactly("Зульфия Юсупова");
        // an adjective before the trade says no one else
        assertThat(ukrainian.extract(List.of("Олег Мороз продає мед на ринку.",
                        "— Мед цього року дорожчий, — каже досвідчений підприємець."), List.of()))
                .extracting(Attribution::source).containsExactly("Олег Мороз");
    }

    @Test
    void readsNoPlaceAfterAPrepositionAsAGivenName() {
        assertThat(ukrainian.extract(List.of("На одеському Привозі Сейран Аблаєв продає спеції.",
                        "— Одесити люблять гостре, — каже він."), List.of()))
                .extracting(Attribution::source).containsExactly("Сейран Аблаєв");
        // whatever the name after it, a place in "-і" is no woman's given name in the genitive
        assertThat(ukrainian.extract(List.of("На одеському Привозі Дилявер Аблаєв продає спеції.",
                        "— Одесити люблять гостре, — каже підприємець."), List.of()))
                .extracting(Attribution::source).noneMatch(source -> source.startsWith("Привоз"));
    }

    @Test
    void readsAnOfficeAndWhoseItIsWithNoNameAsAnUnnamedSource() {
        assertThat(russian.extract(List.of("Глава сельской управы сообщил, что дорогу отремонтируют к осени."),
                        List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("глава сельской управы", ANONYMOUS));
    }

    @Test
    void readsATradeByItsEndingThenAGivenNameTheListsLackAfterARelationOrOpeningTheSentence() {
        // whose relation, then what he does and a given name set apart
        assertThat(russian.extract(List.of("Его брат, кузнец Медер, сказал, что уголь подорожал вдвое."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Медер", "Его брат, кузнец"));
        // a trade by its ending opening the sentence before a given name
        assertThat(russian.extract(List.of("Овцевод Медер рассказал, что шерсть подешевела."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Медер", "Овцевод"));
        // a fisherman, whose noun's ending says no trade, by the list
        assertThat(russian.extract(List.of("Рыбак Медер рассказал, что лёд на озере тонкий."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Медер", "Рыбак"));
        // (a given name ending as a trade does, before a surname, is the name)
        assertThat(russian.extract(List.of("Бахтовар Сафаров рассказал, что вернулся домой."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Бахтовар Сафаров", null));
    }

    @Test
    void readsAPronounAfterAClauseAndAndAsWhoSays() {
        assertThat(russian.extract(List.of("Гульнара Осмонова шьёт юрты.",
                        "Ей шестьдесят лет, и она говорит, что шерсть дорожает каждый год."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Гульнара Осмонова", "шерсть дорожает каждый год"));
        assertThat(ukrainian.extract(List.of("Петро Ткачук ремонтує годинники.",
                        "Майстерня стоїть на ринку, а він каже, що клієнтів стає менше."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("Петро Ткачук", "клієнтів стає менше"));
    }

    @Test
    void takesWhatSomeoneDoesAfterAnOpeningPlaceAsTheRoleWithoutThePlace() {
        assertThat(ukrainian.extract(List.of("На ринку в центрі Львова швець Богдан Кравчук лагодить взуття.",
                        "Кравчук каже, що шкіра подорожчала."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Богдан Кравчук", "швець"));
    }

    @Test
    void readsABodysPeopleRemindingOrWarningInThePresent() {
        assertThat(ukrainian.extract(List.of("У міській раді нагадують, що ковзанка відкриється в грудні."), List.of()))
                .extracting(Attribution::sourceKind, Attribution::cue, Attribution::text)
                .containsExactly(tuple(ORGANISATION, "нагадують", "ковзанка відкриється в грудні"));
        assertThat(russian.extract(List.of("В мэрии предупреждают, что каток откроется только в декабре."), List.of()))
                .extracting(Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple(ORGANISATION, "предупреждают"));
    }

    @Test
    void takesTheGivenNameWhenOnlyTheSurnameIsWithheldAfterAPlace() {
        assertThat(russian.extract(List.of("Жительница района Северный Гульнара, не назвавшая фамилии, сказала, что "
                        + "автобус не пришёл."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("Гульнара", PERSON, "Жительница района Северный"));
        // right after a place's word, too
        assertThat(russian.extract(List.of("Жительница микрорайона Гульнара, не назвавшая фамилии, сказала, что "
                        + "автобус не пришёл."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Гульнара", "Жительница микрорайона"));
        // where from is no given name
        assertThat(russian.extract(List.of("Фермер из Таласа, не назвавший фамилии, сказал, что воды нет."), List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ANONYMOUS);
    }

    @Test
    void learnsWhatSomeoneDoesAndOfWhatBeforeANameOfAnyEnding() {
        assertThat(russian.extract(List.of("Сторож склада Виктор Ким дежурит по ночам. По его словам, охраны не "
                        + "хватает."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Виктор Ким", "Сторож склада"));
    }

    @Test
    void readsALineOfDialogueThatFollowsAnotherSentenceOfItsParagraph() {
        assertThat(CyrillicQuoteExtractor.sentences("Он работает в порту. — Работы мало. Денег нет, — говорит он."))
                .containsExactly("Он работает в порту.", "— Работы мало. Денег нет, — говорит он.");
        assertThat(ukrainian.extract(List.of("Вантажник Олег Мороз працює в порту. — Роботи мало, — каже він."),
                        List.of()))
                .extracting(Attribution::source, Attribution::kind, Attribution::text)
                .containsExactly(tuple("Олег Мороз", DIRECT, "Роботи мало"));
    }

    @Test
    void learnsAnAdjectiveOfWhatSomeoneIsAndAnyNounBeforeAListedGivenName() {
        assertThat(russian.extract(List.of("Бывший грузчик Рустам теперь торгует фруктами.",
                        "— Спина уже не та, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Рустам", "Бывший грузчик"));
        assertThat(russian.extract(List.of("Бывший меняла Рустам теперь торгует фруктами.",
                        "— Курс скачет, — говорит он."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Рустам", "Бывший меняла"));
    }

    @Test
    void takesATeenagerAsWhatSomeoneIsBeforeTheirGivenName() {
        assertThat(ukrainian.extract(List.of("Підліток Олег, якому п'ятнадцять, каже, що влітку працює на ринку."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Олег", "Підліток"));
        assertThat(russian.extract(List.of("Подросток Тимур, которому пятнадцать, говорит, что летом работает на "
                        + "рынке."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("Тимур", "Подросток"));
    }

    @Test
    void readsAVerbOfSayingOpeningASentenceWithoutItsSubjectAsThePersonQuotedJustBefore() {
        List<Attribution> found = russian.extract(List.of(
                "Пастух Ерлан Жумабеков говорит, что пастбища высохли. И добавляет: «Овец кормим сеном с весны».",
                "Фермер Асель Нурланова рассказала, что урожай погиб. Также отметила, что кредит брать не будет."),
                List.of());
        // (with no one quoted before, or only two paragraphs back, the verb's subject is no one the reader knows)
        List<Attribution> before = russian.extract(List.of("Добавил, что цены выросли."), List.of());
        List<Attribution> farBack = russian.extract(List.of("Пастух Ерлан Жумабеков говорит, что пастбища высохли.",
                "Зима в этом году была тёплой.", "Добавил, что цены выросли."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::text).containsExactly(
                tuple("Ерлан Жумабеков", INDIRECT, "пастбища высохли"),
                tuple("Ерлан Жумабеков", DIRECT, "Овец кормим сеном с весны"),
                tuple("Асель Нурланова", INDIRECT, "урожай погиб"),
                tuple("Асель Нурланова", INDIRECT, "кредит брать не будет"));
        assertThat(before).isEmpty();
        assertThat(farBack).extracting(Attribution::text).containsExactly("пастбища высохли");
    }

    @Test
    void readsACitysWaterCompanyOrUndergroundSpokenForInItAndTheEnterpriseAsTheBodyNamedBefore() {
        List<Attribution> found = ukrainian.extract(List.of(
                "У Львівському водоканалі повідомили, що тиск відновлять увечері. Як зазначили в підприємстві, "
                        + "аварію спричинив мороз.",
                "У Київському метрополітені пояснили, що поїзди ходять за графіком.",
                "У пресслужбі аеропорту повідомили, що рейси відновлять навесні."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind).containsExactly(
                tuple("Львівський водоканал", ORGANISATION), tuple("Львівський водоканал", ORGANISATION),
                tuple("Київський метрополітен", ORGANISATION), tuple("пресслужба аеропорту", ORGANISATION));
    }

    @Test
    void readsABodySpokenForInItWithoutTheParticleOfContrastAfterItsName() {
        List<Attribution> found = ukrainian.extract(List.of(
                "Лікарі кажуть, що ліків бракує. У МОЗ же заявили, що запасів вистачить до весни."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("МОЗ", ORGANISATION));
    }
}
