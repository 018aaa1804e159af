package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.QuoteGrammar.alternation;
import static org.iwprarchive.ingest.quote.QuoteGrammar.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bosnian, Croatian and Serbian (one language for these rules, in either script), as {@link EuropeanQuoteExtractor}
 * reads them: the past tense's participle beside "je" or "su" ("rekao je", "je izjavila", "saopćilo je"), or the
 * present ("kaže", "tvrdi"); "da" for "that"; „...“; "Prema riječima" with the name in the genitive, which this
 * grammar's morphology gives back in the nominative; a body speaking "from" with a plural verb ("Iz Ministarstva kažu
 * da ..."). The lexicon lists the words in Latin letters; Serbian Cyrillic
 * is looked up transliterated.
 */
final class SouthSlavicGrammar implements QuoteGrammar.Morphology {

    static final SouthSlavicGrammar MORPHOLOGY = new SouthSlavicGrammar();

    private static final Set<String> OCCUPATIONS = QuoteGrammar.LEXICON.words("bcs-occupations");
    /** Men's given names in "-o" whose genitive is in "-e": "Huse Mehanovića" is Huso Mehanović's. */
    private static final Set<String> MENS_NAMES_IN_O = QuoteGrammar.LEXICON.words("bcs-mens-names-in-o");
    /** Men's given names in "-e" that keep it in every case ("Stipe Mesića"), unlike Mirza's genitive "Mirze". */
    private static final Set<String> MENS_NAMES_IN_E = QuoteGrammar.LEXICON.words("bcs-mens-names-in-e");
    /** The endings of nouns of one who does something that no given name has: "darivatelj", "prodavačica". */
    private static final Pattern STRONG_AGENT_ENDING = Pattern.compile("\\p{Ll}{3,}(?:telj|teljica|lac|nica|arka|ačica"
            // a woman's noun of one in "-tor": "restauratorica", "koordinatorica"
            + "|torica|тељ|тељица|лац|ница|арка|ачица|торица)");
    /**
     * The endings of such nouns that some given names have too ("Petar", "Dominik"; a woman's "pletilja", "tkalja",
     * "švelja" as "Ljilja").
     */
    private static final Pattern WEAK_AGENT_ENDING = Pattern.compile("\\p{Ll}{3,}(?:ar|ač|nik|lja|ар|ач|ник|ља)");
    /** Laughing, whose plural is also "may" ("Iz Bosne smiju da uđu"), and so says nothing of saying. */
    private static final Set<String> LAUGHING = Set.of("smije", "smeje", "смеје");
    /**
     * The verbs a body's people say something with, in the plural: those listed, and the third person plural of each
     * verb of saying listed in the present ("najavljuje" gives "najavljuju", "tvrdi" "tvrde", "smatra" "smatraju").
     */
    private static final String PLURAL_VERBS = pluralVerbs();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A city's own word, the city's name after it in apposition and so in the same case: "Iz Grada Tuzle" is Grad
     * Tuzla, where "Iz Pošte Srbije" is Pošta Srbije (a municipality's name mostly stays as it is: "Iz Općine Jajce").
     */
    private static final Set<String> PLACE_IN_APPOSITION = Set.of("Grad", "Град");
    /** A word in capitals, an acronym: "JKP", "KJKP", "OSCE". */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    /** A word of a name: capitalised, maybe hyphened. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");
    /** Prepositions a place follows inside a role: "vlasnica hotela u Budvi", "radnik iz Tuzle". */
    private static final Set<String> PREPOSITIONS = Set.of("u", "iz", "na", "sa", "s", "od", "kod", "у", "из", "на",
            "са", "с", "од", "код");
    /** Serbian Cyrillic's letters in Gaj's Latin alphabet, one for one. */
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m",
            "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"};
    /**
     * The endings of a place's name, or of its adjective, in the genitive: "Srebrenice", "Beograda", "Novog". A given
     * name of two words ending so ("Ana Marija") is read as a place too; one-word given names are the rule.
     */
    private static final Pattern GENITIVE_PLACE = Pattern.compile("(?:[ae]|og|eg|[ае]|ог|ег)$");
    /** The conjunctions of an enumeration inside a role ("mora, prometa i infrastrukture"). */
    private static final Set<String> CONJUNCTIONS = Set.of("i", "te", "и", "те");
    /** The endings of an adjective in the nominative, as the lexicon lists a body's ("gradska", "općinski"). */
    private static final Pattern BODY_ADJECTIVE = Pattern.compile("(?:sk|šk|čk|ck|ск|шк|чк|цк)[aio]$");
    /**
     * The kinds of places in the genitive after which a place's own name, as it is written, opens a run of capitalised
     * words before a person's name: "iz naselja Balinovac Ruža Marić", "iz sela Gornji Vakuf ...".
     */
    private static final Set<String> PLACE_KINDS = Set.of("naselja", "sela", "grada", "općine", "opštine", "opcine",
            "kantona", "mjesta", "mesta", "ulice", "regije", "okruga", "zaseoka", "kvarta", "četvrti", "насеља",
            "села", "града", "општине", "кантона", "места", "улице", "региона", "округа");
    /** "Kako je rekao", "Kako su naveli": as someone said, the subject after the verb. */
    private static final Pattern AS_SAID = Pattern.compile("(?:Kako|Како|kako|како)\\s+(?:(?:je|su|је|су)\\s|\\S+$)");
    /**
     * A trade named with the Turkish suffix the Balkan languages share, with the Macedonian article or without:
     * "ćevabdžija", "kujundžija", "бурекџија", "Бурекџијата", "кафеџија".
     */
    static final Pattern TURKISH_TRADE = Pattern.compile("\\p{L}{3,}(?:(?:dž|č)ij(?:a|e|u|om)|(?:џ|ч)иј(?:а|е|у|ата|и))");
    /**
     * What the word for one who practises a science or a trade ends in: "-log", "-graf", "-ičar", "-ist" (Serbian
     * "-ista": "taksista"), and women's.
     */
    private static final Pattern SCIENTIST = Pattern.compile("\\p{L}{3,}(?:log|loginja|loškinja|graf|grafkinja|ičar"
            + "|ičarka|ist|ista|istkinja|istica"
            // a physician by the Greek "-iatros": "pedijatar", "psihijatrica", "fizijatrica"
            + "|ijatar|ijatrica)");
    /** A woman's noun of what someone does, made of a man's: "ljekarka", "učiteljica", "psihologinja" (its stem first). */
    private static final Pattern WOMANS_NOUN = Pattern.compile("(\\p{L}{3,}?)(?:ka|ica|kinja)");
    /** An acronym with a case's ending after a hyphen: "MUP-a", "EU-u", "UNHCR-om". */
    private static final Pattern ACRONYM_IN_CASE = Pattern.compile("(\\p{Lu}{2,}[\\p{Lu}\\d]*)-\\p{Ll}{1,3}");
    /** One capitalised word ending in "-a" after a consonant: "Monstata", "Eurostata", "Монстата". */
    private static final Pattern ONE_WORD_GENITIVE = Pattern.compile(
            "\\p{Lu}\\p{Ll}{2,}[bcčćdđfghjklmnprsštvzžбцчћдђфгхјклмнпрсштвзж][aа]");
    /** The ending of an adjective that opens a place's name, which a given name hardly has: "Novi", "Donji", "Нови". */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("[iи]$");
    /** A given name's stem left by the genitive's "-a" ending in a consonant and "k": Veljk(o), Бранк(о). */
    private static final Pattern GIVEN_NAME_IN_KO = Pattern.compile(
            "[bcčćdđfghjlmnprsštvzžбцчћдђфгхјлљмнњпрсштвзжџ][kк]$");
    /** The ending of a woman's surname, which does not decline: "Nerme Jelačić" is Nerma Jelačić. */
    private static final Pattern UNDECLINED_SURNAME = Pattern.compile("[bcčćdđfghjklmnprsštvzžбцчћдђфгхјклмнпрсштвзж]$");

    /** Whom the words were told to: "za IWPR", "novinarima", "sudu". */
    private static final String ADDRESSEE = "za\\s+IWPR|IWPR-u|novinarima|sucima|sudijama|sudu|vijeću|veću"
            + "|sudskom\\s+vijeću|Tribunalu|за\\s+IWPR|новинарима|судијама|суду|већу"
            // whom a judge warned or reminded: "upozorila je svjedoka da"
            + "|svjedoka|svedoka|svjedokinju|svedokinju|сведока|сведокињу"
            // whoever else, in the dative plural: "poslanicima", "okupljenima", "kolegama", "посланицима" (letters
            // listed, as the pattern is read lower-cased too)
            + "|[a-zčćđšžабвгдђежзијклљмнњопрстћуфхцчџш]{3,}(?:ima|ama|има|ама)";
    /**
     * Where it was posted, after the verb or between the name and the verb: "napisao je na Facebooku", "na svom
     * profilu na Instagramu", "na X-u", "на друштвеним мрежама".
     */
    private static final String POSTED_ON = "(?:na|на)\\s+(?:(?:svom|svojem|свом)\\s+)?(?:(?:profilu|профилу)\\s+"
            + "(?:na|на)\\s+)?(?:Facebooku|Fejsbuku|Twitteru|Tviteru|Instagramu|X-u|Telegramu|TikToku|YouTubeu|Jutjubu"
            + "|Фејсбуку|Твитеру|Инстаграму|Телеграму|Јутјубу|društvenim\\s+mrežama|друштвеним\\s+мрежама)";
    /**
     * A broadcaster or paper it was said to, after the verb: "izjavio je za N1", "za Radio Slobodna Evropa", "за РТС"
     * (not in {@link #ADDRESSEE}, which "Kako je rekao" also reads in lower case).
     */
    private static final String TO_MEDIA = "(?:za|за)\\s+[\\p{Lu}\\d][\\p{L}\\d]*(?:\\s+\\p{Lu}\\p{L}*){0,2}";
    /** Where it was said, between "je" and the participle: "je u priopćenju navela", "je u razgovoru za IWPR rekao". */
    private static final String SAID_IN = "(?:u|у)\\s+(?:priopćenju|saopćenju|saopštenju|izjavi|intervjuu|razgovoru"
            + "|саопштењу|изјави|интервјуу|разговору"
            // a trial's speeches: "je u završnoj riječi navela", "је у уводној речи рекао"
            + "|(?:završnoj|uvodnoj)\\s+(?:riječi|reči)|(?:završnom|uvodnom)\\s+(?:govoru|izlaganju)"
            // a defendant's defence or a witness's statement: "je u svojoj obrani ustvrdio"
            + "|(?:svojoj\\s+)?(?:obrani|odbrani)|(?:svom\\s+|svojem\\s+)?iskazu"
            + "|(?:завршној|уводној)\\s+речи|(?:завршном|уводном)\\s+(?:говору|излагању))";

    /** Gatherings at which something is said, in the locative after "na": "na protestu", "na sjednici vlade". */
    private static final String GATHERINGS = "protestu|prosvjedu|skupu|mitingu|sjednici|sednici|sastanku|tribini"
            + "|brifingu|forumu|okruglom\\s+stolu|komemoraciji|ceremoniji|svečanosti|otvaranju|obilježavanju"
            + "|obeležavanju|протесту|скупу|митингу|седници|састанку|трибини|брифингу|форуму|округлом\\s+столу";
    /** The adverbs of when that stand between a speaker and the verb: "ranije", "juče", "nedavno". */
    private static final String WHEN_BEFORE_VERB = "ranije|prije|pre|kasnije|juče|jučer|nedavno|potom|sinoć"
            + "|prethodno|раније|касније|јуче|недавно|потом|синоћ|претходно";
    /** The days of the week after "u", when something was said: "svedočio je u ponedeljak". */
    private static final String WEEKDAYS = "ponedjeljak|ponedeljak|utorak|srijedu|sredu|četvrtak|petak|subotu|nedjelju"
            + "|nedelju|понедељак|уторак|среду|четвртак|петак|суботу|недељу";
    /** When it was said, set between the verb and what follows it: " u ponedeljak". */
    private static final Pattern SAID_WHEN = Pattern.compile("\\s+(?:u|у)\\s+(?:" + WEEKDAYS + ")(?=\\s|$)");
    /** Before whom, in court: "pred Haškim tribunalom", "pred sudskim vijećem". */
    private static final String BEFORE_COURT = "(?:pred|пред)\\s+(?:\\p{L}+\\s+){0,2}?(?:tribunalom|Tribunalom|sudom"
            + "|vijećem|većem|sudijama|sucima|трибуналом|Трибуналом|судом|већем|судијама)";

    static final QuoteGrammar BCS = QuoteGrammar.of(
            // "rekao je", "je izjavila", and whom it was told between them: "je novinarima rekla"
            "(?:(?:je|su|је|су)\\s+(?:" + SAID_IN + "\\s+)?(?:(?:" + ADDRESSEE + ")\\s+)?)?(?:"
                    + alternation("bcs-participles") + ")"
                    // a reflexive verb's "se" after it: "požalio se", "žali se"
                    + "(?:\\s+(?:se|се))?(?:\\s+(?:je|su|је|су))?|(?:" + alternation("bcs-presents") + ")(?:\\s+(?:se|се))?"
                    // "zatražila je najvišu kaznu, ističući da": a gerund after another verb of the same subject
                    + "|(?:" + alternation("bcs-gerunds") + ")",
            // whom it was told, and when and before which court: "svedočio je u ponedeljak pred Haškim tribunalom"
            "(?:\\s+(?:u|у)\\s+(?:" + WEEKDAYS + "))?(?:\\s+" + POSTED_ON + ")?(?:\\s+" + BEFORE_COURT + ")?(?:\\s+(?:"
                    + ADDRESSEE + "|"
                    + TO_MEDIA + "))?",
            // "kako" for "that", as Croatian writes it after a verb of saying: "upozorio je kako bi ..."; "also" before
            // "that": "Kaže i da ...", "Rekao je takođe da ..."
            "(?:(?:i|takođe|također|и|такође)\\s+)?(?:da|да)\\s+|kako\\s+|како\\s+",
            "Prema riječima|Prema rečima|Po riječima|Po rečima|Prema podacima|Prema navodima"
                    + "|Према речима|По речима|Према подацима|Према наводима"
                    // "Prema izvještaju Federalnog zavoda ...": a body's report, estimate or survey
                    + "|Prema\\s+(?:izvještaju|izveštaju|izvješću|procjeni|proceni|procjenama|procenama|istraživanju"
                    // "Prema oceni Saveta Evrope": by a body's assessment
                    + "|oceni|ocjeni|ocenama|ocjenama"
                    + "|anketi|studiji|nalazima)"
                    + "|Према\\s+(?:извештају|процени|проценама|истраживању|анкети|студији|налазима)"
                    // "Prema mišljenju ekologa X": in the view of
                    + "|Prema mišljenju|Po mišljenju|Према мишљењу|По мишљењу"
                    // "Kako je za IWPR rekla načelnica X," (the name in the nominative); "Kako navode iz Hrvatske
                    // gospodarske komore," (a body after "iz", in the genitive); "Kako navode, ...": those quoted last
                    + "|(?:Kako|Како)\\s+(?:je|su|је|су)\\s+(?:(?:" + ADDRESSEE + ")\\s+)?(?:"
                    + alternation("bcs-participles") + ")(?:\\s+(?:" + ADDRESSEE + "))?"
                    + "|(?:Kako|Како)\\s+(?:" + PLURAL_VERBS + ")(?:\\s+(?:iz|из)|(?=,)"
                    // "Kako navode u upravi, ...": the body they speak in, by one word of its name in the locative
                    + "|\\s+(?:u|у)(?=\\s+[^\\s,]+,))"
                    // "Kako navodi Hrvatska udruga iznajmljivača,": a verb in the present, who says it in the nominative
                    + "|(?:Kako|Како)\\s+(?:" + alternation("bcs-presents") + ")"
                    // "Prema njezinim riječima": the person quoted last; "Prema njihovim podacima": those quoted last
                    + "|(?:Prema|Po)\\s+(?:njegovim|njezinim|njenim)\\s+(?:riječima|rečima)"
                    + "|(?:Prema|Po)\\s+njihovim\\s+(?:riječima|rečima|podacima|procjenama|procenama)"
                    // "Prema Marinovim riječima", "Prema Aninim riječima": whose words, by a name made an adjective
                    + "|(?:Prema|Po)\\s+[^\\s,]+(?:ov|ev|in)im\\s+(?:riječima|rečima)"
                    + "|(?:Према|По)\\s+(?:његовим|њеним)\\s+речима",
            "Za|За", Set.of("on", "ona", "он", "она", "njegovim", "njezinim", "njenim", "његовим", "њеним", "njihovim"),
            Set.of("jedan", "jedna", "један", "једна"),
            Set.of("mnogi", "neki", "brojni", "obitelji", "porodice", "roditelji", "stanovnici", "mještani", "meštani",
                    "građani", "žrtve", "svjedoci", "svedoci", "advokati", "odvjetnici", "branioci", "многи", "неки"),
            // and the academic ones, which say no more: "dr. Amra Hodžić"
            Set.of("g.", "gđa", "gđica", "gospodin", "gospođa", "dr", "dr.", "prof.", "mr.", "др", "др.", "проф."),
            "Međutim|Ali|No|Ipak|S druge strane|Osim toga|Također|Takođe|Pritom|Међутим|Али|Ипак|Такође",
            "anonim|(?:ostati|остати)\\s+(?:nepoznat|neimenovan|непознат)"
                    // "ne želi da mu se objavi ime", "tražila je da joj se ne objavi ime"
                    + "|pod\\s+pseudonimom|zaštićen\\p{L}*\\s+(?:svjedok|svedok|identitet)|(?:mu|joj|im|му|јој|им)\\s+"
                    + "(?:se|се)\\s+(?:(?:ne|не)\\s+)?(?:objavi|navede|spomene|објави|наведе|спомене)\\s+(?:ime|име)"
                    + "|аноним|под\\s+псеудонимом"
                    // "koji je zamolio da mu ne navodimo ime": not to give the name, whatever the verb
                    + "|(?:mu|joj|im|му|јој|им)\\s+(?:ne|не)\\s+\\p{L}+\\s+(?:ime|име)\\b"
                    // "koji je zamolio da ne navodimo njegovo ime": not to give the name, whatever the verb
                    + "|(?:ne|не)\\s+\\p{L}+\\s+(?:njegovo|njeno|njezino|njihovo|svoje|његово|њено|њихово|своје)\\s+"
                    + "(?:ime|име)\\b"
                    // "koji nije želio da se predstavi", "nije se htjela predstaviti": who would not introduce themselves
                    + "|(?:ne|nije|nisu|не|није|нису)\\s+(?:\\p{L}+\\s+){0,3}?(?:predstavi|predstaviti|представи"
                    + "|представити)\\b"
                    // "koji nije želio biti imenovan", "koja nije htjela da bude imenovana": who would not be named
                    + "|(?:nije|nisu|није|нису)\\s+(?:\\p{L}+\\s+){1,3}?(?:imenovan|именован)\\p{L}{0,2}\\b",
            "na\\s+konferenciji|u\\s+razgovoru|u\\s+izjavi|u\\s+saopćenju|u\\s+saopštenju|u\\s+priopćenju"
                    + "|u\\s+intervjuu|tokom|tijekom"
                    // a reply, written or not: "Općina u pisanom odgovoru za IWPR navodi da"
                    + "|u\\s+(?:(?:pisanom|pismenom|svom)\\s+)?odgovoru"
                    + "|u\\s+završnoj\\s+riječi|u\\s+završnoj\\s+reči"
                    // the gathering it was said at: "poručio je aktivista X na protestu u Beogradu"
                    + "|(?:na|на)\\s+(?:" + GATHERINGS + ")|" + POSTED_ON
                    // after what, between the name and the verb: "Premijer X je nakon glasanja izjavio"
                    + "|(?:nakon|poslije|posle|након|после)\\s+(?=\\p{Ll})"
                    // when, between the name and the verb: "Predsjednik X ranije je izjavio"
                    + "|(?:" + WHEN_BEFORE_VERB + ")(?=\\s*$)"
                    // a trial's speeches between the name and the verb: "X u uvodnom izlaganju rekao je"
                    + "|" + SAID_IN
                    // a question answered, opening the sentence: "Na pitanje odbrane da li ..., X je odgovorio da"
                    + "|(?:na|на)\\s+(?:pitanje|питање)|(?:upitan|upitana|упитан|упитана)\\s",
            "je|su|nije|nisu|će|bi|ima|nema|bio|bila|može|mora|је|су|није|нису|ће",
            "izvještaju|izvješću|izveštaju|podacima|saopćenju|saopštenju|priopćenju|извештају|подацима",
            RomanceGrammars.BODY_WORDS, OCCUPATIONS, MORPHOLOGY)
            // "Iz Ministarstva saopštili su da", and the verb without a subject: "Iz Ministarstva saopćeno je da"
            // (and to whom: "Iz Ministarstva rekli su za IWPR da", "U Ministarstvu za IWPR su rekli da", "Iz Doma
            // zdravlja su za IWPR rekli da")
            .withBodiesSpeakingFrom("Iz|iz|Из|из", "U|u|У|у", "(?:(?:su|су)\\s+(?=(?:" + ADDRESSEE + ")\\s))?(?:(?:"
                    + ADDRESSEE + ")\\s+)?(?:(?:su|су)\\s+)?(?:"
                    + PLURAL_VERBS + ")"
                    + "(?:\\s+(?:su|су))?(?:\\s+(?:" + ADDRESSEE + "))?|(?:(?:je|је)\\s+)?(?:"
                    + alternation("bcs-impersonal-verbs") + ")(?:\\s+(?:je|је))?(?:\\s+(?:" + ADDRESSEE + "))?",
                    "da\\s+|да\\s+")
            // "U izvještaju Institucije ombudsmena navodi se da": a body speaking through its report
            .withReportsSaying("U|u|У|у", "izvještaju|izveštaju|izvješću|saopćenju|saopštenju|priopćenju|извештају"
                    + "|саопштењу", "navodi\\s+se|ističe\\s+se|kaže\\s+se|piše|наводи\\s+се|истиче\\s+се|пише",
                    "da\\s+|да\\s+|kako\\s+", "Kako|Како",
                    "se\\s+navodi|se\\s+ističe|stoji|piše|се\\s+наводи|се\\s+истиче|стоји|пише");

    private SouthSlavicGrammar() {
    }

    /**
     * A noun of a science or a trade by its ending, listed or not ("Demograf", "Хемичар", "sociologinja",
     * "analitičarka"): no given name or surname ends so.
     */
    @Override
    public boolean namesAnOccupation(String word) {
        return SCIENTIST.matcher(lexiconForm(word)).matches() || TURKISH_TRADE.matcher(lower(word)).matches();
    }

    /**
     * A woman's noun made of a listed man's with "-ka", "-ica" or "-kinja" ("ljekarka" of ljekar, "lekarka" of
     * lekar). Not an occupation everywhere: before a name, it would make a three-word name after an office in the
     * genitive ("Ministarka prosvjete Anđela Jakšić Stojanović") read as a place and a name.
     */
    @Override
    public boolean namesAWomansOccupation(String word) {
        Matcher womans = WOMANS_NOUN.matcher(lexiconForm(word));
        return womans.matches() && OCCUPATIONS.contains(womans.group(1));
    }

    /** A word in Latin letters, lower case: Serbian Cyrillic transliterated, other words as they are. */
    @Override
    public String lexiconForm(String word) {
        String lower = lower(word);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            int at = CYRILLIC.indexOf(lower.charAt(i));
            latin.append(at < 0 ? String.valueOf(lower.charAt(i)) : LATIN[at]);
        }
        return latin.toString();
    }

    /**
     * A name in the genitive, as "Prema riječima" and "Prema podacima" give it, in the nominative: a body's by its
     * first word ("Instituta za nestale osobe" is Institut za nestale osobe, "Centra za mir" Centar za mir), or by an
     * adjective and the word after it ("Državnog zavoda za statistiku" is Državni zavod za statistiku); a woman's
     * when her surname does not decline ("Nerme Jelačić" is Nerma Jelačić), else a man's, each word without the
     * genitive's "a" ("Emira Hodžića" is Emir Hodžić), and what the person does before the name too ("predsjednika
     * sindikata Mirsada Begića" is predsjednik sindikata Mirsad Begić). Other words stay as they are.
     */
    @Override
    public String nominative(String genitive) {
        String[] words = SPACES.split(genitive.strip());
        Matcher acronym = ACRONYM_IN_CASE.matcher(words[0]);
        if (acronym.matches()) {
            // "MUP-a Kantona Sarajevo", "OSCE-a": an acronym takes its case after a hyphen; the words after it are its
            // genitive and stay
            words[0] = acronym.group(1);
            return String.join(" ", words);
        }
        if (words.length == 1 && ONE_WORD_GENITIVE.matcher(words[0]).matches()) {
            // "Prema podacima Monstata", "Eurostata", "Hodžića": a name of one word in "-a" after a consonant is a
            // masculine's genitive (a feminine's ends in "-e"), its nominative without the "-a"
            return words[0].substring(0, words[0].length() - 1);
        }
        String body = bodyWordNominative(words[0]);
        if (body != null) {
            words[0] = body;
            // "Gradske uprave Mostar": a body's adjective the lexicon lists, then the body's own word
            String noun = words.length > 1 && BODY_ADJECTIVE.matcher(body).find() ? bodyWordNominative(words[1]) : null;
            if (noun != null) {
                words[1] = noun;
            }
            return String.join(" ", words);
        }
        // "Državnog zavoda", "Federalnog hidrometeorološkog zavoda": one or two adjectives, then the body's word
        for (int at = 1; at <= 2 && at < words.length; at++) {
            String noun = bodyWordNominative(words[at]);
            if (noun == null) {
                continue;
            }
            String[] adjectives = new String[at];
            for (int i = 0; i < at; i++) {
                // the name's first word capitalised, the adjectives after it in lower case or not
                adjectives[i] = adjectiveNominative(words[i], noun, i == 0);
            }
            if (Arrays.stream(adjectives).allMatch(java.util.Objects::nonNull)) {
                System.arraycopy(adjectives, 0, words, 0, at);
                words[at] = noun;
                return String.join(" ", words);
            }
        }
        int named = words.length;
        while (named > 0 && NAME_WORD.matcher(words[named - 1]).matches()) {
            named--;
        }
        // "saobraćajnog inženjera Nenada Kostića": adjectives may stand before the occupation
        int describedAt = 0;
        while (describedAt < named - 1 && Character.isLowerCase(words[describedAt].charAt(0))
                && occupationNominative(words[describedAt]) == null && describedAt < 2) {
            describedAt++;
        }
        String occupation = named > 0 && words.length - named >= 2 ? occupationNominative(words[describedAt]) : null;
        String[] adjectives = new String[describedAt];
        for (int i = 0; occupation != null && i < describedAt; i++) {
            adjectives[i] = adjectiveNominative(words[i], occupation, false);
            occupation = adjectives[i] == null ? null : occupation;
        }
        if (occupation != null) {
            // a lower-case role, then the name: each in the nominative; of more than three capitalised words at the
            // end, the last two are the name and the others the body the role is of ("predsjednika Udruženja novinara
            // Republike Srpske Gorana Maunage")
            System.arraycopy(adjectives, 0, words, 0, describedAt);
            words[describedAt] = occupation;
            // (so are three after a body's word, whose own name is the first, in the nominative: "direktora Olimpijskog
            // centra Jahorina Dejana Ilića"; not a woman's double given name in the genitive, "bolnice Ane Marije Kovač")
            int name = words.length - named > 3
                    || words.length - named == 3 && named > 0 && bodyWordNominative(words[named - 1]) != null
                    && !endsInE(words[named]) ? words.length - 2 : named;
            String role = String.join(" ", Arrays.copyOfRange(words, 0, name));
            return role + " " + nominative(String.join(" ", Arrays.copyOfRange(words, name, words.length)));
        }
        // ("JKP Tržnica": an acronym in capitals opening the words opens a body's name, as no person's name opens; a
        // company's legal form after its name, "Energoinvesta SA", leaves the name in the genitive)
        if (words.length < 2 || words.length > 3 || Arrays.stream(words).anyMatch(w -> !NAME_WORD.matcher(w).matches())
                || Arrays.stream(words).anyMatch(BCS::isBodyWord) || CAPITALS.matcher(words[0]).matches()) {
            return genitive.strip();
        }
        boolean woman = UNDECLINED_SURNAME.matcher(words[words.length - 1]).find();
        // a surname in -a declines as a woman's given name does: "Tomislava Šute" is Tomislav Šuta, "Ane Šute" Ana
        // Šuta (the given name's ending tells whose)
        boolean aSurname = !woman && endsInE(words[words.length - 1]);
        // "Mirze Begića" is Mirza Begić: a man's surname in the genitive, so a given name in "-e" before it is a man's
        // in "-a" (Mirza, Nikola, Luka), unless it is one of the names that end in "-e" themselves ("Stipe Mesića")
        String surname = words[words.length - 1];
        boolean mansSurname = !woman && !aSurname && surname.length() > 3
                && (surname.endsWith("a") || surname.endsWith("а"));
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            boolean givenNameInE = !last && MENS_NAMES_IN_E.contains(MORPHOLOGY.lexiconForm(word));
            String stem = word.substring(0, word.length() - 1);
            if (endsInE(word) && mansSurname && !last && MENS_NAMES_IN_O.contains(MORPHOLOGY.lexiconForm(stem) + "o")) {
                // "Huse Mehanovića" is Huso Mehanović: a man's name in "-o" the lists hold
                word = stem + (word.endsWith("e") ? "o" : "о");
            } else if (endsInE(word) && (woman ? !last : (aSurname || mansSurname && !last) && !givenNameInE)) {
                word = word.substring(0, word.length() - 1) + (word.endsWith("e") ? "a" : "а");
            } else if (!woman && word.length() > 3 && (word.endsWith("a") || word.endsWith("а"))) {
                word = word.substring(0, word.length() - 1);
                if (!last && GIVEN_NAME_IN_KO.matcher(word).find()) {
                    // "Veljka", "Branka", "Марка": a man's given name in "-ko" (no name ends in a consonant and "k")
                    word = word + (word.endsWith("k") ? "o" : "о");
                }
            }
            name.append(i == 0 ? "" : " ").append(word);
        }
        return name.toString();
    }

    /**
     * A body's name after "Iz", in the nominative: as {@link #nominative} gives it, or, when that leaves a name of
     * capitalised words as it was, with its first word's genitive "-e" made the nominative's "-a" ("Elektroprivrede
     * BiH" is Elektroprivreda BiH): a body's name the lexicon does not know is most often a feminine noun's.
     */
    @Override
    public String bodyNominative(String genitive) {
        String nominative = nominative(genitive);
        String[] words = SPACES.split(nominative);
        String[] written = SPACES.split(genitive.strip());
        if (words.length == written.length && written.length > 1 && PLACE_IN_APPOSITION.contains(words[0])
                && Arrays.stream(written).allMatch(w -> NAME_WORD.matcher(w).matches())) {
            // "Iz Grada Tuzle", "Iz Grada Banje Luke": the place's feminine genitive in "-e" is its nominative's "-a"
            // (Grad Tuzla, Grad Banja Luka); a masculine or neuter place keeps the genitive it was written in, as
            // "Grada Sarajeva" may be Sarajevo's and "Grada Siska" Sisak's
            for (int i = 1; i < words.length; i++) {
                words[i] = written[i].length() > 3 && endsInE(written[i]) ? written[i].substring(0,
                        written[i].length() - 1) + (written[i].endsWith("e") ? "a" : "а") : written[i];
            }
            return String.join(" ", words);
        }
        if (words.length == written.length && written.length > 1
                && Arrays.stream(written).allMatch(w -> NAME_WORD.matcher(w).matches())
                && !Arrays.equals(words, 1, words.length, written, 1, written.length)
                && Arrays.stream(written, 1, written.length).allMatch(w -> bodyWordNominative(w) == null)) {
            // "Iz Pošte Srbije", "Iz Telekoma Crne Gore": read as a person's name, every word would decline, but who
            // speaks "from" is a body, whose own word opens its name; the capitalised words after it (a country's, a
            // city's) stay in the genitive that makes them its
            System.arraycopy(written, 1, words, 1, written.length - 1);
            return String.join(" ", words);
        }
        if (!nominative.equals(genitive.strip()) || !NAME_WORD.matcher(words[0]).matches() || words[0].length() < 5
                || !endsInE(words[0])) {
            return nominative;
        }
        words[0] = words[0].substring(0, words[0].length() - 1) + (words[0].endsWith("e") ? "a" : "а");
        return String.join(" ", words);
    }

    /** "predsjednika Helsinškog komiteta" is predsjednik Helsinškog komiteta: the occupation opening it, in the nominative. */
    @Override
    public String roleNominative(String role) {
        String[] words = SPACES.split(role.strip(), 2);
        String occupation = occupationNominative(words[0]);
        return occupation == null ? role.strip() : occupation + (words.length > 1 ? " " + words[1] : "");
    }

    private static boolean endsInE(String word) {
        return word.endsWith("e") || word.endsWith("е");
    }

    /**
     * The nominative of a body's word in the genitive, in the case it was written ("Instituta" is "Institut",
     * "Udruženja" "Udruženje", "Komisije" "Komisija", "Centra" "Centar"), or in the locative "in" gives it
     * ("Ministarstvu" is "Ministarstvo", "Centru" "Centar", "Upravi" "Uprava"); null when it is no body's word.
     */
    @Override
    public String bodyWordNominative(String word) {
        if (word.length() < 4) {
            return null;
        }
        String stem = word.substring(0, word.length() - 1);
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        String a = last == 'а' || last == 'е' || last == 'у' || last == 'и' ? "а" : "a"; // in the word's own script
        String o = a.equals("a") ? "o" : "о";
        String withA = stem.substring(0, stem.length() - 1) + a + stem.charAt(stem.length() - 1);
        List<String> candidates = last == 'a' || last == 'а' ? List.of(stem, stem + o, stem + "e", withA)
                : last == 'e' || last == 'е' || last == 'i' || last == 'и' ? List.of(stem + a)
                : last == 'u' || last == 'у' ? List.of(stem, stem + o, withA) : List.of();
        return candidates.stream().filter(BCS::isBodyWord).findFirst().orElse(null);
    }

    /**
     * "Gradonačelnik Novog Sada Milan Đurić", "načelnik Srebrenice Mladen Grujičić": after an occupation, a place in
     * the genitive opens the capitalised run; "vlasnica hotela u Budvi Milena Radović": after a preposition, a place
     * does, as it does after a kind of place ("umirovljenica iz naselja Balinovac Ruža Marić") and a body's name
     * after the body's noun ("predsjednik udruženja Most Ivan Ivić"); the person is the run's last two words, the
     * place or the body the role's.
     */
    @Override
    public int personStart(List<String> words, int nameStart, boolean occupation, boolean afterBody) {
        int nameWords = words.size() - nameStart;
        if (nameStart > 0 && nameWords >= 3 && (occupation && (nameWords >= 4
                || GENITIVE_PLACE.matcher(words.get(nameStart)).find())
                || PREPOSITIONS.contains(lower(words.get(nameStart - 1))) || afterBody
                // "Direktor Kancelarije za Kosovo i Metohiju Petar Petković": a name joined by "and" is the role's
                || CONJUNCTIONS.contains(lower(words.get(nameStart - 1)))
                || PLACE_KINDS.contains(lower(words.get(nameStart - 1))))) {
            return words.size() - 2;
        }
        return nameStart;
    }

    private static String pluralVerbs() {
        Set<String> listed = QuoteGrammar.LEXICON.words("bcs-plural-verbs");
        Set<String> verbs = new HashSet<>(listed);
        for (String present : QuoteGrammar.LEXICON.words("bcs-presents")) {
            if (present.contains(" ") || present.length() < 4 || listed.contains(present)
                    || LAUGHING.contains(present)) {
                continue; // "se sjeća", a reflexive's words; "tvrde", a plural already
            }
            String stem = present.substring(0, present.length() - 1);
            switch (present.charAt(present.length() - 1)) {
                case 'e' -> verbs.add(stem + "u"); // kaže, kažu; dodaje, dodaju
                case 'е' -> verbs.add(stem + "у");
                case 'i' -> verbs.add(stem + "e"); // tvrdi, tvrde
                case 'и' -> verbs.add(stem + "е");
                case 'a' -> verbs.add(present + "ju"); // smatra, smatraju
                case 'а' -> verbs.add(present + "ју");
                default -> {
                    // a form already plural ("prisjećaju")
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(verbs);
        longestFirst.sort((a, b) -> b.length() - a.length());
        return QuoteLexicon.alternation(longestFirst);
    }

    /**
     * "Darivatelj Mario Kovačević", "Tkalac Ivan Babić": an ending no given name has ("-telj", "-lac", "-nica",
     * "-arka", "-ačica"), or one some have ("-ar", "-ač", "-nik", "-lja": Petar, Dominik, Ljilja) before a surname in
     * "-ić".
     */
    @Override
    public boolean opensWithAgentNoun(List<String> words) {
        if (words.size() != 3) {
            return false;
        }
        String first = lower(words.get(0));
        String surname = lower(words.get(2));
        return STRONG_AGENT_ENDING.matcher(first).matches()
                || WEAK_AGENT_ENDING.matcher(first).matches() && (surname.endsWith("ić") || surname.endsWith("ић"));
    }

    /**
     * "službenik općine Novi Grad", "stanovnik sela Ahmići": after a kind of place, one capitalised word, or two of
     * which the first is an adjective's ("Novi", "Gornji", "Bosanski"), are the place's name, and name nobody.
     */
    @Override
    public boolean namesAPlace(List<String> words, int nameStart) {
        int nameWords = words.size() - nameStart;
        return nameStart > 0 && PLACE_KINDS.contains(lower(words.get(nameStart - 1))) && (nameWords == 1
                || nameWords == 2 && PLACE_ADJECTIVE.matcher(lower(words.get(nameStart))).find());
    }

    /**
     * "Kako je rekla X", "Kako navodi X": who said it stands in the nominative; "Prema riječima X", "Kako navode iz X"
     * the genitive.
     */
    @Override
    public boolean namesInTheGenitive(String cue) {
        return !AS_SAID.matcher(cue).lookingAt();
    }

    @Override
    public Set<String> conjunctions() {
        return CONJUNCTIONS;
    }

    /** The cue without the day it was said on: "svedočio je u ponedeljak pred Haškim tribunalom" is "svedočio je pred ...". */
    @Override
    public String cueAsSaid(String cue) {
        return SAID_WHEN.matcher(cue).replaceFirst("");
    }

    /**
     * An adjective in the genitive before a body's word, in the nominative that word's gender takes: "Državnog"
     * (zavod) is Državni, "Državnog" (tužilaštvo) Državno, "Državne" (komisija) Državna; null when it is none.
     *
     * @param capitalised whether the adjective opens the name, and so must be capitalised ("hidrometeorološkog",
     *                    after "Federalnog", need not be)
     */
    private static String adjectiveNominative(String word, String noun, boolean capitalised) {
        if (capitalised && !NAME_WORD.matcher(word).matches() || word.length() < 5) {
            return null;
        }
        // the ending read in Latin letters, the nominative's written in the word's own script ("Јавног" is Јавно)
        String latin = MORPHOLOGY.lexiconForm(word);
        boolean cyrillic = !latin.equals(lower(word));
        char gender = MORPHOLOGY.lexiconForm(noun).charAt(MORPHOLOGY.lexiconForm(noun).length() - 1);
        // the genitive's "-og", "-e" and the locative's "-om", "-oj" ("Državnom zavodu", "Gradskoj upravi")
        if (latin.endsWith("og") || latin.endsWith("eg") || latin.endsWith("om") || latin.endsWith("em")) {
            String ending = gender == 'o' || gender == 'e' ? "o" : "i";
            return word.substring(0, word.length() - 2) + (cyrillic ? (ending.equals("o") ? "о" : "и") : ending);
        }
        return (latin.endsWith("e") || latin.endsWith("oj")) && gender == 'a'
                ? word.substring(0, word.length() - (latin.endsWith("e") ? 1 : 2)) + (cyrillic ? "а" : "a") : null;
    }

    /** The endings of a man's noun of one who does something, in the nominative: "guslar", "kovač", "mlinar". */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Ll}{3,}(?:ar|ač|nik|telj|ар|ач|ник|тељ)");

    /**
     * An occupation in the genitive in the nominative, as the lexicon lists it or as its ending says ("geologa" is
     * geolog, "analitičarke" analitičarka): "predsjednika" is predsjednik, "ministra" ministar, "predsjednice"
     * predsjednica; null when it is none.
     */
    private String occupationNominative(String word) {
        String lower = lower(word);
        if (lower.length() < 4) {
            return null;
        }
        String stem = lower.substring(0, lower.length() - 1);
        char last = lower.charAt(lower.length() - 1);
        String a = last == 'а' || last == 'е' ? "а" : "a"; // in the word's own script
        List<String> candidates = last == 'a' || last == 'а'
                ? List.of(stem, stem.substring(0, stem.length() - 1) + a + stem.charAt(stem.length() - 1))
                : last == 'e' || last == 'е' ? List.of(stem + a) : List.of();
        // ("guslara Milana Bulatovića": before a name in the genitive, a noun of one who does something by its ending,
        // whether the lists hold it or not)
        return candidates.stream().filter(c -> OCCUPATIONS.contains(c) || OCCUPATIONS.contains(lexiconForm(c))
                || namesAnOccupation(c) || AGENT_NOUN.matcher(c).matches()).findFirst().orElse(null);
    }
}
