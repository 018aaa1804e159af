package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.QuoteGrammar.alternation;
import static org.iwprarchive.ingest.quote.QuoteGrammar.lower;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;

/**
 * Albanian, as {@link EuropeanQuoteExtractor} reads it: a verb of saying in the third person singular after the words
 * („...“, tha X; „...“, u shpreh ai) or before "se" (X deklaroi se ...), with whom it was told ("tha për IWPR", "i tha
 * IWPR-së"); "Sipas X, ..." with X in the ablative, which this grammar's morphology gives back in the nominative
 * ("Sipas Driton Berishës" is Driton Berisha, "Sipas Ministrisë së Shëndetësisë" Ministria e Shëndetësisë); "Sipas
 * tij/saj" for the source quoted last; a body speaking "from" with a plural verb ("Nga Ministria thonë se ..."). A role's genitive ("Kryetari i Komunës së Mitrovicës X") belongs to the role.
 */
final class AlbanianGrammar implements QuoteGrammar.Morphology {

    static final AlbanianGrammar MORPHOLOGY = new AlbanianGrammar();

    private static final Pattern SPACES = Regexes.compile("\\s+");
    private static final Pattern NAME_WORD = Regexes.compile("\\p{Lu}[\\p{L}'\u2019.-]*");
    /** The articles that join a noun to its genitive: "Ministria e Drejtësisë", "Kryetari i Komunës së ...". */
    private static final Set<String> LINKS = Set.of("i", "e", "të", "së");
    /** The endings of a definite noun in the genitive: "Energjisë", "Shëndetësisë", "Kuvendit", "Veriut". */
    private static final Pattern GENITIVE = Pattern.compile("(?:së|ës|it|ut|ve)$");
    /** What the word for one who practises a science or a trade ends in, with its article: "-log(u)", "-ist(i)". */
    private static final Pattern SCIENTIST = Pattern.compile("\\p{L}{3,}(?:log|logu|loge|logi|logia|logja|ist|isti|iste"
            + "|istja|istia|graf|grafi|grafe|grafja)");
    /**
     * What the name of one who does a job ends in, definite: "-ar" and "-tar" ("argjendari", "gazetari", "lojtari"),
     * "-or" and "-tor" ("banori", "drejtori", "redaktori"), "-ues" and "-yes" ("mësuesi", "përkthyesi"), "-ës"
     * ("gjykatësi", "shitësi"), "-er" and "-ier" ("trajneri", "inxhinieri"), "-ant" and "-ent" ("emigranti",
     * "studenti"); a woman's "-ja" is read as the man's "-i" ({@link #lexiconForm}). Without the definite ending none
     * of these says a trade: "Kosovës" is a genitive. A trade in the Turkish "-xhi" says one with its article or
     * without: "Mullixhiu", "kafexhi".
     */
    private static final Pattern AGENT = Pattern.compile("\\p{L}{3,}(?:(?:ar|or|ues|yes|ës|er|ant|ent)i|xhi(?:u|ja)?)");
    /**
     * A capitalised adjective after a body's noun, by its ending: "(Partisë) Demokratike", "Socialiste", "Kombëtare",
     * "Republikane", "(Komitetit) Olimpik", "(Kuvendit) Popullor".
     */
    private static final Pattern ADJECTIVE_AFTER_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ike|iste|are|ore|ane|ik|or)");
    /** A settlement's noun in the genitive, whose name follows it in a role: "kryetari i fshatit Kutë". */
    private static final Set<String> SETTLEMENTS = Set.of("fshatit", "qytetit", "komunës", "bashkisë", "lagjes",
            "qarkut");
    /** The prepositions inside a body's name: "Qendra për Gratë", "Komiteti kundër Torturës". */
    private static final Set<String> BODY_PREPOSITIONS = Set.of("për", "nga", "kundër");
    /** An acronym: "KFOR", "OSBE", "BDI". */
    private static final Pattern ACRONYM = Regexes.compile("\\p{Lu}{2,7}");
    /** A case ending hyphened onto an acronym or a foreign name: "OSBE-së", "EULEX-it", "IWPR-së". */
    private static final Pattern HYPHENED_CASE = Regexes.compile("-(?:së|it|ës|ja|në|ut|in|ve|i|a|u|s)$");
    /** A woman's role, definite, after a consonant: "ekonomistja", "gazetarja", "presidentja". */
    private static final Pattern WOMANS_ROLE = Pattern.compile("^(\\p{L}{3,}[^aeiouëy])ja$");
    /** What a role is made with: "zëvendës" (deputy), "ish-" (former). */
    private static final Pattern COMPOUND = Regexes.compile("^(?:ish-|zëvendës)(?=\\p{L}{4})");

    /** A trial's opening or closing speech: "në fjalën përfundimtare", "në fjalën hyrëse". */
    private static final String CLOSING_SPEECH = "në\\s+fjalën\\s+(?:e\\s+(?:tij|saj)\\s+)?(?:përfundimtare|hyrëse|hapëse"
            + "|[et]ë?\\s+fundit)";
    /**
     * Where the words were said, between the verb and "se": "deklaroi në një konferencë për shtyp se", "tha gjatë
     * seancës se".
     */
    private static final String SAID_AT = "gjatë\\s+\\p{Ll}+(?:\\s+(?:së|të|të\\s+sotme)\\s+\\p{L}+)?"
            // after what: "tha pas ndeshjes se", "deklaroi pas seancës së djeshme se"
            + "|pas\\s+\\p{Ll}+(?:\\s+(?:së|të)\\s+\\p{L}+)?"
            // when: "njoftoi javën e kaluar se", "tha dje se", "deklaroi të hënën se"
            + "|(?:javën|muajin|vitin)\\s+e\\s+(?:kaluar|shkuar)|dje|sot|këtë\\s+(?:javë|muaj)"
            + "|të\\s+(?:hënën|martën|mërkurën|enjten|premten|shtunën|dielën)(?:\\s+e\\s+kaluar)?"
            + "|në\\s+(?:një\\s+)?(?:konferenc[eë]n?|deklaratë|intervistë|njoftim|postim|seancë|seancën)"
            + "(?:\\s+(?:për\\s+(?:shtyp|mediat?)|me\\s+gazetarët|televizive))?|" + CLOSING_SPEECH;
    /** The cue without where it was said: "deklaroi në një konferencë për shtyp" is "deklaroi". */
    private static final Pattern CUE_SAID_AT = Regexes.compile("\\s+(?:" + SAID_AT + ")(?=\\s|$)");

    /** Whom it was told, after the verb: "tha për IWPR", "i tha IWPR-së", "u tha gazetarëve". */
    private static final String TOLD = "për\\s+IWPR|IWPR-së|IWPR-it|për\\s+mediat?|gazetarëve|për\\s+gazetarët";

    static final QuoteGrammar ALBANIAN = QuoteGrammar.of(
            // "tha", "u shpreh", "i tha", "ka thënë", "kishte deklaruar"
            "(?:(?:i|u|ua)\\s+)?(?:" + alternation("sq-verbs") + ")"
                    + "|(?:ka|kishte)\\s+(?:" + alternation("sq-participles") + ")"
                    // "kërkoi dhjetë vjet burg, duke theksuar se": a gerund after another verb of the same subject
                    + "|duke\\s+(?:" + alternation("sq-participles") + ")",
            // where, then whom or where: "tha për IWPR", "i tha IWPR-së", "shkruan në Facebook", "deklaroi në një
            // konferencë për shtyp"
            "(?:\\s+(?:" + SAID_AT + "))?(?:\\s+(?:" + TOLD + "|në\\s+gjykatë"
                    // before the court or its bench: "deklaroi para trupit gjykues"
                    + "|(?:para\\s+)?(?:gjykatës|trupit\\s+gjykues)|në\\s+(?:Facebook|Twitter|X|Instagram)))?",
            // ("also" before "that": "Shton edhe se ...")
            "(?:(?:edhe|gjithashtu)\\s+)?se\\s+", "Sipas\\s+(?:tij|saj)|Sipas\\s+mendimit\\s+(?:të|së)\\s+(?:tij|saj)|Sipas|sipas"
                    // "Siç tha kryetari i fshatit X,": as someone said, who said it in the nominative
                    + "|Siç\\s+(?:" + alternation("sq-verbs") + ")(?:\\s+(?:" + TOLD + "))?", "",
            Set.of("ai", "ajo", "tij", "saj"), Set.of("një"),
            Set.of("shumë", "disa", "banorët", "qytetarët", "familjet", "autoritetet", "ekspertët", "zyrtarët",
                    "punëtorët", "studentët", "aktivistët", "gazetarët", "prindërit", "mjekët", "pacientët"),
            // titles of address, a priest's among them: "Dom Mark Simoni", "At Zef Pllumi"
            Set.of("z.", "znj.", "zoti", "zonja", "Dom", "At"),
            "Megjithatë|Por|Ndërkohë|Gjithashtu|Nga ana tjetër|Sidoqoftë|Përveç kësaj|Po ashtu|Ndërsa",
            // the subjunctive present or, after a verb in the past, imperfect: "kërkoi të mos identifikohej"
            "anonimitet|të\\s+mos\\s+(?:i\\s+)?(?:përmend|identifikoh|publikoh|zbuloh)(?:et|ej)"
                    + "|(?:deshi|pranoi|dëshiroi|donte)\\s+të\\s+(?:identifikoh|prezantoh|përmend)(?:et|ej)"
                    + "|pa\\s+u\\s+identifikuar",
            // a gathering too, with where it was held after it: "tha në një tubim në Prizren se"
            "gjatë|në\\s+(?:një\\s+)?(?:konferencë|deklaratë|intervistë|njoftim|postim|seancë|tubim|takim|miting|protestë|ceremoni"
                    + "|debat)|në\\s+konferencën"
                    + "|në\\s+(?:Facebook|Twitter|X)\\b|për\\s+IWPR|për\\s+mediat?|pas\\s+takimit|në\\s+seancën"
                    + "|" + CLOSING_SPEECH
                    // a question answered, opening the sentence: "I pyetur nga mbrojtja ..., X u përgjigj se"
                    + "|(?:(?:i|e)\\s+)?pyetur",
            // and "u", a past or passive verb's ("u zhvillua"), never a description's
            "është|ka|kanë|janë|ishte|kishte|do|nuk|mund|duhet|po|jemi|kemi|u",
            "(?:një\\s+)?(?:raport|studim|deklarat|njoftim)\\p{L}*\\s+(?:të|së|i|e)"
                    + "|(?:të\\s+)?dhëna(?:t|ve)?\\s+(?:e|të|së)",
            QuoteGrammar.bodyWordsWith("sq-body-words"), QuoteGrammar.LEXICON.words("sq-occupations"), MORPHOLOGY)
            // and whom they told: "Nga Banka e Shqipërisë thanë për IWPR se"
            .withBodiesSpeakingFrom("Nga|nga", "", "(?:" + alternation("sq-plural-verbs") + ")(?:\\s+(?:" + TOLD + "))?",
                    "se\\s+")
            // "Në raportin e Avokatit të Popullit thuhet se": a body speaking through its report
            .withReportsSaying("Në|në", "(?:raportin|njoftimin|deklaratën)\\s+(?:e|të|së)",
                    "thuhet|theksohet|shkruhet|nënvizohet", "se\\s+", "Siç",
                    "thuhet|theksohet|shkruhet|nënvizohet|përmendet");

    private AlbanianGrammar() {
    }

    /**
     * A noun ending as one who practises a science or a trade does, its article with it or not ("Hidrologia",
     * "Sociologu", "Psikologja", "Fotografi"), or as the definite name of one who does a job does ("Trajneri",
     * "Lojtarja"): what someone is, listed or not.
     */
    @Override
    public boolean namesAnOccupation(String word) {
        String form = lexiconForm(word);
        return SCIENTIST.matcher(form).matches() || AGENT.matcher(form).matches();
    }

    /**
     * "Drejtori i Policisë së Kosovës", "Kryetari i Komunës së Prizrenit": what someone does and of what, one
     * capitalised word after its article at the end, names nobody (a person's name after a role is of two words).
     */
    @Override
    public boolean namesAPlace(List<String> words, int nameStart) {
        return nameStart == words.size() - 1 && LINKS.contains(words.get(nameStart - 1));
    }

    /**
     * A capitalised noun, then what it is of, joined by an article, and nothing after: "Lidhja e Shkrimtarëve e
     * Kosovës", "Federata e Xhudos". A person's name has no article inside it ("Jean Benoit"), one after a role ends
     * in two words without one ("Kryetari i Komunës Agim Bahtiri"), and one who does a job opens a role, not a body
     * ("Drejtori i Policisë").
     */
    @Override
    public boolean namesABodyByItsForm(List<String> words) {
        int last = words.size() - 1;
        return last >= 2 && LINKS.contains(words.get(last - 1));
    }

    @Override
    public boolean adjectiveAfterNoun(String word) {
        return ADJECTIVE_AFTER_NOUN.matcher(word).matches();
    }

    /**
     * A word as the lexicon lists it: lower case, an acronym without its hyphened case ("OSBE-së" is osbe), a role
     * without the "deputy" or "former" it is made with ("Zëvendëskryeministrja" is kryeministrja, "ish-ministri"
     * ministri), and a woman's role in "-ja" as the man's in "-i" the lexicon lists ("Ekonomistja" is ekonomisti).
     */
    @Override
    public String lexiconForm(String word) {
        String form = COMPOUND.matcher(lower(HYPHENED_CASE.matcher(word).replaceFirst(""))).replaceFirst("");
        return WOMANS_ROLE.matcher(form).replaceFirst("$1i");
    }

    /**
     * A name as "Sipas" gives it, in the ablative, in the nominative: a body's head and the article after it
     * ("Ministrisë së Shëndetësisë" is Ministria e Shëndetësisë, "misionit të OSBE-së" misioni i OSBE-së), a role's
     * likewise ("kryetarit të sindikatës"), and a person's surname ("Driton Berishës" is Driton Berisha, "Albin
     * Kurtit" Albin Kurti, "Kurtit" alone Kurti); given names, which "Sipas" leaves as they are, and other words
     * stay.
     */
    @Override
    public String nominative(String ablative) {
        String[] words = SPACES.split(ablative.strip());
        Matcher cased = HYPHENED_CASE.matcher(words[0]);
        if (words.length == 1 && cased.find() && ACRONYM.matcher(words[0].substring(0, cased.start())).matches()) {
            return words[0].substring(0, cased.start()); // "Sipas KFOR-it": the acronym, without its case
        }
        String head = bodyWordNominative(words[0]);
        boolean body = head != null;
        if (head == null) {
            head = occupationNominative(words[0]);
        }
        if (head == null && words.length > 2 && (words[1].equals("së") || words[1].equals("të"))
                && NAME_WORD.matcher(words[0]).matches() && NAME_WORD.matcher(words[2]).matches()) {
            // "Sipas Doganës së Kosovës": a capitalised noun in the ablative with a genitive of a name after it heads a
            // body's name, listed or not (Dogana e Kosovës); no person's name goes on so
            head = definite(words[0]);
            body = head != null;
        }
        if (head != null) {
            words[0] = head;
            // the article joining the head to what follows agrees with it: "e" after a feminine in "-a", else "i";
            // an adjective may stand between ("Agjencisë Kombëtare të Burimeve" is Agjencia Kombëtare e Burimeve)
            int link = words.length > 2 && !LINKS.contains(words[1]) ? 2 : 1;
            if (words.length > link && (words[link].equals("së") || words[link].equals("të"))) {
                words[link] = head.endsWith("a") ? "e" : "i";
            }
            int named = words.length;
            while (named > 1 && NAME_WORD.matcher(words[named - 1]).matches()) {
                named--;
            }
            if (!body && words.length - named >= 2 && !ALBANIAN.isBodyWord(words[named])) {
                // "kryetarit të sindikatës Driton Berishës": the name after the role declines too; after a body's
                // head, capitalised words are its name's ("Drejtorisë Rajonale Arsimore Kukës")
                words[words.length - 1] = surname(words[words.length - 1]);
            }
            return String.join(" ", words);
        }
        if (words.length == 1 && NAME_WORD.matcher(words[0]).matches() && !ALBANIAN.isBodyWord(words[0])) {
            return surname(words[0]); // "Sipas Mejdinit": a person named again by the surname alone
        }
        if (words.length < 2 || words.length > 3) {
            return ablative.strip();
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() || ALBANIAN.isBodyWord(word)) {
                return ablative.strip();
            }
        }
        words[words.length - 1] = surname(words[words.length - 1]);
        return String.join(" ", words);
    }

    /** A surname in the ablative in the nominative: "Berishës" is Berisha, "Kurtit" Kurti, "Ramajt" Ramaj. */
    private static String surname(String word) {
        if (word.endsWith("ës") && word.length() > 4) {
            return word.substring(0, word.length() - 2) + "a";
        }
        if (word.endsWith("ajt") && word.length() > 5) {
            return word.substring(0, word.length() - 1); // a surname in "-aj" takes "-t": "Gjonajt", "Lushajt"
        }
        return word.endsWith("it") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The nominative of a body's word in another case ("Ministrisë" is Ministria, "Zyrës" Zyra, "Institutit"
     * Instituti), null when it is no body's word.
     */
    @Override
    public String bodyWordNominative(String word) {
        String nominative = definite(word);
        return nominative != null && ALBANIAN.isBodyWord(nominative) ? nominative : null;
    }

    private static String occupationNominative(String word) {
        String nominative = definite(word);
        return nominative != null && ALBANIAN.isOccupation(nominative) ? nominative : null;
    }

    /**
     * A definite noun in the genitive, dative or ablative, in the nominative ("Ministrisë" is Ministria, "ministres"
     * ministrja); null when the ending is none of these.
     */
    private static String definite(String word) {
        if (word.length() < 4) {
            return null;
        }
        if (word.endsWith("isë")) {
            return word.substring(0, word.length() - 3) + "ia"; // Ministrisë, Policisë
        }
        if (word.endsWith("ës")) {
            return word.substring(0, word.length() - 2) + "a"; // Zyrës, Gjykatës, Komunës
        }
        if (word.endsWith("jes")) {
            return word.substring(0, word.length() - 2) + "a"; // Lëvizjes: a noun in -je
        }
        if (word.endsWith("ges")) {
            // sociologes, koleges: after "g" the article is written "-ia", as "gj" would be another letter
            return word.substring(0, word.length() - 2) + "ia";
        }
        if (word.endsWith("es")) {
            return word.substring(0, word.length() - 2) + "ja"; // ministres, kryetares: a woman's noun in -e
        }
        if (word.endsWith("it") || word.endsWith("ut")) {
            return word.substring(0, word.length() - 1); // Institutit, misionit, Kuvendit
        }
        return null;
    }

    @Override
    public String cueAsSaid(String cue) {
        return CUE_SAID_AT.matcher(cue).replaceFirst("");
    }

    /**
     * The genitive after a role belongs to it: in "Kryetari i Komunës së Mitrovicës së Veriut Milan Radojević" the
     * capitalised run opens with "Veriut", joined to the role by "së"; in "Ministrja e Infrastrukturës dhe Energjisë
     * Belinda Balluku" with "Energjisë", a second field joined by "dhe"; in "Drejtoresha e Qendrës për Gratë Iris
     * Luarasi" with "Gratë", after a preposition inside the body's name; in "Kryetari i fshatit Kutë Fatos Memaj" with
     * "Kutë", the place a settlement's noun names, and in "Kryetari i shoqatës Jeta Fatos Memaj" with "Jeta", the name
     * of a body after its noun; the person is what follows, and after a settlement's or a body's noun the run's last
     * two words ("Drejtori i gjimnazit Sami Frashëri Arben Lala": the school is named after a person).
     */
    @Override
    public int personStart(List<String> words, int nameStart, boolean occupation, boolean afterBody) {
        if (nameStart <= 0 || nameStart >= words.size() - 2) {
            return nameStart;
        }
        String before = words.get(nameStart - 1);
        if (afterBody || SETTLEMENTS.contains(lower(before))) {
            return words.size() - 2; // a place's or a body's name of one word or more, then the person's two
        }
        return LINKS.contains(before) || before.equals("dhe") && GENITIVE.matcher(words.get(nameStart)).find()
                || BODY_PREPOSITIONS.contains(lower(before)) ? nameStart + 1 : nameStart;
    }
}
