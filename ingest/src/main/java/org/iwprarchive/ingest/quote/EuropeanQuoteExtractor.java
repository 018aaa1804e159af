package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.QuoteGrammar.QUOTE;
import static org.iwprarchive.ingest.quote.QuoteGrammar.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.text.Regexes;

/**
 * Finds who is quoted in an article of IWPR's French, Spanish or Bosnian, Croatian and Serbian editions, each read by
 * its {@link QuoteGrammar}: the words in guillemets or quotation marks before a verb of saying and its speaker ("« ...
 * », a déclaré X", "« ... », a-t-il ajouté", "\"...\", dijo X", "„...“, rekao je X"), a speaker and a colon before
 * them ("X a déclaré : « ... »"), reported words after "que" or "da" ("X a affirmé que ...", "X aseguró que ..."), and
 * "Selon X, ...", "Según X, ...", "Prema riječima X, ...", with "Pour X, ..." and "Para X, ..." for a named person's
 * view. Who speaks is read as the English finder reads it, in these languages' words: a name's capitalised run with
 * the role written before it or set apart after it, a body by its kind's word ("ministère", "ONG", "Policía"), an
 * unnamed source by its description with the clause that withholds the name left out, and "il", "elle", "él", "ona"
 * or a verb with no subject for whoever was quoted last. What a language declines, its grammar's morphology gives
 * back in the nominative.
 */
public final class EuropeanQuoteExtractor {

    private static final Pattern WHOLE_QUOTE = Pattern.compile("^" + QUOTE + "$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Titles written with a full stop, which ends no sentence before the name after it: "M.", "Sr.", "z.", "dr.",
     * "prof.", "г.", "проф.".
     */
    private static final Set<String> TITLES_WITH_STOP = Set.of("m", "sr", "sra", "srta", "dr", "prof", "mr", "doc",
            "z", "znj", "g", "gđa", "г", "др", "проф", "м-р", "д-р", "доц");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** A name in quotation marks, as a body's is written inside who speaks: „...“, «...», “...” or "...". */
    private static final Pattern QUOTED_SPAN = Pattern.compile(QuoteGrammar.QUOTED_NAME);
    /** A court's code for a protected witness, after the words for "under the pseudonym": "pod pseudonimom K-84". */
    private static final Pattern PSEUDONYM = Pattern.compile("(?:pod\\s+pseudonimom|под\\s+псеудонимом"
            // "Zaštićeni svjedok pod oznakom S-14": under the court's designation
            + "|pod\\s+oznakom|под\\s+ознаком"
            // "Заштитениот сведок со шифра „Б-3“": by the code name the court gave
            + "|pod\\s+šifrom|под\\s+шифром|со\\s+шифра|me\\s+shifrën"
            + "|sous\\s+le\\s+pseudonyme|bajo\\s+el\\s+seud[óo]nimo|me\\s+pseudonimin|под\\s+псевдонимот|под\\s+псевдоним)"
            // the code in quotation marks or not: "под псеудонимом „Б-2“"
            + "\\s+[„“\"«]?(?<code>" + Names.WITNESS_CODE + ")\\b");
    /**
     * A name with a note that it is not the person's own: "Amra (ime promijenjeno)", "Марија (името е сменето)", "Elona
     * (emri i ndryshuar)", "Marie (le prénom a été changé)", "Ana (nombre ficticio)".
     */
    private static final Pattern NAME_CHANGED = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
            + "\\s*\\((?:ime|име|името|emri|le nom|le prénom|nom|prénom|el nombre|nombre)\\s[^()]{0,40}\\)");
    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\s*\\([^)]{1,20}\\)");
    /** A word of a name: capitalised, maybe hyphened ("Jean-Paul") or with an apostrophe ("N'Diaye"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");
    /** A word that ends in a capital, as acronyms do and names do not: "BiH", "UNHCR", "OSCE". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\p{L}*\\p{Lu}");
    /** A witness, as a court report calls one it has described before naming: "Svedok, koji je svedočio pod ...". */
    private static final Set<String> WITNESS_NOUNS = Set.of("svedok", "svjedok", "svedokinja", "svjedokinja",
            "сведок", "сведокиња", "сведокот", "témoin", "testigo", "testiga", "dëshmitari", "dëshmitarja");
    /** An acronym with a case's ending, as the South Slavic languages decline one: "MUP-a", "OSCE-om". */
    /** An acronym of three or more capitals and nothing else: "УНЕСКО", "OSCE". */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,}");
    /**
     * The pronouns that stand only for a person (Albanian, Macedonian, Bosnian, Croatian and Serbian); French and
     * Spanish "il", "elle", "él" stand for a body as often ("le ministère ... Il a ajouté").
     */
    /** Prepositions inside words before a name that say what a thing is for or of: "Pruće za korpe", "Вуна од овци". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("za", "od", "iz", "na", "sa", "po", "kod", "за", "од",
            "на", "со", "по", "кај", "për", "nga", "me");
    /** "And" before a second verb, of saying, whose subject is the first's. */
    private static final Set<String> AND = Set.of("i", "и", "dhe", "et", "y");
    private static final Set<String> PERSONS_PRONOUNS = Set.of("ai", "ajo", "тој", "таа", "on", "ona", "он", "она");
    /** A Macedonian adjective with the definite article, which then stands on it and not on its noun: "Народниот". */
    private static final Pattern DEFINITE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ниот|ната|ното|скиот|ската|ското)");
    /** Countries written as acronyms, which name no body a people speaks in. */
    private static final Set<String> COUNTRY_ACRONYMS = Set.of("САД", "SAD", "СССР", "SSSR", "РСМ", "СРЈ", "SRJ", "SHBA");
    /**
     * A name of two capitalised words, then where the person is from, without a comma: "Marko Ivić iz Slavonije",
     * "Арбен Гаши од Тетово", "Arben Gashi nga Prishtina" (group 1 is the words before the place).
     */
    private static final Pattern NAME_THEN_PLACE = Pattern.compile("(.*\\p{Lu}[\\p{L}'-]+\\s+\\p{Lu}[\\p{L}'-]+)\\s+"
            // (the kind of place or outlet may come first: "од порталот Вистиномер", "iz lista Danas"; and its name may
            // stand in quotation marks: "од здружението „Чист воздух“"; a capitalised adjective may open it: "од
            // Клиничката болница")
            + "(?:iz|sa|od|из|са|од|nga)\\s+(?:\\p{Ll}+\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*"
            + "|\\s+\\p{Ll}{3,})?"
            + "|" + QuoteGrammar.QUOTED_NAME + ")");
    /**
     * A clause joined by "and"/"but"/"while" before the words that name who speaks: "X podnio je ostavku, a premijer
     * Y", "..., dok ministarka Z", "..., mais le maire W". It is taken for a clause when it has a finite verb the
     * grammar knows, or three words or more ("Владата формираше комисија, а премиерот X": a past tense the grammar's
     * short list lacks); a description of the speaker does not stand before "a" so.
     */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("^(?<said>.+),\\s+(?:a|dok|ali|а|док|али|додека"
            + "|mais|tandis\\s+que|pero|mientras\\s+que|ndërsa|por)\\s+(?=\\S)");
    /**
     * Kin, neighbours and colleagues in Bosnian, Croatian and Serbian, Macedonian (with the article) and Albanian (in
     * the definite form), by whom a person is named to someone: "Majka jednog od učenika, Senada,".
     */
    private static final Set<String> RELATIONS = Set.of("majka", "otac", "brat", "sestra", "supruga", "suprug", "žena",
            "muž", "sin", "kći", "kćerka", "ćerka", "baka", "djed", "deda", "unuk", "unuka", "komšija", "komšinica",
            "susjed", "susjeda", "kolega", "koleginica", "мајка", "мајката", "татко", "таткото", "брат", "братот",
            "сестра", "сестрата", "сопруга", "сопругата", "сопруг", "сопругот", "син", "синот", "ќерка", "ќерката",
            "баба", "бабата", "дедо", "внук", "внукот", "внука", "внуката", "сосед", "соседот", "соседка", "соседката",
            "колега", "колегата", "снаа", "снаата", "snaha", "udovica", "udovac", "вдовица", "вдовицата", "вдовец",
            "вдовецот", "удовица", "удовац", "nusja", "nëna", "babai", "vëllai", "motra", "gruaja", "bashkëshortja", "bashkëshorti",
            "burri", "djali", "vajza", "bija", "biri", "mbesa", "nipi", "gjyshja", "gjyshi", "fqinji", "fqinja",
            "kolegu", "kolegia",
            // whose spouse or parent by the article alone: "E shoqja" (his wife), "I shoqi", "E ëma", "I ati"
            "shoqja", "shoqi", "ëma", "ati");
    /** Possessives before a relation: "Njena majka", "Неговата сопруга". */
    private static final Set<String> POSSESSIVES = Set.of("njen", "njena", "njegov", "njegova", "njihov", "njihova",
            "његов", "његова", "њен", "њена", "неговата", "неговиот", "нејзината", "нејзиниот", "нивната", "нивниот",
            // Albanian's article before a relation that says whose: "E bija" (his or her daughter), "I biri"
            "e", "i");
    /** A comma between words, not one between a number's digits. */
    private static final Pattern CLAUSE_COMMA = Pattern.compile(",(?!\\d)");
    /**
     * A doctor's title before a name ("Doktorica X", "Docteur X"), which says less than a description set apart after
     * the name does.
     */
    /** The article a title may have before it: "Le docteur", "El doctor", "La doctora". */
    private static final Pattern TITLES_ARTICLE = Pattern.compile("^(?:le|la|el)\\s+");
    private static final Set<String> DOCTORS_TITLES = Set.of("doktor", "doktorica", "doktorka", "доктор", "докторка",
            "docteur", "doctor", "doctora", "doktoresha");
    private static final Pattern DECLINED_ACRONYM = Pattern.compile("\\p{Lu}{2,}-\\p{Ll}{1,3}");
    /** A body's acronym as written, in capitals: "KJKP", "JKP", "ЈП". */
    private static final Pattern UNDECLINED_ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** Words that join a name's parts: "de", "da", "van", "del", "y". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "du", "van", "von", "del", "der", "y", "ben",
            "bin", "al", "el", "la", "dos", "das");
    /**
     * Words that go on a body's name with what it is of: "ministère de la Justice", "Mecanismo para ...", Albanian's
     * articles of the genitive ("misioni i OSBE-së"), Macedonian's prepositions ("мисијата на ОБСЕ"), and where it is
     * ("полицијата во Велес", "policija u Zenici").
     */
    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d'", "del", "para", "por", "pour",
            "sur", "en", "contre", "contra", "i", "e", "të", "së", "на", "за", "од", "во", "u", "në", "à");
    /**
     * Prepositions that open a sentence before a capitalised place, which no person's name opens with: "На Бит пазар",
     * "Pred CIPS-ovim šalterom", "Para zyrave".
     */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("на", "во", "од", "пред", "зад", "кај", "покрај",
            "после", "по", "со", "под", "над", "меѓу", "преку", "околу", "u", "na", "iz", "od", "pred", "ispred", "iza",
            "kod", "pored", "kraj", "nakon", "poslije", "posle", "prije", "pre", "tokom", "pod", "nad", "među", "preko",
            "oko", "në", "nga", "para", "pas", "te", "tek", "pranë", "përpara", "gjatë", "mbi", "nën", "rreth");
    /**
     * A word and one or two capitalised words before a full name and its verb, as where a sentence opens: "U Mostaru ",
     * "U Novom Pazaru ".
     */
    private static final Pattern OPENING_PLACE = Pattern.compile("(\\p{L}+)\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,2}?"
            + "(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'-]+\\s+\\p{Ll})");
    /** Words of when that open a sentence before its subject: "Prošle godine", "Ове недели", "Vitin e kaluar". */
    private static final Set<String> OPENING_TIMES = Set.of("prošle", "prošlog", "prošli", "ove", "ovog", "ovoga",
            "ovaj", "ova", "ovo", "iduće", "sljedeće", "slijedeće", "sledeće", "jučer", "juče", "danas", "sutra",
            "sinoć", "jutros", "ranije", "kasnije", "lani", "protekle", "proteklog", "minule", "minulog", "tada",
            "tog", "toga", "te", "svake", "svakog", "svaki", "минатата", "минатиот", "оваа", "овој", "ова", "следната",
            "вчера", "денес", "утре", "лани", "тогаш", "секоја", "секој", "vitin", "javën", "muajin", "dje", "sot",
            "nesër", "atëherë", "çdo", "këtë", "kësaj", "vjet");
    /** The words for "from" that set where a person is from after the name: "од селото X", "iz Tuzle", "nga Prizreni". */
    private static final Set<String> FROM = Set.of("од", "из", "iz", "nga");
    /** A surname ending in a consonant, with the "-eva"/"-ova" that makes it a woman's in Serbian: "Ilićeva". */
    private static final Pattern WOMANS_SURNAME_FORM = Pattern.compile(
            "(\\p{Lu}\\p{Ll}*[bcčćdđfghjklmnprsštvzžбцчћдђфгхјклмнпрсштвзж])(?:eva|ova|ева|ова)");
    /** A relative clause after a description: "un médico residente que pidió ...", "një zyrtar që ...". */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\s+(?:qui|que|quien|që|i\\s+cili|e\\s+cila|кој|која|што|koji|koja|koje|који|која|које"
            // in any case, and whose: "čija porodica drži radnju", "чиј татко", "kojoj", "čijem"
            + "|kojeg|kojega|kojem|kojemu|kojoj|koju|kojim|kojima|kojih|čiji|čija|čije|čijeg|čijem|čiju|čijoj"
            + "|чиј|чија|чие|чији|чије|кого|кому)\\s");
    /** The words that join a role to whose it is: "адвокатот на X", "avokati i X", "l'avocat de X". */
    private static final Set<String> POSSESSIVE_LINKS = Set.of("на", "të", "i", "e", "së", "de", "del", "du", "des",
            "od");
    /** The prepositions of where, before a place's name inside a role: "началникот на станицата во Велес". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("во", "u", "në", "à", "en");
    /** "In" and "from" before a place, which one capitalised word after them names, never a person. */
    private static final Set<String> IN_OR_FROM_PLACE = Set.of("u", "iz", "у", "из", "во", "në", "nga");
    /** The singular definite articles, before a noun that describes a source again: "la reportera", "le juge". */
    private static final Set<String> DEFINITE_ARTICLES = Set.of("le", "la", "el");
    /** The articles that may open a name's run of words without being part of it. */
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "un", "une", "el", "los", "las", "uno",
            "una");
    /**
     * A sentence's subject that is a full name, a role before it or not, up to the verb in lower case after it:
     * "Advokatica odbrane Vasvija Vidović" in "Advokatica odbrane Vasvija Vidović najavila je žalbu", and a feature's
     * opening, where it happens first: "Во својата работилница во Охрид, Петар Николоски изработува ..."; a role may
     * open with Albanian's article of one letter ("I pandehuri Ilir Kamberi i mohoi akuzat").
     */
    /** One capitalised word opening a sentence before one in lower case: a surname alone, maybe. */
    /** Where someone is from, right after their name and before the verb: "iz Tutina", "од Тетово", "nga Korça". */
    private static final Pattern FROM_PLACE_AFTER_NAME = Pattern.compile(
            "\\s+(?<from>(?:iz|из|од|nga)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+\\p{Ll}");
    private static final Pattern LONE_SUBJECT = Pattern.compile("(\\p{Lu}\\p{Ll}{2,})\\s+\\p{Ll}");
    private static final Pattern SUBJECT = Pattern.compile("(?:[^,\"\u201c\u201e\u00ab]{1,60},\\s+){0,2}"
            + "(?<who>(?:\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,3}\\s+)?\\p{Lu}[\\p{L}'-]+\\s+\\p{Lu}[\\p{L}'-]+)"
            // "Nedžad Kulenović, 67,", "Petrit Muça, 71 vjeç,": an age set apart after the name
            + "(?:,\\s+\\d{1,3}(?:\\s+\\p{Ll}+)?,)?\\s+\\p{Ll}");
    /**
     * An age in figures or in words, in lower case before a name: "25-godišnja", "dvadesetpetogodišnja",
     * "дванаесетгодишниот", "sedamdesetvjeçari".
     */
    private static final String AGE_BEFORE_NAME = "(?:\\d{1,3}-\\p{Ll}+|\\p{Ll}+(?:godišnj|godisnj|годишн|vjeçar)"
            + "\\p{Ll}*)";
    /** An age as one word, then a capitalised word: "17-годишниот Илир", "sedamnaestogodišnji Ilir". */
    private static final Pattern AGE_BEFORE_CAPITAL = Pattern.compile(AGE_BEFORE_NAME + "\\s+(?=\\p{Lu})");
    /**
     * Whom someone is to another, or what they are, then a given name set apart, opening a sentence: "Mbesa e Xhemalit,
     * Arta, studion".
     */
    private static final Pattern RELATION_SUBJECT = Pattern.compile("(?<role>[^,\"\u201c\u201e\u00ab]{3,60}),\\s+"
            // "Gjyshi i tij, Ramadan Hoxha,": a full name too; "Najmlađa članica, dvadesetpetogodišnja Ivana,": an age
            // before it, which is neither name nor role
            + "(?:" + AGE_BEFORE_NAME + "\\s+)?"
            + "(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?),\\s+\\p{Ll}");
    /**
     * A relation after a possessive, then a given name without commas: "Njegova supruga Mirsada radi", "Неговата ќерка
     * Сашка води"; or with what the person is set apart after it: "Radićeva kći Marina, studentica iz Splita, dolazi".
     */
    private static final Pattern OWN_RELATION_SUBJECT = Pattern.compile("(?<role>\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+)\\s+"
            + "(?<name>\\p{Lu}\\p{Ll}+)(?:,\\s+(?<what>\\p{Ll}[^,.;:\"\u201c\u201e\u00ab\u00bb]{2,60}),)?\\s+\\p{Ll}");
    /** A possessive adjective made of a surname, whose relation follows: "Radićeva" (kći), "Ivanov" (sin). */
    private static final Pattern SURNAMES_OWN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ova|eva|ov|ev|ова|ева|ов|ев)");
    /** What someone does, in lower case inside a sentence, then a full name and a verb: "svjetioničar Ivo Radić provodi". */
    /**
     * The elder or the younger of those just named, alone before a given name set apart: "Постарата, Лирие,",
     * "Najmlađi, Amar,", "Starija, Lejla,".
     */
    private static final Pattern OLDER_OR_YOUNGER = Pattern.compile("(?iu)(?:по|нај|naj)?(?:стар|млад|starij|mlađ"
            + "|mladj)\\p{L}*");
    /**
     * A full name in the Albanian genitive after a noun and its article, the surname's "-a" made "-ës": "Lavanderia e
     * Marsela Dhimës".
     */
    private static final Pattern ALBANIAN_GENITIVE_NAME = Pattern.compile("(?<=\\p{Ll}\\s)(?:e|i|të|së)\\s+"
            + "(?<given>\\p{Lu}\\p{Ll}+)\\s+(?<surname>\\p{Lu}\\p{Ll}+)ës(?!\\p{L})");
    /** A man's full name in the Albanian genitive after a noun and its article: "i Arben Bregut", "e Ilir Gashit". */
    private static final Pattern ALBANIAN_MANS_GENITIVE_NAME = Pattern.compile("(?<=\\p{Ll}\\s)(?:e|i|të|së)\\s+"
            + "(?<given>\\p{Lu}\\p{Ll}+)\\s+(?<surname>\\p{Lu}\\p{Ll}+?[uij])t(?!\\p{L})");
    /**
     * Whose a thing is in Macedonian, "на" and a full name whose surname ends as Macedonian surnames do, after a noun:
     * "Гулабарникот на Методија Петровски" (not a place's name: "на Маркови Кули").
     */
    private static final Pattern MACEDONIAN_POSSESSOR = Pattern.compile("(?<=\\p{Ll}\\s)на\\s+(?<name>\\p{Lu}\\p{Ll}+"
            + "\\s+\\p{Lu}\\p{Ll}+(?:ски|ска|цки|цка|ов|ова|ев|ева|иќ))(?!\\p{L})");
    /** A name made a possessive adjective, in the instrumental plural: "Marinovim", "Šimićevim", "Aninim". */
    private static final Pattern POSSESSIVE_OF_NAME = Pattern.compile("(?<stem>\\p{Lu}\\p{Ll}+?)(?<suffix>ov|ev|in)im");
    /** Prepositions of Bosnian, Croatian and Serbian that govern the genitive: "kod", "od", "bez". */
    private static final Set<String> GENITIVE_PREPOSITIONS = Set.of("kod", "od", "bez", "do", "pored", "kraj", "oko",
            "ispred", "iza", "umjesto", "код", "од", "без", "до", "поред", "крај", "око", "испред", "иза", "уместо");
    /** A man's surname in "-ić" in the genitive, closing a name: "Mehanovića", "Јовановића". */
    private static final Pattern GENITIVE_IC = Pattern.compile("(?:ića|ића)$");
    /**
     * Brothers or sisters named together, two given names and the surname they share: "браќата Ѓорѓи и Никола
     * Ристовски", "braća Emir i Edin Hodžić", "sestre Ana i Marija Kovač", "vëllezërit Ilir dhe Arben Hoxha".
     */
    private static final Pattern SIBLINGS = Pattern.compile("(?<![\\p{L}])(?:браќата|браќа|сестрите|сестри|braća|braca"
            + "|sestre|vëllezërit|motrat)\\s+(?<first>\\p{Lu}\\p{Ll}+)\\s+(?:и|i|dhe)\\s+(?<second>\\p{Lu}\\p{Ll}+)\\s+"
            + "(?<surname>\\p{Lu}\\p{Ll}+)(?![\\p{L}])");
    /** An Albanian given name in the genitive, or with its article: "Dritanit", "Dritani", "Gjokut", "Mimozës". */
    private static final Pattern ALBANIAN_GIVEN_GENITIVE = Pattern.compile("(?<stem>\\p{Lu}\\p{Ll}{2,}?)(?<ending>it|ut|ës|i|u)");
    /** A relation of someone's in Albanian, then a given name alone, inside a sentence: "vëllai i tij Bujar". */
    private static final Pattern ALBANIAN_KIN_INSIDE = Pattern.compile("(?<=\\s)(?<role>(?<relation>\\p{Ll}+)\\s+"
            + "(?:i|e)\\s+(?:tij|saj|tyre))\\s+(?<name>\\p{Lu}\\p{Ll}+)(?!\\s+\\p{Lu})");
    /** A possessive, a relation and a given name alone, inside a sentence: "njegov sin Haris", "нејзината ќерка Ана". */
    private static final Pattern SLAVIC_KIN_INSIDE = Pattern.compile("(?<=\\s)(?<role>(?:njegov|njegova|njen|njena|"
            + "njezin|njezina|njihov|njihova|његов|његова|њен|њена|неговиот|неговата|нејзиниот|нејзината|нивниот|"
            + "нивната)\\s+(?<relation>\\p{Ll}+))\\s+(?<name>\\p{Lu}\\p{Ll}+)(?![\\p{L}-]|\\s+\\p{Lu})");
    /** A noun in lower case before a full name: "djed Emira Čolakovića". */
    private static final Pattern RELATION_OF_NAME = Pattern.compile("(?<=\\s)(?<relation>\\p{Ll}+)\\s+"
            + "(?<name>\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)");
    /**
     * A full name before a verb of Bosnian, Croatian and Serbian, a past tense, participle then auxiliary ("Nihad
     * Bešlagić naslijedio je", "Ana Kovač vodila je"), or a present ("Ante Jurić vodi", "Mira Perić kopa"), inside a
     * sentence: its subject.
     */
    private static final Pattern NAME_BEFORE_VERB = Pattern.compile("(?<=\\s)(?<name>\\p{Lu}\\p{Ll}+\\s+"
            + "\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Ll}{2,}(?:o|la|li|le)\\s+(?:je|su)|\\p{Ll}{2,}[iea])(?!\\p{L})");
    private static final Pattern OCCUPATION_THEN_NAME = Pattern.compile("(?<=\\s)(?<role>\\p{Ll}+)\\s+"
            + "(?<name>\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\s+\\p{Ll}");
    /**
     * The endings of a South Slavic noun of one who does something, before a full name ("mlinar", "prodavač",
     * "spasilac", "učitelj", "ribarka", "воденичар"): in lower case before a name, what the person does.
     */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Ll}{3,}(?:ar|ač|lac|telj|nik|arka|ačica|teljica|nica"
            + "|ар|ач|лац|лец|тељ|тел|ник|арка|ачица|ачка|ница)");
    /**
     * A gerund after who speaks, with what it governs: Albanian's "duke" and a participle, Macedonian's "-јќи", a BCS
     * "-ći" set apart by a comma.
     */
    private static final Pattern DOING_MEANWHILE = Pattern.compile("(?:\\s+duke\\s+\\p{Ll}+|\\s+\\p{Ll}+јќи|,\\s+\\p{Ll}+ći)"
            + "(?:\\s+[\\p{Ll}\\p{Lu}]\\p{Ll}*)*$");
    /**
     * A clause of what the speaker does while saying it, after who ("kaže Bešlagić, dok sipa čaj", "вели Алиу, додека
     * сипува чај", "thotë Morina, ndërsa hedh çaj"): read only after the words and the verb, where nothing after who
     * can be a clause before them.
     */
    private static final Pattern MEANWHILE_AFTER_WHO = Pattern.compile(",?\\s+(?:dok|док|додека|ndërsa|teksa"
            + "|tandis\\s+que|pendant\\s+qu['’]|mientras)\\s+\\p{Ll}.*$");
    /**
     * When, opening the sentence before who speaks: "Prošle sedmice, X ...", "U ponedjeljak je X ...", "Минатата
     * недела, X ...", "Javën e kaluar, X ...": no part of who.
     */
    private static final Pattern LEADING_TIME = Pattern.compile("^(?:(?:Prošl(?:e|og|i|a)|Pretprošl(?:e|og)|Ove|Ovog"
            + "|Ovaj|Ovo)\\s+(?:sedmice|nedjelje|nedelje|godine|mjeseca|meseca|vikenda|ljeta|leta|zime|jeseni|proljeća"
            + "|proleća|godina|ljeto|leto)|U\\s+(?:ponedjeljak|ponedeljak|utorak|srijedu|sredu|četvrtak|petak|subotu"
            + "|nedjelju|nedelju)|Jučer|Juče|Sinoć|Nedavno|Минатата\\s+(?:недела|година|сабота)"
            + "|Минатиот\\s+(?:месец|викенд)|Вчера|Неодамна|(?:Javën|Vitin|Muajin|Verën|Dimrin)\\s+e\\s+kaluar"
            + "|Dje|Së\\s+fundmi)(?:\\s+(?:je|su|је|су))?,?\\s+(?=\\p{Lu})");
    /**
     * How the speaker says it, after who speaks: "dodaje ona kroz smeh", "kaže on sa osmijehom", "вели таа низ
     * солзи", "tha ai me zë të ulët", or alone after the verb ("rekao je kroz osmeh"); laughter, tears, a smile,
     * pride, sorrow or bitterness, a joke ("kroz šalu", "me shaka") or a voice, by their stems (not what someone has or comes with: "rudar s dvadeset
     * godina staža", "Služba za poslove sa strancima").
     */
    private static final Pattern HOW_AFTER_WHO = Pattern.compile("(?:^|\\s+)(?:kroz|uz|sa|s|низ|со|me)\\s+(?:smij|smeh|suz"
            + "|osmij|osmeh|ponos|tug|gorč|šal|смеа|солз|насмев|таг|горчин|горд|buzëqesh|lot|zë|trishtim|krenari"
            + "|shak)\\p{Ll}*"
            + "(?:\\s+\\p{Ll}+){0,3}$");
    /** How it was said, opening who speaks before the name: "ponosno Kolev", "тивко Стојанов". */
    private static final Pattern MANNER_BEFORE_WHO = Pattern.compile("^" + QuoteGrammar.MANNER_ADVERB
            + "\\s+(?=\\p{Lu})");
    /**
     * A full name inside a sentence or opening it, then what the person is, set apart: "Amina Sadiković, studentica
     * ...", "Amra Mujić, doktorica porodične medicine, pregleda ...".
     */
    private static final Pattern NAMED_IN_PASSING = Pattern.compile("(?:^|(?<=\\s))(?<name>\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+),\\s+"
            + "(?<description>\\p{Ll}[^,.;:\"\u201c\u201e\u00ab\u00bb]{2,80})[.,]");
    /** A word of a name named in passing: a capital and lower-case letters, a hyphen or apostrophe inside maybe. */
    private static final Pattern NAME_IN_PASSING_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['-]\\p{Lu}?\\p{Ll}+)?");
    /**
     * A description set apart, closing the sentence: ", treća generacija urara u porodici."; an ordinal's dot may stand
     * in it (", čija porodica ovdje radi od 1921. godine.").
     */
    private static final Pattern DESCRIPTION_CLOSING = Pattern.compile(",\\s+(?<description>\\p{Ll}(?:[^,.;:\"\u201c"
            + "\u201e\u00ab\u00bb]|(?<=\\d)\\.(?=\\s+\\p{Ll})){2,80})[.!]?$");
    /** Conjunctions that open a clause of its own after a name, not a description: "a", "i", "dok", "а", "dhe". */
    private static final Set<String> CONJUNCTIONS = Set.of("a", "i", "ali", "dok", "pa", "te", "jer", "ili", "а", "и",
            "но", "додека", "или", "dhe", "por", "ndërsa", "ose", "e");
    /** "Former" and "retired" before what someone is: "bivši stolar", "поранешен наставник", "ish-mësues". */
    private static final Set<String> FORMER = Set.of("bivši", "bivša", "nekadašnji", "nekadašnja", "umirovljeni",
            "umirovljena", "penzionisani", "penzionisana", "поранешен", "поранешна", "поранешниот", "поранешната",
            "пензиониран", "пензионирана");
    /** Ottoman titles after a given name, no surname: "Gazi Mehmet Pashës", "Husrev-begova", "Ali-paše". */
    private static final Set<String> HONORIFICS_AFTER = Set.of("pasha", "pashës", "pashë", "paša", "paše", "pašu",
            "beg", "bega", "begu", "beu", "bej", "beut", "aga", "age", "agë", "efendi", "efendija", "efendije", "паша",
            "беј", "бег", "ага");
    /** A woman's surname in "-a", which stays so in the nominative: "Petrova", "Kovačeva", "Hadžiska". */
    private static final Pattern WOMANS_SURNAME_IN_A = Pattern.compile("(?:ova|eva|ska|ška|čka|ina)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?\u201c\u201d\"\u00bb)]+$");
    /** The words after which a name is a namesake's: a street, a square or a school named after someone. */
    private static final Set<String> NAMESAKE_WORDS = Set.of("ulica", "ulici", "ulicu", "ulice", "trg", "trgu",
            "škola", "škole", "školi", "školu", "bulevar", "bulevaru", "улица", "улицата", "плоштад", "плоштадот",
            "училиште", "училиштето", "булевар", "rruga", "rrugën", "rrugës", "rruge", "sheshi", "sheshin", "shkolla",
            "shkollën", "shkollës", "bulevardi", "bulevardin");
    /** The personal pronouns that refer to someone named before: a sentence that has one tells of them. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("on", "ona", "njega", "nje", "njemu", "njoj", "njim",
            "njom", "ga", "mu", "joj", "тој", "таа", "него", "неа", "нему", "нејзе", "го", "му", "ai", "ajo", "atë",
            "atij", "asaj");
    /** A municipality's word, which with its place's name is a body's whole name: "općina Gračanica", "opština Pale". */
    private static final Set<String> MUNICIPALITIES = Set.of("općina", "opština", "opčina", "општина", "komuna",
            "bashkia");
    /** A description set apart after another, closing the sentence: ", po zanimanju medicinska sestra.". */
    private static final Pattern SECOND_DESCRIPTION = Pattern.compile(",\\s+(?<description>\\p{Ll}[^,.;:\"\u201c\u201e"
            + "\u00ab\u00bb]{2,60})\\.?\\s*");
    /** Words that say what follows is someone's trade: "po zanimanju", "po struci", "по професија", "me profesion". */
    private static final Pattern BY_TRADE = Pattern.compile("(?:po\\s+(?:zanimanju|struci|profesiji)|по\\s+(?:професија"
            + "|занимање|струка)|me\\s+profesion)\\s");
    /**
     * An age, then a given name alone and what the person is set apart, inside a sentence: "Меѓу волонтерите е и
     * дванаесетгодишниот Лука, кој доаѓа со својот татко.", "Tu je i 17-godišnji Haris, učenik gimnazije,".
     */
    private static final Pattern AGED_GIVEN_NAME_IN_PASSING = Pattern.compile("(?<=\\s)" + AGE_BEFORE_NAME
            + "\\s+(?<name>\\p{Lu}\\p{Ll}+),\\s+"
            + "(?<description>\\p{Ll}[^,.;:\"\u201c\u201e\u00ab\u00bb]{2,80})[.,]");
    /** The pronouns that open a relative clause set apart after a name, which says who the person is: "кој", "koja". */
    /** Pronouns and auxiliaries that stand beside a verb, never in a role: "Drži je", "Го држи", "Vode ih". */
    private static final Set<String> CLITICS = Set.of("je", "ga", "ju", "ih", "su", "mu", "joj", "го", "ја", "ги",
            "е", "му");
    /** An age set apart after a name: ", 74", ", 62 vjeç". */
    private static final String AGE_APART = ",\\s+\\d{1,3}(?:\\s+\\p{Ll}+)?";
    /** An age set apart between a name and what is said of the person. */
    private static final Pattern AGE_BETWEEN = Pattern.compile(AGE_APART);
    /**
     * An Albanian object pronoun opening a sentence, then its verb (not a noun in the definite form after its article,
     * "I pandehuri"): "E menaxhon", "I shet".
     */
    private static final Pattern ALBANIAN_CLITIC_VERB = Pattern.compile("(?:E|I)\\s+\\p{Ll}+(?<![iua])");
    /** A clause of who someone is after their name, and maybe their age, closing the sentence: ", 67, koji ...". */
    private static final Pattern CLAUSE_AFTER_NAME = Pattern.compile("(?:" + AGE_APART + ")?,\\s+"
            + "(?<clause>(?:koji|koja|који|која|кој|што|që|i\\s+cili|e\\s+cila)\\s+[^;:\"\u201c\u201e\u00ab]+?)[.!]?");
    /**
     * An Albanian object in the accusative, its pronoun and the verb, before the subject: "Njërën e mban", "Punishten e
     * drejton" (a role opens in the nominative, which ends otherwise: "Drejtori i shkollës").
     */
    private static final Pattern FRONTED_OBJECT = Pattern.compile("\\p{Lu}\\p{Ll}+(?:n|në)\\s+(?:e|i)\\s+\\p{Ll}+");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("koji", "koja", "који", "која", "кој", "që");
    /** A given name alone, then an age in years set apart, opening a sentence: "Vjollca, 81 vjeç, vjen". */
    private static final Pattern GIVEN_NAME_AGED = Pattern.compile("(?<name>\\p{Lu}\\p{Ll}+),\\s+\\d{1,3}\\s+"
            + "(?:vjeç|vjeçe|godina|godine|година|години|ans|años),\\s+\\p{Ll}");
    /**
     * A given name alone opening a sentence, then what the person is, set apart, then the verb: "Lejla, mlada
     * pčelarka iz Srebrenika, planira odustati".
     */
    private static final Pattern GIVEN_NAME_DESCRIBED = Pattern.compile("(?<name>\\p{Lu}\\p{Ll}+),\\s+"
            + "(?<description>\\p{Ll}[^,.;:\"\u201c\u201e\u00ab\u00bb]{2,60}),\\s+\\p{Ll}");
    /** An age after a name: "14 ans", "de 23 años". */
    private static final Pattern AGE = Pattern.compile("^(?:de\\s+)?\\d{1,3}\\s+(?:ans|años)$");
    /**
     * An age opening the words before a name: "24-годишниот", "34-godišnji", "45-vjeçari", and in words,
     * "Sedamdesetogodišnja".
     */
    private static final Pattern LEADING_AGE = Pattern.compile("^(?:\\d{1,3}-\\p{Ll}+|(?iu:\\p{L}+(?:годишн|godišnj"
            + "|vjeçar)\\p{L}*))\\s+(?=\\p{Lu})");
    /** An age in words, which is no role: "Педесет и петгодишната", "Pedesetogodišnja", "67-vjeçari". */
    private static final Pattern AGE_IN_WORDS = Pattern.compile("(?iu)(?:годишн|godišnj|godisnj|vjeçar)\\p{L}*$");
    /**
     * Whom the words were told, between a name and its verb or after the verb and the name: "Branko Bačić za HRT je
     * izjavio", "X за IWPR изјави", "rekla je Hodžić za IWPR" (a broadcaster's acronym after a name of two words,
     * "Ministarstvo za EU" being a body's name; IWPR after any name).
     */
    private static final Pattern TOLD_AFTER_NAME = Pattern.compile(
            "(?:(?<=\\p{Lu}\\p{Ll}{1,40}\\s\\p{Lu}\\p{Ll}{1,40})\\s+(?:za|за)\\s+\\p{Lu}[\\p{Lu}\\d]{1,5}"
            + "|(?<=\\p{Lu}\\p{Ll}{1,40})\\s+(?:za|за)\\s+IWPR)$");
    /**
     * After what event it was said, between the verb and who: "изјавила је после изрицања пресуде X", "изјави по
     * изрекувањето адвокатката X", "deklaroi pas shpalljes së vendimit X"; the event's words run to a capitalised
     * word or to what someone does.
     */
    private static final Pattern AFTER_EVENT = Pattern.compile("^(?:posle|poslije|nakon|после|након|по|pas|après"
            + "|tras|después\\s+de)\\s+(?=\\p{Ll})");
    /**
     * A pronoun, then when or where in lower-case words: "тој по церемонијата", "ona nakon sastanka", "ai pas takimit".
     */
    private static final Pattern PRONOUN_THEN_WHEN = Pattern.compile("^(\\p{L}+)\\s+(?:по|после|пред|на|во|за\\s+време\\s+на"
            + "|posle|poslije|nakon|prije|pred|na|u|tokom|pas|para|në|gjatë)\\s+\\p{Ll}[\\p{Ll}\\s-]*$");
    /** A clause that withholds a surname: "da joj se navede prezime", "не сакаше да го каже презимето", "mbiemrin". */
    private static final Pattern SURNAME_WITHHELD = Regexes.compile("\\b(?:prezime|презиме|mbiemr)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word in capitals of two letters or more: "EVN", "ЕВН", "KEDS". */
    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}{2,}");
    /** "They", which stands for a body whose words came right before: BCS, Macedonian, Albanian. */
    private static final Set<String> BODY_PRONOUNS = Set.of("oni", "one", "они", "оне", "тие", "ata", "ato");
    /** "Kako je navela", "Kako navode", "Како рече": "as" and a verb of saying, its subject left out. */
    private static final Pattern SUBJECTLESS_AS = Pattern.compile("(?:Kako|Како)\\s");
    /** A gerund of saying, whose subject is that of the verb before it: "ističući", "истакнувајќи", "duke theksuar". */
    private static final Pattern GERUND = Pattern.compile("\\p{L}+(?:ći|ћи|јќи)|duke\\s+\\p{L}+");
    /**
     * A gerund of saying closing a sentence after the speaker's other words, with "that" and words of its own: "...",
     * rekao je X, dodajući da ...", "X je rekao da ..., ističući da ...", "..., додавајќи дека ...", "..., duke shtuar
     * se ...": the same speaker's second attribution. Only the listed gerunds, as "-ći" ends other words too
     * ("budući", "sljedeći").
     */
    private static final Pattern TRAILING_GERUND = Pattern.compile(",\\s+(?<cue>(?:"
            + QuoteGrammar.alternation(Stream.of("bcs-gerunds", "mk-gerunds")
                    .flatMap(section -> QuoteGrammar.LEXICON.words(section).stream()).toList())
            + ")|duke\\s+(?:" + QuoteGrammar.alternation("sq-participles") + "))\\s+(?:da|да|дека|se)\\s+"
            + "(?<q>[^\"\u201c\u201d\u201e\u00ab\u00bb]{3,}?)[.!?]?$");
    /** A run of two capitalised words or more: a name, or a body's with its acronym. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+");
    /** A body's own name in quotation marks after what kind of body it is: "здружение „Фронт 21/42“". */
    private static final Pattern QUOTED_NAME = Pattern.compile("[„“\"«]\\s*([^\\s„“”\"«»][^„“”\"«»]*?)\\s*[“”\"»]$");
    /** An office, then the fields it has listed, lower-case, with commas and "and" before the last. */
    private static final Pattern OFFICE_WITH_LISTED_FIELDS = Pattern.compile("[^,]+(?:,\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)+"
            + "\\s+(?:i|и|dhe|e)(?:\\s+\\p{Ll}+){1,3}");
    /** Words in lower case only, one or more: a body's kind before its quoted name ("семејната винарија"). */
    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)*");

    /** What says a person's sex in this language, so that "ona" and "rekla je" go to a woman. */
    private final EuropeanPeople people;
    private final QuoteGrammar grammar;

    /** The language's common given names, as written in the nominative; none for French and Spanish. */
    private final Set<String> givenNames;

    private EuropeanQuoteExtractor(QuoteGrammar grammar, EuropeanPeople people, Set<String> givenNames) {
        this.grammar = grammar;
        this.people = people;
        this.givenNames = givenNames;
    }

    public static EuropeanQuoteExtractor french() {
        return new EuropeanQuoteExtractor(RomanceGrammars.FRENCH, EuropeanPeople.NONE, Set.of());
    }

    public static EuropeanQuoteExtractor spanish() {
        return new EuropeanQuoteExtractor(RomanceGrammars.SPANISH, EuropeanPeople.NONE, Set.of());
    }

    /** The finder of the Macedonian edition. */
    public static EuropeanQuoteExtractor macedonian() {
        return new EuropeanQuoteExtractor(MacedonianGrammar.MACEDONIAN, EuropeanPeople.MACEDONIAN,
                QuoteGrammar.LEXICON.words("mk-given-names"));
    }

    /** The finder of the Albanian edition. */
    public static EuropeanQuoteExtractor albanian() {
        return new EuropeanQuoteExtractor(AlbanianGrammar.ALBANIAN, EuropeanPeople.ALBANIAN,
                QuoteGrammar.LEXICON.words("sq-given-names"));
    }

    /** The finder of the Bosnian, Croatian and Serbian edition. */
    public static EuropeanQuoteExtractor bosnianCroatianSerbian() {
        return new EuropeanQuoteExtractor(SouthSlavicGrammar.BCS, EuropeanPeople.BOSNIAN_CROATIAN_SERBIAN,
                QuoteGrammar.LEXICON.words("bcs-given-names"));
    }

    /** A source met so far: its name, kind and the role first given. */
    private record Speaker(String name, SourceKind kind, String role) {
    }

    /** What reading an article has gathered: the sources quoted, the last last, and the attributions. */
    private static final class Reading {
        final List<String> paragraphs;
        /** The paragraph being read. */
        int paragraph;
        final List<Speaker> known = new ArrayList<>();
        final List<Attribution> found = new ArrayList<>();
        UnnamedLede unnamedLede;
        /** The sentence's verb, which may say whether a woman or a man said it ("rekla je"), for a pronoun or none. */
        String cue;
        /** Whether who speaks is read after the words and the verb ("..., shton tapiceri"). */
        boolean afterTheWords;

        Reading(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }
    }

    /** A lede's report by someone only described, whom nothing in the lede names: who, what, how and the cue. */
    private record UnnamedLede(String who, String text, QuotationKind kind, String cue) {
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        Set<String> authorKeys = authors.stream().map(SourceNames::key).collect(Collectors.toSet());
        Reading reading = new Reading(paragraphs);
        QuoteContinuation.read(paragraphs, reading.found, EuropeanQuoteExtractor::sentences,
                (sentence, p) -> attribute(sentence, p, reading, authorKeys));
        witnessOfTheLede(reading);
        return InterviewAnswers.SOUTH_SLAVIC_AND_ALBANIAN.addTo(BodyReferences.referBack(reading.found), paragraphs);
    }

    /**
     * A court report's lede describes a witness ("Bivši pripadnik specijalne jedinice MUP-a Srbije svedočio je ...
     * da ...") whom the next paragraph names as "the witness" ("Svedok, koji je svedočio pod pseudonimom K-84,
     * rekao je"): the lede's words are that witness's, with the lede's description for role.
     */
    private static void witnessOfTheLede(Reading reading) {
        UnnamedLede lede = reading.unnamedLede;
        if (lede == null || reading.found.stream().anyMatch(a -> a.paragraph() == 0)) {
            return;
        }
        reading.found.stream().filter(a -> a.paragraph() == 1).findFirst()
                .filter(a -> a.sourceKind() == SourceKind.PERSON && a.role() != null
                        && WITNESS_NOUNS.contains(lower(a.role())))
                .ifPresent(witness -> reading.found.add(0, new Attribution(witness.source(), SourceKind.PERSON,
                        lede.who(), lede.text(), lede.kind(), lede.cue(), 0)));
    }

    /**
     * A paragraph's sentences: each ends at ".", "!" or "?" (or the quotation mark closing after one) outside
     * quotation marks, before a capital or an opening quotation mark; a title's full stop ("prof.", "M.") or an
     * initial's ends none.
     */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int depth = 0;
        int low = 0; // „ opened, to be closed by “ or ”
        boolean straight = false;
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\u201e') {
                low++;
                depth++;
            } else if ((c == '\u201c' || c == '\u201d') && low > 0) {
                low--;
                depth--;
            } else if (c == '\u00ab' || c == '\u201c') {
                depth++;
            } else if ((c == '\u00bb' || c == '\u201d') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
            boolean closing = (c == '\u00bb' || c == '\u201d' || c == '\u201c' || c == '"') && i > 0
                    && ".!?".indexOf(paragraph.charAt(i - 1)) >= 0;
            boolean stop = (c == '.' || c == '!' || c == '?') && depth == 0 && !straight || closing && depth == 0
                    && !straight;
            if (!stop || i + 2 >= paragraph.length() || paragraph.charAt(i + 1) != ' ') {
                continue;
            }
            char next = paragraph.charAt(i + 2);
            if (c == '.' && titleBefore(paragraph, i)) {
                continue; // "Деканот на факултетот, проф. Гоце Трајков, ...": a title's stop, then the name
            }
            if (Character.isUpperCase(next) || next == '\u00ab' || next == '\u201c' || next == '\u201e' || next == '"') {
                sentences.add(paragraph.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        sentences.add(paragraph.substring(start).strip());
        return sentences;
    }

    /** Whether the word that ends at the full stop at {@code stop} is a title written with one, or an initial. */
    private static boolean titleBefore(String paragraph, int stop) {
        int start = stop;
        while (start > 0 && !Character.isWhitespace(paragraph.charAt(start - 1))) {
            start--;
        }
        String word = paragraph.substring(start, stop);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || TITLES_WITH_STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    private void attribute(String sentence, int p, Reading reading, Set<String> authorKeys) {
        reading.paragraph = p;
        Matcher m;
        Speaker speaker;
        String text;
        QuotationKind kind = QuotationKind.DIRECT;
        boolean quoteFirst;
        if ((quoteFirst = (m = grammar.quoteThenSpeaker().matcher(sentence)).matches())
                || (m = grammar.speakerThenQuote().matcher(sentence)).matches()) {
            reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
            reading.afterTheWords = quoteFirst;
            // "kaže Bešlagić, dok sipa čaj": what the speaker does meanwhile, after who, is no part of who
            speaker = speaker(quoteFirst && m.group("who") != null
                    ? MEANWHILE_AFTER_WHO.matcher(m.group("who")).replaceFirst("") : m.group("who"), reading, false);
            reading.afterTheWords = false;
            text = quoted(m);
        } else if ((m = grammar.quoteThenFromBody().matcher(sentence)).matches()) {
            speaker = fromBody(m.group("who"), m.group("in") != null);
            text = quoted(m);
        } else if ((m = grammar.reportSays().matcher(sentence)).matches()
                && (m.group("as") == null) == (m.group("cue") != null)) {
            // "U izvještaju Institucije ombudsmena navodi se da", "Kako se navodi u izvještaju X, ...": the body whose
            // report it is
            speaker = fromBody(m.group("who"), false);
            text = m.group("q").strip();
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.reportSaid().matcher(sentence)).matches()) {
            // "..., navodi se u izvještaju Centra za životnu sredinu.": the body whose report gives the words before
            speaker = fromBody(m.group("who"), false);
            text = m.group("q").strip();
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.fromBodyThat().matcher(sentence)).matches()) {
            speaker = m.group("they") != null ? speaker(m.group("they"), reading, false)
                    : fromBody(m.group("who"), m.group("in") != null);
            text = m.group("q").strip();
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.accordingTo().matcher(sentence)).matches()) {
            boolean view = grammar.views().contains(m.group("cue"));
            String[] words = appositive(m.group("q"));
            if (m.group("who") == null) {
                // only a cue whose own words say whose ("Prema njegovim riječima", "Prema Marinovim riječima") stands
                // without a name after it, or a clause of saying without its subject, as BCS writes "as she said"
                // ("Kako je navela, ...", "Kako navode, ...": whoever was quoted last)
                String owner = possessiveOwner(m.group("cue"));
                if (owner == null && Arrays.stream(SPACES.split(m.group("cue"))).map(QuoteGrammar::lower)
                        .noneMatch(grammar.pronouns()::contains) && !SUBJECTLESS_AS.matcher(m.group("cue")).lookingAt()) {
                    return;
                }
                reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
                speaker = speaker(owner, reading, false);
                words = new String[] {"", m.group("q").strip()};
            } else {
                String who = withoutSource(m.group("who"));
                String[] named = nameSetApart(who, m.group("q"));
                // "Kako je rekla X": a name the cue leaves in the nominative is taken as written
                boolean genitive = grammar.morphology().namesInTheGenitive(m.group("cue"));
                UnaryOperator<String> nominative = genitive ? grammar.morphology()::nominative : UnaryOperator.identity();
                if (named != null) {
                    // "Според претседателот на синдикатот, Зоран Стојановски, ...": the role, then the name; a role
                    // the name's nominative leaves as it was opens with what someone does ("direktora bolnice")
                    String role = nominative.apply(who);
                    if (genitive && role.equals(who.strip())) {
                        role = grammar.morphology().roleNominative(who);
                    }
                    reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
                    speaker = speaker(role + ", " + nominative.apply(named[0]), reading, false);
                    words = new String[] {"", named[1]};
                } else {
                    reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
                    speaker = speaker(nominativeBeforeFrom(who, nominative)
                            + (words[0].isEmpty() ? "" : ", " + grammar.morphology().roleNominative(words[0])),
                            reading, !view);
                }
            }
            if (view && (speaker == null || speaker.kind() == SourceKind.ANONYMOUS)) {
                return; // "Pour la première fois, ...": a view is a named person's or a body's
            }
            text = words[1];
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.trailingAccordingTo().matcher(sentence)).matches()) {
            reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
            // "..., sipas Bashkisë së Shkodrës.": the name the cue puts in the genitive or ablative, in the nominative,
            // as when the cue opens the sentence
            boolean genitive = reading.cue != null && grammar.morphology().namesInTheGenitive(reading.cue);
            speaker = speaker(genitive ? nominativeBeforeFrom(m.group("who"), grammar.morphology()::nominative)
                    : m.group("who"), reading, true);
            text = m.group("q");
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.speakerThat().matcher(sentence)).matches()) {
            boolean gerund = GERUND.matcher(m.group("cue")).matches();
            reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
            String doer = m.group("who") == null ? null : QuoteGrammar.doerBeforeAnd(m.group("who"), AND,
                    word -> givenNames.contains(bare(word)) || grammar.pronouns().contains(lower(word)));
            speaker = speaker(gerund ? subjectOfGerund(m.group("who")) : doer != null ? doer : m.group("who"),
                    reading, false);
            text = m.group("q").strip();
            Matcher whole = WHOLE_QUOTE.matcher(text);
            if (whole.matches()) {
                text = quoted(whole); // "a déclaré que « ... »": the words themselves
            } else {
                kind = QuotationKind.INDIRECT;
            }
            if (speaker == null && p == 0 && m.group("who") != null && reading.unnamedLede == null) {
                // "Bivši pripadnik specijalne jedinice MUP-a Srbije svedočio je ... da ...": whom the lede describes
                // may be named in the next paragraph (below)
                reading.unnamedLede = new UnnamedLede(m.group("who").strip(), text, kind, cue(m, sentence));
            }
        } else if ((m = grammar.reportedThenSpeaker().matcher(sentence)).matches()
                && SPACES.split(m.group("q").strip()).length >= 3) {
            // "Les négociations ont échoué, a estimé X.": only a source the words after the verb name
            reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
            speaker = speaker(m.group("who"), reading, false);
            text = m.group("q").strip();
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.verbOpening().matcher(lowerFirst(sentence))).matches()) {
            if (GERUND.matcher(m.group("cue")).matches()) {
                return; // "Ističući da ..., branilac je zatražio": a gerund's subject follows, not the source before
            }
            // "Dodao je da ...", "Dodala je da ...": a verb opening the sentence, capitalised for it, and no subject
            reading.cue = m.start("cue") >= 0 ? m.group("cue") : null;
            speaker = speaker(null, reading, false);
            text = m.group("q").strip();
            kind = QuotationKind.INDIRECT;
        } else {
            named(sentence, reading);
            return;
        }
        if (speaker == null || text.isBlank() || authorKeys.contains(SourceNames.key(speaker.name()))) {
            return;
        }
        Speaker first = firstKnown(speaker, reading);
        reading.known.removeIf(k -> k.name().equals(speaker.name()));
        reading.known.add(first);
        // "Učiteljica X radi ovdje ...", then "kaže ona": her first words, in the role she was named in
        String role = speaker.role() == null && speaker.kind() == SourceKind.PERSON
                && reading.found.stream().noneMatch(a -> a.source().equals(speaker.name()))
                && (first.role() == null || !AGE_IN_WORDS.matcher(first.role()).find()) ? first.role() : speaker.role();
        String cue = cue(m, sentence);
        Matcher added = TRAILING_GERUND.matcher(sentence);
        if (added.find() && !GERUND.matcher(cue).matches()) {
            int at = text.indexOf(", " + added.group("cue") + " ");
            String own = at > 0 ? text.substring(0, at).strip() : text;
            reading.found.add(new Attribution(speaker.name(), speaker.kind(), role, own, kind, cue, p));
            reading.found.add(new Attribution(speaker.name(), speaker.kind(), null, added.group("q").strip(),
                    QuotationKind.INDIRECT, added.group("cue"), p));
            return;
        }
        reading.found.add(new Attribution(speaker.name(), speaker.kind(), role, text, kind, cue, p));
    }

    /** The cue as written, capital and all, without what says only when it was said. */
    private String cue(Matcher m, String sentence) {
        // only a report's words after "as it says" have their verb before the report ("Kako se navodi u ...")
        String cue = m.start("cue") >= 0 ? "cue" : "asCue";
        return grammar.morphology().cueAsSaid(sentence.substring(m.start(cue), m.end(cue)).strip());
    }

    /**
     * A person a sentence opens with, by role and full name, though it reports no words ("Advokatica odbrane Vasvija
     * Vidović najavila je žalbu."): the one "ona" and the surname alone mean after it.
     */
    private void named(String sentence, Reading reading) {
        Matcher siblings = SIBLINGS.matcher(sentence);
        if (siblings.find()) {
            // "овците ги стрижат браќата Ѓорѓи и Никола Ристовски": two given names before the surname they share;
            // whom "вели Ѓорѓи" names next, by the given name
            knownLast(person(siblings.group("first") + " " + siblings.group("surname"), null), reading);
            knownLast(person(siblings.group("second") + " " + siblings.group("surname"), null), reading);
            return;
        }
        Matcher kin = ALBANIAN_KIN_INSIDE.matcher(sentence);
        if (kin.find() && RELATIONS.contains(lower(kin.group("relation")))) {
            // "Ilir Çela dhe vëllai i tij Bujar sjellin dru": whom someone is to another, and a given name, inside a
            // sentence; whom "Bujari shton" names next, in that relation (whoever else the sentence names is read too)
            knownLast(person(kin.group("name"), kin.group("role")), reading);
        }
        Matcher slavicKin = SLAVIC_KIN_INSIDE.matcher(sentence);
        if (slavicKin.find() && RELATIONS.contains(slavicKin.group("relation"))) {
            // "Nabavku guma preuzeo je njegov sin Haris.": whose relation someone is and a given name, inside a
            // sentence; whom "Haris tvrdi" names next, in that relation (whoever else the sentence names is read too)
            knownLast(person(slavicKin.group("name"), slavicKin.group("role")), reading);
        }
        Matcher owner = ALBANIAN_GENITIVE_NAME.matcher(sentence);
        if (owner.find()) {
            // "Lavanderia e Marsela Dhimës ...": whose a thing is, a woman's full name in the genitive; whom "Dhima
            // tregon" names next
            knownLast(person(owner.group("given") + " " + owner.group("surname") + "a", null), reading);
            return;
        }
        Matcher his = ALBANIAN_MANS_GENITIVE_NAME.matcher(sentence);
        if (his.find() && givenNames.contains(his.group("given"))) {
            // "dyqani i erëzave i Arben Bregut ...": whose a thing is, a man's full name in the genitive, the surname's
            // "-t" dropped; whom "thotë Bregu" names next
            knownLast(person(his.group("given") + " " + his.group("surname"), null), reading);
            return;
        }
        Matcher possessor = MACEDONIAN_POSSESSOR.matcher(sentence);
        if (possessor.find()) {
            // "Гулабарникот на Методија Петровски во Прилеп е ...": whom "раскажува Петровски" names next
            knownLast(person(possessor.group("name"), null), reading);
            return;
        }
        Matcher related = RELATION_SUBJECT.matcher(sentence);
        if (!related.lookingAt()) {
            related = OWN_RELATION_SUBJECT.matcher(sentence); // "Njegova supruga Mirsada radi za pultom."
        }
        // "Nxënësi i vetëm, Arbër Hoxha, është ...", "Неговиот ученик, Стефан Јовановски,": what someone is, after
        // whose or not, as well as whom they are to someone
        String[] roleWords = related.lookingAt() ? SPACES.split(related.group("role").strip()) : new String[0];
        if (related.lookingAt() && (isRelation(roleWords)
                || related.pattern() == RELATION_SUBJECT && (grammar.isOccupation(roleWords[0])
                // "Najmlađa članica, ...": an adjective, then what someone is; "Bivši štićenik doma, ...": and of what
                || roleWords.length == 2 && saysWhatSomeoneDoes(roleWords[1])
                || roleWords.length == 3 && AGENT_NOUN.matcher(roleWords[1]).matches()
                || roleWords.length > 1 && POSSESSIVES.contains(lower(roleWords[0]))
                && grammar.isOccupation(roleWords[1])))
                && (related.pattern() == RELATION_SUBJECT
                || POSSESSIVES.contains(lower(SPACES.split(related.group("role"))[0]))
                || SURNAMES_OWN.matcher(SPACES.split(related.group("role"))[0]).matches() && isRelation(roleWords))) {
            // "Majka jednog od učenika, Senada, svaki dan vozi ...": whom she is to someone, then her given name
            String what = related.pattern() == OWN_RELATION_SUBJECT ? related.group("what") : null;
            boolean described = what != null && saysWhatSomeoneDoes(SPACES.split(what)[0]);
            Speaker person = person(related.group("name"), related.group("role") + (described ? ", " + what : ""));
            knownLast(person, reading);
            return;
        }
        Matcher aged = GIVEN_NAME_AGED.matcher(sentence);
        if (aged.lookingAt() && !grammar.isBodyWord(aged.group("name"))) {
            // "Vjollca, 81 vjeç, vjen çdo mëngjes ...": a given name alone, and her age, set apart
            Speaker person = person(aged.group("name"), null);
            knownLast(person, reading);
            return;
        }
        Matcher given = GIVEN_NAME_DESCRIBED.matcher(sentence);
        if (given.lookingAt() && !grammar.isBodyWord(given.group("name"))) {
            // "Lejla, mlada pčelarka iz Srebrenika, planira odustati.": a given name alone and what the person does,
            // an adjective before it maybe, or whom they are to someone
            String[] described = SPACES.split(given.group("description"));
            if (saysWhatSomeoneDoes(described[0]) || isRelation(described) || AGENT_NOUN.matcher(described[0]).matches()
                    || described.length > 1 && (saysWhatSomeoneDoes(described[1])
                    || AGENT_NOUN.matcher(described[1]).matches())) {
                knownLast(person(given.group("name"), given.group("description")), reading);
                return;
            }
        }
        // "U Mostaru Lejla Bubalo pravi ...": where, opening the sentence before a full name and its verb
        Matcher place = OPENING_PLACE.matcher(sentence);
        String fromSubject = place.lookingAt() ? sentence.substring(place.end()) : sentence;
        Matcher subject = SUBJECT.matcher(fromSubject);
        Matcher lone = LONE_SUBJECT.matcher(fromSubject);
        if (!subject.lookingAt() && lone.lookingAt()) {
            // "Ramadani je u Beograd došao ...": a surname alone opening the sentence, of someone named in full before
            Speaker person = speaker(lone.group(1), reading, false);
            if (person != null && person.kind() == SourceKind.PERSON && person.name().contains(" ")) {
                knownLast(withoutRole(person), reading);
                return;
            }
        }
        if (!subject.lookingAt()) {
            // "S njom radi i dvadesetogodišnja Amina Sadiković, studentica likovne akademije.": a full name in passing,
            // and what the person is, set apart; whom "rekla je Amina" means later
            Matcher passing = NAMED_IN_PASSING.matcher(sentence);
            boolean inPassing = passing.find();
            if (!inPassing) {
                // "... е и дванаесетгодишниот Лука, кој доаѓа ...": a given name alone after an age
                passing = AGED_GIVEN_NAME_IN_PASSING.matcher(sentence);
                inPassing = passing.find();
            }
            String[] described = inPassing ? SPACES.split(passing.group("description")) : new String[0];
            // ("Amela Kovačević, jedina žena u društvu,": an adjective and a noun of a person, as of a relation; "Лука,
            // кој доаѓа со својот татко,": a relative clause)
            // "Ivan Matić, umirovljeni željezničar.": an adjective before what someone does
            if (described.length > 0 && (saysWhatSomeoneDoes(described[0]) || isRelation(described)
                    || RELATIVE_PRONOUNS.contains(lower(described[0]))
                    || described.length > 1 && saysWhatSomeoneDoes(described[1]))
                    && !grammar.isBodyWord(SPACES.split(passing.group("name"))[0])
                    // ("Во Кочани, каде ...": where, a preposition and a place, set apart as a name may be)
                    && !OPENING_PREPOSITIONS.contains(lower(SPACES.split(passing.group("name"))[0]))) {
                // ("ги прави пензионерот Томе Јанев, поранешен наставник": what the person is right before the name
                // too, as two descriptions joined by a comma)
                String whatBefore = occupationBefore(sentence.substring(0, passing.start("name")));
                Speaker person = person(passing.group("name"), (whatBefore == null ? "" : whatBefore + ", ")
                        + passing.group("description") + secondDescription(sentence.substring(passing.end("description"))));
                knownLast(person, reading);
                return;
            }
            // "Na otočiću Palagruži, usred Jadrana, svjetioničar Ivo Radić provodi ...": what someone does and a full
            // name, the subject of a verb after where and when
            Matcher inside = OCCUPATION_THEN_NAME.matcher(sentence);
            if (inside.find() && (grammar.isOccupation(inside.group("role"))
                    || AGENT_NOUN.matcher(inside.group("role")).matches())
                    && !grammar.isBodyWord(SPACES.split(inside.group("name"))[0])) {
                Speaker person = person(inside.group("name"), inside.group("role"));
                knownLast(person, reading);
                return;
            }
            // "Čajdžinicu u Baščaršiji Nihad Bešlagić naslijedio je od oca.", "Radnju u Varošu Ante Jurić vodi od
            // 1995.": a full name before a verb, the subject after what the sentence opens with
            Matcher beforeVerb = NAME_BEFORE_VERB.matcher(sentence);
            if (beforeVerb.find() && !grammar.isBodyWord(SPACES.split(beforeVerb.group("name"))[0])) {
                // ("servis Lasla Tota radi": a name in the genitive before the verb is whose the subject is, Laslo Tot)
                String[] pair = SPACES.split(beforeVerb.group("name"));
                String nominative = fullNameInPassing(pair, 0);
                knownLast(person(nominative != null ? nominative : beforeVerb.group("name"), null), reading);
                return;
            }
            // "Slastičarnu je otvorio djed Emira Čolakovića": whose relation someone is, a full name in the genitive;
            // whom "Emir kaže" names next
            Matcher whose = RELATION_OF_NAME.matcher(sentence);
            while (whose.find()) {
                String nominative = grammar.morphology().nominative(whose.group("name"));
                boolean relation = RELATIONS.contains(lower(whose.group("relation")))
                        // "a kod Huse Mehanovića i skuplje": at or from whom, a man's "-ić" surname in the genitive
                        || GENITIVE_PREPOSITIONS.contains(lower(whose.group("relation")))
                        && GENITIVE_IC.matcher(whose.group("name")).find();
                if (relation && !nominative.equals(whose.group("name"))) {
                    knownLast(person(nominative, null), reading);
                    return;
                }
            }
            namedInPassingByGivenName(sentence, reading);
            return;
        }
        String[] words = SPACES.split(subject.group("who"));
        if (words.length == 2 && grammar.isOccupation(words[0])) {
            return; // "Tužilac Horvat zatražio je": what someone is and a surname, no full name
        }
        if (OPENING_PREPOSITIONS.contains(lower(words[0]))) {
            return; // "На Бит пазар во Скопје продавачите велат": where, capitalised for opening the sentence
        }
        if (words.length > 3 && PERSONAL_PRONOUNS.contains(lower(words[0]))) {
            // "Ai quhet Gjergj Kola dhe ...", "On se zove Ivan Horvat i ...": whom the pronoun says is called so; the
            // words before the name are no role
            knownLast(person(words[words.length - 2] + " " + words[words.length - 1], null), reading);
            return;
        }
        if (words.length == 4 && !grammar.isOccupation(words[0])
                && (CLITICS.contains(lower(words[1])) || CLITICS.contains(lower(words[0]))
                || ALBANIAN_CLITIC_VERB.matcher(words[0] + " " + words[1]).matches())
                || words.length == 5 && FRONTED_OBJECT.matcher(String.join(" ", Arrays.copyOf(words, 3))).matches()) {
            // "Drži je Esad Muratović, 67, koji ...", "Го држи Зоран Петковски, кој ...", "Njërën e mban Shpend
            // Kryeziu, 62 vjeç, i cili ...": a verb and its pronoun before the name, an object before them maybe,
            // are no role; a clause of who the person is after the name (and an age) is
            Matcher clause = CLAUSE_AFTER_NAME.matcher(fromSubject.substring(subject.end("who")));
            knownLast(person(words[words.length - 2] + " " + words[words.length - 1],
                    clause.matches() ? clause.group("clause") : null), reading);
            return;
        }
        Speaker said = speaker(subject.group("who"), reading, false);
        String[] before = said == null || said.role() == null ? new String[0] : SPACES.split(said.role());
        // ("Pruće za korpe Ivo Marić siječe ...": a thing and what it is for, the verb's object before its subject, are
        // no role where no word of them says what someone is)
        boolean objectBefore = before.length >= 2
                && Arrays.stream(before).anyMatch(w -> OBJECT_PREPOSITIONS.contains(lower(w)))
                && !saysWhatSomeoneDoes(before[0]) && !AGENT_NOUN.matcher(lower(before[0])).matches()
                && !isRelation(before) && !POSSESSIVES.contains(lower(before[0]));
        // ("Fahrudin Hodžić iz Tutina peći zida ...": where someone is from, right after the name, is the role when
        // nothing says more, as it is where the name is who says)
        Matcher from = said != null && said.kind() == SourceKind.PERSON && said.role() == null
                ? FROM_PLACE_AFTER_NAME.matcher(fromSubject.substring(subject.end("who"))) : null;
        if (from != null && from.lookingAt()) {
            said = person(said.name(), from.group("from"));
        }
        // ("Pekaru u Banja Luci otvorila je ...": capitalised words after a preposition are where, not who)
        if (said != null && said.kind() == SourceKind.PERSON && said.name().contains(" ")
                && (said.role() == null || !OPENING_PREPOSITIONS.contains(lower(lastWord(said.role()))))) {
            knownLast(objectBefore ? withoutRole(said) : said, reading);
        }
    }

    /**
     * "Shkodra njihet si qyteti i biçikletave, dhe Ndue Gjoni i ndreq ato ...": a sentence that reports no words and
     * that none of the rules above reads, naming one person in full inside it by a given name the language's list
     * holds (in Bosnian, Croatian and Serbian its genitive too) and a capitalised word after it, makes that person, in
     * the nominative and without a role, whom a surname, a pronoun or a trade refers to next. Not a street's or a
     * school's namesake ("u ulici Maršala Tita"), nor when the sentence refers to the person before, by a pronoun before
     * the new name or by their surname.
     */
    private void namedInPassingByGivenName(String sentence, Reading reading) {
        String[] words = SPACES.split(sentence.strip());
        String named = null;
        int at = -1;
        for (int i = 1; i + 1 < words.length; i++) {
            String name = fullNameInPassing(words, i);
            if (name == null) {
                continue;
            }
            if (named != null && !named.equals(name)) {
                return; // two people: which one a pronoun after means, the sentence does not say
            }
            named = name;
            at = at < 0 ? i : at;
        }
        if (named == null || NAMESAKE_WORDS.contains(lower(bare(words[at - 1])))) {
            return;
        }
        // ("jedna radnja, ona Esada Mušića": a pronoun set apart right before a name in the genitive is "the one of"
        // that person, not someone the sentence tells of)
        boolean theOneOf = !named.equals(words[at] + " " + bare(words[at + 1])) && at >= 2
                && words[at - 2].endsWith(",");
        for (int i = 0; i < (theOneOf ? at - 1 : at); i++) {
            if (PERSONAL_PRONOUNS.contains(lower(bare(words[i])))) {
                return; // "On je radnju kupio od Ivana Horvata": the sentence tells of the person before
            }
        }
        if (!reading.known.isEmpty()) {
            Speaker last = reading.known.get(reading.known.size() - 1);
            String surname = lastWord(last.name());
            if (last.kind() == SourceKind.PERSON && !last.name().equals(named) && last.name().contains(" ")
                    && Arrays.stream(words).map(EuropeanQuoteExtractor::bare).anyMatch(w -> w.startsWith(surname)
                    && w.length() <= surname.length() + 3)) {
                return;
            }
        }
        // ("vodi Kenan Alispahić, treća generacija urara u porodici.": who the person is, set apart after the name as
        // written and closing the sentence, is the role)
        String written = words[at] + " " + bare(words[at + 1]);
        Matcher closing = DESCRIPTION_CLOSING.matcher(sentence.strip());
        String role = null;
        int nameEnd = sentence.strip().indexOf(written) + written.length();
        // (", 74, koji kukuruz melje ...": an age may stand between the name and who the person is)
        if (written.equals(named) && closing.find() && (closing.start() == nameEnd || closing.start() > nameEnd
                && AGE_BETWEEN.matcher(sentence.strip().substring(nameEnd, closing.start())).matches())
                && !CONJUNCTIONS.contains(lower(SPACES.split(closing.group("description"))[0]))) {
            role = closing.group("description");
        }
        // ("drvene igračke pravi bivši stolar Dušan Popović.": what the person is, right before the name)
        String whatBefore = written.equals(named) ? occupationBefore(String.join(" ", Arrays.copyOfRange(words, 0, at)))
                : null;
        if (whatBefore != null) {
            role = role == null ? whatBefore : whatBefore + ", " + role;
        }
        knownLast(person(named, role), reading);
    }

    /**
     * Whose words a cue says by a name made a possessive adjective, as the name: "Prema Marinovim riječima" is Marin's,
     * "Prema Šimićevim riječima" Šimić's, "Prema Aninim riječima" Ana's; null when the cue says it by no name.
     */
    private static String possessiveOwner(String cue) {
        for (String word : SPACES.split(cue)) {
            Matcher possessive = POSSESSIVE_OF_NAME.matcher(word);
            if (possessive.matches()) {
                return possessive.group("stem") + (possessive.group("suffix").equals("in") ? "a" : "");
            }
        }
        return null;
    }

    /**
     * The full name, in the nominative, that opens at a sentence's word: a given name the language's list holds, then a
     * capitalised word that is no given name and no body's (a Bosnian, Croatian or Serbian man's name in the genitive,
     * "Lasla Tota", is Laslo Tot; a woman's, "Amine Begić", Amina Begić); null if none opens there.
     */
    private String fullNameInPassing(String[] words, int i) {
        String given = words[i];
        String surname = bare(words[i + 1]);
        if (givenNames.isEmpty() || !NAME_IN_PASSING_WORD.matcher(given).matches()
                || !NAME_IN_PASSING_WORD.matcher(surname).matches() || givenNames.contains(surname)
                || namesABody(surname) || namesABody(given) || HONORIFICS_AFTER.contains(lower(surname))) {
            return null;
        }
        if (grammar == SouthSlavicGrammar.BCS && surname.length() > 3 && surname.endsWith("a")
                && !WOMANS_SURNAME_IN_A.matcher(surname).find()) {
            // a man's surname in the genitive after his given name in the genitive: "Ivana Horvata" is Ivan Horvat's
            String stem = surname.substring(0, surname.length() - 1);
            for (String mans : new String[] {chop(given, "a", ""), chop(given, "a", "o"), chop(given, "e", "o")}) {
                if (mans != null && givenNames.contains(mans)) {
                    return mans + " " + stem;
                }
            }
        }
        if (givenNames.contains(given)) {
            return given + " " + surname;
        }
        String womans = grammar == SouthSlavicGrammar.BCS ? chop(given, "e", "a") : null;
        return womans != null && givenNames.contains(womans) && !surname.endsWith("a") ? womans + " " + surname : null;
    }

    /**
     * What someone is, in lower case at the end of the words before their name, with "former" or "retired" before it
     * maybe ("bivši stolar", "пензионерот"); null when the last word says no occupation.
     */
    private String occupationBefore(String before) {
        String[] words = SPACES.split(before.strip());
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))
                || !saysWhatSomeoneDoes(last) && !AGENT_NOUN.matcher(lower(last)).matches()) {
            return null;
        }
        return words.length > 1 && FORMER.contains(lower(words[words.length - 2]))
                ? words[words.length - 2] + " " + last : last;
    }

    /** A word with an ending replaced, if it has the ending and two letters before it; null otherwise. */
    private static String chop(String word, String ending, String replacement) {
        return word.endsWith(ending) && word.length() > ending.length() + 2
                ? word.substring(0, word.length() - ending.length()) + replacement : null;
    }

    /** A word without the punctuation after it. */
    private static String bare(String word) {
        return TRAILING_PUNCTUATION.matcher(word).replaceFirst("");
    }

    /**
     * A second description of a person after the first, closing the sentence, as it joins the first (", po zanimanju
     * medicinska sestra."): one that says by trade or opens with what someone does; empty when there is none.
     */
    private String secondDescription(String rest) {
        Matcher second = SECOND_DESCRIPTION.matcher(rest);
        if (!second.matches()) {
            return "";
        }
        String description = second.group("description");
        // (", umirovljena učiteljica, koja je vez naučila od bake.": a clause of who the person is, too)
        return BY_TRADE.matcher(description).lookingAt() || saysWhatSomeoneDoes(SPACES.split(description)[0])
                || RELATIVE.matcher(" " + description).lookingAt() ? ", " + description : "";
    }

    /** The last word of some words. */
    private static String lastWord(String words) {
        String stripped = words.strip();
        return stripped.substring(stripped.lastIndexOf(' ') + 1);
    }

    /** Remembers a person as the one last named, once. */
    private static void knownLast(Speaker person, Reading reading) {
        reading.known.removeIf(k -> k.name().equals(person.name()));
        reading.known.add(person);
    }

    /**
     * Whether a word in a description says what someone does: an occupation, or a woman's noun made of a listed one
     * (read so only in descriptions: before a name it would split a three-word woman's name after an office).
     */
    private boolean saysWhatSomeoneDoes(String word) {
        return grammar.isOccupation(word) || grammar.morphology().namesAWomansOccupation(word);
    }

    /** The source as first met, with the role then given when this mention gives none. */
    private static Speaker firstKnown(Speaker speaker, Reading reading) {
        if (speaker.role() != null) {
            return speaker;
        }
        return reading.known.stream().filter(k -> k.name().equals(speaker.name())).findFirst().orElse(speaker);
    }

    /** The quoted words, without the full stop that closes them inside the marks. */
    private static String quoted(Matcher m) {
        String words = m.group("q1") != null ? m.group("q1") : m.group("q2") != null ? m.group("q2")
                : m.group("q3") != null ? m.group("q3") : m.group("q4");
        words = words.strip();
        return words.endsWith(".") && !words.endsWith("..") ? words.substring(0, words.length() - 1).strip() : words;
    }

    /**
     * What follows "Pour X," or "Selon X,": who X is, when the words open with it ("président de la Ligue ..., ce
     * procès est ...", "de la Universidad ..., la extorsión ...") or a relative clause about X does ("koja je radila
     * na projektu, prvi radovi ..."), and the words. Another segment with a finite verb is the words' own.
     */
    private String[] appositive(String words) {
        int comma = clauseComma(words);
        if (comma < 0) {
            return new String[] {"", words.strip()};
        }
        String first = words.substring(0, comma).strip();
        String rest = words.substring(comma + 1).strip();
        if (RELATIVE.matcher(" " + first).lookingAt() && !rest.isEmpty()) {
            // "Prema riječima inženjerke X, koja je radila na projektu, prvi radovi ...": a clause about the speaker
            return new String[] {first, rest};
        }
        boolean describes = !first.isEmpty() && Character.isLowerCase(first.charAt(0))
                && SPACES.split(first).length <= 12 && !grammar.finiteVerb().matcher(first).find() && !rest.isEmpty();
        return describes ? new String[] {first, rest} : new String[] {"", words.strip()};
    }

    /**
     * Where the first comma that ends a clause stands, -1 when none does: a comma inside a number ("PM2,5", "3,5
     * posto") is a decimal one.
     */
    private static int clauseComma(String words) {
        Matcher comma = CLAUSE_COMMA.matcher(words);
        return comma.find() ? comma.start() : -1;
    }

    /**
     * The body a plural verb speaks "from": "Лекарската комора", "organizacija X" (the name after its kind), or a
     * capitalised name not listed; null when the words name none. Speaking "in" it ("U Ministarstvu ... su rekli"),
     * only a body whose name has a body's word is taken: a place follows "in" as often ("U Tuzli kažu").
     */
    private Speaker fromBody(String given, boolean in) {
        // "Iz Hrvatske agencije za lijekove (HALMED)": its acronym, in parentheses after its name, is no part of it
        String who = grammar.morphology().bodyNominative(ACRONYM_IN_PARENTHESES.matcher(given).replaceAll("").strip());
        Optional<Speaker> body = body(who, true);
        Matcher quoted = QUOTED_NAME.matcher(who);
        String kind = quoted.find() && quoted.start() > 0 ? who.substring(0, quoted.start()).strip() : null;
        if (body.isEmpty() && kind != null && LOWER_CASE_WORDS.matcher(kind).matches()) {
            // "Од винаријата „Тиквеш“ соопштија", "Iz pekare „Klas“ kažu": people speak from a body, and what stands
            // quoted after its kind, listed or not, is the name it goes by; no person is named in quotation marks
            return new Speaker(quoted.group(1), SourceKind.ORGANISATION, null);
        }
        if (in) {
            // "Во УНЕСКО велат": an acronym in capitals names a body, but not the countries written so ("Во САД");
            // a name quoted after a body's kind is a body's ("Во Центарот за технички прегледи „Пелагонија“ велат")
            boolean quotedAfterKind = kind != null && Arrays.stream(SPACES.split(kind)).anyMatch(grammar::isBodyWord);
            return body.filter(b -> quotedAfterKind
                    || Arrays.stream(SPACES.split(b.name())).anyMatch(grammar::isBodyWord)
                    || CAPITALS.matcher(b.name()).matches() && !COUNTRY_ACRONYMS.contains(b.name())).orElse(null);
        }
        if (body.isPresent()) {
            return body.get();
        }
        List<String> words = Arrays.asList(SPACES.split(who));
        for (int i = 1; i < words.size(); i++) {
            String kindOn = String.join(" ", words.subList(i, words.size()));
            if (grammar.isBodyWord(words.get(i)) && Character.isLowerCase(words.get(i).charAt(0))) {
                // "еколошката организација Ека": the kind, then the body's own name
                Optional<Speaker> named = body(kindOn, true).filter(b -> !b.name().equals(kindOn));
                if (named.isPresent()) {
                    return named.get();
                }
            }
        }
        return !who.isEmpty() && Character.isUpperCase(who.charAt(0))
                ? new Speaker(who, SourceKind.ORGANISATION, null) : null;
    }

    /**
     * The name set apart after a role that "according to" gives without one ("Selon le porte-parole de la police,
     * Jean Dupont, ...", "Sipas zëdhënësit të policisë, Baki Kelani, ..."), and the words after it; null when the
     * role names someone itself or no name alone follows.
     */
    private String[] nameSetApart(String who, String words) {
        int comma = clauseComma(words);
        List<String> whoWords = Arrays.asList(SPACES.split(who.strip()));
        int named = nameStart(whoWords);
        // "Според адвокатот на Трајчевски, Филип Ристески,": a name after "of" is whose the role is, not the person;
        // so is one after a body's noun ("Според директорот на училиштето Гоце Делчев, Зоран Петров,": the school's)
        // and one after "in" (".. на станицата во Велес, Горан Ристов,": where the office is)
        if (comma < 0 || who.isBlank() || !opensDescription(who) || named >= 0 && (named == 0
                || !POSSESSIVE_LINKS.contains(lower(whoWords.get(named - 1)))
                && !PLACE_PREPOSITIONS.contains(lower(whoWords.get(named - 1))) && !namesABody(whoWords.get(named - 1)))) {
            return null;
        }
        String name = stripTitle(words.substring(0, comma));
        String rest = words.substring(comma + 1).strip();
        return isName(name) && name.contains(" ") && !rest.isEmpty() ? new String[] {name, rest} : null;
    }

    /**
     * Whom a pronoun, or a verb without one, refers to when {@code last} is the source last known: that source, unless
     * it is a person whom what is known of them says is of the other sex than the words say ("rekla je" after a man
     * was named); then the last person known who may be of it, if any.
     */
    private Speaker referredTo(Speaker last, Optional<EuropeanPeople.Sex> sex, Reading reading) {
        if (sex.isEmpty() || last.kind() != SourceKind.PERSON || people.fits(last.name(), last.role(), sex.get())) {
            return last;
        }
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker earlier = reading.known.get(i);
            if (earlier.kind() == SourceKind.PERSON && people.fits(earlier.name(), earlier.role(), sex.get())) {
                return earlier;
            }
        }
        return last;
    }

    /**
     * Who the words before or after the verb name, null when nobody: nothing or a pronoun (the source quoted last), a
     * body, an unnamed source, a person by name with their role.
     *
     * @param according whether the words stand after "selon"/"según", where a lone capitalised word is a body
     */
    private Speaker speaker(String given, Reading reading, boolean according) {
        String who = given == null ? "" : grammar.leadingOccasion().matcher(given.strip()).replaceFirst("");
        who = LEADING_TIME.matcher(who).replaceFirst("");
        // "thotë ai duke qeshur", "вели тој смеејќи се", "kaže on, smijući se": what the speaker does meanwhile
        who = DOING_MEANWHILE.matcher(who).replaceFirst("");
        who = HOW_AFTER_WHO.matcher(who).replaceFirst("");
        // "kaže ponosno Kolev": how it was said, between the verb and who
        who = MANNER_BEFORE_WHO.matcher(who).replaceFirst("");
        who = withoutEvent(who);
        who = grammar.occasion().matcher(who).replaceFirst("");
        who = grammar.leadingConnective().matcher(who).replaceFirst("");
        Matcher changed = NAME_CHANGED.matcher(who.strip());
        if (changed.matches()) {
            // "rekla je Amra (ime promijenjeno)", "tha Elona (emri i ndryshuar)": a person by the name given her
            return new Speaker(changed.group("name"), SourceKind.PERSON, null);
        }
        who = ACRONYM_IN_PARENTHESES.matcher(who).replaceAll("").strip();
        // "24-годишниот Арбен Љатифи", "34-godišnji Emir": an age before the name says no more than one after it
        who = LEADING_AGE.matcher(who).replaceFirst("");
        who = TOLD_AFTER_NAME.matcher(who).replaceFirst("");
        Matcher clause = CLAUSE_BEFORE.matcher(who);
        if (clause.lookingAt() && (grammar.finiteVerb().matcher(clause.group("said")).find()
                || SPACES.split(clause.group("said").strip()).length >= 3)) {
            // "Ministar X podnio je ostavku, a premijer Y": a clause of its own, saying nothing, before who speaks
            who = who.substring(clause.end());
        }
        if (who.endsWith(",")) {
            who = who.substring(0, who.length() - 1).strip();
        }
        Matcher from = who.indexOf(',') < 0 ? NAME_THEN_PLACE.matcher(who) : null;
        if (from != null && from.matches() && SPACES.split(from.group(1)).length > 2) {
            // "poljoprivrednik Marko Ivić iz Slavonije": what he does is the role, where he is from names no one (with
            // nothing before the name, "Amra Hodžić iz Maglaja", where she is from is the role, as read below)
            who = from.group(1);
        }
        Matcher pronounThenWhen = PRONOUN_THEN_WHEN.matcher(who);
        if (pronounThenWhen.matches() && grammar.pronouns().contains(lower(pronounThenWhen.group(1)))) {
            who = pronounThenWhen.group(1); // "изјави тој по церемонијата": when or where, after the pronoun
        }
        if (BODY_PRONOUNS.contains(who.toLowerCase(Locale.ROOT)) && !reading.found.isEmpty()) {
            // "Тие додаваат дека", "Oni dodaju da", "Ata shtojnë se" right after a body's words: "they" are the body,
            // as a group of people named nowhere is no source
            Attribution last = reading.found.get(reading.found.size() - 1);
            return last.sourceKind() == SourceKind.ORGANISATION && last.paragraph() >= reading.paragraph - 1
                    ? new Speaker(last.source(), SourceKind.ORGANISATION, null) : null;
        }
        if (who.isEmpty() || grammar.pronouns().contains(who.toLowerCase(Locale.ROOT))) {
            Speaker last = null;
            if (PERSONS_PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
                // "Ai shtoi se" after "Sipas Odës Ekonomike ...": "he" and "she" are the person last known, named or
                // not, and not a body
                for (int i = reading.known.size() - 1; i >= 0 && last == null; i--) {
                    if (reading.known.get(i).kind() != SourceKind.ORGANISATION) {
                        last = reading.known.get(i);
                    }
                }
            }
            if (last == null && !reading.known.isEmpty()) {
                last = reading.known.get(reading.known.size() - 1);
            }
            return last == null ? null : withoutRole(referredTo(last, people.ofWords(who, reading.cue), reading));
        }
        Optional<EuropeanPeople.Sex> backReference = people.backReference(who);
        if (backReference.isPresent()) {
            // "rekla je djevojka", "рече жената": a noun that says no more than a woman or a man refers back as a
            // pronoun would, to the last person who may be one
            for (int i = reading.known.size() - 1; i >= 0; i--) {
                Speaker earlier = reading.known.get(i);
                if (earlier.kind() == SourceKind.PERSON
                        && people.fits(earlier.name(), earlier.role(), backReference.get())) {
                    return withoutRole(earlier);
                }
            }
        }
        if (EuropeanPeople.meansACraftsman(who)) {
            // "Занаетчијата вели" after "Чевларот Методија Најдоски" and his daughter: the last person named by a trade
            // ("Sipas mjeshtrit" after "dhe Ndue Gjoni i ndreq ato": or the person named last, when named in no role,
            // the sentence saying what they do otherwise)
            for (int i = reading.known.size() - 1; i >= 0; i--) {
                Speaker earlier = reading.known.get(i);
                if (earlier.kind() == SourceKind.PERSON && (people.namesATrade(earlier.role())
                        || earlier.role() == null && i == reading.known.size() - 1)) {
                    return withoutRole(earlier);
                }
            }
        }
        if (according) {
            who = withoutSource(who);
        }
        List<String> segments = segments(who);
        if (segments.isEmpty()) {
            return null;
        }
        String head = segments.get(0);
        String firstWord = lower(SPACES.split(head)[0]);
        if (grammar.plurals().contains(firstWord)) {
            return null; // "Les familles des victimes", "Los comerciantes": a group is no source
        }
        Speaker again = describedAgain(head, reading);
        if (again != null && segments.size() == 1) {
            return again; // "concluyó la reportera" after "una reportera de Quetzaltenango"
        }
        Speaker byTrade = segments.size() == 1 ? namedByTradeAfter(head, reading) : null;
        if (byTrade != null) {
            return byTrade;
        }
        Matcher pseudonym = PSEUDONYM.matcher(who);
        if (pseudonym.find()) {
            // "Svedok, koji je svedočio pod pseudonimom K-84,": a protected witness, by the code the court gives;
            // "Svjedokinja pod pseudonimom S-3": without the commas, what stands before the pseudonym is the role
            // "Сведокиња под псеудонимом „Б-2“, која је ...,": the words before the pseudonym, the clause after it
            String described = segments.size() > 1 ? cutRelative(head) : who;
            Matcher inDescription = PSEUDONYM.matcher(described);
            return person(pseudonym.group("code"), inDescription.find()
                    ? described.substring(0, inDescription.start()) : described);
        }
        if (segments.size() == 3 && SURNAME_WITHHELD.matcher(segments.get(1)).find()
                && NAME_WORD.matcher(segments.get(2).strip()).matches()) {
            // "Stanarka jedne zgrade na Limanu, koja nije htela da joj se navede prezime, Jelena,": only the surname
            // is withheld, so the given name set apart after the clause is the source, the description the role
            return person(segments.get(2).strip(), head.strip());
        }
        boolean withheld = grammar.withholds().matcher(who).find();
        if (withheld || grammar.indefinites().contains(firstWord) || firstWord.equals("l'un")
                || firstWord.equals("l'une")) {
            // "Un agent de la Croix-Rouge, qui a requis l'anonymat,", "Un médico residente que pidió no ser
            // identificado": the description, without the clause that says why it is all; a clause that withholds
            // nothing says who the source is, and stays ("Një studente e Akademisë që bën praktikë në punëtori")
            // ("Djelatnik tvrtke koja obavlja deratizaciju, koji nije želio biti imenovan,": a clause of the
            // description's own, the withholding one set apart after it, stays)
            String described = withheld && (segments.size() == 1 || grammar.withholds().matcher(head).find())
                    ? cutRelative(head) : head.strip();
            // (an age before the name is neither name nor role: "Jedan od korisnika, sedamdesetogodišnji Mato,")
            String apart = segments.size() > 1 ? LEADING_AGE.matcher(segments.get(1).strip()).replaceFirst("") : "";
            if (segments.size() > 1 && !withheld && isName(apart)) {
                return person(apart, described); // "une habitante, Marie Kavira,"
            }
            String[] doingAndName = segments.size() > 1 && !withheld ? SPACES.split(segments.get(1).strip(), 2)
                    : new String[0];
            if (doingAndName.length == 2 && Character.isLowerCase(doingAndName[0].charAt(0))
                    && grammar.isOccupation(doingAndName[0]) && isName(doingAndName[1])) {
                // "Jedna od stalnih posjetiteljki, penzionerka Munira,": who, then what she is and her name set apart
                return person(doingAndName[1], described + ", " + doingAndName[0]);
            }
            return new Speaker(lowerFirst(described), SourceKind.ANONYMOUS, null);
        }
        if (segments.size() > 1 && (opensDescription(head) || describedBeforeName(head)
                || OLDER_OR_YOUNGER.matcher(head.strip()).matches())
                && isName(stripTitle(segments.get(1)))) {
            // "Le porte-parole du gouverneur du Nord-Kivu, Jean-Paul Mukandila,": a role, then the name set apart
            return person(stripTitle(segments.get(1)), head);
        }
        String[] doing = segments.size() > 1 ? SPACES.split(segments.get(1).strip(), 2) : new String[0];
        // (a word the lexicon lacks is what someone does too, before a full name: "Predsjednik kluba, velemajstor
        // Emir Dizdarević,")
        if (doing.length == 2 && opensDescription(head) && (grammar.isOccupation(doing[0])
                || doing[1].contains(" ") && doing[0].length() > 3 && !grammar.addressTitles().contains(doing[0]))
                && Character.isLowerCase(doing[0].charAt(0)) && isName(doing[1])
                // (after whom the person is to someone, or what they are, a given name alone: "Нејзиниот сосед,
                // месарот Горан,", "Najstariji član ansambla, glumica Gordana,")
                && (doing[1].contains(" ") || (isRelation(SPACES.split(head)) || namesWhatSomeoneIs(head))
                && !grammar.isBodyWord(doing[1]))) {
            // "Branilac optuženog, advokat Goran Rodić,": who the person is set apart, then what they do and the name
            return person(doing[1], head + ", " + doing[0]);
        }
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(head)));
        if (words.size() > 1 && grammar.addressTitles().contains(words.get(0))) {
            words.remove(0); // "Me Bruno Gbiegba", "Doña Marta": a title of address, no part of the name
        }
        int run = 0;
        while (run < words.size() && NAME_WORD.matcher(words.get(run)).matches()) {
            run++;
        }
        if (run >= 2 && run < words.size() - 1 && FROM.contains(lower(words.get(run)))
                && !grammar.isOccupation(words.get(0)) && words.subList(0, run).stream().noneMatch(grammar::isBodyWord)) {
            // "Снежана Митревска од селото Романовце": the name, then where the person is from, without a comma
            return person(String.join(" ", words.subList(0, run)), String.join(" ", words.subList(run, words.size())));
        }
        if (run >= 3 && run < words.size() - 1 && FROM.contains(lower(words.get(run))) && grammar.isOccupation(words.get(0))
                && words.subList(1, run).stream().noneMatch(grammar::isBodyWord)) {
            // "Ветеринарот Дејан Николовски од прифатилиштето во Вардариште": what he does is the role, where he is
            // from names no one
            return person(String.join(" ", words.subList(1, run)), words.get(0));
        }
        if (segments.size() > 1 && NAME_WORD.matcher(head).matches() && describesABody(segments.get(1))) {
            return new Speaker(head, SourceKind.ORGANISATION, null); // "EcoAlbania, një organizatë mjedisore,"
        }
        // "Samir Lemeš iz udruženja Eko forum": a person from a body, above; a body's name otherwise
        Optional<Speaker> body = body(head, according);
        if (body.isPresent()) {
            return body.get();
        }
        int nameStart = nameStart(words);
        if (nameStart < 0) {
            // "Министерот за земјоделство изјави", "Direktor bolnice kaže": an office named by what its holder does,
            // with no name, is an unnamed source (a group would take a plural noun, which the lists leave out); the
            // fields of a ministry may be listed with commas ("Министерот за земјоделство, шумарство и водостопанство")
            boolean listed = segments.size() > 1 && OFFICE_WITH_LISTED_FIELDS.matcher(who.strip()).matches();
            return words.size() > 1 && grammar.isOccupation(words.get(0)) && (segments.size() == 1 || listed)
                    ? new Speaker(listed ? who.strip() : head, SourceKind.ANONYMOUS, null) : null;
        }
        if (nameStart > 0 && DECLINED_ACRONYM.matcher(words.get(nameStart)).matches()) {
            // "pripadnik specijalne jedinice MUP-a Srbije": a body's acronym in a case, and its place, name nobody;
            // a name may follow them ("predsjednik OSCE-a Ivan Horvat")
            nameStart++;
            if (words.size() - nameStart < 2) {
                return null;
            }
            if (words.size() - nameStart == 3) {
                nameStart++; // "načelnik GSS-a Sarajevo Dževad Pašić": the body's place, then the name
            }
        }
        if (nameStart > 0 && words.size() - nameStart == 3
                && UNDECLINED_ACRONYM.matcher(words.get(nameStart - 1)).matches()) {
            nameStart++; // "Direktor KJKP Rad Hamdija Kadrić": a body's acronym and its name, then the person's
        }
        if (nameStart == 0 && words.size() > 1 && (grammar.isOccupation(words.get(0))
                || RELATIONS.contains(lower(words.get(0))) || grammar.morphology().opensWithAgentNoun(words))) {
            // "Tužilac Serge Brammertz", "Снаата Весна Трајчевска": the first word, capitalised for opening the
            // sentence, is the role; "Месарот Горан": before a given name alone, too
            nameStart = 1;
        }
        // (and the adjective after it, where a language puts it there: "Kryetari i Partisë Demokratike Sali Berisha")
        while (nameStart > 0 && nameStart < words.size() - 2 && (namesABody(words.get(nameStart))
                || namesABody(words.get(nameStart - 1)) && grammar.morphology().adjectiveAfterNoun(words.get(nameStart)))) {
            nameStart++; // "Glasnogovornica Tribunala Nerma Jelačić", "le président de la Cour Jean Dupont": whose office
        }
        if (nameStart > 0 && grammar.isOccupation(words.get(0)) && (grammar.morphology().namesAPlace(words, nameStart)
                || nameStart == words.size() - 1 && IN_OR_FROM_PLACE.contains(lower(words.get(nameStart - 1))))) {
            // "Službenik općine Novi Grad", "Radnik pošte u Zenici": what someone does, and where, without a name
            return new Speaker(lowerFirst(head), SourceKind.ANONYMOUS, null);
        }
        if (nameStart > 0) {
            // "Portparol željezare Arcelor Mittal Zenica Mirsad Jašarspahić": the role opens with what someone does
            boolean occupation = grammar.isOccupation(words.get(nameStart - 1)) || grammar.isOccupation(words.get(0));
            nameStart = grammar.morphology().personStart(words, nameStart, occupation,
                    namesABody(words.get(nameStart - 1)));
        }
        String role = String.join(" ", words.subList(0, nameStart)).strip();
        String name = String.join(" ", words.subList(nameStart, words.size()));
        if (grammar.addressTitles().contains(role)) {
            role = "";
        }
        int lastSpace = role.lastIndexOf(' ');
        if (lastSpace > 0 && grammar.addressTitles().contains(role.substring(lastSpace + 1))) {
            role = role.substring(0, lastSpace); // "Direktor bolnice dr. Ivan Perić": the title is no part of the role
        }
        // what is set apart after the name, and whether it is a relative clause, which a role before the name leaves out
        String after = describedAfter(segments);
        boolean afterIsClause = RELATIVE.matcher(" " + after).lookingAt();
        if (role.isEmpty() || DOCTORS_TITLES.contains(TITLES_ARTICLE.matcher(lower(role)).replaceFirst(""))
                && !after.isEmpty() && !afterIsClause) {
            // "Doktorica X, pulmologinja iz Opće bolnice,", "Le docteur X, gynécologue à ...,": the description after
            // the name, not the title before it (a clause is left out after a title too: "Doktorka X, koja radi ...")
            role = after;
        } else {
            // "Njegova unuka Lejla, studentica dizajna,", "Патникот Благоја, пензионер од Велес,": whom the person is
            // to someone, or what they are, and what is set apart after the name, both, as two descriptions joined by
            // a comma
            String opening = after.isEmpty() ? "" : lower(SPACES.split(after)[0]);
            // (not where the person works or comes from alone: "el sociólogo X, de la Universidad ...")
            if (!after.isEmpty() && !afterIsClause && !PREPOSITIONS.contains(opening) && !FROM.contains(opening)
                    && !PLACE_PREPOSITIONS.contains(opening)) {
                role = role + ", " + after;
            }
        }
        Speaker earlier = earlier(name, reading);
        if (earlier != null) {
            // ("kaže Marić, koji plete od svoje desete godine": at the first words of someone named before in no role,
            // a clause of who they are after the surname is the role)
            String firstClause = !name.contains(" ") && afterIsClause && earlier.role() == null ? after : null;
            return new Speaker(earlier.name(), earlier.kind(), role.isEmpty() || !name.contains(" ") ? firstClause
                    : role);
        }
        if (!name.contains(" ")) {
            // a lone capitalised word not met before: a body after "selon", unless who it is is set apart after it
            // ("Kako je rekao Dženan, student medicine,"); else a given name after what someone is
            if (according && describedAfter(segments).isEmpty()) {
                return new Speaker(name, SourceKind.ORGANISATION, null);
            }
            String full = namedInFullBefore(name, reading);
            if (role.isEmpty()) {
                // "Ramadani je u Beograd došao" after "... cipele čisti Dževdet Ramadani.": a surname alone, when an
                // earlier paragraph named the person in full inside a sentence (not opening one, where any word is
                // capitalised), as it is written
                return full != null && namedInsideASentence(full, reading) ? person(full, null) : null;
            }
            String[] roleWords = SPACES.split(role);
            if (full == null && roleWords.length > 1 && namesABody(roleWords[roleWords.length - 1])) {
                // "млад Авганистанец во прифатниот центар Винојуг", "iz prihvatnog centra Ušivak": a lone capitalised
                // word right after a body's word is that body's own name, and the whole an unnamed source
                return new Speaker(lowerFirst(role + " " + name), SourceKind.ANONYMOUS, null);
            }
            return person(full == null ? name : full, role);
        }
        return person(name, role);
    }

    /**
     * Whether an earlier paragraph gives this full name as written inside a sentence, after a word in lower case that
     * is no preposition (not "на Плоштад Слобода", a place) or after a comma.
     */
    private static boolean namedInsideASentence(String full, Reading reading) {
        Matcher inside = Pattern.compile("(?:(\\p{Ll}+)|,)\\s+" + Pattern.quote(full) + "(?!\\p{L})")
                .matcher(String.join("\n", reading.paragraphs.subList(0, reading.paragraph)));
        while (inside.find()) {
            String before = inside.group(1);
            if (before == null || !PREPOSITIONS.contains(before) && !PLACE_PREPOSITIONS.contains(before)
                    && !OPENING_PREPOSITIONS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The full name of someone met before by a surname alone with what they are ("izjavio je optuženi Stojić"), when
     * an earlier paragraph named them in full without quoting them, maybe in another case ("suđenje Draganu Stojiću"
     * is Dragan Stojić's, "судењето на ... Борис Трајчевски"): the given name without as many letters as the surname's
     * ending there ("Draganom Stojićem" too); null when no earlier paragraph names them so.
     */
    private String namedInFullBefore(String surname, Reading reading) {
        Matcher mention = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+" + Pattern.quote(surname) + "(\\p{Ll}{0,2})(?!\\p{L})")
                .matcher(String.join("\n", reading.paragraphs.subList(0, reading.paragraph)));
        String full = null;
        while (mention.find()) {
            String given = mention.group(1);
            String ending = mention.group(2);
            if (given.length() > ending.length() + 1 && !grammar.isOccupation(given)) {
                full = given.substring(0, given.length() - ending.length()) + " " + surname;
            }
        }
        return full;
    }

    /** Whether the word heads a body's name, in any case: "Tribunala", "Partisë". */
    private boolean namesABody(String word) {
        return grammar.isBodyWord(word) || grammar.morphology().bodyWordNominative(word) != null;
    }

    /** Who, without the event after which it was said that opens the words ({@link #AFTER_EVENT}). */
    private String withoutEvent(String who) {
        Matcher event = AFTER_EVENT.matcher(who);
        if (!event.lookingAt()) {
            return who;
        }
        String[] words = SPACES.split(who.substring(event.end()));
        int i = 0;
        while (i < words.length - 1 && Character.isLowerCase(words[i].charAt(0)) && !grammar.isOccupation(words[i])) {
            i++;
        }
        return i == 0 ? who : String.join(" ", Arrays.asList(words).subList(i, words.length));
    }

    /**
     * Who a gerund of saying is said by: the subject of the verb before it, up to the end of the first run of
     * capitalised words ("Zamjenica županijskog državnog odvjetnika Sandra Kovač" of "... Sandra Kovač zatražila je
     * najvišu kaznu"), or the words as they are when they hold no such run.
     */
    private static String subjectOfGerund(String who) {
        if (who == null) {
            return null;
        }
        Matcher run = CAPITALISED_RUN.matcher(who);
        return run.find() ? who.substring(0, run.end()) : who;
    }

    /** The body after what it published: "un rapport de l'Unicef publié en mars" is the Unicef's. */
    private String withoutSource(String who) {
        Matcher source = grammar.source().matcher(who);
        return source.lookingAt() ? who.substring(source.end()) : who;
    }

    /**
     * The source met before that a definite article and a noun describe again: "la reportera" after "una reportera de
     * Quetzaltenango", "l'avocat" after "L'avocat de la défense, Me Fabien Segatwa"; null when none.
     */
    private static Speaker describedAgain(String head, Reading reading) {
        String[] words = SPACES.split(lower(head));
        // "la reportera", "l'avocat"; "svedok" in a language without articles, written in lower case
        String noun = words.length == 2 && DEFINITE_ARTICLES.contains(words[0]) ? words[1]
                : words.length == 1 && words[0].startsWith("l'") ? words[0].substring(2)
                : words.length == 1 && Character.isLowerCase(head.charAt(0)) ? words[0] : null;
        if (noun == null || noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
            return null;
        }
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker known = reading.known.get(i);
            String described = known.kind() == SourceKind.ANONYMOUS ? known.name() : known.role();
            if (described != null && Arrays.stream(SPACES.split(lower(described))).anyMatch(word -> word.equals(noun)
                    || word.length() >= 4 && noun.length() - word.length() <= 2 && noun.startsWith(word))) {
                // "сведокот" after "Заштитениот сведок": the noun again, with the definite article Macedonian ends it in
                return withoutRole(known);
            }
        }
        return null;
    }

    /**
     * A noun for what someone does as who speaks, without a name, an age after it maybe ("Sapunarka kaže da",
     * "Gdhendësi 66-vjeçar rrëfen se", "kaže krojačica"): the person last named with that noun, or the person named in
     * the sentences just before without a word quoted or a role yet ("U Mostaru Lejla Bubalo pravi sapune.", "Gjergj
     * Prendi gdhend sënduqe."), who then has it as the role, when the noun's sex does not say otherwise; null when
     * neither (a known person's surname, "Tesar kaže", is read before this).
     */
    private Speaker namedByTradeAfter(String head, Reading reading) {
        String[] words = SPACES.split(head.strip());
        if (words.length > 2 || words.length == 2 && !AGE_IN_WORDS.matcher(words[1]).find()) {
            return null;
        }
        String noun = lower(words[0]);
        if (!saysWhatSomeoneDoes(words[0]) && !AGENT_NOUN.matcher(noun).matches()) {
            return null;
        }
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker known = reading.known.get(i);
            if (known.kind() == SourceKind.PERSON && known.role() != null
                    && lower(known.role()).startsWith(noun)) {
                return withoutRole(known); // "Kovač kaže" after "Kovač Mirsad Hodžić radi ..."
            }
        }
        if (reading.known.isEmpty()) {
            return null;
        }
        Speaker last = reading.known.get(reading.known.size() - 1);
        boolean quoted = reading.found.stream().anyMatch(found -> found.source().equals(last.name()));
        // (quoted already, the person is named by the trade again after the words, without a role: "Ai pohon se ...",
        // then "\"...\", shton tapiceri"; a trade opening a sentence after the person has spoken may be someone else)
        // ("работи Ристо Наумовски, кој занаетот го научил од својот татко.", then "вели часовничарот": a clause of who
        // someone is names no other trade; the role is the one they were named in)
        boolean clause = last.role() != null && RELATIVE_PRONOUNS.contains(lower(SPACES.split(last.role())[0]));
        return last.kind() == SourceKind.PERSON && (last.role() == null || clause) && last.name().contains(" ")
                && (!quoted || reading.afterTheWords)
                && people.of("", head).map(sex -> people.fits(last.name(), null, sex)).orElse(true)
                ? quoted ? withoutRole(last) : clause ? last : person(last.name(), head) : null;
    }

    /** Who someone is, set apart after their name: "une mère de six enfants", "que viaja con sus dos hijos". */
    private String describedAfter(List<String> segments) {
        String relative = "";
        for (String segment : segments.subList(1, segments.size())) {
            if (segment.isEmpty() || !Character.isLowerCase(segment.charAt(0)) || AGE.matcher(segment).matches()) {
                continue;
            }
            String first = lower(SPACES.split(segment)[0]);
            if (first.equals("qui") || first.equals("que")) {
                relative = relative.isEmpty() ? segment : relative;
                continue;
            }
            return segment;
        }
        return relative;
    }

    /** A body's name: the words after an article when one of them is a body's word ("le ministère de la Justice"). */
    private Optional<Speaker> body(String head, boolean according) {
        // an article is a word of its own ("Lekarska komora", "Elektroprivreda" open with none), or "l'" before one
        String bare = head.replaceFirst("^(?i:(?:le|la|les|el|los|las)\\s+|l['\u2019]\\s*)", "");
        List<String> words = Arrays.asList(SPACES.split(bare));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return Optional.empty();
        }
        if (words.size() > 1 && grammar.isBodyWord(bare)) {
            // "Avokati i Popullit": an office the lexicon knows as a body by its whole name
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        String first = lower(words.get(0));
        Matcher quoted = QUOTED_NAME.matcher(bare);
        if (quoted.find() && Arrays.stream(SPACES.split(bare.substring(0, quoted.start()).strip()))
                .anyMatch(grammar::isBodyWord)) {
            // "Еколошкото здружение „Фронт 21/42“", "udruženje „Eko forum“": the kind, then the name it goes by
            return Optional.of(new Speaker(quoted.group(1), SourceKind.ORGANISATION, null));
        }
        if (grammar.isBodyWord(first)) {
            // "l'observatoire citoyen Symocel", "la ONG Médicos por la Salud": a kind, then the body's own name (but
            // "ministère de la Justice" is the name whole)
            // ("općina Gračanica": a municipality is named by its place, which names no body alone)
            boolean kind = (Character.isLowerCase(words.get(0).charAt(0)) || first.equals("ong"))
                    && !MUNICIPALITIES.contains(first);
            // ("uprava RTV-a": an acronym in a case is whose the kind is, and the name is whole)
            for (int i = 1; kind && i < words.size() && !PREPOSITIONS.contains(lower(words.get(i)))
                    && !DECLINED_ACRONYM.matcher(words.get(i)).matches(); i++) {
                if (Character.isUpperCase(words.get(i).charAt(0))) {
                    return Optional.of(new Speaker(String.join(" ", words.subList(i, words.size())),
                            SourceKind.ORGANISATION, null));
                }
            }
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        // "Médecins sans frontières", "Migración Colombia": capitalised words, one of them a body's
        // but "Kryetari i KQZ-së Ilirjan Celibashi" opens with what someone does: a person of that body
        boolean capitalised = Character.isUpperCase(bare.charAt(0));
        if (capitalised && !grammar.isOccupation(words.get(0)) && (words.stream().anyMatch(grammar::isBodyWord)
                || grammar.morphology().namesABodyByItsForm(words))) {
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        // "EVN Makedonija", "ЕВН Македонија", "KEDS Kosova": an acronym, then the capitalised words of a company's
        // name (nobody's name opens with an acronym)
        if (words.size() > 1 && words.size() <= 3 && ACRONYM_WORD.matcher(words.get(0)).matches()
                && words.stream().skip(1).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        // "selon l'OMS", "УНЕСКО предупредува": an acronym alone is a body, after "selon" any word with capitals in it
        long capitals = words.size() == 1 ? words.get(0).chars().filter(Character::isUpperCase).count() : 0;
        long letters = words.size() == 1 ? words.get(0).chars().filter(Character::isLetter).count() : 0;
        // ("AlbChrome njoftoi": a company's name of one word with capitals inside it is a body without "selon" too)
        if (capitalised && capitals > 1 && (according || capitals == letters
                || BodyNames.isCamelCaseName(words.get(0)))) {
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        return Optional.empty();
    }

    /**
     * Whether words set apart before a full name, a capitalised word then one in lower case, say who the person is
     * though the lexicon lists neither ("Magistra farmacije u jednoj ljekarni, X, kaže"): no name goes on in lower
     * case; not where they open with a preposition or a time ("Prošle godine, X, ...").
     */
    private static boolean describedBeforeName(String words) {
        String[] split = SPACES.split(words.strip());
        return split.length > 1 && NAME_WORD.matcher(split[0]).matches() && !split[1].isEmpty()
                && Character.isLowerCase(split[1].charAt(0)) && !OPENING_PREPOSITIONS.contains(lower(split[0]))
                && !OPENING_TIMES.contains(lower(split[0]));
    }

    /**
     * Whether words open as a description does: in lower case, with an article ("Le", "L'avocat", "La"), or with what
     * someone does, capitalised at a sentence's start ("Drejtori i spitalit").
     */
    private boolean opensDescription(String words) {
        String[] split = SPACES.split(words.strip());
        String first = split[0];
        // ("Народниот правобранител, X,": a Macedonian adjective carries the article before what someone does)
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) || isDeterminer(first)
                || lower(first).startsWith("l'") || grammar.isOccupation(first)
                || split.length > 1 && DEFINITE_ADJECTIVE.matcher(first).matches() && grammar.isOccupation(split[1])
                // "Najstariji član ansambla": a capitalised adjective, then what someone is in lower case
                || split.length > 1 && !split[1].isEmpty() && Character.isLowerCase(split[1].charAt(0))
                && grammar.isOccupation(split[1])
                // "Putnica iz Konjica": a word, then where the person is from; no name goes on so
                || split.length > 2 && FROM.contains(split[1])
                || isRelation(split)
                // "Неговиот помошник", "Njegov pomoćnik": whose someone is, whatever they are to them
                || split.length > 1 && first.length() > 1 && POSSESSIVES.contains(lower(first));
    }

    /**
     * Who is named in the genitive, in the nominative; a name followed by where the person is from ("Ivane Kos iz
     * Zajednice nakladnika") is put in the nominative alone, where the place or body stays as it is.
     */
    private static String nominativeBeforeFrom(String who, UnaryOperator<String> nominative) {
        String whole = nominative.apply(who);
        List<String> words = Arrays.asList(SPACES.split(who.strip()));
        int from = 0;
        while (from < words.size() && NAME_WORD.matcher(words.get(from)).matches()) {
            from++;
        }
        if (!whole.equals(who.strip()) || from == 0 || from >= words.size() - 1 || !FROM.contains(words.get(from))) {
            return whole;
        }
        return nominative.apply(String.join(" ", words.subList(0, from))) + " "
                + String.join(" ", words.subList(from, words.size()));
    }

    /** Whether the words open with what someone is, an adjective maybe before it: "Najstariji član ansambla". */
    private boolean namesWhatSomeoneIs(String words) {
        String[] split = SPACES.split(words.strip());
        return grammar.isOccupation(split[0]) || split.length > 1 && grammar.isOccupation(split[1]);
    }

    /**
     * Whether the words open with whom someone is to another, a possessive maybe before it: "Majka jednog od učenika",
     * "Неговата сопруга", "Mbesa e Xhemalit".
     */
    private static boolean isRelation(String[] words) {
        String first = lower(words[0]);
        // "Jedina žena u klubu": an adjective before the noun, as a possessive may be
        return RELATIONS.contains(first) || words.length > 1 && RELATIONS.contains(lower(words[1]))
                && (POSSESSIVES.contains(first) || first.endsWith("a") || first.endsWith("i") || first.endsWith("а"));
    }

    /**
     * Where a name's capitalised run at the end of the words begins, -1 when they do not end in one. An acronym
     * ("BiH", "OSCE") is no word of a person's name: a run after one begins after it ("Predsjednik Sindikata rudara
     * Federacije BiH Ismet Bajramović").
     */
    private static int nameStart(List<String> words) {
        int start = words.size();
        while (start > 0) {
            String word = words.get(start - 1);
            if (start < words.size() && ACRONYM.matcher(word).matches()) {
                break;
            }
            if (NAME_WORD.matcher(word).matches()
                    || start < words.size() && NAME_PARTICLES.contains(word) && start > 1
                    && NAME_WORD.matcher(words.get(start - 2)).matches()) {
                start--;
            } else {
                break;
            }
        }
        // a sentence's first word, capitalised for being first, is a name's only if what follows is one too
        if (start == words.size()) {
            return -1;
        }
        while (start < words.size() - 1 && start == 0 && isDeterminer(words.get(0))) {
            start++;
        }
        return start;
    }

    private static boolean isDeterminer(String word) {
        return DETERMINERS.contains(lower(word));
    }

    /** Whether the words are a name alone: capitalised words (and particles between them). */
    private static boolean isName(String words) {
        List<String> list = Arrays.asList(SPACES.split(words.strip()));
        return !list.isEmpty() && nameStart(list) == 0 && NAME_WORD.matcher(list.get(0)).matches()
                && !isDeterminer(list.get(0));
    }

    private String stripTitle(String words) {
        String[] parts = SPACES.split(words.strip(), 2);
        if (parts.length == 2 && AGE_BEFORE_CAPITAL.matcher(words.strip()).lookingAt()) {
            // "Неговиот помошник, 17-годишниот Илир,": an age before the name set apart is neither name nor role
            return parts[1];
        }
        return parts.length == 2 && grammar.addressTitles().contains(parts[0]) ? parts[1] : words.strip();
    }

    private static Speaker person(String name, String role) {
        return new Speaker(name.strip(), SourceKind.PERSON, role == null || role.isBlank() ? null : role.strip());
    }

    /** Whether a description set apart says what kind of body the name before it is: "një organizatë mjedisore". */
    private boolean describesABody(String description) {
        String[] words = SPACES.split(lower(description.strip()));
        // "državna tvrtka koja ...": a word of what kind before the body's noun, not a person's noun
        // ("predsjednica udruge"); or the noun first ("organizatë mjedisore")
        return words.length >= 2 && (grammar.indefinites().contains(words[0]) || !saysWhatSomeoneDoes(words[0]))
                && grammar.isBodyWord(words[1])
                || grammar.isBodyWord(words[0]);
    }

    /**
     * The parts of who speaks between commas, but for a comma inside an enumeration of a role, which goes on to the
     * name ("Ministar mora, prometa i infrastrukture Oleg Butković"); none empty.
     */
    private List<String> segments(String who) {
        List<String> segments = new ArrayList<>();
        Matcher comma = COMMA.matcher(who);
        // a comma inside a name in quotation marks is the name's ('Udruga "Halo, inspektore"')
        List<int[]> quoted = QUOTED_SPAN.matcher(who).results().map(q -> new int[] {q.start(), q.end()}).toList();
        int start = 0;
        while (comma.find()) {
            int at = comma.start();
            if (quoted.stream().anyMatch(q -> q[0] < at && at < q[1])) {
                continue;
            }
            int word = who.lastIndexOf(' ', comma.start() - 1) + 1;
            boolean afterLowerCase = word < comma.start() && Character.isLowerCase(who.charAt(word));
            if (!afterLowerCase || !enumerationGoesOn(who.substring(comma.end()))) {
                segments.add(who.substring(start, comma.start()));
                start = comma.end();
            }
        }
        segments.add(who.substring(start));
        segments.removeIf(String::isEmpty);
        return segments;
    }

    /**
     * Whether what follows a comma goes on with an enumeration and ends in a name: lower-case words (more commas
     * among them), one of the language's conjunctions, lower-case words, then a capitalised word, and no comma after
     * the conjunction ("prometa i infrastrukture Oleg Butković", "sustava, obitelji i socijalne politike X"). After a
     * name, a comma sets a description apart instead.
     */
    private boolean enumerationGoesOn(String rest) {
        Set<String> conjunctions = grammar.morphology().conjunctions();
        if (conjunctions.isEmpty()) {
            return false;
        }
        String[] words = SPACES.split(rest.strip());
        int i = 0;
        while (i < words.length && !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))
                && !conjunctions.contains(words[i])) {
            i++;
        }
        if (i == 0 || i >= words.length || !conjunctions.contains(words[i])) {
            return false;
        }
        int joined = ++i;
        while (i < words.length && Character.isLowerCase(words[i].charAt(0)) && !words[i].endsWith(",")) {
            i++;
        }
        return i > joined && i < words.length && Character.isUpperCase(words[i].charAt(0))
                && rest.indexOf(',', rest.indexOf(words[i])) < 0;
    }

    /**
     * The person met before whose name, or surname, this is; or a woman's surname in the Serbian form of a married or
     * known woman's ("Ilićeva" is Dragana Ilić, "Markovićeva" Mira Marković); or the one person's given name.
     */
    private static Speaker earlier(String name, Reading reading) {
        Matcher hers = WOMANS_SURNAME_FORM.matcher(name);
        String surname = hers.matches() ? hers.group(1) : null;
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker known = reading.known.get(i);
            if (known.kind() == SourceKind.PERSON && (known.name().equals(name) || known.name().endsWith(" " + name)
                    || surname != null && known.name().endsWith(" " + surname))) {
                return known;
            }
        }
        // "rekla je Amina" after "Amina Sadiković, studentica ...": a given name alone, when one person met has it
        List<Speaker> byGivenName = reading.known.stream().filter(known -> known.kind() == SourceKind.PERSON
                && name.indexOf(' ') < 0 && known.name().startsWith(name + " ")).toList();
        if (byGivenName.size() == 1) {
            return byGivenName.get(0);
        }
        // "Bujari shton" after "vëllai i tij Bujar": an Albanian man's given name with its article, of the person met
        // under the name alone
        if (name.indexOf(' ') < 0 && name.length() > 4 && name.endsWith("i")) {
            String bare = name.substring(0, name.length() - 1);
            for (int i = reading.known.size() - 1; i >= 0; i--) {
                Speaker known = reading.known.get(i);
                if (known.kind() == SourceKind.PERSON && known.name().equals(bare)) {
                    return known;
                }
            }
        }
        // "Sipas Dritanit" after "Dritan Xhafa riparon ...", "sipas Mimozës": an Albanian given name in the genitive,
        // of the one person met with it
        // (the genitive's "-t" dropped as the nominative's article: "Dritani")
        Matcher genitive = ALBANIAN_GIVEN_GENITIVE.matcher(name);
        if (genitive.matches()) {
            String given = genitive.group("stem") + (genitive.group("ending").equals("ës") ? "a" : "");
            List<Speaker> met = reading.known.stream().filter(known -> known.kind() == SourceKind.PERSON
                    && known.name().startsWith(given + " ")).toList();
            if (met.stream().map(Speaker::name).distinct().count() == 1) {
                return met.get(0);
            }
        }
        return null;
    }

    private static Speaker withoutRole(Speaker speaker) {
        return new Speaker(speaker.name(), speaker.kind(), null);
    }

    /** A description without a relative clause that withholds the name or says why: "un médico residente que ...". */
    private static String cutRelative(String description) {
        Matcher relative = RELATIVE.matcher(description);
        return relative.find() ? description.substring(0, relative.start()).strip() : description.strip();
    }

    private static String lowerFirst(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
