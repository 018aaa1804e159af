package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.text.Regexes;

/**
 * Attributions in Russian and Ukrainian news copy, by the patterns both languages' reporting uses: a quote in
 * «guillemets» with its speaker after a dash ({@code «...», — сказал фермер Абдулла Каримов}, {@code «...», —
 * сказала IWPR вчителька Ірина Савченко}), a speaker before a colon and a quote ({@code Ерлан Касымов отметил: «...»}),
 * reported speech ({@code X заявил, что ...}, {@code X заявив, що ...}, {@code По словам X, ...}, {@code За словами X,
 * ...}), a pronoun ({@code он}/{@code она}, {@code він}/{@code вона}) for the last source, and a surname alone (in any
 * case) for a full name given earlier. A speaker is a person named by two or more capitalised words; the words
 * before the name are the role. Plural groups ("Аналитики опасаются", "Аналітики вважають") and the article's authors
 * are never sources. A body heading the phrase ("Министерство труда заявило", "Міська рада повідомила") is an
 * organisation; a description that names nobody ("сотрудник хукумата", "один з учнів"), or any description with a
 * clause that withholds the name ("пожелавший остаться неназванным", "який попросив не називати його імені"), is an
 * anonymous source; an occupation before a name goes to the role ("Экономист Шавкат Рахимов"). The verbs and the
 * small words are each language's own ({@link Grammar}); the nouns come from the lexicon's {@code ru-} and {@code uk-}
 * sections. Pull quotes are not found.
 */
public final class CyrillicQuoteExtractor {

    /**
     * What one language brings: its verbs of saying in the past tense in every gender a speaker can have (a man, a
     * woman, a body: "сказал/сказала/сообщило", "сказав/сказала/повідомило") and the present ones, the word that
     * opens reported speech, the phrase "according to", the pronouns, the words of "one of", and its lexicon.
     */
    private record Grammar(Pattern quoteThenSpeaker, Pattern dashThenSpeaker, Pattern speakerThenQuote,
                           Pattern speakerThat, Pattern reportedThenSpeaker, Pattern quoteThenBody, Pattern reportedThenBody,
                           Pattern introduced, Pattern calledSo,
                           Pattern asSaid, Pattern asBodySaid, Pattern accordingTo, Pattern pronounAccordingTo,
                           Pattern pronounInterrupting, Pattern impersonal, Set<String> pronouns,
                           Set<String> genitivePronouns, Set<String> oneOf, Set<String> of, Set<String> occupations,
                           Set<String> anonymousNouns, Set<String> organisationHeads, Set<String> groupHeads,
                           Set<String> placeWords, List<String[]> adjectiveNominatives) {

        /**
         * @param called      the verbs of naming something in so many words ("назвал ... «...»")
         * @param as          the word of "as X said" ("Как", "Як")
         * @param accordingTo the phrases of "according to" (words, data, opinion), an alternation
         * @param saidThey    the verbs of saying in the plural, for what a body's people said ("В мэрии заявили")
         * @param adjectives the endings of adjectives in the genitive or prepositional, each with the nominative's
         */
        static Grammar of(String verb, String called, String that, String as, String accordingTo, String saidThey,
                          Set<String> pronouns,
                          Set<String> genitivePronouns, Set<String> oneOf, Set<String> of, String lexiconPrefix,
                          List<String[]> adjectives) {
            return new Grammar(
                    // «...», — сказал фермер Абдулла Каримов из Баткенской области.; «...», — сказал он IWPR.
                    // «...» — так прокомментировал статистику начальник X: "так" and what was commented on
                    Regexes.compile("^«(?<q>[^»]+)»,?\\s+[—–-]\\s+(?:так\\s+)?" + MANNER + "(?<verb>" + verb + ")(?<to>"
                            + ADDRESSEE
                            + ")(?:\\s+" + COMMENTED + ")?\\s+(?<who>" + WHO_WORDS + ")(?<to2>" + ADDRESSEE + ")[.!?]?$"),
                    // — Мы ждём восемь лет, — говорит Айгуль Сейтказы.: dialogue, as Russian and Ukrainian print it
                    // (the words may hold a dash of their own, and end in "!" or "?" without the comma, and a short
                    // name in guillemets: "— Запчасти на «Кобальт» берём на рынке, — говорит X.")
                    // (how it was said may stand before the verb: "— ..., — с гордостью говорит он.")
                    Regexes.compile("^[—–]\\s+(?<q>(?:[^«»]|" + SHORT_NAME + ")+?)(?:,|(?<=[!?]))\\s+[—–]\\s+" + MANNER
                            + "(?<verb>" + verb + ")(?<to>" + ADDRESSEE
                            + ")\\s+(?<who>" + WHO_WORDS + ")(?<to2>" + ADDRESSEE + ")[.!?]?$"),
                    // Ерлан Касымов отметил: «...».; Голова ради написав у Facebook: «...».; a short name in
                    // guillemets inside who, and where it was said: "Депутат от партии «Аманат» X в интервью
                    // телеканалу «Хабар»" (where is taken out of who as an occasion)
                    Regexes.compile("^(?<who>[^«:](?:[^«:]|" + SHORT_NAME + ")*?)\\s+(?<verb>" + verb + ")(?<to>"
                            // "пояснює це посухою: «...»", "говорит с горечью: «...»": how, or by what, it was put
                            + ADDRESSEE + ")(?<how>\\s+(?:на|в|у|с|з|это|це|так)\\s+[^«:]{1,40}?"
                            + "|\\s+(?:так|просто|коротко))?:\\s+«(?<q>[^»]+)»"
                            + "[.!?]?$"),
                    // Бакыт Осмонов заявил, что ...; the speaker may carry clauses ("Сотрудник хукумата, попросивший
                    // ..., сказал")
                    // "заявил на брифинге, что": how it was said may follow the verb
                    // "Аким района X пообещал открыть ...": what the person promised to do, without "что"
                    // (by when first, or not to do it, as a body's people promise it)
                    // ("розповів IWPR телефоном, що": by telephone)
                    // ("«Укрзалізниця» повідомила, що": a body by its name in guillemets alone opens it)
                    Regexes.compile("^(?<who>(?:[^«]|«[^»]*»(?=\\s))(?:[^«]|«[^»]*»)*?),?\\s+(?<verb>" + verb + ")(?<to>"
                            + ADDRESSEE
                            + "(?:\\s+(?:на|в|во|у)\\s+[^,«]{1,40}?|\\s+(?:телефоном|по\\s+телефону))?)(?:,\\s+" + that
                            + "\\s+"
                            + "|(?<=пообещал|пообещала|пообіцяв|пообіцяла)\\s+(?=(?:\\p{Ll}+\\s+){0,3}?"
                            // (not when another's words follow in the sentence: "..., однако, по словам X, ...")
                            + "\\p{Ll}+(?:ть|ти|чь)(?:ся|сь)?\\s)(?!.*[,\\s][пз][оа]\\s+словам))"
                            + "(?<q>.+?)[.!?]?$"),
                    // Ситуация вряд ли изменится, считает экономист Ерлан Смаилов.: the words first
                    // (a clause about who speaks may close it: "..., говорит мастер X, который делает инструменты.")
                    Regexes.compile("^(?<q>[^«—–\\s][^«]*?),\\s+(?<verb>" + verb + ")(?<to>" + ADDRESSEE
                            + ")\\s+(?<who>[^,.!?«]+?)(?<to2>" + ADDRESSEE + ")(?:,\\s+(?:котор|як)\\p{Ll}*\\s[^«»]+?)?"
                            + "[.!?]?$"),
                    // «...», — уточнили в пресс-службе министерства.: a quote, then a body's people
                    Regexes.compile("^«(?<q>[^»]+)»,?\\s+[—–-]\\s+(?<verb>" + saidThey + ")(?<to>" + ADDRESSEE
                            + ")\\s+[ВвУу]\\s+(?<who>[^.!?«]*?«[^»]+»|[^.!?«]+?)[.!?]?$"),
                    // Мінування залишається загрозою, наголошують у Державній службі ...: the words, then a body's people
                    Regexes.compile("^(?<q>[^«—–\\s][^«]*?),\\s+(?<verb>" + saidThey + ")(?<to>" + ADDRESSEE
                            + ")\\s+[ВвУу]\\s+(?<who>[^,«.!?]*?«[^»]+»|[^,«.!?]+?)[.!?]?$"),
                    // Об этом IWPR рассказал источник в акимате, ...: a source introduced, whose words follow
                    Regexes.compile("^(?:Об этом|Про це)\\s+(?:же\\s+|також\\s+)?(?:(?:IWPR|ИВПР|ІВПР)\\s+)?(?<verb>" + verb
                            + ")(?<to>" + ADDRESSEE + ")\\s+(?<who>.+?)[.!?]?$"),
                    // Омбудсмен Леван Иоселиани назвал задержания «несоразмерными».: the words that name something
                    Regexes.compile("^(?<who>[^«,]+?)\\s+(?<verb>" + called + ")(?<to>)\\s+[^«]{1,60}?\\s+«(?<q>[^»]+)»[.!?]?$"),
                    // Как отметил депутат Кубанычбек Исабеков, ...; Як зазначив Василь Ткачук, ...; Однако, как ...
                    Regexes.compile("^(?:" + CONNECTIVE + ",?\\s+)?(?<cue>(?iu:" + as + ")\\s+(?:" + verb + ")" + ADDRESSEE
                            // (a name in guillemets inside who: "активистка движения «Чистый Алматы» X")
                            + ")\\s+(?<who>(?:[^,«]|«[^»]+»)+),\\s+"
                            + "(?<q>.+?)[.!?]?$"),
                    // Как сообщили в Комитете по чрезвычайным ситуациям, ...; Як повідомили в міністерстві, ...
                    Regexes.compile("^(?:" + CONNECTIVE + ",?\\s+)?(?<cue>(?iu:" + as + ")\\s+(?:" + saidThey + ")"
                            + ADDRESSEE + ")\\s+[ВвУу]\\s+"
                            + "(?<who>[^,«]*?«[^»]+»|[^,«]+?),\\s+(?<q>.+?)[.!?]?$"),
                    // По словам Каримова, ...; Однако, по данным Всемирного банка, ...; "Мэр пообещал ..., однако, по
                    // словам одного из организаторов, ...": after "but", the words are only what follows the phrase;
                    // "По словам имама ..., который не назвал своего имени, ...": the clause that withholds the name
                    // is neither who nor what was said
                    Regexes.compile("^(?:" + CONNECTIVE + ",?\\s+|[^«]+?,\\s+(?:но|однако|але|проте|однак),\\s+)?"
                            // "По данным Министерства труда, миграции и занятости населения, ...": a body's name
                            // listing its fields, the last after "и", has commas of its own
                            + "(?<cue>(?iu:" + accordingTo + "))\\s+(?<who>[^,]+(?:,\\s+" + LOWER_WORD + "(?:\\s+"
                            + LOWER_WORD + ")?\\s+(?:и|і|та)\\s+" + LOWER_WORD + "(?:\\s+" + LOWER_WORD + ")?(?=,))?),\\s+"
                            // ("По словам Леси Шевчишин, яка веде облік, ...": a clause of who the person is, their
                            // role)
                            + "(?:[^,«]*(?:" + WITHHOLDING + ")[^,«]*,\\s+|(?<clause>(?:который|которая|який|яка)\\s+"
                            + "[^,«]{3,80}),\\s+)?(?<q>.+?)[.!?]?$"),
                    // По её словам, ...; За його словами, ...: the pronoun inside the phrase
                    Regexes.compile("^(?<cue>[ПпЗз][оа])\\s+(?<who>" + String.join("|", genitivePronouns)
                            + ")\\s+(?<noun>\\p{L}+),\\s+(?<q>.+?)[.!?]?$"),
                    // Торговцы, по её словам, готовят иск: the phrase set inside the words; Он ищет работу, но, по его
                    // словам, платят мало: after "but", the words are only what follows the phrase; "Юсупов с ней
                    // не согласен: по его словам, ...": after a colon, too, and who stands before it is who "его" is
                    // "Зарплата у него — 9 тысяч сомов, и, по его словам, ...": after "and", too
                    Regexes.compile("^(?:[^«]+?,\\s+(?:но|а|и|однако|але|і|та|проте|однак),\\s+|(?<head>[^«,:]+),\\s+"
                            + "|(?<lead>[^«:]+):\\s+)"
                            + "(?<cue>[пз][оа])\\s+(?<who>" + String.join("|", genitivePronouns)
                            + ")\\s+(?<noun>\\p{L}+),\\s+(?<q>[^«].+?)[.!?]?$"),
                    // В ОАО «Рогунская ГЭС» заявили, что ...; У міністерстві повідомили, що ...
                    // В пресс-службе акимата IWPR сообщили, что ...: whom it was told may come before the verb
                    // "В акимате Алматы на запрос IWPR ответили, что": and what they answered
                    // "В министерстве журналистам сообщили": or whom else it was told
                    // "В «Казатомпроме» сообщили": the body's name in guillemets alone, in the locative
                    // "Однако в пресс-службе полиции напомнили": a connective may open it
                    // "Там наголосили, що": "there", the body whose people spoke in the sentence before
                    Regexes.compile("^(?:" + CONNECTIVE + ",?\\s+)?(?:[ВвУу]\\s+|(?=(?:Там|Тут)\\s))"
                            + "(?<who>[^,«]*?«[^»]+»|[^,«]+?)"
                            + "(?:\\s+(?:IWPR|ИВПР|ІВПР|журналистам|журналістам"
                            + "|(?:корреспонденту|кореспондентові)\\s+(?:IWPR|ИВПР|ІВПР)))?"
                            + "(?:\\s+(?:в\\s+ответ\\s+на\\s+запрос|на\\s+запрос|на\\s+запит|у\\s+відповідь\\s+на\\s+запит)"
                            + "\\s+(?:IWPR|ИВПР|ІВПР|редакции|редакції))?\\s+(?<verb>"
                            + saidThey + ")(?<to>" + ADDRESSEE + ")(?:,\\s+" + that + "\\s+"
                            // "В министерстве пообещали открыть ...": what they promised to do, without "что"
                            // ("пообещали не закрывать": or not to do it; "пообещали до конца года обустроить": by
                            // when, first)
                            + "|(?<=пообещали|обещают|пообіцяли|обіцяють)\\s+(?=(?:\\p{Ll}+\\s+){0,3}?(?:не\\s+)?"
                            + "\\p{Ll}+(?:ть|ти|чь)(?:ся|сь)?\\s)"
                            // "В мэрии призвали жителей не выходить ...", "У КМДА порадили мешканцям зачинити вікна":
                            // whom they urged and what to do
                            + "|(?<=призвали|посоветовали|рекомендовали|закликали|порадили|рекомендували)\\s+"
                            + "(?=(?:\\p{Ll}+\\s+){0,2}?(?:не\\s+)?\\p{Ll}+(?:ть|ти|чь)(?:ся|сь)?[\\s.,!?]))"
                            + "(?<q>.+?)[.!?]?$"),
                    pronouns, genitivePronouns, oneOf, of,
                    LEXICON.words(lexiconPrefix + "occupations"), LEXICON.words(lexiconPrefix + "anonymous-nouns"),
                    LEXICON.words(lexiconPrefix + "organisation-heads"), LEXICON.words(lexiconPrefix + "group-heads"),
                    LEXICON.words(lexiconPrefix + "place-words"),
                    adjectives);
        }
    }

    /** Russian adjectives of bodies whose nominative ends in a stressed "-ой": городской, областной, краевой. */
    private static final List<String> STRESSED_ADJECTIVE_STEMS = List.of("городск", "областн", "краев", "окружн",
            "мирово", "морск", "волостн");
    /**
     * Speeches and comments it was said in, after "в"/"у": "в последнем слове" (a defendant's last word at trial), "в
     * выступлении", "в обращении", "в комментарии", "в останньому слові", "у виступі", "у зверненні", "у коментарі".
     */
    private static final String SPEECHES = "|последнем\\s+слове|выступлении|обращении|комментарии|останньому\\s+слові"
            + "|виступі|зверненні|коментарі";
    /**
     * How it was said, after who and before the verb: "в интервью телеканалу", "на пресс-конференции", "в ответ на
     * запрос IWPR".
     */
    private static final Pattern OCCASION = Regexes.compile("\\s+(?:в|на|у)\\s+(?:своём\\s+|своем\\s+|своїй\\s+|своєму\\s+)?"
            + "(?:интервью|інтерв['’ʼ]ю|эфире|ефірі|пресс-конференции|пресс-конференції|брифинге|брифінгу|заявлении|заяві"
            + "|соцсетях|соцмережах|докладе|отчёте|отчете|доповіді|звіті|сообщении|повідомленні" + SPEECHES
            // at the trial: "Представитель Генпрокуратуры на процессе настаивал"
            + "|процессе|процесі"
            // "Исполнительная власть Баку в ответ на запрос IWPR сообщила"; "— ответил X на вопрос, ..."
            + "|ответ|відповідь|вопрос|питання)\\b.*$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * When it was said, between who and the verb, and the adverbs that stand there: "Мэрия Бишкека в декабре объявила",
     * "вчора", "у понеділок", "Он также отметил".
     */
    private static final Pattern WHEN = Regexes.compile("(?:\\s+(?:(?:в|во|у)\\s+(?:январе|феврале|марте|апреле|мае"
            + "|июне|июле|августе|сентябре|октябре|ноябре|декабре|понедельник|вторник|среду|четверг|пятницу|субботу"
            + "|воскресенье|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні"
            + "|понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|\\d{4}\\s+(?:году|році))|вчера|сегодня|накануне|ранее|вчора"
            + "|сьогодні|напередодні|раніше|также|тоже|уже|ещё|еще|затем|позже|також|теж|вже|ще|потім|пізніше))+$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Whom it was said to, part of the cue: IWPR, journalists, the media ("заявил журналистам", "сказала ЗМІ"). */
    private static final String ADDRESSEE = "(?:\\s+(?:IWPR|ИВПР|ІВПР|(?:корреспонденту|кореспондентові)(?:\\s+(?:IWPR|ИВПР|ІВПР))?"
            + "|журналистам|журналістам|репортерам|репортёрам"
            // the court: "рассказала суду", "розповів суду"
            + "|суду"
            // whom someone assured or warned: "заверил журналистов", "запевнив журналістів"
            + "|журналистов|журналістів|репортеров|репортёров|репортерів"
            + "|СМИ|ЗМІ|(?:агентству|агенції|телеканалу|изданию|виданню|газете|газеті|радио|радіо)"
            + "(?:\\s+«[^»]+»|\\s+\\p{Lu}[\\p{L}.-]*)?))?";
    /** A word joining a sentence to the one before, which may open it: "Однако, по данным ...", "Але за словами ...". */
    private static final String CONNECTIVE = "(?:Однако|Но|Впрочем|При этом|Кроме того|Между тем|Тем временем"
            + "|Тем не менее|Однак"
            + "|Але|Проте|Втім|При цьому|Крім того|Між тим|Тим часом|А|И|І"
            // when, before who: "Вчера Иван Петров сказал"
            + "|Вчера|Сегодня|Накануне|Ранее|Позднее|Позже|Затем|Потом|Теперь|Сейчас|Также|Тоже"
            + "|Вчора|Сьогодні|Напередодні|Раніше|Пізніше|Потім|Тепер|Зараз|Також)";
    /** A report or a statement, where a body's words are: "(В) докладе X", "(У) доповіді X". */
    private static final Pattern REPORT_IN = Regexes.compile("^(?:докладе|отч[её]те|заявлении|сообщении|исследовании"
            + "|обзоре|доповіді|звіті|заяві|повідомленні|дослідженні|огляді)\\s+(?=\\S)");
    /** A name with a note that it is not the person's own: "Назира (имя изменено)", "Олена (ім'я змінено)". */
    private static final Pattern NAME_CHANGED = Regexes.compile("(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
            + "\\s*\\((?:имя|ім['’]я|настоящее имя|справжнє ім['’]я)[^()]{0,40}\\)");
    /** A short name in guillemets, a party's or a broadcaster's, inside who speaks: «Аманат», «Хабар». */
    private static final String SHORT_NAME = "«[^«»]{1,30}»";
    /** How it was said, before the verb after the words: "с гордостью", "с улыбкой", "з усмішкою", "со вздохом". */
    private static final String MANNER = "(?:(?:с|со|з|зі|із)\\s+\\p{Ll}+\\s+)?";
    /** What "так прокомментировал" comments on, before the speaker: "ситуацию", "статистику", "це рішення". */
    private static final String COMMENTED = "(?:(?:эту|это|эти|цю|це|ці)\\s+)?(?:ситуацию|ситуацію|статистику|решение"
            + "|рішення|заявление|заяву|слова|новость|новину|данные|дані|происходящее|приговор|вирок|итоги|підсумки"
            + "|результаты|результати)"
            // and whose: "прокоментувала рішення суду речниця X"
            + "(?:\\s+(?:суда|суду))?";
    /**
     * How it was said, opening the words that name the speaker: "в разговоре с IWPR", "в интервью Радио Азаттык", "на
     * пресс-конференции в Ташкенте" before what the person is ("— отметила в разговоре с IWPR мать двоих детей X", "Как
     * заявил в интервью ... депутат X").
     */
    private static final Pattern LEADING_OCCASION = Regexes.compile("^(?:в|на|у)\\s+(?:разговоре|беседе|интервью"
            + "|розмові|бесіді|інтерв['’ʼ]ю|эфире|ефірі|пресс-конференции|пресс-конференції|брифинге|брифінгу"
            + "|заседании|засіданні|суде|суді" + SPEECHES + ")(?:\\s+(?:с|з|із)\\s+\\S+|(?:\\s+(?:«[^»]+»|\\p{Lu}[\\p{L}.-]*))+"
            // "на пресс-конференции в Ташкенте": where it was held
            + "|\\s+(?:в|у)\\s+\\p{Lu}[\\p{L}-]*)?"
            + "\\s+(?=\\p{Ll})");
    /**
     * Where someone wrote or said it, in the person's own channel, opening the words that name the speaker: "— пишет в
     * своем Telegram-канале журналистка X", "на своей странице в Facebook депутат X", "у Facebook мер X".
     */
    private static final Pattern LEADING_OWN_CHANNEL = Regexes.compile("^(?:в|на|у)\\s+(?:(?:своём|своем|своей|своих"
            + "|своєму|своїй|своїх)\\s+[\\p{L}-]+(?:\\s+(?:в|у)\\s+\\p{Lu}[\\p{L}-]*)?"
            // or the network by its own name, in Latin letters: "— написав у Facebook мер X"
            + "|\\p{IsLatin}[\\p{IsLatin}-]*)\\s+(?=\\p{Ll})");
    /**
     * How it was said and with whom, opening the sentence before the speaker's name: "В беседе с IWPR Алмаз Токтогулов
     * отметил", "У розмові з журналістами ...".
     */
    private static final Pattern OPENING_CONVERSATION = Regexes.compile("^[ВвУу]\\s+(?:разговоре|беседе|интервью|розмові"
            + "|бесіді|інтерв['’ʼ]ю)\\s+(?:с|з|із)\\s+(?:IWPR|ИВПР|ІВПР|журналистами|журналістами|репортерами"
            + "|репортёрами|корреспондентом(?:\\s+IWPR)?|кореспондентом(?:\\s+IWPR)?)\\s+(?=\\S)");
    /**
     * A gerund's clause of speaking or answering before who speaks: "Отвечая на вопросы защиты, свидетель обвинения
     * признал", "Виступаючи в дебатах, прокурор X".
     */
    private static final Pattern LEADING_GERUND = Regexes.compile("^(?:Отвечая|Выступая|Обращаясь|Комментируя"
            + "|Говоря|Відповідаючи|Виступаючи|Звертаючись|Коментуючи|Говорячи)\\s[^,«]{0,80},\\s+(?=\\S)");
    /**
     * Words, then the verb and a pronoun, then what the speaker does meanwhile, set apart: "«...», — говорит он,
     * смазывая шестерёнки." (after a name, what is set apart may be who the person is, so only after a pronoun).
     */
    private static final Pattern PRONOUN_THEN_DOING = Regexes.compile("^(?<said>(?:«[^»]+»,?|[—–]\\s+[^«»]+?,)\\s+[—–-]\\s+"
            + "\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:он|она|они|він|вона|вони)),\\s+\\p{Ll}[^«»]*$");
    /** A connective opening the words that name a speaker: "Однако правозащитник X ...". */
    private static final Pattern LEADING_CONNECTIVE = Regexes.compile("^" + CONNECTIVE + "\\s+(?=\\S)");
    /** After what it was said, ending the words that name the speaker: "после заседания", "після суду". */
    private static final Pattern AFTER_EVENT = Regexes.compile("\\s+(?:после|після)\\s+[\\p{L}-]+$");
    /**
     * On what terms it was said, ending the words that name an unnamed speaker before the verb: "Один из инспекторов на
     * условиях анонимности заявил", "Поліцейський анонімно розповів"; the description names the source without them
     * (inside a clause set apart, "Медсестра, яка погодилася говорити лише на умовах анонімності,", they are the
     * clause's, which makes the source unnamed itself).
     */
    private static final Pattern ANONYMOUSLY = Regexes.compile("\\s+(?:на\\s+условиях\\s+анонимности"
            + "|на\\s+умовах\\s+анонімності|анонимно|анонімно)$");
    /** Whom it was told, left at the end once what followed it is taken out: "он журналистам", "він журналістам". */
    private static final Pattern TRAILING_ADDRESSEE = Regexes.compile("\\s+(?:журналистам|журналістам|репортерам"
            + "|репортёрам)$");
    /** When in a hearing it was said, closing who: "— сказал он журналистам в перерыве", "у перерві". */
    private static final Pattern TRAILING_WHEN_IN_COURT = Regexes.compile("\\s+(?:в\\s+перерыве|у\\s+перерві)$");
    /**
     * Whom a pronoun told it, a plural in the dative after it, or where, in court: "— повторяет он ученикам", "— каже
     * вона гостям", "— заявив він у суді".
     */
    private static final Pattern PRONOUN_ADDRESSEE = Regexes.compile("(?<=^(?:он|она|они|він|вона|вони))"
            + "\\s+(?:\\p{Ll}{2,}[ая]м|[ву]\\s+суд[еі])$");
    /**
     * A clause of its own, three words or more, joined by "а", "но", "але" before the words that name who speaks:
     * "Обласна адміністрація оголосила евакуацію, а начальник ОВА X" ("а также", "а саме" join no clause).
     */
    private static final Pattern CLAUSE_BEFORE = Regexes.compile("^(?:[^,\\s«]+\\s+){2,}[^,\\s«]+,\\s+(?:а|но|однако"
            + "|але|проте|тогда\\s+как|тоді\\s+як)\\s+(?!именно|также|затем|саме|також|потім)(?=\\S)");
    /**
     * A protected witness by the name or the code the court gives: "Свидетель под псевдонимом «Сокол»", "Свідок під
     * псевдонімом «Сокіл»", "под псевдонимом К-12".
     */
    private static final Pattern PSEUDONYM = Regexes.compile("(?:под\\s+псевдонимом|під\\s+псевдонімом"
            // a fighter's call sign: "Командир отряда с позывным «Беркут»", "з позивним «Чорний»"
            + "|с\\s+позывным|з\\s+позивним)\\s+"
            + "(?:«(?<name>[^»]+)»|(?<code>" + Names.WITNESS_CODE + "))");
    /** "Сам Норматов признаётся", "Сама Асанова": the person himself or herself, named as before. */
    private static final Pattern LEADING_SELF = Regexes.compile("^[Сс]ам[аи]?\\s+(?=\\p{Lu})");
    /**
     * What the words naming a speaker may hold that is not who, taken out in this order: how and when it was said, a
     * connective opening them, a conversation and the occasion before the speaker, "Сам".
     */
    private static final List<Pattern> NOT_WHO = List.of(LEADING_GERUND, AFTER_EVENT, TRAILING_WHEN_IN_COURT,
            TRAILING_ADDRESSEE,
            PRONOUN_ADDRESSEE, OCCASION,
            WHEN, LEADING_CONNECTIVE, OPENING_CONVERSATION,
            LEADING_OCCASION, LEADING_OWN_CHANNEL, LEADING_SELF);
    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /**
     * A verb of saying in the third person opening a sentence, "and" or "also" maybe before it, then "that" or a colon
     * and a quote: "И добавляет: «...»", "Добавил, что", "Також зазначила, що".
     */
    private static final Pattern SUBJECTLESS_SAYING = Pattern.compile("^(?:(?:И|І|Й|А|Также|Також|Ещё|Ще)\\s+"
            + "(?:также\\s+|також\\s+)?)?(?<verb>(?:[Дд]обав|[Дд]ода|[Оо]тмет|[Зз]азнач|[Пп]одчеркн|[Пп]ідкресл"
            + "|[Уу]точн|[Пп]ояс)\\p{L}*)(?:,\\s+(?:что|що)\\s|:\\s*[«\u201e\u201c])");
    /** "Ж", "же" after a name, setting it against what came before: "У НСЗУ ж заявили". */
    private static final Pattern CONTRAST_PARTICLE = Pattern.compile("\\s+(?:ж|же)\\s*$");
    /** "And" before a second verb, of saying, whose subject is the first's. */
    private static final Set<String> AND = Set.of("и", "і", "й", "та");
    /** Ukrainian men's given names in "-о" ("петро", "дмитро"), whose genitive is a consonant's. */
    private static final Set<String> GIVEN_NAMES_IN_O = LEXICON.words("uk-given-names-in-o");
    private static final Grammar RUSSIAN = Grammar.of("(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|"
            + "рассказал|признал|уточнил|заметил|напомнил|предупредил|пообещал|спросил|ответил|объяснил|объявил"
            + "|заключил|повторил|заверил|подтвердил|передал|возразил)[ао]?"
            // a gerund after another verb of the same subject: "потребовал ..., заявив, что"
            + "|заявив|отметив|подчеркнув|указав|добавив|пояснив"
            + "|пожаловал(?:ся|ась|ось)|жалуется|отрицает|отрицал[аио]?|написал[аио]?|пишет|сообщает|заявляет"
            + "|прокомментировал[аио]?|уверен[аоы]?|убежден[аоы]?|убеждён[аоы]?"
            + "|считает|говорит|полагает|отмечает|добавляет|поясняет|объясняет|рассказывает|спрашивает|утверждает"
            + "|отвечает"
            // how the words were said, after them: "— смеётся она", "— вздыхает он"
            + "|смеётся|смеется|смеял(?:ся|ась)|вздыхает|вздохнул[аи]?|улыбается|улыбнул(?:ся|ась)"
            // a joke, after the words: "— шутит Мамбетов"
            + "|шутит|шутил[аи]?|пошутил[аи]?"
            // a gesture of helplessness, after the words: "— разводит руками он"
            + "|разводит\\s+руками|развёл\\s+руками|развел\\s+руками|развела\\s+руками"
            + "|подчёркивает|подчеркивает|признаёт|признает|признаётся|признается|уверяет|признал(?:ся|ась)|возмущается|возмущал(?:ся|ась)"
            + "|сетует|сетовал[аи]?|вспоминает|вспоминал[аи]?|предупреждает|настаивает"
            // a boast, after the words: "— хвалится девочка"
            + "|хвалится|хвастается|похвастал(?:ся|ась)|похвалил(?:ся|ась)"
            // a detail added, after the words: "— уточняет она"
            + "|уточняет"
            // words said again, as a saying is, or as a reminder: "— повторяет он ученикам", "— напоминает она"
            + "|повторяет|напоминает"
            // advice, after the words: "— посоветовала она", "— советует он"
            + "|посоветовал[аи]?|советует"
            // who disagrees, then the words: "Директор рынка X не согласен: «...»"
            + "|не\\s+соглас(?:ен|на|ны)|не\\s+соглашается"
            // what someone used to say: "ранее заявлял, что"
            + "|(?:заявлял|говорил|рассказывал|отмечал|подчёркивал|подчеркивал|утверждал|объяснял|пояснял|предупреждал"
            + "|настаивал|признавал|сообщал)[ао]?", "назвал[аио]?|называет", "что", "Как",
            "По словам|По данным|По мнению|По информации|По сведениям|По оценке|По оценкам"
                    // "По утверждению прокуратуры": by someone's assertion, statement or account
                    + "|По утверждению|По заявлению|По версии"
                    // "Согласно докладу Всемирного банка": a body's findings (but "согласно закону" names no one)
                    + "|Согласно\\s+(?:докладу|отч[её]ту|данным|исследованию|оценке|оценкам|информации|опросу|прогнозу"
                    + "|подсч[её]там|статистике)",
            "заявили|сообщили|рассказали|отметили|пояснили|ответили|подтвердили|объявили|подчёркивают|подчеркивают"
            + "|отмечают|сообщают|заявляют|уточнили|добавили|подчеркнули|пообещали|обещают|заверили|напомнили"
            + "|предупредили|признали|объяснили|подсчитали|говорят|рассказывают|объясняют"
            // a reminder or a warning in the present: "В МЧС напоминают, что ..."
            + "|напоминают|предупреждают"
            // what a body's people urged: "В мэрии призвали жителей не выходить из домов"
            + "|призвали|посоветовали|рекомендовали"
            // what a body's people think: "..., считают в ассоциации"; "В министерстве полагают, что"
            + "|считают|полагают|уверены"
            // a body's report, impersonally: "В докладе X говорится, что"
            + "|говорится|отмечается|указывается", Set.of("он", "она"),
            Set.of("его", "её", "ее"), Set.of("один", "одна", "одно"), Set.of("из"), "ru-",
            List.of(new String[] {"ского", "ский"}, new String[] {"ого", "ый"}, new String[] {"его", "ий"},
                    new String[] {"ском", "ский"}, new String[] {"ом", "ый"}, new String[] {"ой", "ая"},
                    // "бывшей" is бывшая: after ш, ж, ч and щ the ending is written "-ая"
                    new String[] {"шей", "шая"}, new String[] {"жей", "жая"}, new String[] {"чей", "чая"},
                    new String[] {"щей", "щая"}, new String[] {"ей", "яя"}));
    /** Ukrainian past tense: "сказав" (a man), "сказала" (a woman), "повідомило" (a body). */
    private static final Grammar UKRAINIAN = Grammar.of("(?:сказа|заяви|зазначи|дода|підкресли|наголоси|поясни|"
            + "повідоми|розпові|визна|уточни|зауважи|нагада|попереди|відзначи|пообіця|запита|спита|відповi|відпові"
            + "|оголоси|заперечи|написа|прокоментува|підсумува|повтори|запевни|підтверди|переда)(?:в|ла|ло)"
            + "|поскаржи(?:вся|лася|лося)|скаржиться|заперечує|пише"
            + "|повідомляє|впевнен(?:ий|а|о|і)?|переконан(?:ий|а|о|і)?"
            + "|заявляє"
            + "|вважає|каже|говорить|зазначає|додає|пояснює|розповідає|запитує|стверджує|наголошує|визнає"
            + "|відповідає"
            + "|сміється|смія(?:вся|лася)|зітхає|зітхну(?:в|ла)|усміхається|усміхну(?:вся|лася)"
            // a smile in other words, and a joke: "— посміхається жінка", "— жартує він"
            + "|посміхається|посміхну(?:вся|лася)|жартує|жартува(?:в|ла)|пожартува(?:в|ла)"
            // an assurance in the present: "Він запевняє, що"
            + "|запевняє"
            + "|зізна(?:вся|лася)|зізнається|обурюється|обурювався|обурювалася|нарікає|нарікав|нарікала|згадує|згадував|згадувала"
            + "|пригадує|пригадував|пригадувала"
            + "|бідкається|бідкався|бідкалася"
            // a boast, after the words: "— хвалиться дівчинка"
            + "|хвалиться|хвалився|хвалилася|похвалився|похвалилася|вихваляється"
            // a detail added, after the words: "— уточнює вона"
            + "|уточнює"
            // words said again, as a saying is, or as a reminder: "— повторює він учням", "— нагадує вона"
            + "|повторює|нагадує"
            + "|попереджає|наполягає|застерігає|застеріг|застерегла"
            // advice, after the words: "— порадила вона", "— радить він"
            + "|порадив|порадила|радить"
            // a gerund after another verb of the same subject: "вимагав ..., заявивши, що"
            + "|заявивши|наголосивши|зазначивши|підкресливши|додавши|пояснивши"
            // "Голова ради не погоджується: «...»"
            + "|не\\s+(?:згоден|згодна|згодні|погоджується)"
            // what someone used to say: "раніше заявляв, що"
            + "|(?:заявля|каза|говори|розповіда|зазнача|наголошува|стверджува|пояснюва|попереджа|наполяга|визнава"
            + "|повідомля)"
            + "(?:в|ла|ло)",
            "назва(?:в|ла|ло)|називає", "що", "Як",
            "За словами|За даними|На думку|За інформацією|За оцінкою|За оцінками"
                    + "|За твердженням|За заявою|За версією"
                    // "Згідно з доповіддю Світового банку", "Відповідно до даних ..."
                    + "|Згідно\\s+(?:з|із)\\s+(?:доповіддю|звітом|даними|дослідженням|оцінкою|оцінками|інформацією"
                    + "|опитуванням|прогнозом|підрахунками|статистикою)"
                    + "|Відповідно\\s+до\\s+(?:доповіді|звіту|даних|дослідження|оцінки|оцінок|інформації|опитування"
                    + "|прогнозу|підрахунків|статистики)",
            "заявили|повідомили|розповіли|зазначили|пояснили|відповіли|підтвердили|оголосили|наголошують|зазначають"
            + "|повідомляють|заявляють|уточнили|додали|наголосили|пообіцяли|обіцяють|запевнили|нагадали"
            + "|попередили|визнали|вважають|переконані|впевнені|підрахували|кажуть|розповідають|пояснюють"
            // a reminder or a warning in the present: "У ДСНС нагадують, що ..."
            + "|нагадують|попереджають"
            + "|закликали|порадили|рекомендували"
            // a body's report, impersonally: "У доповіді X йдеться про те, що"
            + "|йдеться(?:\\s+про\\s+те)?|зазначається|наголошується", Set.of("він", "вона"),
            Set.of("його", "її"), Set.of("один", "одна", "одне"), Set.of("з", "із", "зі"), "uk-",
            List.of(new String[] {"ього", "ій"}, new String[] {"ьої", "я"},
                    new String[] {"ого", "ий"}, new String[] {"ому", "ий"}, new String[] {"ої", "а"},
                    new String[] {"ій", "а"}));
    /** The heads of bodies named in the plural ("Збройні сили", "Вооружённые силы"), with their genitives. */
    private static final String[][] PLURAL_GENITIVES = {{"сил", "сили"}, {"сил", "силы"}, {"військ", "війська"},
            {"войск", "войска"}};
    private static final Set<String> PLURAL_HEADS = Set.of("сили", "силы", "війська", "войска");
    /** A capitalised word, hyphened ones too ("Білгорода-Дністровського", "Бек-Назаров"). */
    private static final String WORD = "\\p{Lu}[\\p{Ll}’ʼ'-]+(?:-\\p{Lu}[\\p{Ll}’ʼ']+)*";
    /**
     * The word after a father's name that makes it a surname in Kyrgyz, Kazakh, Azerbaijani and Uzbek names, written
     * apart in lower case: "Асель Токтогул кызы", "Бакыт Исмаил уулу", "Эльчин Гасан оглы".
     */
    private static final String PARTICLE = "(?:кызы|уулу|улы|ұлы|қызы|оглы|оглу|гызы|угли|кизи|қизи)";
    /** Two or more capitalised words, not inside guillemets, with a father's name's particle after them: a name. */
    private static final Pattern FULL_NAME = Regexes.compile(
            "(?<![«\\p{L}])(" + WORD + "(?:\\s+" + WORD + ")+(?:\\s+" + PARTICLE + ")?)(?![\\p{L}»])");
    private static final Pattern ENDS_IN_PARTICLE = Regexes.compile("\\S\\s+" + PARTICLE + "$");
    private static final Pattern CAPITALISED = Regexes.compile("(?<![«\\p{L}])" + WORD);
    /** An acronym naming a body: МВД, ГКНБ, СБУ, ОБСЕ, UNICEF. */
    private static final Pattern ACRONYM = Regexes.compile("\\p{Lu}{2,7}");
    /**
     * A name written in Latin letters ("Human Rights Watch", "Amnesty International"): in Cyrillic text a body's, as
     * people's names are written in Cyrillic.
     */
    private static final Pattern LATIN_NAME =
            Regexes.compile("\\p{IsLatin}[\\p{IsLatin}&'.-]*(?:\\s+\\p{IsLatin}[\\p{IsLatin}&'.-]*)*");
    /**
     * One word made of a body's parts, as the names of Soviet-era and state agencies and companies are: a prefix
     * then what it does ("Казгидромет", "Кыргызгаз", "Укренерго", "Нафтогаз", "Казатомпром", "Ощадбанк", "Минздрав",
     * "Роскомнадзор"), which no person's or place's name is made like.
     */
    private static final Pattern COMPOUND_BODY = Regexes.compile("\\p{Lu}\\p{Ll}+?(?:гидромет|гідромет|энерго|енерго"
            + "|газ|нефт|нафт|атомпром|пром|банк|здрав|надзор|нагляд|связь|зв'язок|зв’язок|телеком|стат|авиа|авіа"
            + "|транс|жилкомхоз)\\p{Ll}{0,4}");
    /**
     * A clause that withholds the name: "пожелавший остаться неназванным", "попросившая не называть её имени",
     * "на условиях анонимности", "який попросив не називати його імені", "на умовах анонімності", "пожелавший остаться
     * неизвестным", "який побажав залишитися невідомим".
     */
    private static final String WITHHOLDING = "анонимн|анонімн|неназван|неизвестн|невідом|не\\s+называть"
            // (and the participle: "не назвавшая фамилии", "не назвавши прізвища")
            + "|не\\s+називати|не\\s+назвал|не\\s+назвав|не\\s+раскрывать|не\\s+розголошувати|не\\s+розкривати"
            // (and not wanting to: "який не захотів називати свого імені", "не пожелавший называть себя")
            + "|не\\s+\\p{L}+\\s+(?:називати|назвати|называть|назвать|розголошувати|раскрывать)";
    private static final Pattern WITHHOLDS_NAME = Regexes.compile(WITHHOLDING,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A capitalised word set apart by dashes at the end of who speaks: " — Ерлан, —", " – Ерлан –". */
    private static final Pattern NAME_BETWEEN_DASHES = Regexes.compile(
            "\\s+[\u2014\u2013]\\s+(\\p{Lu}[\\p{Ll}'\u2019-]+),?\\s+[\u2014\u2013]\\s*$");
    /**
     * A clause that says only a given name is printed: "назвавшая только свое имя", "яка назвала лише ім'я", "попросивший
     * называть его только по имени".
     */
    private static final Pattern GIVEN_NAME_ONLY = Regexes.compile("(?:только|лишь|лише|тільки)\\s+"
            + "(?:сво[её]\\s+|своє\\s+|его\\s+|е[её]\\s+|його\\s+|її\\s+)?(?:имя|ім['\u2019]я|на\\s+ім['\u2019]я"
            + "|по\\s+имени|за\\s+ім['\u2019]ям)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * When, opening a sentence before the person it is about: "Каждое утро", "Кожного ранку", "Уже двадцать лет",
     * "Летом", "Щоранку".
     */
    private static final Pattern OPENING_TIME = Regexes.compile("(?:(?:Кажд(?:ый|ое|ую|ая|ой)|Кожн(?:ого|ий|е|у|ої)"
            + "|Кожен|Уже|Вже|Вот\\s+уже)\\s+(?:[\\p{Ll}\\d-]+\\s+){1,3}?(?=\\p{Lu})"
            + "|(?:Летом|Зимой|Весной|Осенью|Утром|Вечером|Ночью|Сегодня|Теперь|Сейчас|Ежедневно|Щоранку|Щодня"
            + "|Щовечора|Влітку|Взимку|Навесні|Восени|Вранці|Увечері|Сьогодні|Тепер|Зараз)\\s+)");
    /** "The interlocutor", in the cases a speaker stands in: the source the article is talking with. */
    private static final Set<String> INTERLOCUTORS = Set.of("собеседник", "собеседника", "собеседница",
            "собеседницы", "співрозмовник", "співрозмовника", "співрозмовниця", "співрозмовниці");
    /** "The official", in the cases a speaker stands in: whoever was last named in an office. */
    private static final Set<String> OFFICIALS = Set.of("чиновник", "чиновника", "чиновница", "чиновницы",
            "посадовець", "посадовця", "посадовиця", "посадовиці", "чиновниця", "чиновниці");
    /** The nouns of offices a role may name ("Глава управления ...", "Начальник обласного управління ..."). */
    private static final Set<String> OFFICE_NOUNS = Set.of("глава", "начальник", "директор", "министр", "мэр", "аким",
            "хоким", "губернатор", "председатель", "руководитель", "представитель", "заместитель", "пресс-секретарь",
            "прокурор", "судья", "депутат", "голова", "міністр", "мер", "керівник", "представник", "заступник",
            "речник", "суддя", "очільник", "чиновник", "посадовець");
    /** A clause that withholds the surname alone: "не называть его фамилии", "не називати її прізвища". */
    private static final Pattern WITHHOLDS_SURNAME = Regexes.compile("фамили|прізвищ", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Regexes.compile("\\s+");
    /** Prepositions a place's name follows in a description: "із Марганця", "из Степанакерта", "у Харкові". */
    private static final Set<String> PREPOSITIONS_BEFORE_PLACE = Set.of("из", "із", "з", "зі", "от", "від", "с", "со",
            "в", "во", "у", "на", "под", "під", "до");
    private static final Pattern COMMA_SPACE = Regexes.compile(",\\s*");
    /** "Них": the others a "один из них" is one of, which say nothing of the person. */
    private static final Set<String> THEM = Set.of("них", "нас");
    /** Surnames ending in a vowel and "а", which stay as they are in every case: Гогуа, Гамсахурдиа. */
    /** A name's last word ending in "-а" or "-я", which a woman's surname may do in every case. */
    private static final Pattern VOWEL_A = Regexes.compile("[ая]$");
    private static final Pattern VOWEL_AND_A = Regexes.compile("[уио]а$");
    /** A lower-case man's noun in the genitive "-а" after a consonant other than "ц": звукорежиссера, лісника. */
    private static final Pattern MANS_GENITIVE_NOUN = Regexes.compile("\\p{Ll}{3,}[бвгджзклмнпрстфхчшщ]а");
    /** A soft sign after a word's last "р", which Ukrainian does not write ("Ігорь" is Ігор). */
    private static final Pattern SOFT_R = Regexes.compile("рь(?!\\p{L})");
    /** A woman's given name in the genitive: Тамары, Ольги, Наташи, Марии, Натальи. */
    private static final Pattern WOMANS_GENITIVE = Regexes.compile("(?:ы|[гкхжшчщ]и|[иь]и|ії)$");
    /**
     * A Ukrainian woman's given name in the genitive after a hard consonant: Ірини, Олени, Оксани, Олександри (Russian
     * writes "-ы" there, and its "-ни" is a soft name's: Тани).
     */
    private static final Pattern UKRAINIAN_WOMANS_GENITIVE = Regexes.compile("[бвдзлмнпрстф]и$");
    /** A Ukrainian given name in "-я" after a consonant, in the genitive: Лесі (Леся), Олі (Оля), Тані (Таня). */
    private static final Pattern UKRAINIAN_SOFT_GENITIVE = Regexes.compile("\\p{Lu}\\p{Ll}*[дзлнрстц]і$");
    /** The endings of women's surnames in the genitive: Нурпеисовой, Рахимовой, Бондар-Кравецької. */
    private static final Pattern FEMININE_GENITIVE = Regexes.compile("(?:ой|ої)$");
    /** Whose someone is, set apart before a description and the name: "Її засновник, " in "Її засновник, колишній ...". */
    private static final Pattern OWNED_BEFORE = Regexes.compile("((?:Його|Її|Їх|Его|Её|Ее|Их)\\s+\\p{Ll}+),\\s+");
    /** An adjective in the nominative singular, then a noun: "Частая гостья", "Старый друг". */
    private static final Pattern ADJECTIVE_THEN_NOUN = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ая|яя|ый|ий|ой|ій)\\s+\\p{Ll}+");
    /** A noun of a person, maybe after an adjective, set apart before who the person is: "Постоянная зрительница, ". */
    private static final Pattern DESCRIBED_BEFORE = Regexes.compile("(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?),\\s+(?=\\p{Ll})");
    /** A saint's name, which a church or monastery is named after: "Святого Миколая", "Святой Троицы". */
    private static final Pattern SAINT = Regexes.compile("(?:Свят(?:ого|ої|ой|ых|их|ителя)|Пресвят\\p{Ll}+)\\s");
    /** A priest's title of address at the end of a role, before the name: "отець", "отец". */
    private static final Pattern ADDRESS_TITLE = Regexes.compile("(?:^|\\s+)(?:[Оо]тець|[Оо]тец)$");
    /** The comma that closes a description between the name and the verb ("Марина Левченко, власниця ..., каже:"). */
    private static final Pattern TRAILING_COMMA = Regexes.compile(",$");
    /** Where words before a colon were said or written, after the verb: " у Facebook", " на брифинге". */
    private static final Pattern WHERE_WRITTEN = Regexes.compile("\\s+(?:на|в|у)\\s");
    /**
     * An age among the words of a role, as its own word: "жительница села 67-летняя", "шестидесятирічна вчителька"
     * in the nominative, as it agrees with the person (not "многолетний", "багаторічна": long-standing, no age; not
     * "мастер с тридцатилетним стажем").
     */
    private static final Pattern AGE_IN_ROLE = Regexes.compile("(?:^|\\s+)(?:\\d+-|(?!много|багато|долго|довго)"
            + "\\p{Ll}+(?:ти|ми|ка|то|ух|ёх|ех))(?:летн(?:ий|яя|ее|ие)|річн(?:ий|а|е|і))(?=\\s|$)");
    private static final Pattern TRAILING_STOP = Regexes.compile("[.!?]$");
    /** A body's name in guillemets after its kind: Предприятие «Душанбеводоканал». */
    private static final Pattern GUILLEMETS = Regexes.compile("«([^»]+)»");
    /** "One" in the genitive before "of", with its nominative: "одного из", "одной из", "однієї з". */
    private static final Map<String, String> ONE_OF_GENITIVE = Map.of("одного", "один", "одной", "одна", "однієї",
            "одна");
    /** A name in guillemets and nothing else: "«Казахтелекома»". */
    private static final Pattern GUILLEMETS_ALONE = Pattern.compile("«([^«»]+)»");
    /** "There", for a body's people just named, and maybe "also": "Там", "Тут также", "Там також". */
    private static final Pattern THERE = Regexes.compile("(?:Там|Тут)(?:\\s+(?:также|тоже|також|теж))?");
    /** Where a body's people said something, opening the sentence: "В МИД Грузии", "У міністерстві". */
    private static final Pattern WHERE_SAID = Regexes.compile("[ВвУу]\\s+(\\S.*)");
    /** The nominative endings of nouns of a woman's occupation: "правозащитница", "журналистка", "продавщица". */
    private static final Pattern WOMANS_ROLE = Regexes.compile("(?:ница|щица|чица|ка|иня|ыня|есса|иця|ниця)$");
    /** Words that are one quotation in guillemets and nothing else. */
    /**
     * The fields a body's name lists after a comma, each a noun in the genitive, the last joined by "и"/"і" and the
     * name ending in the place's: "миграции и занятости населения Таджикистана, " (a verb among them is no name's).
     */
    private static final String GENITIVE_WORD = "\\p{Ll}+(?:ии|ти|ия|ния|ства|ы|и|а|я|ої|ого|его|ой|ей|ых|их)";
    private static final Pattern LISTED_FIELDS = Regexes.compile("(?<fields>(?:" + GENITIVE_WORD + "(?:,\\s+|\\s+))+"
            + "(?:и|і)\\s+(?:" + GENITIVE_WORD + "\\s+)+\\p{Lu}\\p{Ll}+),\\s+");
    /** An adjective in the genitive: "Хорогского", "Ошской", "Київської". */
    private static final Pattern GENITIVE_ADJECTIVE = Regexes.compile("(?:ого|его|ской|цкой|ої)$");
    /** An adjective's ending in the genitive or another oblique case: "Нижнего", "Новой", "Великих", "Нової". */
    private static final Pattern ADJECTIVE_IN_AN_OBLIQUE_CASE = Regexes.compile("(?:ого|его|ой|ей|ых|их|ої|ій)$");
    /**
     * A description's clause that gives the name the person gave: "представившаяся Айгуль", "назвавшийся Бахтияром",
     * "яка назвалася Оксаною" (the name in the nominative or the instrumental, as written).
     */
    private static final Pattern GAVE_NAME = Regexes.compile("(?:представивш(?:ийся|аяся)|назвавш(?:ийся|аяся)"
            + "|назвавш(?:ий|ая)\\s+себя|(?:який|яка|що)\\s+(?:представив(?:ся|ася)|представилася|назвав(?:ся|ася)"
            + "|назвалася))\\s+(?<name>" + WORD + ")");
    /** The instrumental's endings of given names, and the nominative's in their place. */
    private static final List<String[]> INSTRUMENTAL_ENDINGS = List.of(new String[] {"ией", "ия"},
            new String[] {"ою", "а"}, new String[] {"ею", "я"}, new String[] {"ью", "ь"}, new String[] {"ой", "а"},
            new String[] {"ем", "й"}, new String[] {"ом", ""});
    /** A line of dialogue's words, up to the dash that sets off who said them: "— Нет связи, — ". */
    private static final Pattern DIALOGUE_WORDS = Regexes.compile("^[—–]\\s+(?:[^«»]|" + SHORT_NAME
            + ")+?[,!?]\\s+[—–]\\s+");
    private static final Pattern WHOLLY_QUOTED = Regexes.compile("«([^«»]+)»");
    /**
     * Endings of nouns that say what someone does or is, not of given names: психолог, экономист, активістка,
     * правозахисниця, посредник, переселенець (релігієзнавець), викладач, религиовед, звукорежисер, верстальщик,
     * кузнец (after a consonant: not the given names and surnames in "-оец", "-еец").
     */
    private static final Pattern PERSON_NOUN_ENDING = Regexes.compile("(?:лог|ист|іст|ка|иня|иця|ица|ник|ець"
            + "|(?<=[бвгджзклмнпрстфхцчшщ])ец|ач|вед|тель"
            // звукорежиссер, монтажёр, верстальщик, but not the given names Алишер, Бахтиёр, Бахтиер
            + "|щик|чик|(?<![иш])ер|(?<!и)ёр)$");
    /** Endings of the nouns of those who know a field: политолог, экономист, аналітик. */
    /** A trade's ending, which says a capitalised word opening a sentence before a full name is what the person does. */
    private static final Pattern TRADE_ENDING = Regexes.compile("\\p{L}{3}(?:щик|чик|щица|чица|ник|ница|ниця|тель"
            + "|тельница|телька|арь|ист|истка|іст|істка|ар"
            // a compound of what is worked and the work: "стеклодув", "пчеловод", "сталевар", "стеклорез"
            + "|[ое](?:дув|вод|вар|рез)"
            // a Turkic trade's "-чи", as Central Asian Russian borrows it: "юртачи", "кымызчы"
            + "|чи|чы"
            // a woman's trade in "-иха": "ткачиха", "портниха", "повариха"
            + "|иха"
            // "каменяр", "столяр", "маляр", but not the given names Бахтияр, Шахрияр
            + "|(?<![иь])яр)$");
    /** A participle or an adjective made a noun of a person: "подсудимый", "обвиняемая", "обвинувачений". */
    private static final Pattern PARTICIPLE_NOUN = Regexes.compile("\\p{L}{3,}(?:[еи]м(?:ый|ая)|н(?:ый|ий|ая)"
            + "|[еа]н(?:ий|а))$");
    private static final Pattern EXPERT_ENDING = Regexes.compile("(?:лог|ист|іст|тик|етик|вед|знавець|знавиця)$");
    /** A person's relations, which a relation's role opens with: "Мать Сухроба, Гулчехра". */
    /** A clause before "and" and a pronoun that says: "Йому 68 років, і він" (каже, що), "Ему 50 лет, и он". */
    private static final Pattern CLAUSE_THEN_PRONOUN = Regexes.compile(
            "\\S,\\s+(?:і|й|та|и|а)\\s+(?<pronoun>він|вона|он|она)$");
    /** Whose someone is, before a relation: "Её сосед", "Його брат". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("его", "её", "ее", "их", "його", "її", "їх");
    private static final Set<String> RELATIONS = Set.of("мать", "отец", "брат", "сестра", "жена", "муж", "сын", "дочь",
            "бабушка", "дедушка", "сосед", "соседка", "вдова", "мати", "батько", "дружина", "чоловік", "син", "донька",
            "дочка", "бабуся", "дідусь", "сусід", "сусідка", "внучка", "внук", "онука", "онук", "племянник",
            "племянница", "племінник", "племінниця", "невестка", "невістка", "зять", "колега", "коллега", "невеста",
            "жених", "наречена", "наречений", "побратим", "посестра", "мама", "папа", "тётя", "тетя", "дядя", "тато",
            "тітка", "дядько", "дед", "дід", "прадед", "прадід");
    /** An age inside a sentence, in letters or figures: "пятнадцатилетний", "17-летний", "12-річна". */
    private static final String AGE_IN_TEXT = "(?:\\p{Ll}+|\\d{1,3}-)(?:летн|річн)\\p{Ll}+";
    /** An elder's honorific joined to a given name, if any: "Хамид-ака", "Айша-апа", "Асан-байке". */
    private static final String ELDER_HONORIFIC = "(?:-(?:ака|апа|опа|эже|эдже|байке))?";
    /** A word in lower case, with an apostrophe maybe ("сім'ї"). */
    private static final String LOWER_WORD = "\\p{Ll}[\\p{Ll}'’ʼ]*";
    /**
     * A relation and whose, then a given name set apart, opening a sentence: "Дружина Олега, Світлана,", "Его жена,
     * Гульмира,".
     */
    private static final Pattern RELATION_THEN_GIVEN_NAME = Regexes.compile("(?<who>(?!(?:Его|Её|Ее|Их|Його|Її|Їх)\\s)"
            + "(?<relation>\\p{Lu}\\p{Ll}+)\\s+"
            // "Внучка мастера, пятнадцатилетняя Алина,": whose a common noun, and an age before the name; "Мама
            // девятилетней Малики, Нилуфар,": whose with what they are
            + "(?:\\p{Ll}+\\s+)?\\p{L}\\p{Ll}+|(?:Его|Её|Ее|Их|Його|Її|Їх)\\s+(?<owned>\\p{Ll}+)),\\s+"
            // ("Его ученик, 17-летний Эрлан,": the age in figures too)
            + "(?:" + AGE_IN_TEXT + "\\s+)?"
            + "(?<name>\\p{Lu}\\p{Ll}+),\\s+\\p{Ll}");
    /** A relation and whose, in the genitive, then a given name without commas: "Жена журналиста Айгерим тоже". */
    private static final Pattern RELATION_OF_THEN_GIVEN_NAME = Regexes.compile("(?<who>(?<relation>\\p{Lu}\\p{Ll}+)\\s+"
            + "\\p{Ll}+)\\s+(?<name>\\p{Lu}\\p{Ll}{2,})\\s+\\p{Ll}");
    /** What a person is, set apart after their name, before the sentence goes on: ", колишня медсестра, підганяє". */
    /** Brothers or sisters, two given names and the surname they share: "брати Андрій і Сергій Ткаченки". */
    private static final Pattern SIBLINGS = Regexes.compile("(?<![\\p{L}])(?<who>брати|братья|сестри|сестры|Брати|Братья"
            + "|Сестри|Сестры)\\s+(?<first>\\p{Lu}\\p{Ll}+)\\s+(?:і|и|та)\\s+(?<second>\\p{Lu}\\p{Ll}+)\\s+"
            + "(?<surname>\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");
    /** Whose relation someone is and a given name alone, inside a sentence: "— його дружина Наталія.". */
    private static final Pattern RELATION_INSIDE = Regexes.compile("(?<=[\\s—])(?<role>(?:его|её|ее|их|його|її|їх)"
            + "\\s+(?<relation>\\p{Ll}+))\\s+(?<name>\\p{Lu}\\p{Ll}+)(?![\\p{L}-]|\\s+\\p{Lu})");
    /** What someone is, set apart after their name, closing the sentence: ", бывший водитель автобуса.". */
    private static final Pattern DESCRIPTION_CLOSING = Regexes.compile(",\\s+(?<description>\\p{Ll}[^,.;:«»\"]{2,80})"
            + "[.!]?\\s*");
    private static final Pattern APPOSED_DESCRIPTION = Regexes.compile(",\\s+(?<description>\\p{Ll}[^,.;:«»\"]{2,80}),"
            + "\\s+\\p{Ll}");
    /** An age opening a sentence, before what the person does: "Одиннадцатилетняя ", "Сорокарічний ". */
    private static final Pattern OPENING_AGE = Regexes.compile("\\p{Lu}\\p{Ll}+(?:летн|річн)\\p{Ll}+\\s+(?=\\p{Ll})");
    /**
     * What someone does, then a given name alone, opening a sentence: "Волонтерка Яна, яка ...", "Читатель Давлатбек,",
     * "Молодий вівчар Іван, син сусіда,", "Водитель из Худжанда Фаррух," (in lower case after an age taken off).
     */
    private static final Pattern TRADE_THEN_GIVEN_NAME = Regexes.compile("(?<trade>(?<doing>[\\p{Lu}\\p{Ll}]\\p{Ll}{3,}"
            // ("Продавщица с Ошского рынка Айжамал": a place's adjective and its noun)
            + "(?:\\s+\\p{Ll}{4,})?)"
            // ("Резчик по дереву Канат": what the trade works on, with "по")
            + "(?:\\s+по\\s+\\p{Ll}{4,})?"
            + "(?:\\s+(?:из|із|з|зі|с|со)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
            + "(?:\\s+\\p{Ll}{4,})?"
            // ("Житель соседнего села Кочкор Улан": a word of place and the place's name, checked against the place words)
            + "|\\s+(?<placeWord>\\p{Ll}{3,})\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)?)\\s+"
            // ("Пенсионер Хамид-ака": an elder's honorific joined to the given name belongs to how he is called)
            + "(?<name>\\p{Lu}\\p{Ll}{2,}" + ELDER_HONORIFIC + ")(?:,|\\s+\\p{Ll})");
    /** Surnames in the dative: a woman's "Бекташевой", "Ковальової", a man's "Бекташеву", "Коваленку", "Ткачуку". */
    private static final Pattern DATIVE_WOMANS_SURNAME = Regexes.compile("(?:овой|евой|иной|ской|ової|евої|іної|ської)$");
    private static final Pattern DATIVE_MANS_SURNAME = Regexes.compile("(?:ов|ев|ин|енк|чук|юк)у$");
    /** Dative endings of given names, men's surnames and nouns of what someone is, and their nominative's. */
    private static final String[][] WOMANS_DATIVE_GIVEN = {{"ии", "ия"}, {"ії", "ія"}, {"і", "а"}, {"е", "а"}};
    private static final String[][] MANS_DATIVE_GIVEN = {{"ею", "ей"}, {"ию", "ий"}, {"ію", "ій"}, {"аю", "ай"},
            {"у", ""}};
    private static final String[][] MANS_DATIVE_SURNAME = {{"енку", "енко"}, {"у", ""}};
    private static final String[][] WOMANS_DATIVE_NOUN = {{"ке", "ка"}, {"це", "ца"}};
    private static final String[][] MANS_DATIVE_NOUN = {{"у", ""}, {"ю", "ь"}};
    /**
     * Someone's age, said of them in the dative with what they are and their full name, as features introduce people:
     * "Солистке хора Айпери Бекташевой четырнадцать лет.", "Вчителю Івану Коваленку сорок два роки.".
     */
    private static final Pattern AGE_IN_DATIVE = Regexes.compile("(?<role>\\p{Lu}\\p{Ll}{3,}(?:\\s+\\p{Ll}{2,}){0,2})\\s+"
            + "(?<given>\\p{Lu}\\p{Ll}+)\\s+(?<surname>\\p{Lu}\\p{Ll}+)\\s+(?:\\d{1,3}|\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+"
            + "(?:лет|года|год|років|роки|рік)[.!]?");
    /**
     * What a person is, in a capitalised word and lower-case ones, set apart before a full name that is set apart too,
     * opening a sentence that goes on in lower case: "Одна из основательниц, Динара Султанова, продала", "Водій і
     * бібліотекар в одній особі, Сергій Литвиненко, сам розвантажує".
     */
    private static final Pattern DESCRIBED_THEN_NAME = Regexes.compile("(?<described>\\p{Lu}\\p{Ll}+"
            + "(?:\\s+\\p{Ll}[\\p{Ll}’ʼ'-]*){1,6}),\\s+(?<name>" + WORD + "(?:\\s+" + WORD + ")+),\\s+\\p{Ll}");
    /** A given name opening a sentence, then who the person is, set apart: "Максим, 24-річний сапер із Павлограда,". */
    private static final Pattern GIVEN_NAME_DESCRIBED = Regexes.compile(
            // "Десятирічна Соломія, яка переїхала з Маріуполя,": an age before the name maybe
            "(?:(?:\\p{Lu}\\p{Ll}*|\\d{1,3}-)(?:летн|річн)\\p{Ll}+\\s+)?(?<name>\\p{Lu}\\p{Ll}{2,}),\\s+"
            + "(?<description>[\\p{Ll}\\d][^,.;:«»\"]{2,80}),\\s+\\p{Ll}");
    /** Prepositions after what someone does that say more of the person: from where, with what, of what age. */
    private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("из", "со", "с", "з", "із", "зі", "без");
    /** A full name closing a sentence after a word in lower case: "розвозить їх селянам Василь Мельничук." */
    private static final Pattern NAME_CLOSING = Regexes.compile("(?<=\\s)\\p{Ll}[\\p{Ll}’ʼ'-]*\\s+(?<name>"
            + "(?<given>\\p{Lu}\\p{Ll}+)(?:\\s+(?<surname>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"
            // "держит Рустам-ака.": a given name with an elder's honorific joined, as an older man or woman is known
            + "|-(?:ака|апа|опа|эже|эдже|байке)))[.!]?$");

    /** A settlement's noun in the genitive, before its name: "села", "міста", "посёлка", "района". */
    private static final String SETTLEMENT_NOUNS = "(?:села|селища|міста|району|города|посёлка|поселка|района|деревни"
            + "|аула|кишлака)";
    /** Where someone is from, right after their name and before the sentence's verb: " з Маріуполя продає". */
    private static final Pattern FROM_PLACE = Regexes.compile("\\s+((?:з|із|зі|из)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"
            + "(?=\\s+\\p{Ll})");
    /**
     * An acronym with a case's ending closing a body's name, after adjectives or none: "Чернівецькому РАЦСі",
     * "ЗАГСе".
     */
    private static final Pattern DECLINED_ACRONYM_LAST = Regexes.compile("(?<before>(?:\\p{L}+(?:ому|ім|ом|ой|ій)\\s+){0,2})?"
            + "(?<acronym>\\p{Lu}{2,6})(?:і|у|е|ом|ові|а)");
    /**
     * A person, "and", whom a second is to the first and the second's name, then the verb they share, opening a
     * sentence: "Сержант Андрій Возняк та його наречена Христина розписалися".
     */
    private static final Pattern COUPLE = Regexes.compile("(?<first>[^,«»]{3,80}?)\\s+(?:та|і|й|и)\\s+"
            + "(?<who>(?:його|її|его|её|ее)\\s+(?<relation>\\p{Ll}+))\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)"
            + "\\s+(?<verb>\\p{Ll}+)");
    /**
     * A gerund's clause closing who speaks, by the gerund's ending, which says what they do meanwhile, not who they
     * are: ", тримаючи букет", ", посміхнувшись", ", улыбаясь" (Russian gerunds in "-я" alone are left out, as
     * feminine adjectives end so too).
     */
    private static final Pattern DOING_MEANWHILE = Regexes.compile(",\\s+\\p{Ll}+(?:[уюая]чи|[уюая]чись|вши|вшись|ясь"
            + "|аясь)(?!\\p{L})[^,«»]*$");
    /** One of them, then a name set apart, an age before it maybe: "Один из них, шестидесятилетний Саидмурод, живёт". */
    private static final Pattern ONE_OF_THEM_THEN_NAME = Regexes.compile("(?<one>\\p{Lu}\\p{Ll}+)\\s+(?<of>\\p{Ll}+)\\s+"
            + "(?:них|нас|их)\\s*,\\s+(?:\\p{Ll}+(?:летн|річн)\\p{Ll}+\\s+)?(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?),"
            + "\\s+\\p{Ll}");
    /** The endings of towns' and villages' names in the nominative: "Степногірськ", "Вишгород", "Тернопіль". */
    private static final Pattern TOWN_ENDING = Regexes.compile("(?:ськ|цьк|ск|цк|град|город|горськ|поль|піль|абад)$");
    /** What one is by birth, origin or training, closing a description: "узбек по национальности". */
    private static final Pattern BY_BIRTH_OR_TRAINING = Regexes.compile("(?:по|за)\\s+(?:национальности|національністю"
            + "|происхождению|походженням|профессии|професією|фаху|фахом|образованию|освітою)");
    /**
     * A relation, or someone of one's own by what they do, after a possessive, then a given name, opening a sentence:
     * "Её внучка Айзада помогает", "Її помічниця, студентка Ірина, веде": what the person is may stand between, and
     * where the relation holds and of what the person deals in ("Его соседка по ряду, продавщица тканей Гульнара,").
     */
    private static final Pattern OWN_RELATION_THEN_GIVEN_NAME = Regexes.compile("(?<who>(?:Его|Её|Ее|Их|Його|Її|Їх)"
            // ("Его младший сын Шохрух": an adjective before the relation)
            + "\\s+(?:\\p{Ll}+(?:ший|шая|ый|ий|ій|ая|яя)\\s+)?(?<owned>\\p{Ll}+)"
            + "(?:\\s+(?:по|з|із)\\s+(?!имени|імені)\\p{Ll}{3,})?"
            + "(?:,\\s+(?!\\p{Ll}+(?:летн|річн))(?<what>\\p{Ll}+)(?:\\s+\\p{Ll}{3,})?)?)"
            // ("Его сосед по ряду, 68-летний Касым-ака,": an age set apart, no part of who the person is, and an
            // elder's honorific joined to the given name)
            + "(?:,\\s+" + AGE_IN_TEXT + ")?"
            + "\\s+(?<name>\\p{Lu}\\p{Ll}+" + ELDER_HONORIFIC + "(?:\\s+\\p{Lu}\\p{Ll}+)?),?"
            + "\\s+\\p{Ll}");
    /**
     * "Щодня сюди заходить вісімдесятирічний Григорій Павленко, колишній учитель історії.": a verb, then its subject
     * named in full, closing the sentence with what the person is (a capitalised word before them is a place's, and
     * is followed by one in lower case).
     */
    private static final Pattern SUBJECT_AFTER_VERB = Regexes.compile("(?<before>(?:\\p{Lu}|\\p{Ll})[\\p{Ll}’ʼ'-]*(?:\\s+\\p{Ll}"
            // (where may name a place, and an age in figures stand before the name: "На Дерибасівській в Одесі взуття
            // чистить 58-річний Анатолій Бойко, колишній моряк.")
            + "[\\p{Ll}’ʼ'-]*|\\s+\\d{1,3}-\\p{Ll}+|\\s+\\p{Lu}\\p{Ll}+(?=\\s+\\p{Ll})){1,10})"
            + "\\s+(?<name>\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+),\\s+(?<description>\\p{Ll}[^,.;:«»\"]{2,80})[.!]?");
    /** A sentence that closes with a given name alone after its verb, an age before it maybe, and what they are. */
    private static final Pattern GIVEN_NAME_AFTER_VERB = Regexes.compile("(?<before>\\p{Lu}[\\p{Ll}’ʼ'-]*(?:\\s+\\p{Ll}"
            // (where may name a place: "На автомийці біля об’їзної дороги у Вінниці працює 19-річний Владислав, ...")
            + "[\\p{Ll}’ʼ'-]*|\\s+\\p{Lu}\\p{Ll}+(?=\\s+\\p{Ll})){1,14})\\s+(?:" + AGE_IN_TEXT + "\\s+)?"
            + "(?<name>\\p{Lu}\\p{Ll}{2,}),\\s+(?<description>\\p{Ll}[^,.;:«»\"]{2,80})[.!]?");
    /**
     * "Рядом с ней работает двадцатитрёхлетний пекарь Далер.", "Серед пасажирів — військовий медик Андрій, який ...":
     * a sentence that closes with its subject, what the person does (an adjective maybe before it, an age before both,
     * where they are from after it) and the name, with what the person is set apart after it, if anything.
     */
    private static final Pattern TRADE_AND_NAME_CLOSING = Regexes.compile("(?<before>\\p{Lu}[\\p{Ll}’ʼ'-]*"
            // (a place's name of one word or two may stand among them: "на Юго-Востоке Караганды держит")
            + "(?:\\s+[\\p{Ll}\\d][\\p{Ll}’ʼ'-]*|\\s+\\p{Lu}[\\p{L}-]*\\p{Ll}(?=\\s+\\p{L})){0,14}?(?:\\s+—)?)"
            + "\\s+(?:\\p{Ll}+(?:летн|річн)\\p{Ll}*\\s+)?(?<role>(?:\\p{Ll}+\\s+)?\\p{Ll}+)"
            // where the person is from, after what they do: "переселенка з Маріуполя Олена Степаненко"
            + "(?<from>\\s+(?:з|із|зі|из|с|со)\\s+\\p{Lu}\\p{Ll}+)?"
            + "\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)(?:,\\s+(?<description>\\p{Ll}[^,.;:«»\"]{2,80}))?[.!]?");
    /**
     * The endings of an adjective before a noun of what someone does: "военный", "військовий", "сільська", "местная";
     * not a verb's ("живе", "работает").
     */
    private static final Pattern ROLE_ADJECTIVE = Regexes.compile("(?:ый|ий|ій|ой|ая|яя|ня|на|ва|ська|цька)$");
    /** The pronouns that open a relative clause about a person, in any case: "который", "которому", "яка", "яку". */
    /** An adjective in the locative, between a preposition and a place: "одеському", "центральном". */
    private static final Pattern LOCATIVE_ADJECTIVE = Regexes.compile("\\p{Ll}{3,}(?:ому|ьому|ом|ім|ой|ей|ій)$");
    /** Prepositions of where, before a place's name: "на", "в", "у", "біля". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "на", "у", "із", "з", "до", "під", "при",
            "около", "возле", "біля", "поблизу");
    /** A verb in the third person's present, as it stands before its subject: "учит", "ведёт", "держат", "шиє". */
    private static final Pattern VERB_BEFORE_NAME = Regexes.compile(
            "\\p{Ll}{2,}(?:ит|ет|ёт|ят|ут|ют|ить|ає|ює|іє|ує)$");
    /** A clause of who someone is, closing the sentence after their name: ", которая сама научилась у бабушки.". */
    private static final Pattern CLOSING_CLAUSE = Regexes.compile(",\\s+((?:котор|як)(?:ый|ая|ий|а)\\s+"
            + "[^,;:«»\"]{2,100}?)[.!]?");
    private static final Pattern RELATIVE_PRONOUN = Regexes.compile("^(?:котор|як)(?:ый|ая|ий|а|ому|ой|ого|ую|ым|ої|им|ою"
            + "|у)\\s");
    /** Whom a person is to someone, set apart after the given name: "Соломія, її онука,", "Фарид, его коллега,". */
    private static final Pattern OWN_RELATION = Regexes.compile("(?:его|её|ее|их|його|її|їх)\\s+(\\p{Ll}+)");
    /** Parts of a body that speak for it, whose name follows them in the genitive: "пресс-служба «Озенмунайгаза»". */
    private static final Set<String> SPEAKING_PARTS = Set.of("пресс-служба", "пресс-центр", "прес-служба", "прес-центр",
            // as Ukrainian spells them since 2019
            "пресслужба", "пресцентр",
            "руководство", "керівництво", "представительство", "представництво");
    /** A clause after a body's name about what it is or does: a participle, or "который"/"який" and kin. */
    /** A clause that opens with a participle: "служащий на заставе", "работающая в больнице". */
    private static final Pattern PARTICIPLE_CLAUSE = Regexes.compile("\\p{Ll}+(?:ющ|ящ|ущ|ащ|вш)\\p{Ll}{1,3}\\s");
    private static final Pattern BODY_CLAUSE = Regexes.compile("(?:\\p{Ll}+(?:ющ|ящ|ущ|ащ|вш|нн|ем|им)\\p{Ll}+"
            + "|котор\\p{Ll}+|як\\p{Ll}+|що)\\s");
    /** Roles of those who know a field whose nouns do not end as {@link #EXPERT_ENDING}'s do. */
    private static final Set<String> EXPERT_ROLES = Set.of("правозащитник", "правозащитница", "правозахисник",
            "правозахисниця", "юрист", "юристка", "адвокат", "адвокатка", "исследователь", "исследовательница",
            "дослідник", "дослідниця", "профессор", "професор", "эколог", "еколог");
    /** The prefixes that make a compound of an occupation: "вело-", "авто-", "фото-", "радио-", "теле-". */
    private static final Pattern COMBINING_PREFIX = Regexes.compile("(?:вело|авто|мото|фото|радио|радіо|теле|агро"
            + "|электро|електро|кино|кіно)");
    /**
     * A master of a craft, which refers back to the craftsman last named: "мастер", "майстриня"; one who runs a
     * business too.
     */
    private static final Set<String> MASTERS = Set.of("мастер", "мастерица", "майстер", "майстриня",
            // in the genitive, as "По словам мастера", "За словами майстра" give it
            "мастера", "мастерицы", "майстра", "майстрині",
            // and one who runs a business: "за словами підприємця"
            "предприниматель", "предпринимательница", "підприємець", "підприємиця", "предпринимателя",
            "предпринимательницы", "підприємця", "підприємиці");
    /** The women's among them, which name no man. */
    private static final Set<String> WOMEN_MASTERS = Set.of("мастерица", "майстриня", "мастерицы", "майстрині",
            "предпринимательница", "підприємиця", "предпринимательницы", "підприємиці");
    /** "The expert", in the cases a speaker stands in: whoever was last named as knowing a field. */
    private static final Set<String> EXPERTS = Set.of("эксперт", "эксперта", "експерт", "експерта", "эксперты",
            "экспертка", "експертка", "експертки", "аналитик", "аналитика", "аналітик", "аналітика", "специалист",
            "специалиста", "фахівець", "фахівця", "ученый", "учёный", "ученая", "учёная", "ученого", "учёного",
            "науковець", "науковця", "науковиця", "науковиці");
    /** The endings of adjectives in the nominative: областная, обласна, военный, військовий, местное, міське. */
    private static final Pattern ADJECTIVE = Regexes.compile("(?:ая|яя|ый|ий|ой|ое|ее|на|ва|ка|ій|не|ве|ке)$");
    /** The nominative endings of adjectives a sentence may open with before a name: местный, двадцатилетний, місцевий. */
    private static final Pattern ADJECTIVE_FIRST = Regexes.compile("(?:ый|ний|ий|ой|ая|яя)$");
    /** Words for a doctor, which refer back to someone named in a branch of medicine: "врач", "лікарка". */
    private static final Set<String> DOCTORS = Set.of("врач", "доктор", "врачиха", "лікар", "лікарка", "докторка");
    /** Who farms, said of a grower named before: "— возмущается фермер" after "Бахчевод X". */
    private static final Set<String> FARMERS = Set.of("фермер", "фермерша", "фермерка", "дехканин", "дехканка",
            "селянин", "селянка");
    /** A grower or a breeder by the compound's ending: "бахчевод", "овощевод", "хлопковод". */
    private static final Pattern GROWER = Regexes.compile("\\p{L}{3,}[ое]вод$");
    /** Branches of medicine as a role names them: "стоматолог", "хирург", "педіатр". */
    private static final Set<String> MEDICAL = Set.of("стоматолог", "хирург", "педиатр", "терапевт", "кардиолог",
            "онколог", "невролог", "гинеколог", "офтальмолог", "окулист", "уролог", "эндокринолог", "инфекционист",
            "анестезиолог", "травматолог", "психиатр", "нарколог", "фтизиатр", "дерматолог", "главврач",
            // Ukrainian's own spellings ("невролог", "травматолог", "нарколог", "дерматолог" are both languages')
            "стоматологиня", "хірург", "педіатр", "кардіолог", "гінеколог", "офтальмологиня", "ендокринолог",
            "інфекціоніст", "анестезіолог", "психіатр", "фтизіатр", "головлікар", "терапевтка", "педіатриня");
    /** An age set apart after a name: "24 года", "67 лет", "45 років", "21 рік". */
    private static final Pattern AGE_SET_APART = Regexes.compile("\\d{1,3}\\s+(?:год|года|лет|рік|роки|років)");
    /** What parts a role's words: spaces, and the hyphen of a compound ("пошуково-рятувального"). */
    private static final Pattern ROLE_WORD_BREAK = Regexes.compile("\\s+|-");
    /** The nominative endings of adjectives before a noun set apart after a name: бывший, колишній, бывшая, колишня. */
    private static final Pattern APPOSED_ADJECTIVE = Regexes.compile("(?:ый|ий|ій|ой|ая|яя|(?<!и)ня)$");
    /** The endings of neuter nouns that head bodies' names: управление, управління, агентство, бюро. */
    private static final Pattern NEUTER_NOUN = Regexes.compile("(?:ние|ння|ття|ство|тво|бюро)$");
    /** A report's name before the body whose report it is: "доклада Всемирного банка", "звіту ООН". */
    private static final Pattern REPORT_OF = Regexes.compile("^(?:доклада|отч[её]та|исследования|опроса|обзора"
            + "|доповіді|звіту|дослідження|опитування|огляду)\\s+(?=\\p{Lu})");
    /** An adjective of age: двадцатисемилетний, 27-летняя, двадцятирічний. */
    private static final Pattern AGE = Regexes.compile("(?:летн|річн)");
    /** An age as a word of its own, in letters or figures: "пятнадцатилетний", "17-летний", "17-річна". */
    private static final Pattern AGE_WORD = Regexes.compile("(?:\\p{L}+|\\d{1,3}-)(?:летн|річн)\\p{Ll}+");
    /** A given name as a word of its own, no stop or comma after it. */
    private static final Pattern GIVEN_WORD = Regexes.compile("\\p{Lu}\\p{Ll}+");
    /** A surname after a given name named in passing: "Ким", "Бек-Назаров". */
    private static final Pattern IN_PASSING_SURNAME = Regexes.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern WOMANS_GIVEN_NAME_ENDING = Regexes.compile("\\p{Ll}[ая]$");
    private static final Pattern WOMANS_SURNAME_ENDING = Regexes.compile(
            "(?:ова|ева|ёва|ина|ына|іна|їна|ская|цкая|ська|цька)$");
    private static final Pattern MANS_GIVEN_NAME_ENDING = Regexes.compile("(?:ий|ій|ей)$");
    /** An adjective's endings that a man's given name in "-ий" does not have: "Казахский", "Нижний". */
    private static final Pattern ADJECTIVE_AS_NAME = Regexes.compile("(?:ский|цкий|ський|цький|ный|жний|хний|шний)$");
    private static final Pattern TRAILING_PUNCTUATION = Regexes.compile("[,.;:!?»)]+$");
    /** The words after which a name is a namesake's: a street, a square, a prize or a body "named after" someone. */
    private static final Set<String> NAMESAKE_WORDS = Set.of("улица", "улице", "улицу", "улицы", "проспект",
            "проспекте", "проспекта", "площадь", "площади", "бульвар", "бульваре", "бульвара", "имени", "вулиця",
            "вулиці", "вулицю", "проспекті", "площа", "площі", "бульварі", "імені", "памятник", "пам'ятник",
            "пам’ятник", "премия", "премии", "премія", "премії");
    /** The personal pronouns that refer to someone named before: a sentence that has one tells of them. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("он", "она", "его", "её", "ее", "ему", "ей", "него",
            "неё", "нее", "нему", "ней", "ним", "нём", "нем", "він", "вона", "його", "її", "йому", "їй", "нього", "неї",
            "ньому", "нею", "ній");
    /** Иванович, Петровна, Олександрівна, Сергіївна. */
    private static final Pattern PATRONYMIC = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ович|евич|овна|евна|ична|івна|ївна)");
    /**
     * Who speaks after the verb, to the sentence's end: no sentence's stop, but a dot inside a name written in Latin
     * letters ("редактор проекта Factcheck.kz X", "сайт Kloop.kg").
     */
    private static final String WHO_WORDS = "(?:[^.!?]|\\.(?=\\p{IsLatin}))+?";
    /**
     * A given name and a surname, then the place the person is from: "Світлана Коваль з Дніпра", "Анна Ким из Оша",
     * "Юрій Яворський з села Криворівня" (a village's, town's or district's noun before its name).
     */
    private static final Pattern NAME_FROM_PLACE = Regexes.compile("(?<name>\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+"
            + "(?:-\\p{Lu}\\p{Ll}+)?)\\s+(?<from>(?:из|з|із|зі)\\s+(?:" + SETTLEMENT_NOUNS + "\\s+)?"
            + "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?)");
    /** A man who lives in or comes from a place: "житель", "уроженец", "мешканець", "уродженець". */
    private static final Pattern MALE_RESIDENT = Regexes.compile("житель|уроженец|мешканець|уродженець");
    /** A woman who lives in or comes from a place: "жительница", "уроженка", "мешканка", "жителька", "уродженка". */
    private static final Pattern FEMALE_RESIDENT = Regexes.compile("жительница|уроженка|мешканка|жителька|уродженка");
    /** A place's name in the genitive by its ending: "Баткена", "Оша", "Києва", "Херсону", "Талды-Кургана". */
    private static final Pattern GENITIVE_OF_PLACE = Regexes.compile("\\p{Ll}[аяуюиы]$");

    /**
     * The endings of surnames in the nominative across the region (Каримов, Сатпаева, Алиев, Саакян, Гелашвили,
     * Рахимзода, Коваленко, Шевчук, Левицький).
     */
    private static final Pattern SURNAME = Regexes.compile("\\p{Lu}\\p{Ll}*(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|"
            + "ская|цкий|цкая|ський|ська|цький|цька|ян|янц|дзе|швили|ли|зода|заде|ко|ук|юк|ич|бек|бекова|баев|баева|"
            // "Гнатів", "Стефанів": western Ukrainian surnames
            + "уулу|кызы|улы|ець|як|ик|ів|їв)|\\p{Lu}\\p{Ll}+\\s+" + PARTICLE);

    private final Grammar grammar;

    private CyrillicQuoteExtractor(Grammar grammar) {
        this.grammar = grammar;
    }

    public static CyrillicQuoteExtractor russian() {
        return new CyrillicQuoteExtractor(RUSSIAN);
    }

    public static CyrillicQuoteExtractor ukrainian() {
        return new CyrillicQuoteExtractor(UKRAINIAN);
    }

    /**
     * A person known in the article: the full name, and the role the sentence that first named them gave (null when
     * none), which their first attribution by a pronoun takes.
     */
    private record Known(String name, String role) {
        String surname() {
            return lastWord(name);
        }
    }

    /** What reading an article has gathered so far. */
    private static final class Reading {
        /** The people met, the last named last. */
        final List<Known> known = new ArrayList<>();
        final List<Attribution> found = new ArrayList<>();
        /** A source introduced without words of theirs ("Об этом рассказал источник ..."), whom "собеседник" means. */
        Speaker interlocutor;
        /**
         * The unnamed source quoted last, when no person has been named since: "— отметил он" after "Сотрудник
         * департамента, попросивший не называть его имени, признал ..." is that source, not the person named before.
         */
        Speaker lastUnnamed;
        /**
         * The sentences read since someone was last found saying something, with their paragraphs; the last of them,
         * when the sentence read last was one, is what "Об этом" may refer to.
         */
        final List<Unattributed> unattributed = new ArrayList<>();

        /** The sentence read last, when nobody was found saying it; null otherwise. */
        Unattributed last() {
            return unattributed.isEmpty() ? null : unattributed.get(unattributed.size() - 1);
        }
    }

    /** A sentence in which nobody was found saying anything, and its paragraph. */
    private record Unattributed(String sentence, int paragraph) {
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        Set<String> authorKeys = authors.stream().map(SourceNames::key).collect(Collectors.toSet());
        Reading reading = new Reading();
        QuoteContinuation.read(paragraphs, reading.found, CyrillicQuoteExtractor::sentences, (sentence, p) -> {
            int before = reading.found.size();
            attribute(sentence, p, reading, authorKeys);
            Matcher subjectless = reading.found.size() == before && !reading.found.isEmpty()
                    ? SUBJECTLESS_SAYING.matcher(sentence) : null;
            Attribution last = reading.found.isEmpty() ? null : reading.found.get(reading.found.size() - 1);
            if (subjectless != null && subjectless.lookingAt() && last.paragraph() >= p - 1
                    && last.sourceKind() == SourceKind.PERSON) {
                // "И добавляет: «...»", "Також додав, що ...": a verb of saying opens the sentence, its subject left
                // out, as the person quoted just before; read as if that person were named there
                String verbOn = sentence.substring(subjectless.start("verb"));
                attribute(last.source() + " " + Character.toLowerCase(verbOn.charAt(0)) + verbOn.substring(1), p,
                        reading, authorKeys);
            }
            if (reading.found.size() == before) {
                reading.unattributed.add(new Unattributed(sentence, p));
            } else {
                reading.unattributed.clear();
            }
        });
        return InterviewAnswers.CYRILLIC.addTo(
                QuoteContinuation.splitReportedThenQuoted(BodyReferences.referBack(reading.found)), paragraphs);
    }

    /**
     * A paragraph's sentences, each read on its own ("Экономист X считает, что ... «...», — подчеркнул он."): a
     * sentence ends at ".", "!" or "?" (or the guillemet closing after one) outside guillemets, before a capital or a
     * guillemet; an initial ("А. Иванов") ends none, nor does a stop inside a line of dialogue's words ("— ... . ...,
     * — сказал он.").
     */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int depth = 0;
        int start = 0;
        // "— Иностранцы бронируют ... . Нет связи — нет и туристов, — сказал он.": a line of dialogue is one sentence
        // up to the dash before who said it
        Matcher dialogue = DIALOGUE_WORDS.matcher(paragraph);
        int spoken = dialogue.lookingAt() ? dialogue.end() : 0;
        for (int i = spoken; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\u00ab') {
                depth++;
            } else if (c == '\u00bb' && depth > 0) {
                depth--;
            }
            boolean stop = c == '.' || c == '!' || c == '?'
                    || c == '\u00bb' && depth == 0 && i > 0 && ".!?".indexOf(paragraph.charAt(i - 1)) >= 0;
            if (!stop || depth > 0 || i + 2 >= paragraph.length() || paragraph.charAt(i + 1) != ' ') {
                continue;
            }
            char next = paragraph.charAt(i + 2);
            if ((next == '\u2014' || next == '\u2013') && i + 4 < paragraph.length()
                    && paragraph.charAt(i + 3) == ' ' && Character.isUpperCase(paragraph.charAt(i + 4))) {
                // "... работает таксистом. — Банки дают курс ..., — говорит он.": a line of dialogue after a sentence
                // of the same paragraph, read as one that opens a paragraph
                sentences.add(paragraph.substring(start, i + 1).strip());
                sentences.addAll(sentences(paragraph.substring(i + 2)));
                return sentences;
            }
            boolean initial = c == '.' && i >= 1 && Character.isUpperCase(paragraph.charAt(i - 1))
                    && (i == 1 || !Character.isLetter(paragraph.charAt(i - 2)));
            if ((Character.isUpperCase(next) || next == '\u00ab') && !initial) {
                sentences.add(paragraph.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        sentences.add(paragraph.substring(start).strip());
        return sentences;
    }

    /** The attribution one sentence makes, if it makes one; a sentence that makes none may name a person. */
    private void attribute(String given, int p, Reading reading, Set<String> authorKeys) {
        Matcher doing = PRONOUN_THEN_DOING.matcher(given);
        // "«...», — говорит он, смазывая шестерёнки.": what the speaker does meanwhile is no part of who
        String sentence = doing.matches() ? doing.group("said") + "." : given;
        List<Known> known = reading.known;
        List<Attribution> found = reading.found;
        Matcher m;
        QuotationKind kind;
        String cue;
        String who;
        boolean opens = false; // whether the speaker's words open the sentence
        if ((m = grammar.introduced().matcher(sentence)).matches()) {
            // "Об этом IWPR рассказал источник в акимате, попросивший не называть его имени.": no words of theirs
            // here, but "по словам собеседника" next
            Speaker introduced = speaker(m.group("who").strip(), known, false, false);
            reading.interlocutor = introduced != null ? introduced : reading.interlocutor;
            Unattributed before = reading.last();
            if (introduced != null && before != null && before.paragraph() == p
                    && !authorKeys.contains(SourceNames.key(introduced.name()))) {
                // "Цены на хлеб выросли вдвое. Об этом IWPR рассказал экономист X.": "this" is the sentence before,
                // which nobody was found saying
                if (introduced.kind() == SourceKind.PERSON) {
                    knownLast(known, new Known(introduced.name(), introduced.role()));
                }
                found.add(new Attribution(introduced.name(), introduced.kind(), introduced.role(),
                        TRAILING_STOP.matcher(before.sentence()).replaceFirst(""), QuotationKind.INDIRECT,
                        cue(m.group("verb") + m.group("to")), p));
            }
            return;
        }
        if ((m = grammar.quoteThenSpeaker().matcher(sentence)).matches()
                || (m = grammar.dashThenSpeaker().matcher(sentence)).matches()
                || (m = grammar.quoteThenBody().matcher(sentence)).matches()) {
            kind = QuotationKind.DIRECT;
        } else if ((m = grammar.calledSo().matcher(sentence)).matches()) {
            kind = QuotationKind.DIRECT;
            opens = true;
        } else if ((m = grammar.speakerThenQuote().matcher(sentence)).matches()) {
            kind = QuotationKind.DIRECT;
            opens = true;
        } else if ((m = grammar.speakerThat().matcher(sentence)).matches()) {
            kind = QuotationKind.INDIRECT;
            opens = true;
        } else if ((m = grammar.asSaid().matcher(sentence)).matches()
                || (m = grammar.asBodySaid().matcher(sentence)).matches()
                || (m = grammar.accordingTo().matcher(sentence)).matches()
                || (m = grammar.pronounAccordingTo().matcher(sentence)).matches()
                || (m = grammar.pronounInterrupting().matcher(sentence)).matches()
                || (m = grammar.impersonal().matcher(sentence)).matches()
                || (m = grammar.reportedThenSpeaker().matcher(sentence)).matches()
                || (m = grammar.reportedThenBody().matcher(sentence)).matches()) {
            kind = QuotationKind.INDIRECT;
        } else {
            // (a subject closing its sentence is tried before one opening it, which would take the verb before
            // the subject into the role: "Поруч торгує овочами місцевий фермер Богдан Кисілевський, який ...")
            // ("Доглядає за ними Степан Гнатів, колишній шахтар.": the verb opening it is no role either)
            if (learnSiblings(sentence, known, authorKeys) || learnCouple(sentence, known, authorKeys)
                    || learnTradeAndGivenName(sentence, known, authorKeys)
                    || learnTradeAndNameClosing(sentence, known, authorKeys)
                    || learnSubjectAfterVerb(sentence, known, authorKeys) || learnOneOfThem(sentence, known, authorKeys)
                    || learnSubject(sentence, known, authorKeys)
                    || learnGivenNameDescribed(sentence, known, authorKeys) || learnAgeInDative(sentence, known)
                    || learnDescribedThenName(sentence, known, authorKeys)
                    || learnNameClosing(sentence, known, authorKeys)
                    || learnNamedInPassing(sentence, known, authorKeys)) {
                reading.lastUnnamed = null;
            }
            if (learnRelatedInside(sentence, known, authorKeys)) {
                reading.lastUnnamed = null;
            }
            return;
        }
        boolean interrupting = m.pattern() == grammar.pronounInterrupting();
        if (interrupting && m.group("lead") != null) {
            learnSubject(m.group("lead"), known, authorKeys); // "Юсупов с ней не согласен:" names whom "его" means
        }
        boolean pronounInside = m.pattern() == grammar.pronounAccordingTo() || interrupting;
        if (pronounInside && !grammar.accordingTo().matcher(m.group("cue") + " " + m.group("noun") + " X, y")
                .matches()) {
            return; // "По его мнению" where the language has no "по мнению X"
        }
        boolean genitive = m.pattern() == grammar.accordingTo() || pronounInside;
        boolean speakerAfter = m.pattern() == grammar.quoteThenSpeaker() || m.pattern() == grammar.dashThenSpeaker()
                || m.pattern() == grammar.reportedThenSpeaker();
        cue = pronounInside ? (m.group("cue") + " " + m.group("noun")).toLowerCase(Locale.ROOT)
                : genitive ? m.group("cue").toLowerCase(Locale.ROOT)
                : m.pattern() == grammar.asSaid() || m.pattern() == grammar.asBodySaid() ? cue(m.group("cue"))
                : cue(m.group("verb") + m.group("to") + (speakerAfter ? m.group("to2") : "")
                // "написав у Facebook": where it was written is part of the cue; "пояснює це посухою" is not
                + (m.pattern() == grammar.speakerThenQuote() && m.group("how") != null
                && WHERE_WRITTEN.matcher(m.group("how")).lookingAt() ? m.group("how") : ""));
        who = m.group("who").strip();
        String doer = m.pattern() == grammar.speakerThat() ? QuoteGrammar.doerBeforeAnd(who, AND,
                word -> CyrillicPeople.isListedGivenName(word) || isPronoun(word, false)) : null;
        if (doer != null) {
            who = doer; // "Её дочь Жылдыз ведёт страницу в интернете и говорит, что ...": who does it, then says
        }
        Matcher clauseThenPronoun = m.pattern() == grammar.speakerThat() ? CLAUSE_THEN_PRONOUN.matcher(who) : null;
        if (clauseThenPronoun != null && clauseThenPronoun.find()) {
            who = clauseThenPronoun.group("pronoun"); // "Йому 68 років, і він каже, що ...": a clause, then he says
        }
        if (genitive && !pronounInside) {
            // "По данным доклада Всемирного банка": the body whose report it is
            who = REPORT_OF.matcher(who).replaceFirst("");
        }
        String reported = m.group("q");
        Matcher listed = genitive && !pronounInside ? LISTED_FIELDS.matcher(reported) : null;
        if (listed != null && listed.lookingAt()
                && java.util.Arrays.stream(SPACES.split(who)).anyMatch(this::isOrganisationHead)) {
            // "По информации Министерства труда, миграции и занятости населения Таджикистана, ...": the commas of a
            // body's name listing what it does; the words begin after them
            who = who + ", " + listed.group("fields");
            reported = reported.substring(listed.end());
        }
        Matcher bodysPeople = WHERE_SAID.matcher(who);
        boolean bodyNamedIt = m.pattern() == grammar.calledSo() && bodysPeople.matches();
        if (bodyNamedIt) {
            who = bodysPeople.group(1); // "В МИД Грузии назвали решение «...»": the body's people named it so
        }
        Matcher report = REPORT_IN.matcher(who);
        // "Как говорится в отчете X, ...", "Як зазначається у звіті X, ...": the body whose report it is, too
        boolean reportOf = !bodyNamedIt && report.lookingAt() && (m.pattern() == grammar.impersonal()
                || m.pattern() == grammar.reportedThenBody() || m.pattern() == grammar.quoteThenBody()
                || m.pattern() == grammar.asBodySaid());
        // "В докладе X говорится": the body whose report it is
        Speaker resolved = reportOf ? speaker(who.substring(report.end()), known, true, opens)
                : bodyNamedIt ? bodyWhereSaid(who)
                : m.pattern() == grammar.impersonal() && THERE.matcher(who).matches() ? bodyJustBefore(found, p)
                : m.pattern() == grammar.impersonal() || m.pattern() == grammar.reportedThenBody()
                || m.pattern() == grammar.asBodySaid()
                || m.pattern() == grammar.quoteThenBody() ? bodyWhereSaid(who)
                : INTERLOCUTORS.contains(who.toLowerCase(Locale.ROOT)) ? interlocutor(reading)
                : reading.lastUnnamed != null && isPronoun(who, genitive) ? reading.lastUnnamed
                : speaker(who, known, genitive, opens);
        // ("— говорит торговка." after "Зульфия Юсупова торгует ..."): a listed trade alone, which would be an unnamed
        // source, is the person named just before first
        Speaker justBefore = !genitive && (resolved == null || resolved.kind() == SourceKind.ANONYMOUS)
                ? introducedJustBefore(who, p, reading) : null;
        Speaker reached = justBefore != null ? justBefore : resolved;
        Speaker named = reached != null && reached.kind() == SourceKind.PERSON && reached.role() == null
                && m.pattern() == grammar.accordingTo() && m.group("clause") != null
                ? Speaker.person(reached.name(), m.group("clause").strip()) : reached;
        if (named == null || authorKeys.contains(SourceNames.key(named.name()))) {
            return;
        }
        // "Учительница Тамар Беридзе ... переехала", then "— сказала она": her first words, in the role she was
        // named in
        Speaker speaker = named.kind() == SourceKind.PERSON && named.role() == null
                && found.stream().noneMatch(a -> a.source().equals(named.name()))
                ? Speaker.person(named.name(), roleOf(named.name(), known)) : named;
        if (speaker.kind() == SourceKind.PERSON) {
            // the last person named goes last, for "он"/"она", keeping the role they were first known by
            String role = speaker.role() != null ? speaker.role() : roleOf(speaker.name(), known);
            knownLast(known, new Known(speaker.name(), role));
        }
        String words = interrupting && m.group("head") != null ? m.group("head").strip() + " " + reported.strip()
                : reported.strip();
        if (m.pattern() == grammar.asSaid()) {
            // "Как пояснила IWPR сотрудница хокимията, пожелавшая остаться неназванной, планы ...": the clause is hers
            int comma = words.indexOf(',');
            if (comma > 0 && WITHHOLDS_NAME.matcher(words.substring(0, comma)).find()) {
                words = words.substring(comma + 1).strip();
            }
        }
        Matcher whole = WHOLLY_QUOTED.matcher(words);
        if ((m.pattern() == grammar.speakerThat() || m.pattern() == grammar.impersonal()) && whole.matches()) {
            // "передала, что «ни о чем не жалеет»": the words after "что" are all quoted, so they are the speaker's own
            kind = QuotationKind.DIRECT;
            words = whole.group(1).strip();
        }
        found.add(new Attribution(speaker.name(), speaker.kind(), speaker.role(), words, kind, cue, p));
        reading.lastUnnamed = speaker.kind() == SourceKind.ANONYMOUS ? speaker
                : speaker.kind() == SourceKind.PERSON ? null : reading.lastUnnamed;
    }

    /**
     * "Экономист Леван Кахишвили объясняет ...", "Учительница Тамар Беридзе, которая ..., переехала": a person named
     * at the opening of a sentence that reports no words, whom "он"/"она" and "по его словам" refer to next. Only a
     * name that ends in a surname's ending counts ("Депутаты Жогорку Кенеша приняли ..." names a parliament).
     * Whether it named one.
     */
    /**
     * Who a sentence opening with where tells of: "На київському ринку в Дарниці узбецький майстер Акмаль Турсунов" is
     * "узбецький майстер Акмаль Турсунов", the words right before the name back to the place's last capitalised word or
     * preposition; the words as they were when they open with no preposition of place, or none stand before the name.
     */
    private static String withoutOpeningPlace(String subject) {
        String[] words = SPACES.split(subject.strip());
        if (words.length < 4 || !PLACE_PREPOSITIONS.contains(lowerCase(words[0]))) {
            return subject;
        }
        int nameStart = words.length;
        while (nameStart > 0 && isCapitalisedWord(words[nameStart - 1])) {
            nameStart--;
        }
        int start = nameStart;
        while (start > 1 && Character.isLowerCase(words[start - 1].charAt(0))
                && !PLACE_PREPOSITIONS.contains(words[start - 1])) {
            start--;
        }
        return start == nameStart || start <= 1 ? subject
                : String.join(" ", Arrays.copyOfRange(words, start, words.length));
    }

    private boolean learnSubject(String paragraph, List<Known> known, Set<String> authorKeys) {
        // "Иманалиев не собирается ...": a person named before, by the surname alone, is the one talked of now
        String[] opening = SPACES.split(paragraph.strip(), 3);
        Known again = opening.length == 3 && isCapitalisedWord(opening[0]) && !opening[1].isEmpty()
                && Character.isLowerCase(opening[1].charAt(0)) ? earlier(opening[0], known) : null;
        if (again != null) {
            known.remove(again);
            known.add(again);
            return true;
        }
        Matcher related = RELATION_THEN_GIVEN_NAME.matcher(paragraph);
        if (!related.lookingAt()) {
            related = OWN_RELATION_THEN_GIVEN_NAME.matcher(paragraph); // "Её внучка Айзада помогает ей"
        }
        if (!related.lookingAt()) {
            related = RELATION_OF_THEN_GIVEN_NAME.matcher(paragraph); // "Жена журналиста Айгерим тоже была в зале"
        }
        boolean own = related.pattern() == OWN_RELATION_THEN_GIVEN_NAME;
        String relation = related.lookingAt() ? lowerCase(!own && related.group("relation") != null
                ? related.group("relation") : related.group("owned")) : "";
        // "Її помічниця, студентка Ірина": one's own by what they do, too, and what they are after it
        String what = own && related.lookingAt() ? related.group("what") : null;
        boolean whatFits = what == null || isOccupation(what) || PERSON_NOUN_ENDING.matcher(what).find();
        // ("Учень школи, чотирнадцятирічний Максим,": what someone is, and of what, before a given name set apart)
        if (related.lookingAt() && whatFits && (RELATIONS.contains(relation)
                || (own || related.pattern() == RELATION_THEN_GIVEN_NAME)
                && (isOccupation(relation) || TRADE_ENDING.matcher(relation).find()))
                && !authorKeys.contains(SourceNames.key(related.group("name")))) {
            // "Дружина Олега, Світлана, працює в лікарні": whose relation, then her given name set apart
            String given = related.group("name");
            known.removeIf(k -> k.name().equals(given));
            // ("Его сын Арман, студент ветеринарного колледжа,": what he is set apart after the name, too)
            known.add(new Known(given, withApposed(related.group("who"), paragraph, related.end("name"))));
            return true;
        }
        Matcher name = FULL_NAME.matcher(paragraph);
        boolean hasName = name.find();
        List<String> fullName = hasName ? nameWords(name.group(1)) : List.of();
        if (fullName.size() == 2 && AGE.matcher(fullName.get(0)).find()) {
            return false; // "Дванадцятирічна Дарина, яка ...": an age and a given name, not a name and a surname
        }
        // "Вантажник Олег Мороз працює ...": after what someone does, a surname of any ending
        // "Раиса Петровна": a given name and a patronymic, as older people are called, name a person as a surname does
        if (!hasName || name.start() > 60 || !SURNAME.matcher(lastWord(name.group(1))).matches()
                && !PATRONYMIC.matcher(lastWord(name.group(1))).matches()
                // "Виктор Иванович Шульц": after a patronymic, a surname of any ending
                && !(fullName.size() >= 3 && PATRONYMIC.matcher(fullName.get(fullName.size() - 2)).matches())
                && !(name.start() == 0 && fullName.size() == 3
                && (isOccupation(lowerCase(fullName.get(0)))
                || TRADE_ENDING.matcher(lowerCase(fullName.get(0))).find()
                || PARTICIPLE_NOUN.matcher(lowerCase(fullName.get(0))).find()))
                // "Місцевий фермер Віктор Бондар чекає": what someone does, in lower case right before the name
                && !(fullName.size() == 2 && isOccupation(wordBefore(paragraph, name.start())))
                && !(fullName.size() == 2 && opensWithTradeOfSomething(paragraph.substring(0, name.start()))
                && CyrillicPeople.isNominativeGivenName(fullName.get(0)))) {
            return false;
        }
        String subject = paragraph.substring(0, name.end());
        Matcher when = OPENING_TIME.matcher(subject);
        if (when.lookingAt()) {
            subject = subject.substring(when.end()); // "Каждое утро X выходит": when is no part of who X is
        }
        String placed = withoutOpeningPlace(subject);
        // (what someone does, right before the name, after where: "У Києві майстер Акмаль Турсунов")
        String[] placedWords = SPACES.split(placed);
        boolean afterPlace = !placed.equals(subject) && !isCapitalisedWord(placedWords[0])
                && (describesAPerson(List.of(placedWords)) || Arrays.stream(placedWords)
                .filter(w -> !isCapitalisedWord(w)).anyMatch(w -> TRADE_ENDING.matcher(w).find()
                        || PERSON_NOUN_ENDING.matcher(w).find()));
        subject = afterPlace ? placed : subject;
        // "Представитель авиакомпании «Сомон Эйр» Далер Назаров объяснил ...": a body's name in guillemets may stand
        // in the role, but no quotation
        // "Її засновник, колишній десантник Ігор Ткаченко, втратив ...": whose he is set apart before who he is
        Matcher owned = OWNED_BEFORE.matcher(subject);
        if (!owned.lookingAt()) {
            // "Постоянная зрительница, пенсионерка Анна Сергеевна, ходит ...": who she is, set apart before what she is
            owned = DESCRIBED_BEFORE.matcher(subject);
        }
        // (a noun of a person set apart, or an adjective and a noun before what someone does: "Частая гостья,
        // учительница")
        String ownedBy = owned.lookingAt() && (owned.pattern() == OWNED_BEFORE
                || PERSON_NOUN_ENDING.matcher(lowerCase(lastWord(owned.group(1)))).find()
                || isOccupation(lastWord(owned.group(1)))
                // "Ініціатор толоки, колишній будівельник X": what someone is, and of what, before what they are
                || isOccupation(SPACES.split(owned.group(1))[0])
                || ADJECTIVE_THEN_NOUN.matcher(owned.group(1)).matches() && isOccupation(SPACES.split(
                        subject.substring(owned.end()))[0])) ? owned.group(1) : null;
        if (ownedBy != null) {
            subject = subject.substring(owned.end());
        }
        if (subject.contains(",") || GUILLEMETS.matcher(subject).replaceAll("").contains("«")
                || ownedBy == null && !afterPlace && !isCapitalisedWord(SPACES.split(subject)[0])) {
            return false;
        }
        Speaker found = speaker(subject, known, false, ownedBy == null);
        Speaker named = ownedBy == null || found == null || found.kind() != SourceKind.PERSON ? found
                : Speaker.person(found.name(), found.role() == null ? ownedBy : ownedBy + ", " + found.role());
        if (named == null || named.kind() != SourceKind.PERSON || authorKeys.contains(SourceNames.key(named.name()))) {
            return false;
        }
        String ownersName = fullName.size() == 3 ? fullName.get(1) + " " + fullName.get(2) : "";
        String owner = ownersName.isEmpty() ? "" : ukrainianNominative(nominative(ownersName));
        if (ownedBy == null && name.start() == 0 && !owner.isEmpty() && !owner.equals(ownersName)
                && fullName.get(0).equals(named.role())
                && !namesWhatSomeoneIs(lowerCase(fullName.get(0)))) {
            // "Мастерская Виктора Гончаренко открыта ...": a thing, not what someone is, and whose it is, in the
            // genitive; whom "— рассказывает Гончаренко" and "по словам мастера" refer to next, without a role
            knownLast(known, new Known(owner, null));
            return true;
        }
        String written = String.join(" ", fullName);
        String whose = fullName.size() == 2 ? ukrainianNominative(nominative(written)) : written;
        String wordBefore = named.role() == null ? "" : lowerCase(lastWord(named.role()));
        if (ownedBy == null && name.start() > 0 && VERB_BEFORE_NAME.matcher(wordBefore).find()
                && !namesWhatSomeoneIs(wordBefore)) {
            // "Соседских девочек вышивке учит Мавлюда Саидова, которая сама научилась у бабушки.": a verb right
            // before the name, its subject after it in the nominative; the words before are no role, a clause of
            // who the person is closing the sentence is
            Matcher clause = CLOSING_CLAUSE.matcher(paragraph).region(name.end(), paragraph.length());
            knownLast(known, new Known(named.name(), clause.matches() ? clause.group(1) : null));
            return true;
        }
        if (ownedBy == null && name.start() > 0 && named.role() != null
                && !SPACES.split(whose)[0].equals(fullName.get(0))
                && java.util.Arrays.stream(SPACES.split(named.role())).noneMatch(w -> namesWhatSomeoneIs(lowerCase(w)))) {
            // "Бригада стригалей Серика Жумабаева объезжает ...": a thing, and whose it is, the given name and the
            // surname both in the genitive (not "на Салтівці Дмитро Литвиненко", a place and a name as they are);
            // whom "Жумабаев жалуется" names next, without a role
            knownLast(known, new Known(whose, null));
            return true;
        }
        // "Технік Вікторія Шевчук, колишня медсестра, підганяє ...": what she is, set apart after the name, too
        // ("Невеликий цех з виробництва морозива на Салтівці Дмитро Литвиненко відновив ...": words before the name
        // where no word says what someone is are what the sentence is about, not a role)
        String[] before = named.role() == null ? new String[0] : SPACES.split(named.role());
        // (a capitalised word inside them is a place's, "Бишкека", whatever its ending)
        String role = withApposed(before.length >= 3 && java.util.stream.IntStream.range(0, before.length)
                .filter(i -> i == 0 || !isCapitalisedWord(before[i]))
                .noneMatch(i -> namesWhatSomeoneIs(lowerCase(before[i]))) ? null : named.role(), paragraph, name.end());
        Matcher from = FROM_PLACE.matcher(paragraph).region(name.end(), paragraph.length());
        if (role == null && from.lookingAt()) {
            role = from.group(1); // "Марина Ткаченко з Маріуполя продає ...": with nothing else, where she is from
        }
        knownLast(known, new Known(named.name(), role));
        return true;
    }

    /**
     * "Сержант Андрій Возняк та його наречена Христина розписалися": two people named as the subject of a sentence
     * that reports no words, the second by whom they are to the first and a name; whom "— каже Христина" and "— каже
     * жінка" refer to next, the second in that relation. Whether it named them.
     */
    /**
     * Whether the words before a name, opening the sentence, are what someone does and of what, in lower case after it:
     * "Водитель грейдера", "Сторож складу" (a surname of any ending may follow them, as after a trade alone).
     */
    private boolean opensWithTradeOfSomething(String before) {
        String[] words = SPACES.split(before.strip());
        if (words.length < 2 || words.length > 3 || !isCapitalisedWord(words[0])) {
            return false;
        }
        String trade = lowerCase(words[0]);
        return (isOccupation(trade) || TRADE_ENDING.matcher(trade).find())
                && Arrays.stream(words, 1, words.length).allMatch(w -> Character.isLowerCase(w.charAt(0)));
    }

    private boolean learnCouple(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher couple = COUPLE.matcher(sentence.strip());
        if (!couple.lookingAt() || !RELATIONS.contains(lowerCase(couple.group("relation")))
                || authorKeys.contains(SourceNames.key(couple.group("name")))
                || !learnSubject(couple.group("first") + " " + couple.group("verb"), known, authorKeys)) {
            return false;
        }
        String name = couple.group("name");
        knownLast(known, new Known(name, couple.group("who")));
        return true;
    }

    /**
     * "Один из них, шестидесятилетний Саидмурод, живёт в будке у ворот": one of some just named, then a name set apart
     * (an age before it saying no more), opening a sentence that reports no words; whom "— рассказывает старик" refers
     * to next, with no role, as "one of them" says nothing of the person. Whether it named one.
     */
    private boolean learnOneOfThem(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher one = ONE_OF_THEM_THEN_NAME.matcher(sentence.strip());
        if (!one.lookingAt() || !grammar.oneOf().contains(lowerCase(one.group("one")))
                || !grammar.of().contains(one.group("of")) || authorKeys.contains(SourceNames.key(one.group("name")))) {
            return false;
        }
        String name = one.group("name");
        knownLast(known, new Known(name, null));
        return true;
    }

    /**
     * "Волонтерка Яна, яка попросила не називати її прізвища, щодня привозить корм", "Читатель Давлатбек, студент
     * местного университета, приходит ...": what someone does, then the one name the article gives them, and what
     * they are set apart after it, if the sentence says; whom "— каже дівчина" refers to next. Whether it named one.
     */
    private boolean learnTradeAndGivenName(String paragraph, List<Known> known, Set<String> authorKeys) {
        // ("Одиннадцатилетняя солистка хора Айпери": an age opening the sentence says no more of what she does)
        Matcher aged = OPENING_AGE.matcher(paragraph);
        String text = aged.lookingAt() ? paragraph.substring(aged.end()) : paragraph;
        Matcher traded = TRADE_THEN_GIVEN_NAME.matcher(text);
        // ("Водитель из Худжанда Фаррух": where the person is from goes with what they do)
        String[] tradeWords = traded.lookingAt() ? SPACES.split(traded.group("doing")) : new String[] {""};
        String noun = tradeWords[tradeWords.length - 1];
        // (an adjective may stand before what the person does: "Молодий вівчар"; or whose the trade is after it:
        // "Солистка хора Айпери")
        boolean ofWhom = tradeWords.length == 2 && isOccupation(tradeWords[0]);
        if (traded.lookingAt() && traded.group("placeWord") != null
                && !grammar.placeWords().contains(lowerCase(traded.group("placeWord")))) {
            return false;
        }
        // ("Анвар Сафин чинит ...": a given name in "-ар" is no trade by its ending)
        // ("Бывший меняла Рустам": after an adjective of what someone is, any noun in lower case before a given name
        // the lists hold)
        boolean describedNoun = traded.lookingAt() && tradeWords.length == 2 && !noun.isEmpty()
                && Character.isLowerCase(noun.charAt(0))
                && CyrillicPeople.isListedGivenName(SPACES.split(traded.group("name"))[0]);
        if (!traded.lookingAt() || !ofWhom && (!(isOccupation(noun) || TRADE_ENDING.matcher(lowerCase(noun)).find()
                && !CyrillicPeople.isListedGivenName(noun) || describedNoun)
                || tradeWords.length == 2 && !ROLE_ADJECTIVE.matcher(lowerCase(tradeWords[0])).find())
                || authorKeys.contains(SourceNames.key(traded.group("name")))) {
            return false;
        }
        String role = withApposed(traded.group("trade"), text, traded.end("name"));
        knownLast(known, new Known(traded.group("name"), role));
        return true;
    }

    /**
     * Whether a word, in lower case, says what someone is: an occupation, a trade, a noun of a person by its ending.
     */
    private boolean namesWhatSomeoneIs(String word) {
        return isOccupation(word) || TRADE_ENDING.matcher(word).find() || PERSON_NOUN_ENDING.matcher(word).find()
                || PARTICIPLE_NOUN.matcher(word).find() || RELATIONS.contains(word);
    }

    /**
     * A role joined by what the paragraph sets apart after the name ending at {@code from}, when that says what a person
     * is, without an age that opens it ("Технік" and ", колишня медсестра," make "Технік, колишня медсестра"); the
     * description alone when there is no role, the role alone when nothing describes the person.
     */
    private String withApposed(String role, String paragraph, int from) {
        Matcher apposed = APPOSED_DESCRIPTION.matcher(paragraph).region(from, paragraph.length());
        String description = apposed.lookingAt() ? withoutAge(apposed.group("description")) : "";
        // (whom the person is to someone says who they are, too: ", син сусіда,"; and a trade by its ending, which
        // the lexicon may lack: ", потомственный чеканщик,")
        if (description.isEmpty() || !describesAPerson(List.of(SPACES.split(description)))
                && !RELATIONS.contains(lowerCase(SPACES.split(description)[0]))
                && Arrays.stream(SPACES.split(description)).noneMatch(w -> TRADE_ENDING.matcher(lowerCase(w)).find())) {
            return role;
        }
        return role == null ? description : role + ", " + description;
    }

    /**
     * "Максим, 24-річний сапер із Павлограда, втратив ...": a given name opening a sentence, then what the person is,
     * set apart, and no words; whom "— каже хлопець" refers to next, in that role without the age. Whether it named one.
     */
    private boolean learnGivenNameDescribed(String paragraph, List<Known> known, Set<String> authorKeys) {
        Matcher described = GIVEN_NAME_DESCRIBED.matcher(paragraph);
        if (!described.lookingAt() || authorKeys.contains(SourceNames.key(described.group("name")))) {
            return false;
        }
        String role = withoutAge(described.group("description"));
        String[] words = SPACES.split(role);
        // (a relative clause about the person says who they are too: "Соломія, яка переїхала з Маріуполя,")
        if (role.isEmpty() || !(isOccupation(words[0]) || describesAPerson(List.of(words[0]))
                || RELATIVE_PRONOUN.matcher(role).lookingAt())) {
            return false;
        }
        knownLast(known, new Known(described.group("name"), role));
        return true;
    }

    /**
     * "Щодня сюди заходить вісімдесятирічний Григорій Павленко, колишній учитель історії.", "В очереди стоит Айгуль
     * Садыкова, пенсионерка.": the person a sentence closes with, after its verb, by a surname's ending, with what
     * they are set apart after the name (an age before it said no more); whom "— сміється чоловік" refers to next.
     * Whether it named one.
     */
    private boolean learnSubjectAfterVerb(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher full = SUBJECT_AFTER_VERB.matcher(sentence.strip());
        // "Рядом стоит 12-летняя Сабина, ученица музыкальной школы.": a given name alone, an age before it maybe
        Matcher given = GIVEN_NAME_AFTER_VERB.matcher(sentence.strip());
        Matcher after = full.matches() ? full : given.matches() ? given : null;
        if (after == null || after == full && !SURNAME.matcher(lastWord(after.group("name"))).matches()) {
            return false;
        }
        if (authorKeys.contains(SourceNames.key(after.group("name")))) {
            return false;
        }
        String role = withoutAge(after.group("description"));
        String first = SPACES.split(role)[0];
        // (after a given name alone, which a place's name may look like, "Бухара, столица области", only a noun the
        // lists know says a person)
        if (!(isOccupation(first) || describesAPerson(List.of(SPACES.split(role)))
                || after == full && PERSON_NOUN_ENDING.matcher(lowerCase(first)).find())) {
            return false;
        }
        knownLast(known, new Known(after.group("name"), role));
        return true;
    }

    /**
     * "У селі дрова заготовляє лісгосп, а розвозить їх селянам Василь Мельничук.": a sentence that reports no words
     * and closes with a full name after a word in lower case, a given name in the nominative first and a surname of a
     * surname's ending last (a name a preposition governs has a case of its own), or with a given name and an elder's
     * honorific ("держит Рустам-ака."): the subject, after its verb; whom "— каже чоловік" and "по его словам" refer to next, without
     * a role. Whether it named one.
     */
    private boolean learnNameClosing(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher closing = NAME_CLOSING.matcher(sentence.strip());
        if (!closing.find()
                || closing.group("surname") != null && (!CyrillicPeople.isNominativeGivenName(closing.group("given"))
                || !SURNAME.matcher(closing.group("surname")).matches())
                || authorKeys.contains(SourceNames.key(closing.group("name")))) {
            return false;
        }
        String name = closing.group("name");
        knownLast(known, new Known(name, null));
        return true;
    }

    /**
     * "Химчистку в спальном районе Актобе Светлана Ким открыла ...", "Мастерскую держит вместе с сыном Ивана Петрова
     * ...": a sentence that reports no words and that no rule of a subject reads, naming one person in full anywhere in
     * it by a given name the lists hold (as written, or in the genitive) and a capitalised word after it, makes that
     * person, in the nominative and without a role, whom a surname, a pronoun or a noun that refers back means next.
     * Not a street's or a prize's namesake ("на улице Тараса Шевченко", "премии имени ..."), nor when the sentence refers
     * to the person before, by a pronoun before the new name or by their surname. Whether it named one.
     */
    private boolean learnNamedInPassing(String sentence, List<Known> known, Set<String> authorKeys) {
        String[] words = SPACES.split(sentence.strip());
        String named = null;
        int at = -1;
        for (int i = 0; i + 1 < words.length; i++) {
            String name = nameInPassing(words, i);
            if (name == null || i + 2 < words.length && !PATRONYMIC.matcher(words[i + 1]).matches()
                    && nameInPassing(words, i + 1) != null) {
                // ("в центре Бишкека Светлана Ким": a place's genitive before a name is no given name)
                continue;
            }
            if (i > 0 && PLACE_PREPOSITIONS.contains(lowerCase(words[i - 1])) || i > 1
                    && PLACE_PREPOSITIONS.contains(lowerCase(words[i - 2]))
                    && LOCATIVE_ADJECTIVE.matcher(lowerCase(words[i - 1])).find()) {
                continue; // "На одеському Привозі Сейран Аблаєв": a place after a preposition, whatever its ending
            }
            if (named != null && !named.equals(name)) {
                return false; // two people: which one a pronoun after means, the sentence does not say
            }
            named = name;
            at = at < 0 ? i : at;
        }
        if (named == null || authorKeys.contains(SourceNames.key(named))
                || at > 0 && NAMESAKE_WORDS.contains(lowerCase(bare(words[at - 1])))) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (PERSONAL_PRONOUNS.contains(lowerCase(bare(words[i])))) {
                return false; // "Он купил мастерскую у Ивана Петрова": the sentence tells of the person before
            }
        }
        if (!known.isEmpty()) {
            Known last = known.get(known.size() - 1);
            String lastSurname = last.surname();
            if (!last.name().equals(named) && last.name().indexOf(' ') > 0 && namesSurname(words, lastSurname)) {
                return false;
            }
        }
        String person = named;
        // ("держит Бахтиёр Юлдашев, бывший водитель автобуса": what he is, set apart after the name as written, is
        // his role)
        String written = words[at] + " " + bare(words[at + 1]);
        int after = sentence.indexOf(written) + written.length();
        String role = written.equals(named) ? withApposed(null, sentence, after) : null;
        String before = at > 0 ? bare(words[at - 1]) : "";
        if (role == null && written.equals(named) && !before.isEmpty() && Character.isLowerCase(before.charAt(0))
                && namesWhatSomeoneIs(before)) {
            role = before; // "У Харкові каліграфиня Олена Мирошниченко веде ...": what she is, right before her name
        }
        Matcher closing = DESCRIPTION_CLOSING.matcher(sentence).region(after, sentence.length());
        if (role == null && written.equals(named) && closing.matches()
                && describesAPerson(List.of(SPACES.split(closing.group("description"))))) {
            role = withoutAge(closing.group("description"));
        }
        knownLast(known, new Known(person, role));
        return true;
    }

    /** Remembers a person as the one last named, once: whom "он"/"она" and a surname refer to next. */
    private static void knownLast(List<Known> known, Known person) {
        known.removeIf(k -> k.name().equals(person.name()));
        known.add(person);
    }

    /** A word without the punctuation after it. */
    private static String bare(String word) {
        return TRAILING_PUNCTUATION.matcher(word).replaceFirst("");
    }

    /** Whether some words give a surname, in the nominative or a case whose nominative it is ("Бондаря"). */
    private static boolean namesSurname(String[] words, String surname) {
        return java.util.Arrays.stream(words).map(CyrillicQuoteExtractor::bare)
                .anyMatch(w -> w.equals(surname) || nominativeForms(w).contains(surname));
    }

    /**
     * "В одному з них працюють брати Андрій і Сергій Ткаченки.": brothers or sisters named together before the surname
     * they share, in the plural; both learned, each with the surname in the singular ("Андрій Ткаченко"), whom "—
     * розповідає Андрій" names next by the given name. Whether it named them.
     */
    private boolean learnSiblings(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher siblings = SIBLINGS.matcher(sentence);
        if (!siblings.find() || !CyrillicPeople.isNominativeGivenName(siblings.group("first"))
                && !CyrillicPeople.isMansGivenName(siblings.group("first"))) {
            return false;
        }
        boolean sisters = lowerCase(siblings.group("who")).startsWith("сестр");
        String surname = singularSurname(siblings.group("surname"), sisters);
        for (String given : List.of(siblings.group("first"), siblings.group("second"))) {
            String name = given + " " + surname;
            if (!authorKeys.contains(SourceNames.key(name))) {
                knownLast(known, new Known(name, null));
            }
        }
        return true;
    }

    /**
     * A surname in the plural, as brothers or sisters share it, in the singular: Ткаченки is Ткаченко, Шевчуки
     * Шевчук, Бондарі Бондар, Ивановы Иванов (Иванова for sisters), Левицькі Левицький (Левицька); as it is otherwise
     * ("братья Ткаченко").
     */
    private static String singularSurname(String plural, boolean sisters) {
        String[][] endings = {{"енки", "енко"}, {"ські", sisters ? "ська" : "ський"}, {"цькі", sisters ? "цька" : "цький"},
                {"ские", sisters ? "ская" : "ский"}, {"цкие", sisters ? "цкая" : "цкий"}, {"овы", sisters ? "ова" : "ов"},
                {"евы", sisters ? "ева" : "ев"}, {"ины", sisters ? "ина" : "ин"}, {"ови", sisters ? "ова" : "ов"},
                {"еви", sisters ? "ева" : "ев"}, {"ини", sisters ? "іна" : "ін"}, {"лі", "ль"}, {"рі", "р"}, {"ки", "к"},
                {"ы", ""}, {"и", ""}};
        for (String[] ending : endings) {
            if (plural.endsWith(ending[0]) && plural.length() > ending[0].length() + 2) {
                return plural.substring(0, plural.length() - ending[0].length()) + ending[1];
            }
        }
        return plural;
    }

    /**
     * "Вночі там чергує Олександр Мельник, а вдень — його дружина Наталія.": whose relation someone is, after "його",
     * "її" or "их", then a given name alone, inside a sentence that reports no words (a sentence opening so is read as
     * its subject); whom "Наталія каже" names next, in that relation, as the person named last. Whether it named one.
     */
    private boolean learnRelatedInside(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher related = RELATION_INSIDE.matcher(sentence);
        if (!related.find() || !RELATIONS.contains(related.group("relation"))
                || authorKeys.contains(SourceNames.key(related.group("name")))) {
            return false;
        }
        String name = related.group("name");
        knownLast(known, new Known(name, related.group("role")));
        return true;
    }

    /**
     * The full name, in the nominative, that opens at a sentence's word: a given name the lists hold, as written or in
     * the genitive, then a capitalised word that is no place's (a patronymic between them kept); null if none opens there.
     */
    private String nameInPassing(String[] words, int i) {
        String given = words[i];
        String surname = bare(words[i + 1]);
        if (!GIVEN_WORD.matcher(given).matches() || !IN_PASSING_SURNAME.matcher(surname).matches()
                || CyrillicPeople.isListedGivenName(surname) || grammar.placeWords().contains(lowerCase(surname))) {
            return null;
        }
        String name = given + " " + surname;
        if (PATRONYMIC.matcher(surname).matches() && words[i + 1].equals(surname) && i + 2 < words.length) {
            String third = bare(words[i + 2]);
            name = IN_PASSING_SURNAME.matcher(third).matches() ? name + " " + third : name;
        }
        boolean inside = i > 0;
        String mans = nominativeGivenName(given, false);
        // ("Мария" is no genitive of "Марий": a man's genitive in "-ия" only of a listed name, "Дмитрия")
        if (!mans.equals(given) && (CyrillicPeople.isListedGivenName(mans) || inside && !given.endsWith("ия")
                && !given.endsWith("ія") && CyrillicPeople.isMansGivenName(mans) && !ADJECTIVE_AS_NAME.matcher(mans).find())) {
            return ukrainianNominative(nominative(name)); // "Асылбека Токтогулова" is Асылбек Токтогулов
        }
        String womans = nominativeGivenName(given, true);
        if (!womans.equals(given) && !womans.equals(mans) && womansNameInPassing(womans, surname, inside)) {
            return ukrainianNominative(nominative(name)); // "Светланы Ким" is Светлана Ким
        }
        boolean surnameInA = WOMANS_GIVEN_NAME_ENDING.matcher(surname).find();
        return CyrillicPeople.isListedGivenName(given) || womansNameInPassing(given, surname, inside)
                || inside && !surnameInA && MANS_GIVEN_NAME_ENDING.matcher(given).find()
                && !ADJECTIVE_AS_NAME.matcher(given).find() ? name : null;
    }

    /**
     * Whether a word before a surname is a woman's given name: one the lists hold, or inside a sentence (where a
     * capitalised word is a name) one by its ending before a surname that is a woman's, or one of no ending in "-а"
     * ("Светлана Ким", "Ольга Бондаренко"; not "Мажлиса Узбекистана").
     */
    private boolean womansNameInPassing(String word, String surname, boolean inside) {
        return CyrillicPeople.isListedGivenName(word) || inside && word.length() > 3
                && WOMANS_GIVEN_NAME_ENDING.matcher(word).find() && !grammar.placeWords().contains(lowerCase(word))
                && (!WOMANS_GIVEN_NAME_ENDING.matcher(surname).find() || WOMANS_SURNAME_ENDING.matcher(surname).find());
    }

    /**
     * "Одна из основательниц, Динара Султанова, продала квартиру": what a person is, set apart before their full name,
     * opening a sentence that reports no words, when it opens with one of a group, a relation or an occupation; whom
     * "— вспоминает она" refers to next, in that role. Whether it named one.
     */
    private boolean learnDescribedThenName(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher described = DESCRIBED_THEN_NAME.matcher(sentence.strip());
        if (!described.lookingAt() || authorKeys.contains(SourceNames.key(described.group("name")))) {
            return false;
        }
        String[] words = SPACES.split(described.group("described"));
        String first = lowerCase(words[0]);
        if (!(RELATIONS.contains(first) || isOccupation(first)
                || grammar.oneOf().contains(first) && grammar.of().contains(words[1]))) {
            return false;
        }
        knownLast(known, new Known(described.group("name"), described.group("described")));
        return true;
    }

    /**
     * "Рядом с ней работает двадцатитрёхлетний пекарь Далер.": a sentence that reports no words and closes with its
     * subject, what the person does and their name, an age before them saying no more; whom "по его словам" and "—
     * усміхається чоловік" refer to next. What the person is set apart after the name joins the role, a relative clause
     * about them does not (as the role before a name is the role). Whether it named one.
     */
    private boolean learnTradeAndNameClosing(String sentence, List<Known> known, Set<String> authorKeys) {
        Matcher closing = TRADE_AND_NAME_CLOSING.matcher(sentence.strip());
        if (!closing.matches() || authorKeys.contains(SourceNames.key(closing.group("name")))) {
            return false;
        }
        String[] roleWords = SPACES.split(closing.group("role"));
        String noun = roleWords[roleWords.length - 1];
        String whose = closing.group("from") == null && RELATIONS.contains(lowerCase(noun))
                ? ukrainianNominative(nominative(closing.group("name"))) : closing.group("name");
        if (!whose.equals(closing.group("name"))) {
            // "... построил отец Бахтияра Маматова.": whose father, in the genitive, is the person the text follows
            // (and "у Маматова", "— смеётся он" refer to), not the father, who has no name here
            knownLast(known, new Known(whose, null));
            return true;
        }
        if (!(isOccupation(noun) || TRADE_ENDING.matcher(lowerCase(noun)).find())) {
            return false;
        }
        // "военный медик": an adjective before the noun belongs to what the person does, a verb does not
        String doing = roleWords.length == 2 && ROLE_ADJECTIVE.matcher(roleWords[0]).find() ? closing.group("role")
                : noun;
        String role = doing + (closing.group("from") == null ? "" : closing.group("from"));
        String description = closing.group("description");
        if (description != null && !RELATIVE_PRONOUN.matcher(description).find()) {
            role = role + ", " + description;
        }
        String name = closing.group("name");
        knownLast(known, new Known(name, role));
        return true;
    }

    /**
     * "Солистке хора Айпери Бекташевой четырнадцать лет.": the person whose age a sentence gives, in the dative, with
     * what they are, both put in the nominative (a woman's by her surname's "-овой", "-ской", "-ової"; a man's by
     * "-ову", "-енку", "-чуку"); whom "— смеётся девочка" refers to next. Whether it named one.
     */
    private boolean learnAgeInDative(String sentence, List<Known> known) {
        Matcher aged = AGE_IN_DATIVE.matcher(sentence);
        if (!aged.matches()) {
            return false;
        }
        String surname = aged.group("surname");
        boolean woman = DATIVE_WOMANS_SURNAME.matcher(surname).find();
        boolean man = DATIVE_MANS_SURNAME.matcher(surname).find();
        String role = aged.group("role");
        int space = role.indexOf(' ');
        String noun = space < 0 ? role : role.substring(0, space);
        String nominativeNoun = endingReplaced(noun, woman ? WOMANS_DATIVE_NOUN : MANS_DATIVE_NOUN);
        if (woman == man || nominativeNoun.equals(noun)) {
            return false;
        }
        String name = endingReplaced(aged.group("given"), woman ? WOMANS_DATIVE_GIVEN : MANS_DATIVE_GIVEN) + " "
                + (woman ? nominativeForms(surname).get(0) : endingReplaced(surname, MANS_DATIVE_SURNAME));
        String nominativeRole = nominativeNoun + (space < 0 ? "" : role.substring(space));
        knownLast(known, new Known(name, nominativeRole));
        return true;
    }

    private static String chop(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }

    /** The word with the first of these endings it has replaced (two letters are left at least); as it is without. */
    private static String endingReplaced(String word, String[][] endings) {
        for (String[] ending : endings) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
                return chop(word, ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    /** The last person named whom nothing known of them keeps from being the one of that sex and age referred to. */
    private static Optional<Known> referredTo(List<Known> known, Optional<CyrillicPeople.Sex> sex, Boolean young) {
        // "пожилая женщина": first whoever is known to be of that age, then whoever is not known to be of another
        for (int i = known.size() - 1; young != null && i >= 0; i--) {
            Known person = known.get(i);
            if (CyrillicPeople.knownToBe(person.role(), young)
                    && CyrillicPeople.fits(person.name(), person.role(), sex, young)) {
                return Optional.of(person);
            }
        }
        for (int i = known.size() - 1; i >= 0; i--) {
            Known person = known.get(i);
            if (CyrillicPeople.fits(person.name(), person.role(), sex, young)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    /**
     * "Севиндж Алиева ткёт ковры с двенадцати лет. «...», — жалуется мастерица.": a noun of what someone does, alone,
     * is the person the sentence just before named without a role and without words, unless what is known of her
     * says the other sex; null otherwise.
     */
    private Speaker introducedJustBefore(String who, int p, Reading reading) {
        String noun = lowerCase(who.strip());
        String[] words = SPACES.split(noun);
        if (words.length == 2 && ADJECTIVE.matcher(words[0]).find()) {
            noun = words[1]; // "кримськотатарський підприємець": an adjective before the trade says no other person
        }
        // ("Паромом управляет Нурлан Сейткали.", then a paragraph opening "— ..., — рассказывает паромщик.": the
        // sentence right before, across the paragraph's break, too)
        // (a trade by its noun's ending as well as the listed ones: "паромщик", "ювелир")
        if (noun.contains(" ") || !isOccupation(noun) && !TRADE_ENDING.matcher(noun).find()
                || reading.known.isEmpty()) {
            return null;
        }
        Known last = reading.known.get(reading.known.size() - 1);
        String surname = last.surname();
        // (in the case the sentence gave it: "Бригада стригалей Серика Жумабаева ..." names Серик Жумабаев)
        // ("У Тернополі Василь Дмитрук робить водостоки. Після обстрілів замовлень побільшало, бо ...", then "—
        // ..., — сміється бляхар.": or a sentence before it, since anyone's last words and at most two paragraphs
        // back, when no person was met after it)
        boolean named = false;
        for (int i = reading.unattributed.size() - 1; i >= 0 && !named
                && reading.unattributed.get(i).paragraph() >= p - 2; i--) {
            String sentence = reading.unattributed.get(i).sentence();
            named = sentence.contains(last.name()) || last.name().indexOf(' ') > 0
                    && namesSurname(SPACES.split(sentence), surname);
        }
        // (a role that names no trade, "Её хозяин", is no other trade than the one said now)
        boolean noTrade = last.role() == null || java.util.Arrays.stream(SPACES.split(last.role()))
                .map(w -> lowerCase(bare(w)))
                .noneMatch(w -> isOccupation(w) || TRADE_ENDING.matcher(w).find());
        return noTrade && named
                && CyrillicPeople.fits(last.name(), null, CyrillicPeople.ofNoun(noun), null)
                ? Speaker.person(last.name(), null) : null;
    }

    /** "он", "она"; after "по словам", "его", "её". */
    private boolean isPronoun(String who, boolean genitive) {
        String lower = who.toLowerCase(Locale.ROOT);
        return grammar.pronouns().contains(lower) || (genitive && grammar.genitivePronouns().contains(lower));
    }

    /** "Собеседник": the source introduced without words, else whoever was quoted last. */
    private static Speaker interlocutor(Reading reading) {
        if (reading.interlocutor != null) {
            return reading.interlocutor;
        }
        if (reading.found.isEmpty()) {
            return null;
        }
        Attribution last = reading.found.get(reading.found.size() - 1);
        return new Speaker(last.source(), last.sourceKind(), null);
    }

    /** The role the person of that name was last known by, null when none. */
    private static String roleOf(String name, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            if (known.get(i).name().equals(name)) {
                return known.get(i).role();
            }
        }
        return null;
    }

    /** The verb as the cue, lower case but for the addressee: "сказала IWPR". */
    private static String cue(String verb) {
        return verb.toLowerCase(Locale.ROOT).replace("iwpr", "IWPR").replace("ивпр", "ИВПР").replace("івпр", "ІВПР");
    }

    private record Speaker(String name, SourceKind kind, String role) {
        static Speaker person(String name, String role) {
            // "Уповноважений з питань осіб, зниклих безвісти, X": the comma that sets the name apart is no part of
            // the role before it
            String bare = role == null ? "" : TRAILING_COMMA.matcher(role.strip()).replaceFirst("");
            // "настоятель храму отець Василь": a priest's title of address, as "Dr" is, is no part of the role
            bare = ADDRESS_TITLE.matcher(bare).replaceFirst("");
            // "жительница села Эки-Нарын 67-летняя Бурул Токтосунова": an age is no part of who someone is
            bare = AGE_IN_ROLE.matcher(bare).replaceAll("").strip();
            return new Speaker(name, SourceKind.PERSON, bare.isEmpty() ? null : bare);
        }
    }

    /**
     * Who the words before or after the verb name: a pronoun, a body, a description that names nobody, a person
     * by a full name or by a given name after what they do, or a known surname. {@code genitive}: the words stand
     * after "по словам"/"за словами"; {@code opens}: they open the sentence, so their first word is capitalised
     * whatever it is.
     */
    private Speaker speaker(String given, List<Known> known, boolean genitive, boolean opens) {
        // "Мэр Харькова Игорь Терехов в интервью телеканалу заявил": how it was said is no part of who
        String who = given;
        for (Pattern notWho : NOT_WHO) {
            who = notWho.matcher(who).replaceFirst("");
        }
        // "— каже Христина, тримаючи букет": what the speaker does meanwhile is no part of who
        who = DOING_MEANWHILE.matcher(who).replaceFirst("");
        // "Один из мастеров, попросивший называть его только по имени — Ерлан, —": a name set apart by dashes is set
        // apart as by commas
        who = NAME_BETWEEN_DASHES.matcher(who).replaceFirst(", $1,");
        if (who.indexOf(',') < 0) {
            who = ANONYMOUSLY.matcher(who).replaceFirst("");
        }
        Matcher clause = CLAUSE_BEFORE.matcher(who);
        if (clause.lookingAt()) {
            // "Адміністрація оголосила евакуацію, а начальник ОВА X": the clause before says nothing of who speaks
            who = who.substring(clause.end());
        }
        Matcher pseudonym = PSEUDONYM.matcher(who);
        if (pseudonym.find()) {
            // "Свідок під псевдонімом «Сокіл»": the witness by that name, what stands before it the role
            String role = who.substring(0, pseudonym.start()).strip();
            return Speaker.person(pseudonym.group("name") != null ? pseudonym.group("name").strip()
                    : pseudonym.group("code"), role.isEmpty() ? null : role);
        }
        Matcher changed = NAME_CHANGED.matcher(who.strip());
        if (changed.matches()) {
            // "— рассказала Назира (имя изменено)": a person by the name the article gives her
            return Speaker.person(changed.group("name"), null);
        }
        Matcher fromPlace = NAME_FROM_PLACE.matcher(who.strip());
        if (!genitive && fromPlace.matches()) {
            // "— каже Світлана Коваль з Дніпра": where someone is from, after the name, is the role
            return Speaker.person(fromPlace.group("name"), fromPlace.group("from"));
        }
        String lower = who.toLowerCase(Locale.ROOT);
        if (isPronoun(who, genitive)) {
            // "он добавил", "По её словам": the person named last, unless what they are known by says the other sex
            // ("— сказала она" after a man was named, of the woman named before him)
            // (no one at all when everyone named is known to be of the other sex: "по его словам" after women only)
            return referredTo(known, CyrillicPeople.ofPronoun(who), null).map(k -> Speaker.person(k.name(), null))
                    .orElse(null);
        }
        // ("По словам парня": the genitive alone, too)
        Optional<CyrillicPeople.BackReference> backReference = known.isEmpty() ? Optional.empty()
                : genitive ? CyrillicPeople.backReferenceInGenitive(who) : CyrillicPeople.backReference(who);
        if (backReference.isPresent()) {
            // "Её внучка Айзада помогает ...", then "— призналась девочка": a noun that says no more than a woman or a
            // man, and maybe how old, refers back as a pronoun would, to the last person it may be
            Optional<Known> referred = referredTo(known, Optional.of(backReference.get().sex()),
                    backReference.get().young());
            if (referred.isPresent()) {
                return Speaker.person(referred.get().name(), null);
            }
        }
        String[] words = SPACES.split(who);
        if (words.length == 1 && OFFICIALS.contains(lower) && !known.isEmpty()
                && holdsAnOffice(known.get(known.size() - 1).role())) {
            // "По словам чиновника", "— сказал чиновник": the person last named in an office
            return Speaker.person(known.get(known.size() - 1).name(), null);
        }
        if (words.length == 1 && !known.isEmpty()) {
            // "— пояснил эксперт" after "Экономист Алишер Мирзоев": the person last named, when their role is an
            // expert's
            Known last = known.get(known.size() - 1);
            if (last.role() != null && EXPERTS.contains(lower) && java.util.Arrays.stream(SPACES.split(last.role()))
                    .map(CyrillicQuoteExtractor::lowerCase)
                    .anyMatch(w -> EXPERT_ENDING.matcher(w).find() || EXPERT_ROLES.contains(w))) {
                return Speaker.person(last.name(), null);
            }
            // "— усміхається майстер" after "Гончар Михайло Китриш": a master of a craft, when the person named last
            // is known by a trade, or by no role ("Роман Ткачук виготовляє ключі ...", where what he does is said
            // otherwise)
            Known craftsman = known.get(known.size() - 1);
            if (MASTERS.contains(lower) && (isTrade(craftsman.role()) || craftsman.role() == null
                    && CyrillicPeople.fits(craftsman.name(), null, Optional.of(WOMEN_MASTERS.contains(lower)
                    ? CyrillicPeople.Sex.WOMAN : CyrillicPeople.Sex.MAN), null))) {
                return Speaker.person(craftsman.name(), null);
            }
            // "— добавил гидролог" after "Гидролог Виктор Ким", "— додала листоноша" after others were named since
            // "Листоноша Галина Бондар": the last person named whose role has the word
            // "— добавляет врач" after "Детский стоматолог X": a doctor, when the person named last practises medicine
            Known latest = known.get(known.size() - 1);
            if (DOCTORS.contains(lower) && latest.role() != null && java.util.Arrays.stream(
                    ROLE_WORD_BREAK.split(latest.role())).map(CyrillicQuoteExtractor::lowerCase).anyMatch(
                    w -> MEDICAL.contains(w) || DOCTORS.contains(w))) {
                return Speaker.person(latest.name(), null);
            }
            // "— возмущается фермер" after "Бахчевод X": a farmer, when the person named last grows or breeds
            // something by the compound's ending ("экскурсовод" guides, so it is not one)
            if (FARMERS.contains(lower) && latest.role() != null && java.util.Arrays.stream(
                    ROLE_WORD_BREAK.split(latest.role())).map(CyrillicQuoteExtractor::lowerCase).anyMatch(
                    w -> GROWER.matcher(w).find() && !w.contains("кскурс"))) {
                return Speaker.person(latest.name(), null);
            }
            // ("— пояснює рятувальник" after "начальник ... пошуково-рятувального поста X": a word of the role, or a
            // part of one joined by a hyphen, with the noun's stem)
            String stem = lower.length() >= 9 ? lower.substring(0, lower.length() - 3) : null;
            for (int i = known.size() - 1; i >= 0; i--) {
                String role = known.get(i).role();
                if (role != null && java.util.Arrays.stream(ROLE_WORD_BREAK.split(role))
                        .map(w -> lowerCase(TRAILING_COMMA.matcher(w).replaceFirst("")))
                        .anyMatch(w -> w.equals(lower) || stem != null && w.startsWith(stem))) {
                    return Speaker.person(known.get(i).name(), null);
                }
            }
        }
        int comma = who.indexOf(',');
        // "Представитель Министерства труда, миграции и занятости населения Таджикистана Шамсиддин Каримов": the
        // commas of a body's name listing what it does, the person's name after them
        Matcher endsInName = FULL_NAME.matcher(who);
        MatchResult lastName = endsInName.results().reduce((a, b) -> b).orElse(null);
        if (comma > 0 && lastName != null && lastName.start() > comma && lastName.end() == who.strip().length()
                && Character.isLowerCase(who.substring(comma + 1).strip().charAt(0))
                // ("Его брат, пятнадцатилетний Эрлан Осмонов": an age, not a body's field, after the comma)
                && !AGE_WORD.matcher(SPACES.split(who.substring(comma + 1).strip())[0]).matches()
                && SURNAME.matcher(lastWord(lastName.group(1))).matches()
                && FULL_NAME.matcher(who.substring(0, comma)).results()
                .noneMatch(run -> SURNAME.matcher(lastWord(run.group(1))).matches())) {
            comma = -1;
        }
        String described = comma < 0 ? who : who.substring(0, comma).strip();
        // what stands after the name's comma: "Айгерим Сатпаева, мать троих детей"
        String after = comma < 0 ? "" : TRAILING_COMMA.matcher(who.substring(comma + 1).strip()).replaceFirst("");
        String[] clauses = comma > 0 ? COMMA_SPACE.split(who.strip()) : null;
        if (!genitive && clauses != null && clauses.length == 3
                && (WITHHOLDS_NAME.matcher(clauses[1]).find() || GIVEN_NAME_ONLY.matcher(clauses[1]).find())
                && isCapitalisedWord(TRAILING_COMMA.matcher(clauses[2]).replaceFirst(""))) {
            // "Один из них, попросивший не называть его фамилию, Фаррух,", "Пенсионерка, назвавшая только свое имя,
            // Нина,": who, why only a given name is printed, then the name; "one of them" says nothing of the person
            String[] whoWords = SPACES.split(clauses[0]);
            boolean ofThem = whoWords.length == 3 && grammar.oneOf().contains(lowerCase(whoWords[0]))
                    && grammar.of().contains(whoWords[1]) && THEM.contains(lowerCase(whoWords[2]));
            return Speaker.person(TRAILING_COMMA.matcher(clauses[2]).replaceFirst(""), ofThem ? null : clauses[0]);
        }
        if (!genitive && clauses != null && clauses.length == 2) {
            // "Женщина, представившаяся Айгуль,": the name the person gave, the description the role
            String apposed = TRAILING_COMMA.matcher(clauses[1]).replaceFirst("");
            Matcher gave = GAVE_NAME.matcher(apposed);
            if (gave.matches()) {
                return Speaker.person(nominativeOfInstrumental(gave.group("name")), clauses[0]);
            }
            Matcher relation = OWN_RELATION.matcher(apposed);
            boolean kindOfPerson = describesAPerson(List.of(SPACES.split(apposed, 2)[0]));
            if ((relation.matches() || kindOfPerson) && isCapitalisedWord(clauses[0])) {
                // "Соломія, її онука,", "Фаридун, пациент больницы в Вахдате,": a given name, then whom the person is
                // to someone named before, or what the person is
                return Speaker.person(clauses[0], apposed);
            }
            String before = clauses[0].strip();
            // ("Лидер фан-движения, 29-летний программист X": an age before what the person does is no role)
            String apart = withoutAge(apposed.strip());
            // "Його побратим, барбер Денис,": whose relation, set apart before what the person does and a given name
            Matcher own = OWN_RELATION.matcher(lowerCase(before));
            String[] doingAndName = SPACES.split(apart);
            // ("Її колега, скрипаль Тарас,": a trade the lists lack, before a given name the lists know; "Его
            // напарник, гравер Азамат,": whose fellow, by a noun of a person's ending, as a relation is)
            if (own.matches() && (RELATIONS.contains(own.group(1))
                    || PERSON_NOUN_ENDING.matcher(own.group(1)).find()) && doingAndName.length == 2
                    && Character.isLowerCase(doingAndName[0].charAt(0)) && isCapitalisedWord(doingAndName[1])
                    && (isOccupation(doingAndName[0]) || CyrillicPeople.of(doingAndName[1], null).isPresent())) {
                return Speaker.person(doingAndName[1], before + ", " + doingAndName[0]);
            }
            // "Его ученик, 17-летний Эрлан,", "Сын кузнеца, пятнадцатилетний Эрлан Осмонов,", "Його син, Тарас,": whose
            // relation, or what the person does, set apart before the name, an age maybe before it (no role)
            Speaker relativeApart = nameSetApartAfterRelation(before, apart);
            if (relativeApart != null) {
                return relativeApart;
            }
            // "Постоянная посетительница бани, учительница на пенсии Валентина Петровна": who the person is, set apart
            // before what they do and their full name
            MatchResult closing = FULL_NAME.matcher(apart).results().reduce((a, b) -> b).orElse(null);
            String doing = closing == null ? "" : apart.substring(0, closing.start()).strip();
            List<String> describedWords = List.of(SPACES.split(before));
            if (closing != null && closing.end() == apart.length() && !doing.isEmpty()
                    && Character.isLowerCase(doing.charAt(0)) && isOccupation(SPACES.split(doing)[0])
                    && Character.isUpperCase(before.charAt(0))
                    && (describesAPerson(describedWords) || describedWords.stream()
                    .anyMatch(w -> PERSON_NOUN_ENDING.matcher(lowerCase(w)).find()))) {
                return Speaker.person(closing.group(1), before + ", " + doing);
            }
        }
        // "Сотрудник хукумата, попросивший не называть его имени,": whoever it is, the clause makes it anonymous
        boolean surnameWithheld = comma > 0 && !genitive && WITHHOLDS_SURNAME.matcher(who.substring(comma)).find();
        if (comma > 0 && WITHHOLDS_NAME.matcher(who.substring(comma)).find()
                && (!namesAPerson(described) || surnameWithheld)) {
            // "Волонтер фонду «Рідний край» Максим, який попросив не називати його прізвища": only the surname is
            // withheld, so the capitalised word is a given name ("мешканка Бахчисарая, яка попросила не називати її
            // імені" names a place), even after a place's name ("Мешканка Салтівки Людмила": no name and surname)
            Speaker givenName = surnameWithheld ? givenNameAfterDescription(described) : null;
            if (givenName != null) {
                return givenName;
            }
            if (!namesAPerson(described)) {
                // "Военный, служащий на заставе ..., попросил не называть его имени": a participle's clause before the
                // one that withholds the name says who the source is, and stays in the description
                String second = clauses != null && clauses.length > 2 ? clauses[1] : "";
                boolean describing = PARTICIPLE_CLAUSE.matcher(second + " ").lookingAt()
                        && !WITHHOLDS_NAME.matcher(second).find();
                return anonymous(describing ? described + ", " + second : described);
            }
        }
        if (genitive && words.length > 2 && ONE_OF_GENITIVE.containsKey(lowerCase(words[0]))
                && grammar.of().contains(words[1])) {
            // "по словам одного из организаторов протеста": one of a group, named by the group, in the nominative
            return anonymous(ONE_OF_GENITIVE.get(lowerCase(words[0])) + who.substring(words[0].length()));
        }
        Speaker relative = genitive ? relativeByGivenName(words) : null;
        if (relative != null) {
            return relative; // "По словам его соседа Хуршеда": who he is to someone, then his given name
        }
        if (genitive && words.length == 1 && ACRONYM.matcher(words[0]).matches()) {
            return new Speaker(words[0], SourceKind.ORGANISATION, null); // "По информации МВД"
        }
        if (genitive && LATIN_NAME.matcher(who.strip()).matches()) {
            return new Speaker(who.strip(), SourceKind.ORGANISATION, null); // "По данным Human Rights Watch"
        }
        Matcher guillemetsAlone = GUILLEMETS_ALONE.matcher(who.strip());
        if (guillemetsAlone.matches()) {
            // "По данным «Казахтелекома»", "За даними «Укренерго»", "«Укрзалізниця» повідомила": a body by its name
            // alone, in the nominative
            String name = guillemetsAlone.group(1).strip();
            if (known.stream().anyMatch(k -> k.name().equals(name))) {
                return Speaker.person(name, null); // "«Сокіл» каже" after "військовий з позивним «Сокіл»": a call sign
            }
            return new Speaker(genitive ? nominativeOfGenitiveName(name) : name, SourceKind.ORGANISATION, null);
        }
        String nominative = genitive && comma < 0 ? nominativeRole(described) : described;
        if (!nominative.equals(described) && nominative.indexOf(' ') > 0 && !namesAPerson(who)
                && opensWithPersonNoun(SPACES.split(nominative))) {
            // "По словам представителя миссии", "По словам директора театра", "главного врача больницы": an unnamed
            // source in the genitive, described by an office or a trade and whose it is ("По словам чиновника", a
            // noun alone, refers back to someone named)
            return anonymous(nominative);
        }
        if (genitive && !namesAPerson(who) && (java.util.Arrays.stream(words).limit(4).anyMatch(this::isOrganisationHead)
                || isNamedGroup(words))) {
            // "По данным Всемирного банка": a body's name in the genitive, given in the nominative (three adjectives
            // may come first: "За даними Полтавської обласної військової адміністрації"); "По данным организации
            // «...»": the name in guillemets
            Matcher named = GUILLEMETS.matcher(who);
            return new Speaker(named.find() ? named.group(1).strip() : nominativeBody(who), SourceKind.ORGANISATION,
                    null);
        }
        String[] bodyWords = SPACES.split(described);
        if (!genitive && comma > 0 && isOrganisation(bodyWords) && !personOfBody(described, bodyWords)
                && BODY_CLAUSE.matcher(after).lookingAt()) {
            // "Всемирный банк, финансирующий оценку проекта,": a body, then a clause about what it does
            return new Speaker(described, SourceKind.ORGANISATION, null);
        }
        boolean personOfBody = personOfBody(who, words);
        if (!genitive && isOrganisation(words) && !personOfBody) {
            // "Предприятие «Душанбеводоканал»": a body's kind, then its name; "пресс-служба «Озенмунайгаза»" is the
            // press service of what the guillemets name, and all of it speaks
            Matcher named = GUILLEMETS.matcher(who);
            return new Speaker(named.find() && !SPEAKING_PARTS.contains(lowerCase(words[0])) ? named.group(1).strip()
                    : who, SourceKind.ORGANISATION, null);
        }
        String[] describedWords = SPACES.split(described);
        if (!genitive && describedWords.length >= 2 && isCapitalisedWord(after)
                && (RELATIONS.contains(lowerCase(describedWords[0])) || Character.isLowerCase(described.charAt(0))
                && describesAPerson(java.util.Arrays.asList(describedWords)))) {
            // "Мать Сухроба, Гулчехра,": whose relation, then her given name; "ещё одна продавщица, Дильноза": what
            // she is, then her given name
            return Speaker.person(after, described);
        }
        if (!genitive && describedWords.length >= 2 && clauses != null && clauses.length == 2 && isFullName(after)
                && (RELATIONS.contains(lowerCase(describedWords[0]))
                || isOccupation(lowerCase(describedWords[0])))) {
            // "Отец одного из задержанных, Бакыт Асанов,", "Адвокат задержанного, Замира Жолдошева,": whose relation
            // or what the person does, set apart before the full name
            return Speaker.person(after, described);
        }
        if (!genitive && describedWords.length > 2 && grammar.oneOf().contains(lowerCase(describedWords[0]))
                && grammar.of().contains(describedWords[1])
                && (FULL_NAME.matcher(after).matches() || isCapitalisedWord(after))) {
            // "одна з організаторок, Ганна Левченко", "Одна з матерів, Оксана,": one of a group, then her name
            return Speaker.person(after, described);
        }
        String[] tradeAndName = SPACES.split(after);
        if (!genitive && (describedWords.length > 2 && grammar.oneOf().contains(lowerCase(describedWords[0]))
                && grammar.of().contains(describedWords[1])
                || describedWords.length >= 2 && RELATIONS.contains(lowerCase(describedWords[0]))
                || describedWords.length == 2 && POSSESSIVE_PRONOUNS.contains(lowerCase(describedWords[0]))
                && RELATIONS.contains(lowerCase(describedWords[1])))
                && tradeAndName.length == 2 && Character.isLowerCase(tradeAndName[0].charAt(0))
                && (isOccupation(tradeAndName[0]) || TRADE_ENDING.matcher(tradeAndName[0]).find()
                || PERSON_NOUN_ENDING.matcher(tradeAndName[0]).find())
                && isCapitalisedWord(tradeAndName[1])) {
            // "Одна из учениц, бухгалтер Наргиза,": one of a group, then what she does and her given name; "Отец одного
            // из её учеников, таксист Бакыт,", "Его сосед, кузнец Талант,": whose relation, then the same (a full
            // name there is read as any is)
            return Speaker.person(tradeAndName[1], described + ", " + tradeAndName[0]);
        }
        if (!genitive && words.length > 2 && grammar.oneOf().contains(words[0].toLowerCase(Locale.ROOT))
                && grammar.of().contains(words[1]) && !SURNAME.matcher(words[words.length - 1]).matches()) {
            // "Один из депутатов Жогорку Кенеша": one of a group, named by the group ("Один из организаторов
            // акции Марат Абдиев" ends in a surname, and is him)
            return anonymous(described);
        }
        // the name comes last: "Глава Миграционной службы Рустам Назаров" is Рустам Назаров, in that role ("Студентка
        // Хорогского университета": capitalised words ending in an adjective before its noun name no one)
        // ("парох церкви Святого Миколая отець Іван": a church's saint names the church, not the priest)
        List<MatchResult> runs = FULL_NAME.matcher(described).results()
                .filter(run -> !SAINT.matcher(run.group(1)).lookingAt())
                .filter(run -> !(run.end() < described.length() - 1
                        && Character.isLowerCase(described.charAt(run.end() + 1))
                        && GENITIVE_ADJECTIVE.matcher(lastWord(run.group(1))).find()))
                .toList();
        MatchResult name = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        String beforeName = name == null ? "" : described.substring(0, name.start()).strip();
        if (name != null && runs.size() > 1 && nameWords(name.group(1)).size() == 2
                && grammar.placeWords().contains(lowerCase(lastWord(beforeName)))
                // but in "Аким Мангистауской области Нурлан Ногаев" the run before the place word is its adjective
                && described.substring(runs.get(runs.size() - 2).end(), name.start()).strip().contains(" ")) {
            // "пенсионерка Галина Петренко из села Мала Токмачка": two words after a word of place name the place;
            // the person is named before it
            name = runs.get(runs.size() - 2);
        }
        if (name != null) {
            List<String> nameWords = nameWords(name.group(1));
            StringBuilder role = new StringBuilder(described.substring(0, name.start()).strip());
            // "Экономист Шавкат Рахимов": the occupation that opens the sentence is the role, not a name
            while (nameWords.size() > 1 && isOccupationCompound(lowerCase(nameWords.get(0)))) {
                role.append(role.length() == 0 ? "" : " ").append(nameWords.remove(0));
            }
            // "Сировар Петро Ковач": a trade the lists lack, by its ending, before a given name and a surname
            if (nameWords.size() == 3 && role.length() == 0 && name.start() == 0
                    && TRADE_ENDING.matcher(lowerCase(nameWords.get(0))).find()) {
                role.append(nameWords.remove(0));
            }
            // "Обвиняемая Ольга Бондар", "Обвинувачений Микола Довгань": a participle made a noun of a person, before
            // a given name and a surname (not a given name, a father's name and a surname: "Светлана Ивановна
            // Петрова", nor a surname, a given name and a father's name: "Заречная Ольга Петровна")
            if (nameWords.size() == 3 && role.length() == 0 && name.start() == 0
                    && PARTICIPLE_NOUN.matcher(lowerCase(nameWords.get(0))).find()
                    && nameWords.stream().noneMatch(w -> PATRONYMIC.matcher(w).matches())) {
                role.append(nameWords.remove(0));
            }
            // "Чабан Мирлан Асанбек уулу": a name with a father's name and its particle is a given name and that one;
            // what stands before them says what the person is
            while (nameWords.size() > 2 && ENDS_IN_PARTICLE.matcher(nameWords.get(nameWords.size() - 1)).find()) {
                role.append(role.length() == 0 ? "" : " ").append(nameWords.remove(0));
            }
            // "Пятнадцатилетний Эрлан": an age, then a given name, is the person, of no role
            boolean aged = nameWords.size() == 2 && role.length() == 0 && name.start() == 0
                    && AGE_WORD.matcher(nameWords.get(0)).matches();
            if (aged) {
                nameWords.remove(0);
            }
            // "Двадцатисемилетний Фаррух Саидов", "Местный фермер ...": three words opening the sentence, the first an
            // adjective, the last a surname: the adjective describes the person (an age is no role)
            if (opens && name.start() == 0 && nameWords.size() == 3 && !PATRONYMIC.matcher(nameWords.get(1)).matches()
                    && (ADJECTIVE_FIRST.matcher(lowerCase(nameWords.get(0))).find()
                    // "Сімдесятирічна Галина Кравець": an age in the feminine ends as a given name may
                    || AGE.matcher(lowerCase(nameWords.get(0))).find())
                    && SURNAME.matcher(nameWords.get(2)).matches()) {
                String adjective = nameWords.remove(0);
                if (!AGE.matcher(lowerCase(adjective)).find()) {
                    role.append(role.length() == 0 ? "" : " ").append(adjective);
                }
            }
            // "Хоким Ташкента Шавкат Умурзаков": four capitalised words opening the sentence, none a patronymic, the second
            // in the genitive and the last a surname, are an office of a place and the person holding it (a title
            // such as "хоким" or "аким" is also a given name, so it is known by where it stands, not by a list)
            if (opens && name.start() == 0 && role.length() == 0 && nameWords.size() == 4
                    && nameWords.stream().noneMatch(w -> PATRONYMIC.matcher(w).matches())
                    && lowerCase(nameWords.get(1)).matches(".*[аяыи]") && SURNAME.matcher(nameWords.get(3)).matches()) {
                role.append(nameWords.remove(0)).append(' ').append(nameWords.remove(0));
            }
            // "Глядачка Наталя", "Зрительница Наталья": of two words opening the sentence, the first, ending as nouns of
            // persons do and longer than the given names that end so ("Ганка", "Зірка"; "Вероніка" ends otherwise),
            // says what the person is, and the second is the given name
            // ("Пчеловод Талант": a trade by its ending too, before a word that is no surname by its shape, as the
            // given name "Бахтовар" ends as a trade does before "Сафаров")
            if (opens && name.start() == 0 && role.length() == 0 && nameWords.size() == 2
                    && nameWords.get(0).length() >= 6 && (PERSON_NOUN_ENDING.matcher(lowerCase(nameWords.get(0))).find()
                    || TRADE_ENDING.matcher(lowerCase(nameWords.get(0))).find()
                    && !SURNAME.matcher(nameWords.get(1)).matches())
                    && !lowerCase(nameWords.get(0)).matches(".*[иі]ка")) {
                role.append(nameWords.remove(0));
            }
            // "Закройщица Валентина Петровна Соколова", "Пасажир Микола Петрович": of words opening the sentence with a
            // patronymic third, after a given name, the first says what the person is, whatever the noun: of four, as a
            // name is three words at most; of three, unless it is a surname (as official lists put it first:
            // "Соколова Валентина Петровна")
            if (opens && name.start() == 0 && role.length() == 0 && (nameWords.size() == 4
                    || nameWords.size() == 3 && !SURNAME.matcher(nameWords.get(0)).matches())
                    && PATRONYMIC.matcher(nameWords.get(2)).matches() && !PATRONYMIC.matcher(nameWords.get(1)).matches()) {
                role.append(nameWords.remove(0));
            }
            // "Гидролог Тетяна Коваленко": three words opening the sentence, none a patronymic, the first a noun of
            // what someone does by its ending, are that noun and a name
            if (opens && name.start() == 0 && nameWords.size() == 3
                    && nameWords.stream().noneMatch(w -> PATRONYMIC.matcher(w).matches())
                    && PERSON_NOUN_ENDING.matcher(lowerCase(nameWords.get(0))).find()) {
                // (after an office the rule above took, "Глава Нацбанка": the word joins the role with its space)
                role.append(role.length() == 0 ? "" : " ").append(nameWords.remove(0));
            }
            // "фермер із Білгорода-Дністровського Василь Ткачук", "жительница района Сино Малохат Саидова": after a
            // word of place the run opens with the place's name; the person is its last two words (three with a
            // patronymic), and the place stays in the role
            if (nameWords.size() > 2 && grammar.placeWords().contains(lowerCase(lastWord(role.toString())))) {
                int kept = nameWords.size() > 3 && PATRONYMIC.matcher(nameWords.get(nameWords.size() - 2)).matches()
                        ? 3 : 2;
                while (nameWords.size() > kept) {
                    role.append(' ').append(nameWords.remove(0));
                }
            }
            // "Мешканка села Степногірськ Валентина": after a word of place, two words, the first ending as a town's
            // name does and the second a given name, are the place and the name
            if (nameWords.size() == 2 && grammar.placeWords().contains(lowerCase(lastWord(role.toString())))
                    && TOWN_ENDING.matcher(lowerCase(nameWords.get(0))).find()
                    && CyrillicPeople.of(nameWords.get(1), null).isPresent()) {
                role.append(' ').append(nameWords.remove(0));
            }
            // "житель Баткена Улан": after a word for a man who lives in or comes from a place, of two words the first,
            // in the genitive and followed by no surname, is the place and the second a given name; after a woman's
            // ("жительница Оша Айгуль") only when the second is no short surname and does not end as a woman's name
            // may ("жительница Гульнара Ли", "мешканка Олена Бондаренко" are names)
            if (nameWords.size() == 2 && !SURNAME.matcher(nameWords.get(1)).matches()
                    && GENITIVE_OF_PLACE.matcher(nameWords.get(0)).find()) {
                String resident = lowerCase(lastWord(role.toString()));
                if (MALE_RESIDENT.matcher(resident).matches() || FEMALE_RESIDENT.matcher(resident).matches()
                        && nameWords.get(1).length() >= 4 && !VOWEL_A.matcher(nameWords.get(1)).find()) {
                    role.append(' ').append(nameWords.remove(0));
                }
            }
            // "учительница из Ферганы Мохира": right after "из" the first capitalised word is a place, so of two words
            // the second is a given name ("из Нижнего Новгорода", an adjective first, is a place of two words)
            if (nameWords.size() == 2 && grammar.of().contains(lastWord(role.toString()))) {
                if (ADJECTIVE_IN_AN_OBLIQUE_CASE.matcher(lowerCase(nameWords.get(0))).find()) {
                    return genitive ? null : anonymous(described); // "Учительница из Нижнего Новгорода": no name
                }
                role.append(' ').append(nameWords.remove(0));
            }
            // "депутат Жогорку Кенеша Кубанычбек Исабеков": after what someone is, four capitalised words or more are
            // a body's name in the genitive, which stays in the role, and the person's two (three with a patronymic)
            // ("Мэр Харькова Игорь Терехов": three words, the first in the genitive, after an occupation)
            // ("Депутат маслихата Алматы Сергей Мельник": after a noun in the genitive, its own genitive first, whatever
            // the surname's ending)
            boolean placeThenName = nameWords.size() == 3 && role.length() > 0
                    && (lowerCase(nameWords.get(0)).matches(".*[аяыи]")
                    // a surname, or one made of an adjective ("Садовий", "Толстой")
                    && (SURNAME.matcher(nameWords.get(2)).matches() || ADJECTIVE_FIRST.matcher(nameWords.get(2)).find()
                    // "Гидролог Казгидромета Виктор Ким": after what someone does, whatever the surname's ending
                    || isOccupation(lastWord(role.toString())))
                    || afterGenitiveNoun(role.toString())
                    // "Министр иностранных дел Абхазии Сергей Шамба": an office, its field, then the place
                    || isOccupation(lowerCase(SPACES.split(role.toString())[0]))
                    // "голови асоціації фермерів Херсонщини Петра Гуцала": the same in the genitive
                    || genitive && opensWithOffice(nominativeRoleBeforeName(role.toString())))
                    && !PATRONYMIC.matcher(nameWords.get(1)).matches();
            // ("Депутат Жогорку Кенеша Исхак Масалиев": the occupation opens the sentence, so it is capitalised)
            if (placeThenName || nameWords.size() >= 4 && role.length() > 0 && (Character.isLowerCase(role.charAt(0))
                    || isOccupation(lowerCase(lastWord(role.toString()))))) {
                int kept = PATRONYMIC.matcher(nameWords.get(nameWords.size() - 2)).matches() ? 3 : 2;
                while (nameWords.size() > kept) {
                    role.append(' ').append(nameWords.remove(0));
                }
            }
            String named = String.join(" ", nameWords);
            if (genitive) {
                String nominativeRole = nominativeRoleBeforeName(role.toString());
                boolean woman = !nominativeRole.isEmpty()
                        && WOMANS_ROLE.matcher(lowerCase(SPACES.split(nominativeRole)[0])).find();
                // "правозащитницы Арды Ашуба": a woman's surname in "-а" is no man's genitive; it does not decline
                named = woman && VOWEL_A.matcher(lastWord(named)).find() && nameWords.size() == 2
                        ? nominativeGivenName(nameWords.get(0), true) + " " + nameWords.get(1)
                        : ukrainianNominative(nominative(named));
                role.setLength(0);
                role.append(nominativeRole);
            }
            // "34-річний Андрій Гуменюк, який втратив ногу": an age before the name says no more than an age after it;
            // before what the person is, it is left out of the role ("38-летняя учительница X"), but "многолетний"
            // (long-serving) is no age
            if (role.length() > 0) {
                role.replace(0, role.length(), withoutAge(role.toString()));
            }
            // "Айгерим Сатпаева, мать троих детей": who she is, after her name
            if (role.length() == 0 && !after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
                role.append(after);
            } else if (role.length() > 0 && !after.isEmpty() && Character.isLowerCase(after.charAt(0))
                    && saysWhatAPersonIs(nounAfterAdjectives(SPACES.split(after)))
                    && !RELATIVE_PRONOUN.matcher(after + " ").find()) {
                // "Эколог Ерлан Беков, руководитель фонда «Чистый воздух»", "глава дружины X, бывший тракторист":
                // what the person does before the name and what they are after it, both (a clause about them after
                // it says no more)
                role.append(", ").append(after);
            }
            Known earlier = earlier(lastWord(named), known);
            if (earlier != null && nameWords.size() == 1) {
                return Speaker.person(earlier.name(), role.toString());
            }
            if (nameWords.size() == 1 && role.length() > 0 && !genitive && holdsAnOffice(role.toString())) {
                // "Мэр Бишкека", "Аким Алматы": an office and its place, which name nobody (an office holder is
                // named in full)
                return anonymous(described);
            }
            if (nameWords.size() == 1 && role.length() > 0) {
                return Speaker.person(named, role.toString()); // "Пенсионер Калыбек": a given name after an occupation
            }
            return nameWords.size() > 1 || aged ? Speaker.person(named, role.length() == 0 ? null : role.toString())
                    : null;
        }
        Speaker givenName = genitive ? null : givenNameAfterDescription(described);
        if (givenName != null && givenName.kind() == SourceKind.PERSON && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0)) && saysWhatAPersonIs(nounAfterAdjectives(SPACES.split(after)))
                && !RELATIVE_PRONOUN.matcher(after + " ").find()) {
            // "Его напарник Дима, студент автотранспортного колледжа,": what the person is after the given name joins
            // the relation or trade before it, as after a full name
            return Speaker.person(givenName.name(), givenName.role() + ", " + after);
        }
        if (givenName != null) {
            return givenName;
        }
        // "Фермер из Джизака", "Местный фермер", "Пожилая учительница": a kind of person, after an adjective or two
        int adjectives = 0;
        while (adjectives < 2 && adjectives < words.length - 1
                && ADJECTIVE_FIRST.matcher(lowerCase(words[adjectives])).find()) {
            adjectives++;
        }
        if (!genitive && grammar.anonymousNouns().contains(lowerCase(words[adjectives]))) {
            return anonymous(described);
        }
        if (!genitive && words.length > adjectives + 2 && listedOccupation(lowerCase(words[adjectives]))
                && DESCRIBING_PREPOSITIONS.contains(lowerCase(words[adjectives + 1]))) {
            // "Воспитательница со стажем в двадцать лет", "Вихователька з дитячого будинку": what someone does and
            // more said of them, a description of someone unnamed (what someone does alone may be someone named
            // before by it)
            return anonymous(described);
        }
        if (!genitive && adjectives == 0 && words.length >= 2 && words.length <= 4
                && OFFICE_NOUNS.contains(lowerCase(words[0]))
                && Arrays.stream(words).skip(1).allMatch(w -> Character.isLowerCase(w.charAt(0)))) {
            // "Аким айыльного округа сообщил IWPR, что ...": an office and whose it is, in lower case, and no name: an
            // unnamed source
            return anonymous(described);
        }
        // a single capitalised word: a surname given earlier (a sentence's first word alone is no name)
        Matcher word = CAPITALISED.matcher(who);
        String last = null;
        while (word.find()) {
            last = word.group();
        }
        Known earlier = last == null ? null : earlier(last, known);
        if (earlier != null) {
            return Speaker.person(earlier.name(), null);
        }
        // "Світлана, переселенка з Маріуполя": a given name alone, then who she is
        if (!genitive && !opens && isCapitalisedWord(described) && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0))) {
            return Speaker.person(described, after);
        }
        // "Айдана, 24 года, говорит": a capitalised word and an age set apart after it is a person by her given name,
        // opening the sentence too (an age is no role)
        if (!genitive && isCapitalisedWord(described) && AGE_SET_APART.matcher(after).matches()) {
            return Speaker.person(described, null);
        }
        // "— признаётся Жылдыз": after the words, a given name alone, known for one by the lists or by its ending
        if (!genitive && !opens && comma < 0 && isCapitalisedWord(who.strip()) && !isOrganisation(words)
                && !grammar.placeWords().contains(lower.strip()) && CyrillicPeople.of(who.strip(), null).isPresent()) {
            return Speaker.person(who.strip(), null);
        }
        return null;
    }

    /**
     * "Местная жительница Гулноза": what someone is, then a given name alone, the person named by it in that role
     * (not a place: "переселенка з Маріуполя"); null when the words are not so.
     */
    /**
     * "его соседа Хуршеда", "сестры Мадины": a relation in the genitive (after "его", "её" or "их", or not) and one
     * capitalised word, a given name: the person, named in the nominative, with the relation for role.
     */
    /**
     * Whose relation, or what the person does (with whose or of what, two words at most), then, set apart, the name,
     * an age maybe before it: the name, in that role.
     */
    private Speaker nameSetApartAfterRelation(String before, String apart) {
        List<String> named = new ArrayList<>(List.of(SPACES.split(apart)));
        if (named.size() > 1 && AGE_WORD.matcher(named.get(0)).matches()) {
            named.remove(0);
        }
        String name = String.join(" ", named);
        if (named.size() > 2 || !(named.size() == 1 ? isCapitalisedWord(name) : isFullName(name))) {
            return null;
        }
        String[] beforeWords = SPACES.split(before);
        Matcher own = OWN_RELATION.matcher(lowerCase(before));
        String relation = own.matches() ? own.group(1) : lowerCase(beforeWords[0]);
        boolean fits = (own.matches() || beforeWords.length <= 3 && Character.isUpperCase(before.charAt(0)))
                && (RELATIONS.contains(relation) || isOccupation(relation));
        return fits ? Speaker.person(name, before) : null;
    }

    private Speaker relativeByGivenName(String[] words) {
        int at = words.length == 3 && grammar.genitivePronouns().contains(words[0]) ? 1 : 0;
        if (words.length != at + 2 || !isCapitalisedWord(words[at + 1])) {
            return null;
        }
        String genitiveRelation = words[at];
        for (String relation : RELATIONS) {
            boolean feminine = relation.endsWith("а") || relation.endsWith("я") || relation.endsWith("ь")
                    || relation.equals("мати");
            List<String> genitives = relation.endsWith("ь") || relation.equals("мати")
                    ? List.of(relation.substring(0, relation.length() - 1) + "ери",
                            relation.substring(0, relation.length() - 1) + "ері",
                            relation.substring(0, relation.length() - 1) + "и")
                    : relation.endsWith("а") ? List.of(relation.substring(0, relation.length() - 1) + "ы",
                            relation.substring(0, relation.length() - 1) + "и")
                    : List.of(relation + "а");
            if (genitives.contains(genitiveRelation)) {
                String role = (at == 1 ? words[0] + " " : "") + relation;
                String given = nominativeGivenName(words[at + 1], feminine);
                return Speaker.person(feminine ? given : ukrainianNominative(given), role);
            }
        }
        return null;
    }

    /**
     * A role without the age that opens it ("38-летняя учительница" is "учительница"); "многолетний" and
     * "багаторічний" (long-serving) are no age.
     */
    private static String withoutAge(String role) {
        String bare = role.strip();
        String ageWord = bare.isEmpty() ? "" : lowerCase(SPACES.split(bare)[0]);
        if (AGE.matcher(ageWord).find() && !ageWord.startsWith("много") && !ageWord.startsWith("багато")) {
            return bare.substring(ageWord.length()).strip();
        }
        return role;
    }

    private Speaker givenNameAfterDescription(String described) {
        List<String> before = List.of(SPACES.split(described));
        // "Місцевий рибалка Микола": an adjective and a noun in lower case, whatever the noun, say what the person is
        boolean kindOfPerson = before.size() == 3 && Character.isLowerCase(before.get(1).charAt(0))
                && (ADJECTIVE_FIRST.matcher(lowerCase(before.get(0))).find()
                // "Её ученица Айжан": whose someone is, then a noun in lower case, whatever the noun, is a relation
                || OWN_RELATION.matcher(lowerCase(before.get(0) + " " + before.get(1))).matches())
                // "— каже оцінювач ломбарду на Соборному проспекті Денис": in lower case, a noun ending as nouns of
                // persons do opens what the person is, and of what and where
                || before.size() >= 2 && Character.isLowerCase(before.get(0).charAt(0))
                && PERSON_NOUN_ENDING.matcher(lowerCase(before.get(0))).find();
        String last = before.get(before.size() - 1);
        if (before.size() >= 2 && isCapitalisedWord(last)
                // ("Фермер із Марганця", "беженка из Степанакерта": where from, not a given name)
                && !PREPOSITIONS_BEFORE_PLACE.contains(lowerCase(before.get(before.size() - 2)))
                // (after a place's word, only a given name by the lists or a woman's by its ending: "жительница
                // микрорайона Светлана")
                && (!grammar.placeWords().contains(lowerCase(before.get(before.size() - 2)))
                || CyrillicPeople.isNominativeGivenName(last))
                && (describesAPerson(before.subList(0, before.size() - 1)) || kindOfPerson)) {
            // "38-річний пацієнт Віктор": the age left out of the role, as before a full name
            String role = withoutAge(String.join(" ", before.subList(0, before.size() - 1)));
            // "мэр Бишкека": an office and its place name nobody
            return holdsAnOffice(role) ? anonymous(described) : Speaker.person(before.get(before.size() - 1), role);
        }
        return null;
    }

    /**
     * A given name in the instrumental, as "назвавшийся" and "представився" take it, in the nominative: "Бахтияром" is
     * Бахтияр, "Сергеем" Сергей, "Оксаною" Оксана, "Марией" Мария, "Айгулью" Айгуль.
     */
    private static String nominativeOfInstrumental(String name) {
        for (String[] ending : INSTRUMENTAL_ENDINGS) {
            if (name.endsWith(ending[0]) && name.length() > ending[0].length() + 2) {
                return name.substring(0, name.length() - ending[0].length()) + ending[1];
            }
        }
        return name;
    }

    private static Speaker anonymous(String description) {
        return new Speaker(Character.toLowerCase(description.charAt(0)) + description.substring(1),
                SourceKind.ANONYMOUS, null);
    }

    /**
     * "Министерство труда", "Миграционная служба Таджикистана", "ГКНБ", "Human Rights Watch": a body's name, heading
     * the phrase.
     */
    private boolean isOrganisation(String[] words) {
        if (ACRONYM.matcher(words[0]).matches() || LATIN_NAME.matcher(String.join(" ", words)).matches()
                || words.length == 1 && COMPOUND_BODY.matcher(words[0]).matches()) {
            return true;
        }
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (isHeadNominative(lowerCase(words[i]))) {
                return true;
            }
        }
        // "Обласна військова адміністрація", "Одеська обласна військова адміністрація": adjectives before the head
        for (int h = 2; h < Math.min(4, words.length); h++) {
            if (isHeadNominative(lowerCase(words[h]))) {
                return java.util.Arrays.stream(words, 0, h).allMatch(w -> ADJECTIVE.matcher(lowerCase(w)).find());
            }
        }
        // "Українська природоохоронна група заявила": a group named by the words before its noun
        return isNamedGroup(words);
    }

    /**
     * A group named by the capitalised words before its noun: "Українська природоохоронна група", "Международной
     * кризисной группы"; not a group of people by whom it holds ("Група волонтерів", "ініціативна група мешканців").
     */
    private boolean isNamedGroup(String[] words) {
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        for (int i = 1; i < Math.min(words.length, 4); i++) {
            if (nominativesOfNoun(lowerCase(words[i])).stream().anyMatch(grammar.groupHeads()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A body's head, in the nominative or in a case that ends it otherwise ("банка", "министерства", "мэрии"). */
    private boolean isOrganisationHead(String word) {
        return nominativesOfNoun(lowerCase(word)).stream().anyMatch(this::isHeadNominative);
    }

    /**
     * Whether a word in the nominative and lower case heads a body's name: one the lexicon lists, or one made of it
     * with "state" before it, as the names of state agencies are: "госагентство", "госкомитет", and a compound that
     * ends in a listed head ("Держпродспоживслужба" ends in "служба").
     */
    private boolean isHeadNominative(String word) {
        if (grammar.organisationHeads().contains(word)) {
            return true;
        }
        String prefix = word.startsWith("гос") ? "гос" : word.startsWith("держ") ? "держ" : null;
        if (prefix == null || word.length() < prefix.length() + 5) {
            return false;
        }
        String rest = word.substring(prefix.length());
        return grammar.organisationHeads().stream().anyMatch(head -> head.length() >= 5 && rest.endsWith(head));
    }

    /**
     * The word, and the nominatives a noun in the genitive or the prepositional may have: банка, мэрии, службы,
     * лікарні, музеї, галереї, бібліотеці.
     */
    private static List<String> nominativesOfNoun(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        for (String[] plural : PLURAL_GENITIVES) {
            if (word.equals(plural[0])) {
                forms.add(plural[1]);
            }
        }
        for (String[] ending : new String[][] {{"ства", "ство"}, {"стве", "ство"}, {"стві", "ство"}, {"нии", "ние"},
                {"ния", "ние"},
                {"нні", "ння"}, {"ии", "ия"}, {"і", "а"}, {"і", "я"}, {"е", "а"},
                {"ії", "ія"}, {"еї", "ей"}, {"еї", "ея"}, {"ее", "ей"}, {"ці", "ка"},
                {"ы", "а"}, {"и", "а"}, {"и", "я"}, {"е", ""}, {"і", ""}, {"у", ""}, {"а", ""}}) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                forms.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
            }
        }
        return forms;
    }

    /**
     * A body's name given after "по данным" or "в" in the nominative: its head noun ("Всемирного банка" is
     * "Всемирный банк", "В министерстве труда" "министерство труда") and the adjectives before it; the words after
     * the head stay as they are (they are the genitive of the name itself).
     */
    private String nominativeBody(String phrase) {
        String[] words = SPACES.split(phrase.strip());
        for (int h = 0; h < Math.min(4, words.length); h++) {
            String head = lowerCase(words[h]);
            // a group's noun heads the name only after the adjectives that name it
            boolean afterAdjective = h > 0;
            String nominative = nominativesOfNoun(head).stream().filter(n -> isHeadNominative(n)
                    || afterAdjective && grammar.groupHeads().contains(n)).findFirst().orElse(null);
            if (nominative == null) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean neuter = NEUTER_NOUN.matcher(nominative).find();
            // "Повітряних сил ЗСУ" is Повітряні сили ЗСУ: a plural head ("сили", "силы"), whose adjectives are plural
            boolean plural = PLURAL_HEADS.contains(nominative);
            for (int i = 0; i < h; i++) {
                String adjective = plural ? pluralAdjective(words[i]) : nominativeAdjective(words[i]);
                name.append(neuter ? neuterAdjective(adjective) : adjective).append(' ');
            }
            name.append(sameCase(words[h], nominative));
            for (int i = h + 1; i < words.length; i++) {
                name.append(' ').append(words[i]);
            }
            return name.toString();
        }
        return phrase.strip();
    }

    /** An adjective in the plural's genitive in the plural's nominative: Повітряних → Повітряні, Военных → Военные. */
    private String pluralAdjective(String word) {
        if (grammar == UKRAINIAN) {
            return word.endsWith("их") ? word.substring(0, word.length() - 2) + "і" : word;
        }
        return word.endsWith("ых") ? word.substring(0, word.length() - 2) + "ые"
                : word.endsWith("их") ? word.substring(0, word.length() - 2) + "ие" : word;
    }

    /** An adjective in the genitive or prepositional in the nominative: Всемирного → Всемирный, Світового → Світовий. */
    private String nominativeAdjective(String word) {
        // "в городском совете", "городского совета": a masculine adjective stressed on its ending is "-ой" in the
        // nominative ("городской совет"), not "-ый"
        for (String stem : STRESSED_ADJECTIVE_STEMS) {
            if (grammar == RUSSIAN && word.toLowerCase(Locale.ROOT).startsWith(stem)
                    && (word.equals(word.substring(0, stem.length()) + "ом")
                    || word.equals(word.substring(0, stem.length()) + "ого"))) {
                return word.substring(0, stem.length()) + "ой";
            }
        }
        for (String[] ending : grammar.adjectiveNominatives()) {
            if (word.endsWith(ending[0])) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    /**
     * A masculine adjective in the neuter, as a neuter body's name needs it ("міське управління", "городское
     * управление"): Ukrainian "-ий" is "-е", "-ій" "-є"; Russian "-ский"/"-цкий" and "-ой" are "-ское"/"-цкое"/"-ое",
     * "-ый" "-ое", another "-ий" "-ее".
     */
    private String neuterAdjective(String adjective) {
        if (grammar == UKRAINIAN) {
            return adjective.endsWith("ий") ? adjective.substring(0, adjective.length() - 2) + "е"
                    : adjective.endsWith("ій") ? adjective.substring(0, adjective.length() - 2) + "є" : adjective;
        }
        if (adjective.endsWith("ский") || adjective.endsWith("цкий") || adjective.endsWith("ый")
                || adjective.endsWith("ой")) {
            return adjective.substring(0, adjective.length() - 2) + "ое";
        }
        return adjective.endsWith("ий") ? adjective.substring(0, adjective.length() - 2) + "ее" : adjective;
    }

    private static String sameCase(String written, String word) {
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }

    /**
     * The body whose words were found last, in this paragraph or the one before: whom "Там" ("there") refers to in
     * "У міській раді повідомили, що ... . Там наголосили, що ..."; null when the words found last were not a body's.
     */
    private static Speaker bodyJustBefore(List<Attribution> found, int p) {
        if (found.isEmpty()) {
            return null;
        }
        Attribution last = found.get(found.size() - 1);
        return last.sourceKind() == SourceKind.ORGANISATION && last.paragraph() >= p - 1
                ? new Speaker(last.source(), SourceKind.ORGANISATION, null) : null;
    }

    /**
     * The body of "В ОАО «Рогунская ГЭС» заявили": its name in guillemets, else its words in the nominative; the
     * part of a body that speaks for it, all of it ("в пресс-службе компании «Барки Точик»").
     */
    private Speaker bodyWhereSaid(String given) {
        // "У НСЗУ ж заявили": a particle of contrast after the body is no part of its name
        String who = CONTRAST_PARTICLE.matcher(given).replaceFirst("");
        Matcher named = GUILLEMETS.matcher(who);
        String first = SPACES.split(who.strip(), 2)[0];
        String part = nominativesOfNoun(lowerCase(first)).stream().filter(SPEAKING_PARTS::contains).findFirst()
                .orElse(null);
        String name = part != null ? sameCase(first, part) + who.strip().substring(first.length())
                : named.find() ? named.group(1).strip() : nominativeBody(who);
        if (part == null && !name.contains(" ")
                && (who.strip().startsWith("«") || COMPOUND_BODY.matcher(name).matches())) {
            name = nominativeOfLocativeName(name); // "В «Газпроме»" is Газпром's: no kind before it to agree with
        }
        Matcher declined = DECLINED_ACRONYM_LAST.matcher(who.strip());
        if (part == null && !named.find(0) && declined.matches()) {
            // "У Чернівецькому РАЦСі кажуть": an acronym with its case's ending, maybe after adjectives, names a
            // body, given in the nominative (Чернівецький РАЦС)
            StringBuilder nominative = new StringBuilder();
            for (String adjective : declined.group("before") == null || declined.group("before").isBlank() ? new String[0]
                    : SPACES.split(declined.group("before").strip())) {
                nominative.append(nominativeAdjective(adjective)).append(' ');
            }
            return new Speaker(nominative + declined.group("acronym"), SourceKind.ORGANISATION, null);
        }
        String[] words = SPACES.split(name);
        return named.find(0) || isOrganisation(words) || isOrganisationHead(words[0])
                ? new Speaker(name, SourceKind.ORGANISATION, null) : null;
    }

    /**
     * A one-word name in the locative in the nominative, as a company's name declines after "в"/"у" with no kind
     * before it: "Газпроме" is Газпром, "Нафтогазі" Нафтогаз, "Укрзалізниці" Укрзалізниця, "Ощадбанку" Ощадбанк; a
     * name that does not decline ("Укренерго") stays as it is. A consonant and "-е"/"-і" are read as a masculine
     * name's, as companies' names mostly are: a feminine one in "-а" ("в «Укрпошті»") comes out without its ending.
     */
    /**
     * A body's one-word name in the genitive, in the nominative, by its ending: "Казахтелекома" is Казахтелеком,
     * "Нафтогазу" Нафтогаз, "Укрзализницы" Укрзализница, "Укрзалізниці" Укрзалізниця, "Укрпошти" Укрпошта (a Russian
     * "Роснефти" Роснефть); a name ending as no genitive does ("Укренерго") stays, as does a name of several words.
     */
    private String nominativeOfGenitiveName(String name) {
        int n = name.length();
        if (n < 4 || name.indexOf(' ') > 0) {
            return name;
        }
        char before = name.charAt(n - 2);
        boolean consonant = isConsonant(before);
        char last = name.charAt(n - 1);
        if (!consonant) {
            return name;
        }
        return switch (last) {
            case 'а', 'у' -> name.substring(0, n - 1);
            case 'ы' -> name.substring(0, n - 1) + "а";
            case 'і' -> name.substring(0, n - 1) + ("цчжшщ".indexOf(before) >= 0 ? "я" : "а");
            case 'и' -> name.substring(0, n - 1) + (grammar == UKRAINIAN ? "а" : "ь");
            default -> name;
        };
    }

    /** Whether a letter is a Russian or Ukrainian consonant, which decides how a name's case ending comes off. */
    private static boolean isConsonant(char c) {
        return "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ".indexOf(c) < 0 && Character.isLetter(c);
    }

    private static String nominativeOfLocativeName(String name) {
        int n = name.length();
        if (n < 5) {
            return name;
        }
        char before = name.charAt(n - 2);
        boolean consonant = isConsonant(before);
        char last = name.charAt(n - 1);
        if (name.endsWith("ии")) {
            return name.substring(0, n - 1) + "я";
        }
        if (name.endsWith("ці")) {
            return name.substring(0, n - 1) + "я";
        }
        if (consonant && last == 'и') {
            return name.substring(0, n - 1) + "ь"; // "Роснефти" is Роснефть
        }
        if (consonant && (last == 'е' || last == 'і' || last == 'у')) {
            return name.substring(0, n - 1);
        }
        return name;
    }

    /**
     * Whether a role ends in a noun in the genitive after the noun of what someone is ("депутат маслихата", "жительница
     * микрорайона"), which capitalised words after it go on: a lower-case word ending as a genitive does, after
     * another word, that is neither an occupation nor a kind of person in the nominative ("пенсионерка").
     */
    private boolean afterGenitiveNoun(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        String word = lowerCase(last);
        return space > 0 && Character.isLowerCase(last.charAt(0)) && word.matches(".*[аяыиу]")
                && !grammar.occupations().contains(word) && !grammar.anonymousNouns().contains(word);
    }

    /**
     * Whether a word names what someone does: an occupation of the lexicon, or a noun of one by its ending
     * ("гидролог", "экономист"), after which a capitalised word in the genitive names where ("Гидролог Казгидромета
     * Виктор Ким").
     */
    /**
     * "начальник управління освіти міської ради Василь Ткач": an occupation, its body, then the person's name;
     * "командир відділення Андрій Ткаченко": any word that is no body's head, then a body's, then a full name.
     */
    private boolean personOfBody(String who, String[] words) {
        if (who.contains("«") || !namesAPerson(who)) {
            return false;
        }
        if (isOccupation(words[0])) {
            return true;
        }
        if (isOrganisationHead(words[0])) {
            return false;
        }
        for (int i = 1; i < words.length - 2; i++) {
            if (isOrganisationHead(words[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean isOccupation(String word) {
        String lower = lowerCase(word);
        return listedOccupation(lower) || EXPERT_ENDING.matcher(lower).find();
    }

    /**
     * Whether words open with a noun of a person, an adjective maybe before it: "представитель", "директор", "главный
     * врач".
     */
    private boolean opensWithPersonNoun(String[] words) {
        int noun = words.length > 2 && ADJECTIVE.matcher(lowerCase(words[0])).find() ? 1 : 0;
        String word = lowerCase(words[noun]);
        return grammar.anonymousNouns().contains(word) || listedOccupation(word) || OFFICE_NOUNS.contains(word);
    }

    /** Whether the lexicon lists the word, or the man's noun a woman's is made of with "-ка" ("ветеринарка"). */
    private boolean listedOccupation(String lower) {
        if (grammar.occupations().contains(lower) || lower.length() > 6 && lower.endsWith("ка")
                && grammar.occupations().contains(lower.substring(0, lower.length() - 2))) {
            return true;
        }
        // "велокур'єр", "автомеханик", "фотокорреспондент": a listed occupation after a combining prefix
        Matcher prefixed = COMBINING_PREFIX.matcher(lower);
        return prefixed.lookingAt() && lower.length() - prefixed.end() >= 4
                && listedOccupation(lower.substring(prefixed.end()));
    }

    /**
     * Whether a word is an occupation of the lexicon, or a compound ending in one: "премьер-министр", "вице-спикер",
     * "экс-депутат", "віце-прем'єр-міністр".
     */
    private boolean isOccupationCompound(String lower) {
        int hyphen = lower.lastIndexOf('-');
        return listedOccupation(lower)
                || hyphen > 0 && grammar.occupations().contains(lower.substring(hyphen + 1));
    }

    /** Whether a role's first word is an office's noun or an occupation: "голова асоціації", "директор школи". */
    private boolean opensWithOffice(String role) {
        String first = role.isEmpty() ? "" : lowerCase(SPACES.split(role)[0]);
        return OFFICE_NOUNS.contains(first) || isOccupation(first);
    }

    /** Whether a role names an office: one of its words is an office's noun. */
    /**
     * Whether a role has a trade, a craft's or a shop's, in it ("Гончар", "Її засновник, склодув"), and is not an
     * office nor a field of knowledge.
     */
    private boolean isTrade(String role) {
        if (role == null || holdsAnOffice(role)) {
            return false;
        }
        return java.util.Arrays.stream(ROLE_WORD_BREAK.split(role.strip()))
                .map(w -> lowerCase(TRAILING_COMMA.matcher(w).replaceFirst("")))
                .anyMatch(w -> !EXPERT_ENDING.matcher(w).find()
                        && (listedOccupation(w) || TRADE_ENDING.matcher(w).find()));
    }

    private static boolean holdsAnOffice(String role) {
        return role != null && java.util.Arrays.stream(SPACES.split(role)).map(CyrillicQuoteExtractor::lowerCase)
                .anyMatch(OFFICE_NOUNS::contains);
    }

    /**
     * Whether two or more capitalised words name a person: none of them is a body's head ("Представитель Комитета"),
     * and two of them are left after a kind of person that opens the sentence ("Мешканка Херсона" is where she lives).
     */
    private boolean namesAPerson(String described) {
        return FULL_NAME.matcher(described).results().anyMatch(run -> {
            List<String> words = List.of(SPACES.split(run.group(1)));
            int kind = 0;
            while (kind < words.size() && describesAPerson(words.subList(kind, kind + 1))) {
                kind++;
            }
            // (after what someone is, a body's head may say whose office it is: "Представитель Минобороны
            // Азербайджана X Y", the person the run's last two words)
            return words.size() - kind >= 2 && words.stream().noneMatch(this::isOrganisationHead)
                    || kind > 0 && words.size() - kind >= 3
                    && words.subList(words.size() - 2, words.size()).stream().noneMatch(this::isOrganisationHead);
        });
    }

    /** Whether a word says what a person is: an occupation, a kind of person, or a noun of one by its ending. */
    /**
     * The first word after at most two adjectives that open the words ("бывший тракторист" gives "тракторист",
     * "колишня вчителька" "вчителька"; "господиня" is a noun).
     */
    private static String nounAfterAdjectives(String[] words) {
        int adjectives = 0;
        while (adjectives < 2 && adjectives < words.length - 1
                && APPOSED_ADJECTIVE.matcher(lowerCase(words[adjectives])).find()) {
            adjectives++;
        }
        return words[adjectives];
    }

    private boolean saysWhatAPersonIs(String word) {
        return isOccupation(word) || describesAPerson(List.of(word))
                || PERSON_NOUN_ENDING.matcher(lowerCase(word)).find();
    }

    /** Whether the words say what a person is: an occupation or a kind of person among them. */
    private boolean describesAPerson(List<String> words) {
        // "узбек по национальности", "лікар за фахом": what someone is by birth or by training
        return words.size() > 2 && BY_BIRTH_OR_TRAINING.matcher(lowerCase(words.get(words.size() - 2)) + " "
                + lowerCase(words.get(words.size() - 1))).matches()
                || words.stream().map(CyrillicQuoteExtractor::lowerCase)
                .anyMatch(w -> grammar.occupations().contains(w) || grammar.anonymousNouns().contains(w));
    }

    /** A word as the lexicon lists it: lower case, with the typewriter apostrophe ("мін'юст"). */
    private static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
    }

    /** Whether the words are a full name and nothing else: "Бакыт Асанов", "Асель Токтогул кызы". */
    private static boolean isFullName(String words) {
        Matcher name = FULL_NAME.matcher(words);
        return name.matches();
    }

    private static boolean isCapitalisedWord(String word) {
        return CAPITALISED.matcher(word).matches();
    }

    /** The source named earlier whose surname this word is, in whatever case it stands. */
    private static Known earlier(String word, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            String surname = known.get(i).surname();
            if (word.equals(surname) || surname.startsWith(word + " ") || nominativeForms(word).contains(surname)) {
                return known.get(i);
            }
        }
        // "— говорит Фаррух", after "Фаррух Саидов": a given name alone, when only one person met has it
        List<Known> given = known.stream().filter(k -> k.name().indexOf(' ') > 0
                && k.name().substring(0, k.name().indexOf(' ')).equals(word)).toList();
        return given.stream().map(Known::name).distinct().count() == 1 ? given.get(given.size() - 1) : null;
    }

    /**
     * The nominatives a surname in the genitive may have: Каримова is Каримов's, Нурпеисовой Нурпеисова's, Кравченка
     * Кравченко's, Шевчука Шевчук's, Гайдая Гайдай's, Коваля Коваль's, Бойка and Сенька Бойко's and Сенько's (no
     * surname ends in "-йк" or "-ьк"); the first is the likeliest.
     */
    private static List<String> nominativeForms(String word) {
        List<String> forms = new ArrayList<>();
        // (a vowel that drops in the other cases comes back: Зайця is Заєць's, Кравця Кравець's, Зайца Заяц's)
        for (String[] ending : new String[][] {{"йця", "єць"}, {"вця", "вець"}, {"бця", "бець"}, {"льця", "лець"},
                {"йца", "яц"}, {"вца", "вец"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ской", "ская"},
                {"ової", "ова"}, {"евої", "ева"}, {"іної", "іна"}, {"ської", "ська"}, {"цької", "цька"},
                {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ского", "ский"}, {"ського", "ський"},
                {"цького", "цький"}, {"енка", "енко"}, {"йка", "йко"}, {"ька", "ько"}, {"а", ""}, {"ая", "ай"},
                {"ея", "ей"}, {"ія", "ій"}, {"я", "ь"}, {"а", "о"}}) {
            if (word.endsWith(ending[0])) {
                forms.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
            }
        }
        return forms;
    }

    /** A full name given in the genitive ("по словам Асель Нурпеисовой"), with its surname in the nominative. */
    private String nominative(String name) {
        String surname = lastWord(name);
        List<String> forms = VOWEL_AND_A.matcher(surname).find() ? List.of() : nominativeForms(surname);
        if (forms.isEmpty() && grammar == UKRAINIAN && surname.length() > 5
                && (surname.endsWith("ого") || surname.endsWith("ього"))) {
            // "Олександра Хорунжого", "Петра Садового": a surname that is an adjective, "-ий" ("-ій") in the nominative
            // (Russian's "-ого" may be "-ой" or "-ый", Толстого or Белого, and is left)
            forms = List.of(surname.endsWith("ього") ? surname.substring(0, surname.length() - 4) + "ій"
                    : surname.substring(0, surname.length() - 3) + "ий");
        }
        if (forms.isEmpty()) {
            return nominativeOfIndeclinable(name);
        }
        String given = name.substring(0, name.length() - surname.length()).strip();
        if (!given.isEmpty() && given.indexOf(' ') < 0) {
            // "Нозима Хакимова" is Нозим Хакимов, "Зарины Рахимовой" Зарина Рахимова: the given name declines too, as
            // a man's or a woman's by the surname's ending
            boolean feminine = FEMININE_GENITIVE.matcher(surname).find();
            String written = given;
            given = nominativeGivenName(given, feminine);
            if (!feminine && given.equals(written) && given.length() > 3) {
                // "Миколи Зайця", "Никиты Михалкова": a man's name in "-а" before his declined surname (not before one
                // that does not decline, where "Гиви" is Гиви)
                given = given.endsWith("ьи") ? given.substring(0, given.length() - 1) + "я"
                        : given.endsWith("и") || given.endsWith("ы") ? given.substring(0, given.length() - 1) + "а" : given;
            }
        }
        return (given.isEmpty() ? "" : given + " ") + forms.get(0);
    }

    /**
     * A name in the genitive whose surname does not decline ("Давида Кереселидзе", "Тамары Гелашвили", "Анны
     * Саакян", "Ірини Шевчук"): the given name alone tells the case, and whether it is a man's or a woman's by its own
     * ending (a woman's genitive ends in "-ы", or "-и" after the letters that take it: Ольги, Марии; in Ukrainian "-и"
     * after a hard consonant too: Ірини); the name as it is when its given name does not decline either ("Нино
     * Гогуа", "Кети Мачавариани").
     */
    private String nominativeOfIndeclinable(String name) {
        String surname = lastWord(name);
        String given = name.substring(0, name.length() - surname.length()).strip();
        if (given.isEmpty() || given.indexOf(' ') >= 0) {
            return name;
        }
        boolean woman = WOMANS_GENITIVE.matcher(given).find() || grammar == UKRAINIAN
                && (UKRAINIAN_WOMANS_GENITIVE.matcher(given).find() || UKRAINIAN_SOFT_GENITIVE.matcher(given).find());
        return nominativeGivenName(given, woman) + " " + surname;
    }

    /**
     * A name put in the nominative as Ukrainian writes it: a man's given name in "-о" that lost it with the genitive's
     * "-а" ("Петр Коваленко" is Петро Коваленко, "Михайл" Михайло), and no soft sign after a last "р" ("Ігоря
     * Бондаря" is Ігор Бондар, where Russian's Игоря Бондаря is Игорь Бондарь); the name as it is in Russian.
     */
    private String ukrainianNominative(String name) {
        if (grammar != UKRAINIAN) {
            return name;
        }
        String hard = SOFT_R.matcher(name).replaceAll("р");
        int space = hard.indexOf(' ');
        String given = space < 0 ? hard : hard.substring(0, space);
        return GIVEN_NAMES_IN_O.contains(lowerCase(given) + "о") ? given + "о" + hard.substring(given.length()) : hard;
    }

    /**
     * A given name in the genitive, in the nominative: Нозима → Нозим, Алексея → Алексей, Сергія → Сергій, Зарины →
     * Зарина, Ірини → Ірина.
     */
    private String nominativeGivenName(String word, boolean feminine) {
        if (feminine && grammar == UKRAINIAN && UKRAINIAN_WOMANS_GENITIVE.matcher(word).find()) {
            return word.substring(0, word.length() - 1) + "а";
        }
        if (feminine && grammar == UKRAINIAN && UKRAINIAN_SOFT_GENITIVE.matcher(word).find()) {
            return word.substring(0, word.length() - 1) + "я"; // "Лесі" is Леся, "Олі" Оля
        }
        String[][] endings = feminine
                ? new String[][] {{"ии", "ия"}, {"ії", "ія"}, {"ьи", "ья"}, {"ги", "га"}, {"ки", "ка"}, {"хи", "ха"},
                        {"ы", "а"}, {"и", "я"}}
                : new String[][] {{"ея", "ей"}, {"ая", "ай"}, {"ия", "ий"}, {"ія", "ій"}, {"я", "ь"}, {"а", ""}};
        for (String[] ending : endings) {
            // (two letters are left at least: "Юрия" is Юрий, "Яна" Ян)
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    /**
     * A role in the genitive whose first word is an occupation of the lexicon once in the nominative ("пресс-секретаря
     * компании" → "пресс-секретарь компании", "секретаря міськради" → "секретар міськради"), the noun of an office
     * ("акима области" → "аким области", "очільника громади" → "очільник громади"; "аким" is a given name too, and so
     * is no occupation of the lexicon), or a man's noun of one who knows a field ("сейсмолога" → "сейсмолог"), with an
     * adjective before it ("главного врача" → "главный врач", "освітнього омбудсмена" → "освітній омбудсмен"); the
     * role as it is otherwise.
     */
    private String nominativeRole(String role) {
        int space = role.indexOf(' ');
        String first = space < 0 ? role : role.substring(0, space);
        // "слідчої", "участкового", "ведучої місцевого телеканалу": an adjective that names a trade, in the genitive,
        // and whose after it
        String trade = lowerCase(nominativeAdjective(first));
        if (!trade.equals(lowerCase(first)) && isOccupationCompound(trade)) {
            return sameCase(first, trade) + (space < 0 ? "" : role.substring(space));
        }
        if (space > 0 && !nominativeAdjective(first).equals(first)) {
            String rest = role.substring(space + 1);
            String nominativeRest = nominativeRole(rest);
            return nominativeRest.equals(rest) ? role : nominativeAdjective(first) + " " + nominativeRest;
        }
        String lower = lowerCase(first);
        // ("секретар", "лікар": Ukrainian writes no soft sign where Russian does, and its genitive takes "я" all the same)
        for (String[] ending : new String[][] {{"я", "ь"}, {"я", "й"}, {"я", ""}, {"а", ""}, {"ы", "а"}, {"и", "а"},
                {"і", "я"}}) {
            if (lower.endsWith(ending[0]) && lower.length() > ending[0].length() + 2) {
                String form = lower.substring(0, lower.length() - ending[0].length()) + ending[1];
                if (isOccupationCompound(form) || OFFICE_NOUNS.contains(form)
                        || ending[1].isEmpty() && EXPERT_ENDING.matcher(form).find()) {
                    return sameCase(first, form) + (space < 0 ? "" : role.substring(space));
                }
            }
        }
        return role;
    }

    /**
     * A role in the genitive before a person's name, in the nominative: as {@link #nominativeRole} gives it, or, when
     * the lexicon knows no word of it, a man's noun in "-а" after a consonant without it ("звукорежиссера" →
     * "звукорежиссер", "лісника" → "лісник"): between "according to" and a name a lower-case word is what the person
     * is, and no woman's noun ends so in the genitive ("-ца" is left: "продавца" is продавец's); or a woman's noun in
     * "-ы" or "-и" whose "-а" form, or in "-і" whose "-я" form, ends as women's nouns of what they do end
     * ("верстальщицы" → "верстальщица", "монтажерки" → "монтажерка", "кравчині" → "кравчиня").
     */
    private String nominativeRoleBeforeName(String role) {
        String nominative = nominativeRole(role);
        int space = role.indexOf(' ');
        String first = space < 0 ? role : role.substring(0, space);
        // "верстальщицы", "монтажерки": a woman's noun of what she does, in the genitive, is in "-а" in the nominative
        String womans = first.length() <= 4 ? null
                : first.endsWith("ы") || first.endsWith("и") ? first.substring(0, first.length() - 1) + "а"
                : first.endsWith("і") ? first.substring(0, first.length() - 1) + "я" : null;
        if (nominative.equals(role) && womans != null && Character.isLowerCase(first.charAt(0))
                && WOMANS_ROLE.matcher(womans).find()) {
            return womans + (space < 0 ? "" : role.substring(space));
        }
        if (!nominative.equals(role) || !MANS_GENITIVE_NOUN.matcher(first).matches()) {
            return nominative;
        }
        return first.substring(0, first.length() - 1) + (space < 0 ? "" : role.substring(space));
    }

    /** A name's last word; with the particle after a father's name, both ("Токтогул кызы"). */
    /** The word right before a position, as written; empty at the opening. */
    private static String wordBefore(String text, int at) {
        String[] before = SPACES.split(text.substring(0, at).strip());
        return before.length == 0 ? "" : before[before.length - 1];
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && ENDS_IN_PARTICLE.matcher(name).find()) {
            space = name.lastIndexOf(' ', space - 1);
        }
        return name.substring(space + 1);
    }

    /** A name's words, the particle after a father's name kept with it ("Асель", "Токтогул кызы"). */
    private static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>(List.of(SPACES.split(name)));
        if (words.size() > 1 && ENDS_IN_PARTICLE.matcher(name).find()) {
            String particle = words.remove(words.size() - 1);
            words.set(words.size() - 1, words.get(words.size() - 1) + " " + particle);
        }
        return words;
    }
}
