package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.QuoteGrammar.alternation;
import static org.iwprarchive.ingest.quote.QuoteGrammar.lower;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Macedonian, as {@link EuropeanQuoteExtractor} reads it: a verb of saying in the third person singular, the aorist,
 * the present or the renarrative ("„...“, рече X", "X изјави дека ...", "X изјавил дека ..."); "дека" for "that";
 * "Според X, ...", "Како што изјави X, ..." and "Според него/неа" for the source quoted last; a body speaking "from" with a plural verb ("Од
 * Лекарската комора велат дека ..."). Nouns do not decline, so names after "Според" stay
 * as written; a role carries its article at its end ("Министерот за здравство X"), and a place or a body's acronym
 * after a preposition in the role belongs to it ("Претседателот на ДИК Александар Ристовски").
 */
final class MacedonianGrammar implements QuoteGrammar.Morphology {

    static final MacedonianGrammar MORPHOLOGY = new MacedonianGrammar();

    /** Prepositions a place or a body follows inside a role: "на Скопје", "од Битола", "во Охрид". */
    private static final Set<String> PREPOSITIONS = Set.of("на", "од", "во", "за", "со");

    /** Whom it was told, after the verb or before a body's people's verb: "изјави за IWPR", "за IWPR изјавија". */
    private static final String TOLD = "за\\s+IWPR|за\\s+медиумите|на\\s+новинарите|пред\\s+новинарите";

    static final QuoteGrammar MACEDONIAN = QuoteGrammar.of(
            "(?:" + alternation("mk-verbs") + ")|(?:" + alternation("mk-gerunds") + ")",
            // before the court, its bench or its judges: "изјави пред судскиот совет"
            "\\s+(?:" + TOLD + "|на\\s+(?:Фејсбук|Твитер)|пред\\s+(?:судскиот\\s+)?(?:судот|судијата|судиите"
                    + "|советот|совет))",
            // "Како што изјави пулмологот X,": as someone said
            // "Според мерењата на Министерството ...": by a body's figures, whose body speaks
            // ("also" before "that": "Додава и дека ...")
            "(?:(?:и|исто\\s+така)\\s+)?дека\\s+", "[Сс]поред\\s+(?:податоците|мерењата|проценките|истражувањето|извештајот|анализата)\\s+на"
                    // "Според нивните податоци": by the figures of those quoted last, a body's most often
                    + "|Според\\s+нивните\\s+(?:податоци|зборови|проценки|наоди)|Според\\s+нив"
                    + "|Според\\s+(?:него|неа)|Според|според|Како\\s+што\\s+(?:" + alternation("mk-verbs") + ")"
                    + "(?:\\s+(?:" + TOLD + "))?", "",
            Set.of("тој", "таа", "него", "неа", "нив", "нивните"), Set.of("еден", "една"),
            Set.of("многу", "некои", "жителите", "граѓаните", "родителите", "експертите", "лекарите", "работниците",
                    "луѓето", "семејствата"),
            // and the academic ones, which say no more: "д-р Сашко Јовев"
            // and a priest's: "отец Кирил"
            Set.of("г.", "г-ѓа", "господин", "госпоѓа", "д-р", "др.", "проф.", "м-р", "отец", "Отец"),
            "Меѓутоа|Но|Сепак|Исто така|Од друга страна|Притоа|Воедно|Инаку|Понатаму",
            // "да остане анонимен", "анонимна", "анонимно"
            "аноним(?:н|ен\\b)|да\\s+не\\s+биде\\s+именуван|не\\s+сакаше\\s+да\\s+биде\\s+именуван"
                    + "|да\\s+не\\s+се\\s+(?:наведе|објави)\\s+(?:неговото|нејзиното)\\s+име"
                    // "кој не сакаше да го каже своето име"
                    + "|не\\s+сака\\p{L}*\\s+да\\s+(?:го\\s+)?(?:каже|открие|наведе|објави)"
                    + "\\s+(?:своето|неговото|нејзиното)\\s+име"
                    // "кој не сакаше да се претстави": who would not introduce himself
                    + "|не\\s+(?:\\p{L}+\\s+){0,3}?претстав(?:и|ат)\\b",
            "на\\s+прес-конференција|на\\s+конференција|во\\s+изјава|во\\s+соопштение|во\\s+интервју"
                    // a trial's speeches: "во завршниот збор", "во воведниот говор"
                    + "|во\\s+(?:завршниот|воведниот)\\s+(?:збор|говор)|во\\s+завршната\\s+реч"
                    + "|за\\s+време\\s+на|на\\s+(?:Фејсбук|Твитер)|за\\s+IWPR|за\\s+медиумите|пред\\s+новинарите"
                    // a reply, written or not: "Општината во писмен одговор до IWPR наведува дека"
                    + "|во\\s+(?:(?:писмен|писмениот|својот)\\s+)?одговор(?:от)?"
                    // the gathering or debate it was said at: "X во расправата рече", "X на митингот вети"
                    + "|(?:на|во)\\s+(?:расправата|дебатата|седницата|митингот|собирот|протестот|трибината"
                    + "|брифингот|средбата|конференцијата|прес-конференцијата|церемонијата|свеченоста)"
                    // when in a hearing, between the name and the verb: "X на почетокот од рочиштето предупреди"
                    + "|на\\s+(?:почетокот|крајот)\\s+(?:од|на)"
                    // after the hearing or the verdict: "X по пресудата изјави"
                    + "|по\\s+(?:пресудата|рочиштето|седницата|средбата)"
                    // a defendant's own defence after the name: "рече обвинетиот X во својата одбрана"
                    + "|во\\s+(?:својата\\s+)?одбрана"
                    // a question answered, opening the sentence: "На прашањето на одбраната ..., X одговори дека"
                    + "|на\\s+прашањето|(?:прашан|прашана)\\s",
            "е|се|беше|беа|има|нема|ќе|не|може|можат|треба|сме|сум|биле|бил|била|било",
            "(?:еден\\s+|една\\s+)?(?:извештај|истражување|соопштение|податоци|анализа|пресметк|проценк)\\p{L}*"
                    + "\\s+(?:на|од)",
            QuoteGrammar.bodyWordsWith("mk-body-words"), QuoteGrammar.LEXICON.words("mk-occupations"), MORPHOLOGY)
            .withBodiesSpeakingFrom("Од|од", "Во|во", "(?:(?:" + TOLD + ")\\s+)?(?:" + pluralVerbs()
                    + ")(?:\\s+(?:" + TOLD + "))?", "дека\\s+")
            // "Во извештајот на Народниот правобранител се наведува дека": a body speaking through its report
            .withReportsSaying("Во|во", "(?:извештајот|соопштението|анализата)\\s+на",
                    "се\\s+наведува|се\\s+вели|се\\s+истакнува|пишува", "дека\\s+", "Како\\s+што",
                    "се\\s+наведува|се\\s+вели|се\\s+истакнува|пишува|стои");

    /**
     * The verbs of saying in the third person plural, as a body's people speak ("Од Општината најавија дека"): those
     * listed, and those made from the singular the lexicon lists, as the language makes them: the aorist in "-и" adds
     * "-ја" ("најави", "најавија"), in "-а" adds "-а" ("кажа", "кажаа"), in "-е" takes "-оа" ("наведе", "наведоа");
     * the present in "-ува" adds "-ат" ("најавува", "најавуваат"). A form made that the language lacks is never met.
     */
    static String pluralVerbs() {
        Set<String> plural = new TreeSet<>(QuoteGrammar.LEXICON.words("mk-plural-verbs"));
        for (String singular : QuoteGrammar.LEXICON.words("mk-verbs")) {
            if (singular.contains(" ") || singular.endsWith("л") || singular.endsWith("ла")) {
                continue; // a reflexive verb's or the renarrative's forms are not made so
            }
            if (singular.endsWith("ува")) {
                plural.add(singular + "ат");
            } else if (singular.endsWith("и")) {
                plural.add(singular + "ја");
            } else if (singular.endsWith("а")) {
                plural.add(singular + "а");
            } else if (singular.endsWith("е")) {
                plural.add(singular.substring(0, singular.length() - 1) + "оа");
            }
        }
        return alternation(plural);
    }

    /**
     * The definite article a noun of what someone is carries before a name: "Екологот", "пензионерката", "шивачката",
     * "Бабицата"; no given name or surname ends so. An adjective's ("Државниот", "Македонската") is no person's noun;
     * a body's that ends so ("болницата") is read as a body before this is asked. A participle made a noun is a
     * person's, though, as adjectives are not: "Обвинетиот", "Осудениот".
     */
    private static final Pattern DEFINITE_PERSON_NOUN = Pattern.compile("\\p{L}{3,}(?:[^и]от|[^с]ката|ицата|е[тн]иот)");

    /** What someone does, as the lexicon lists it: most often with the definite article ("професорката"). */
    private static final Set<String> OCCUPATIONS = QuoteGrammar.LEXICON.words("mk-occupations");

    private MacedonianGrammar() {
    }

    /**
     * A woman's noun of what someone does without the article, as a description after a name gives it: "професорка"
     * when "професорката", or a man's "професорот", is listed.
     */
    @Override
    public boolean namesAWomansOccupation(String word) {
        String lower = lower(word);
        return OCCUPATIONS.contains(lower + "та")
                || lower.endsWith("ка") && OCCUPATIONS.contains(lower.substring(0, lower.length() - 2) + "от");
    }

    /**
     * A noun with the definite article of a person ("Екологот Ардита Ислами") says what someone is, listed or not; so
     * does a man's noun without it whose definite form is listed ("инженер", as a description after a name gives it).
     */
    @Override
    public boolean namesAnOccupation(String word) {
        return DEFINITE_PERSON_NOUN.matcher(word).matches() || OCCUPATIONS.contains(word + "от")
                || SouthSlavicGrammar.TURKISH_TRADE.matcher(lower(word)).matches();
    }

    /**
     * After a preposition inside a role, a run of three capitalised words or more opens with a place or a body's
     * name ("Претседателот на ДИК Александар Ристовски", "Градоначалникот на Скопје Петре Шилегов"), as it does after
     * a body's noun ("Претседателот на здружението Легис Јасмин Реџепи"): the person is the run's last two words.
     */
    @Override
    public int personStart(List<String> words, int nameStart, boolean occupation, boolean afterBody) {
        return nameStart > 0 && words.size() - nameStart >= 3
                && (afterBody || PREPOSITIONS.contains(lower(words.get(nameStart - 1)))) ? words.size() - 2 : nameStart;
    }
}
