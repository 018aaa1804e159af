package org.iwprarchive.ingest.quote;

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
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;

/**
 * Finds who is quoted in an article of IWPR's French or Spanish editions: the words in guillemets or quotation marks
 * before a verb of saying and its speaker ("« ... », a déclaré X", "« ... », a-t-il ajouté", "\"...\", dijo X"), a
 * speaker and a colon before them ("X a déclaré : « ... »"), reported words after "que" ("X a affirmé que ...", "X
 * aseguró que ..."), and "Selon X, ...", "D'après X, ...", "Según X, ...", "De acuerdo con X, ...", with "Pour X,
 * ..." and "Para X, ..." for a named person's view. Who speaks is read as the English finder reads it, in these
 * languages' words: a name's capitalised run with the role written before it or set apart after it, a body by its
 * kind's word ("ministère", "ONG", "Policía"), an unnamed source by its description with the clause that withholds the
 * name left out, and "il", "elle", "él", "ella" or a verb with no subject for whoever was quoted last. The same finder
 * reads the Bosnian, Croatian and Serbian edition with a grammar of its own (the participle beside "je", „...“,
 * "da", names in the genitive after "Prema riječima"), its word order being close enough to these languages'.
 */
public final class RomanceQuoteExtractor {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    private static final Set<String> BODY_WORDS = union(LEXICON.words("romance-body-words"),
            LEXICON.words("bcs-body-words"));
    private static final Set<String> BCS_OCCUPATIONS = LEXICON.words("bcs-occupations");
    /** Prepositions a place follows inside a BCS role: "vlasnica hotela u Budvi", "radnik iz Tuzle". */
    private static final Set<String> BCS_PREPOSITIONS = Set.of("u", "iz", "na", "sa", "s", "od", "kod", "у", "из", "на",
            "са", "с", "од", "код");
    /** Serbian Cyrillic's letters in Gaj's Latin alphabet, one for one: the lexicon lists BCS words in Latin. */
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m",
            "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"};
    /** Words in guillemets, in curly or straight quotation marks, or in the low-high marks BCS writes („...“). */
    private static final String QUOTE = "(?:«\\s*(?<q1>[^«»]+?)\\s*»|\u201c(?<q2>[^\u201c\u201d]+)\u201d"
            + "|\"(?<q3>[^\"]+)\"|\u201e(?<q4>[^\u201c\u201d\u201e]+)[\u201c\u201d])";
    private static final Pattern WHOLE_QUOTE = Pattern.compile("^" + QUOTE + "$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\s*\\([^)]{1,20}\\)");
    /** A word of a name: capitalised, maybe hyphened ("Jean-Paul") or with an apostrophe ("N'Diaye"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");
    /** Words that join a name's parts: "de", "da", "van", "del", "y". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "du", "van", "von", "del", "der", "y", "ben",
            "bin", "al", "el", "la", "dos", "das");
    /** Words that go on a body's name with what it is of: "ministère de la Justice", "Mecanismo para ...". */
    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d'", "del", "para", "por", "pour",
            "sur", "en", "contre", "contra");
    /** A relative clause after a description: "un médico residente que pidió ...". */
    private static final Pattern RELATIVE = Pattern.compile("\\s+(?:qui|que|quien)\\s");
    /** The singular definite articles, before a noun that describes a source again: "la reportera", "le juge". */
    private static final Set<String> DEFINITE_ARTICLES = Set.of("le", "la", "el");
    /** The articles that may open a name's run of words without being part of it. */
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "un", "une", "el", "los", "las", "uno",
            "una");
    /**
     * A sentence's subject that is a role and a full name, up to the verb in lower case after it: "Advokatica odbrane
     * Vasvija Vidović" in "Advokatica odbrane Vasvija Vidović najavila je žalbu".
     */
    private static final Pattern SUBJECT = Pattern.compile("(?<who>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s+\\p{Lu}[\\p{L}'-]+"
            + "\\s+\\p{Lu}[\\p{L}'-]+)\\s+\\p{Ll}");
    /** An age after a name: "14 ans", "de 23 años". */
    private static final Pattern AGE = Pattern.compile("^(?:de\\s+)?\\d{1,3}\\s+(?:ans|años)$");

    /**
     * What one language brings: the verbs of saying as the patterns read them, the third person's pronouns, the
     * determiners that open a description of nobody named, titles of address, connectives that open a sentence, the
     * phrases of "according to" and of a view ("Pour", "Para"), what withholds a name, and where and how the words
     * were said after the speaker.
     */
    private record Grammar(Pattern quoteThenSpeaker, Pattern speakerThenQuote, Pattern speakerThat,
                           Pattern accordingTo, Pattern trailingAccordingTo, Set<String> pronouns,
                           Set<String> indefinites, Set<String> plurals, Set<String> addressTitles,
                           Pattern leadingConnective, Set<String> views, Pattern withholds, Pattern occasion,
                           Pattern finiteVerb, Pattern source, Set<String> occupations,
                           UnaryOperator<String> nominative) {

        static Grammar of(String verb, String addressee, String that, String accordingTo, String views,
                          Set<String> pronouns, Set<String> indefinites, Set<String> plurals,
                          Set<String> addressTitles, String connectives, String withholds, String occasion,
                          String finiteVerb, String source) {
            return of(verb, addressee, that, accordingTo, views, pronouns, indefinites, plurals, addressTitles,
                    connectives, withholds, occasion, finiteVerb, source, Set.of(), UnaryOperator.identity());
        }

        /**
         * @param occupations what someone does, capitalised before a name at a sentence's start ("Tužilac Serge
         *                    Brammertz"): the role's word, not a first name
         * @param nominative  a name as "according to" gives it, in the nominative ("Prema riječima Nerme Jelačić")
         */
        static Grammar of(String verb, String addressee, String that, String accordingTo, String views,
                          Set<String> pronouns, Set<String> indefinites, Set<String> plurals,
                          Set<String> addressTitles, String connectives, String withholds, String occasion,
                          String finiteVerb, String source, Set<String> occupations,
                          UnaryOperator<String> nominative) {
            String cue = "(?<cue>(?:" + verb + ")(?:" + addressee + ")?)";
            return new Grammar(
                    // « ... », a déclaré X, ...; « ... », a-t-il ajouté.; "...", dijo X.; "...", agregó.
                    Pattern.compile("^" + QUOTE + "\\s*,?\\s+" + cue + "(?:\\s+(?<who>[^.!?]+?))?\\s*[.!?]?$"),
                    // X a déclaré à l'audience : « ... ».
                    Pattern.compile("^(?<who>[^«\u201c\u201e\"]+?)\\s+" + cue + "(?:\\s+[^:«\u201c\"]{1,40}?)?\\s*:\\s*"
                            + QUOTE + "\\s*[.!?]?$"),
                    // X, ..., a affirmé que ...; Elle a expliqué que ...; Sin embargo, advirtió que ...
                    Pattern.compile("^(?:(?<who>[^«\u201c\u201e\"]+?),?\\s+)?" + cue + ",?\\s+(?:" + that
                            + ")(?<q>.+?)[.!?]?$"),
                    // Selon X, ...; "Prema njezinim riječima, ...": a cue holding its pronoun names nobody after it
                    Pattern.compile("^(?:(?:" + connectives + "),?\\s+)?(?<cue>" + accordingTo + "|" + views + ")"
                            + "(?:\\s+(?<who>[^,]+?))?,\\s+(?<q>.+?)[.!?]?$"),
                    // ..., selon le ministère.
                    Pattern.compile("^(?<q>[^«\u201c\"]{3,}?),\\s+(?<cue>" + accordingTo.toLowerCase(Locale.ROOT)
                            + ")\\s+(?<who>[^,]+?)[.!?]?$"),
                    pronouns, indefinites, plurals, addressTitles,
                    Pattern.compile("^(?:" + connectives + ")(?:,?\\s+|$)"),
                    Set.of(views.split("\\|")),
                    Pattern.compile(withholds, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile("\\s+(?:" + occasion + ")\\b.*$"),
                    Pattern.compile("(?:^|\\s)(?:" + finiteVerb + ")(?:\\s|$)"),
                    Pattern.compile("^(?:" + source + ")\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    occupations, nominative);
        }
    }

    private static final Grammar FRENCH = Grammar.of(
            // "a déclaré", "avait dit", "a-t-il ajouté", "déclare", "dit-elle", "ajoute-t-il"
            "(?:a|avait)(?:-t-(?:il|elle))?\\s+(?:" + alternation("fr-participles") + ")"
                    + "|(?:" + alternation("fr-presents") + ")(?:-t)?(?:-(?:il|elle))?",
            "\\s+(?:à|au|aux)\\s+(?:IWPR|l'IWPR|la presse|l['\u2019]audience|l['\u2019]AFP|journalistes|la radio)",
            "que\\s+|qu['\u2019]", "Selon|D['\u2019]après|selon|d['\u2019]après", "Pour",
            Set.of("il", "elle", "lui"), Set.of("un", "une"), Set.of("les", "des", "ces", "plusieurs"),
            Set.of("M.", "Mme", "Mlle", "Me", "Maître"),
            "Mais|Cependant|Pourtant|Toutefois|Par ailleurs|De son côté|Pour sa part|En revanche|Ainsi|Enfin",
            "anonymat|pas\\s+souhaité\\s+(?:être\\s+(?:nommée?|identifiée?|cité)|donner\\s+son\\s+nom)"
                    + "|requis\\s+l['\u2019]anonymat|garder\\s+l['\u2019]anonymat|taire\\s+son\\s+nom"
                    + "|(?:ne\\s+pas|pas)\\s+(?:être\\s+)?(?:nommée?|identifiée?)",
            "lors\\s+d['\u2019e]|à\\s+l['\u2019]issue|en\\s+marge|dans\\s+un\\s+communiqué|dans\\s+une\\s+déclaration"
                    + "|en\\s+conférence|sur\\s+(?:Twitter|X|Facebook|sa\\s+page)|publiée?s?|paru",
            "est|a|ont|sont|était|avait|va|doit|peut|fait|sera|serait|ne|n['\u2019]\\p{L}+",
            "un\\s+rapport\\s+d[e'\u2019]|une\\s+étude\\s+d[e'\u2019]|les\\s+chiffres\\s+d[e'\u2019]"
                    + "|les\\s+données\\s+d[e'\u2019]|un\\s+communiqué\\s+d[e'\u2019]|des\\s+chiffres\\s+d[e'\u2019]");

    private static final Grammar SPANISH = Grammar.of(
            // "dijo", "ha dicho", "dice"
            "(?:" + alternation("es-preterites") + ")|ha\\s+(?:" + alternation("es-participles") + ")"
                    + "|(?:" + alternation("es-presents") + ")",
            "\\s+a\\s+(?:IWPR|la prensa|los periodistas|periodistas|medios locales)",
            "que\\s+", "Según|De acuerdo con|según|de acuerdo con", "Para",
            Set.of("él", "ella"), Set.of("un", "una", "uno"), Set.of("los", "las", "unos", "unas", "varios", "varias"),
            Set.of("Don", "Doña", "don", "doña", "Sr.", "Sra.", "Srta."),
            "Sin embargo|Pero|No obstante|Por su parte|Además|Asimismo|En cambio|Por otro lado|Mientras tanto",
            "anonimato|no\\s+ser\\s+(?:identificad[oa]|nombrad[oa])|reservar\\s+su\\s+nombre|(?:no\\s+)?(?:dar|revelar)"
                    + "\\s+su\\s+nombre|omitir\\s+su\\s+nombre",
            "durante|en\\s+una\\s+entrevista|en\\s+un\\s+comunicado|en\\s+rueda\\s+de\\s+prensa|en\\s+su\\s+cuenta"
                    + "|publicad[oa]s?",
            "es|ha|han|son|era|fue|está|están|hay|no|será|sería|tiene|puede|debe",
            "un\\s+informe\\s+de(?:l)?|un\\s+estudio\\s+de(?:l)?|datos\\s+de(?:l)?|cifras\\s+de(?:l)?"
                    + "|un\\s+comunicado\\s+de(?:l)?");

    /** Whom BCS reporting says words were told to: "za IWPR", "novinarima", "sudu". */
    private static final String BCS_ADDRESSEE = "za\\s+IWPR|IWPR-u|novinarima|sucima|sudijama|sudu|vijeću|veću"
            + "|sudskom\\s+vijeću|Tribunalu|за\\s+IWPR|новинарима|судијама|суду|већу";

    /**
     * Bosnian, Croatian and Serbian (one language for these rules, in either script): the past tense's participle
     * beside "je" or "su" ("rekao je", "je izjavila", "saopćilo je"), or the present ("kaže", "tvrdi"); "da" for
     * "that"; "Prema riječima" with the name in the genitive.
     */
    private static final Grammar BCS = Grammar.of(
            // "rekao je", "je izjavila", and whom it was told between them: "je novinarima rekla"
            "(?:(?:je|su|је|су)\\s+(?:(?:" + BCS_ADDRESSEE + ")\\s+)?)?(?:" + alternation("bcs-participles") + ")"
                    + "(?:\\s+(?:je|su|је|су))?|(?:" + alternation("bcs-presents") + ")",
            "\\s+(?:" + BCS_ADDRESSEE + ")",
            "da\\s+|да\\s+", "Prema riječima|Prema rečima|Po riječima|Po rečima|Prema podacima|Prema navodima"
                    + "|Према речима|По речима|Према подацима|Према наводима"
                    // "Prema njezinim riječima": the person quoted last
                    + "|(?:Prema|Po)\\s+(?:njegovim|njezinim|njenim)\\s+(?:riječima|rečima)"
                    + "|(?:Према|По)\\s+(?:његовим|њеним)\\s+речима",
            "Za|За", Set.of("on", "ona", "он", "она", "njegovim", "njezinim", "njenim", "његовим", "њеним"),
            Set.of("jedan", "jedna", "један", "једна"),
            Set.of("mnogi", "neki", "brojni", "obitelji", "porodice", "roditelji", "stanovnici", "mještani", "meštani",
                    "građani", "žrtve", "svjedoci", "svedoci", "advokati", "odvjetnici", "branioci", "многи", "неки"),
            Set.of("g.", "gđa", "gđica", "gospodin", "gospođa"),
            "Međutim|Ali|No|Ipak|S druge strane|Osim toga|Također|Takođe|Pritom|Међутим|Али|Ипак|Такође",
            "anonimn|pod\\s+pseudonimom|zaštićen\\p{L}*\\s+(?:svjedok|svedok|identitet)|(?:ne\\s+želi|nije\\s+(?:želio|želeo"
                    + "|želela|željela|htio|htjela|hteo|htela))\\s+da\\s+(?:mu|joj)\\s+se\\s+(?:objavi|navede|spomene)\\s+ime"
                    + "|анонимн|под\\s+псеудонимом",
            "na\\s+konferenciji|u\\s+izjavi|u\\s+saopćenju|u\\s+saopštenju|u\\s+priopćenju|u\\s+intervjuu|tokom|tijekom"
                    + "|u\\s+završnoj\\s+riječi|u\\s+završnoj\\s+reči",
            "je|su|nije|nisu|će|bi|ima|nema|bio|bila|može|mora|је|су|није|нису|ће",
            "izvještaju|izvješću|izveštaju|podacima|saopćenju|saopštenju|priopćenju|извештају|подацима",
            BCS_OCCUPATIONS, RomanceQuoteExtractor::bcsNominative);

    /**
     * The endings of a place's name, or of its adjective, in the genitive: "Srebrenice", "Beograda", "Novog". A given
     * name of two words ending so ("Ana Marija") is read as a place too; one-word given names are the rule.
     */
    private static final Pattern GENITIVE_PLACE = Pattern.compile("(?:[ae]|og|eg|[ае]|ог|ег)$");

    /** The ending of a woman's surname, which does not decline: "Nerme Jelačić" is Nerma Jelačić. */
    private static final Pattern UNDECLINED_SURNAME = Pattern.compile("[bcčćdđfghjklmnprsštvzžбцчћдђфгхјклмнпрсштвзж]$");

    private final Grammar grammar;

    private RomanceQuoteExtractor(Grammar grammar) {
        this.grammar = grammar;
    }

    public static RomanceQuoteExtractor french() {
        return new RomanceQuoteExtractor(FRENCH);
    }

    public static RomanceQuoteExtractor spanish() {
        return new RomanceQuoteExtractor(SPANISH);
    }

    /** The finder of the Bosnian, Croatian and Serbian edition. */
    public static RomanceQuoteExtractor bosnianCroatianSerbian() {
        return new RomanceQuoteExtractor(BCS);
    }

    /**
     * The nominative of a body's word in the genitive, in the case it was written ("Instituta" is "Institut",
     * "Udruženja" "Udruženje", "Komisije" "Komisija", "Centra" "Centar"); null when it is no body's word.
     */
    private static String bodyWordNominative(String word) {
        if (word.length() < 4) {
            return null;
        }
        String stem = word.substring(0, word.length() - 1);
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        List<String> candidates = last == 'a' || last == 'а'
                ? List.of(stem, stem + "o", stem + "e", stem.substring(0, stem.length() - 1) + "a"
                        + stem.charAt(stem.length() - 1))
                : last == 'e' || last == 'е' ? List.of(stem + "a") : List.of();
        return candidates.stream().filter(RomanceQuoteExtractor::isBodyWord).findFirst().orElse(null);
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new java.util.HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }

    /**
     * A name in the genitive, as "Prema riječima" and "Prema podacima" give it, in the nominative: a body's by its
     * first word ("Instituta za nestale osobe" is Institut za nestale osobe, "Centra za mir" Centar za mir), or by an
     * adjective and the word after it ("Državnog zavoda za statistiku" is Državni zavod za statistiku); a woman's
     * when her surname does not decline ("Nerme Jelačić" is Nerma Jelačić), else a man's, each word without the
     * genitive's "a" ("Emira Hodžića" is Emir Hodžić), and what the person does before the name too ("predsjednika
     * sindikata Mirsada Begića" is predsjednik sindikata Mirsad Begić). Other words stay as they are.
     */
    static String bcsNominative(String genitive) {
        String[] words = SPACES.split(genitive.strip());
        String body = bodyWordNominative(words[0]);
        if (body != null) {
            words[0] = body;
            return String.join(" ", words);
        }
        String noun = words.length > 1 ? bodyWordNominative(words[1]) : null;
        String adjective = noun == null ? null : adjectiveNominative(words[0], noun);
        if (adjective != null) {
            words[0] = adjective;
            words[1] = noun;
            return String.join(" ", words);
        }
        int named = words.length;
        while (named > 0 && NAME_WORD.matcher(words[named - 1]).matches()) {
            named--;
        }
        String occupation = named > 0 && words.length - named >= 2 ? occupationNominative(words[0]) : null;
        if (occupation != null) {
            // a lower-case role, then the name: each in the nominative
            words[0] = occupation;
            String role = String.join(" ", Arrays.copyOfRange(words, 0, named));
            return role + " " + bcsNominative(String.join(" ", Arrays.copyOfRange(words, named, words.length)));
        }
        if (words.length < 2 || words.length > 3 || Arrays.stream(words).anyMatch(w -> !NAME_WORD.matcher(w).matches())
                || Arrays.stream(words).anyMatch(RomanceQuoteExtractor::isBodyWord)) {
            return genitive.strip();
        }
        boolean woman = UNDECLINED_SURNAME.matcher(words[words.length - 1]).find();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (woman && i < words.length - 1 && (word.endsWith("e") || word.endsWith("е"))) {
                word = word.substring(0, word.length() - 1) + (word.endsWith("e") ? "a" : "а");
            } else if (!woman && word.length() > 3 && (word.endsWith("a") || word.endsWith("а"))) {
                word = word.substring(0, word.length() - 1);
            }
            name.append(i == 0 ? "" : " ").append(word);
        }
        return name.toString();
    }

    /** A word in Latin letters, lower case: Serbian Cyrillic transliterated, other words as they are. */
    private static String latin(String word) {
        String lower = lower(word);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            int at = CYRILLIC.indexOf(lower.charAt(i));
            latin.append(at < 0 ? String.valueOf(lower.charAt(i)) : LATIN[at]);
        }
        return latin.toString();
    }

    /** Whether the word heads a body's name, in either script ("Министарство", "ministarstvo"). */
    private static boolean isBodyWord(String word) {
        return BODY_WORDS.contains(lower(word)) || BODY_WORDS.contains(latin(word));
    }

    /** Whether the word says what someone does, in either script for BCS ("председник", "predsjednik"). */
    private boolean isOccupation(String word) {
        return grammar.occupations().contains(lower(word))
                || grammar == BCS && grammar.occupations().contains(latin(word));
    }

    /**
     * An adjective in the genitive before a body's word, in the nominative that word's gender takes: "Državnog"
     * (zavod) is Državni, "Državnog" (tužilaštvo) Državno, "Državne" (komisija) Državna; null when it is none.
     */
    private static String adjectiveNominative(String word, String noun) {
        if (!NAME_WORD.matcher(word).matches() || word.length() < 5) {
            return null;
        }
        char gender = Character.toLowerCase(noun.charAt(noun.length() - 1));
        if (word.endsWith("og") || word.endsWith("eg")) {
            return word.substring(0, word.length() - 2) + (gender == 'o' || gender == 'e' ? "o" : "i");
        }
        return word.endsWith("e") && gender == 'a' ? word.substring(0, word.length() - 1) + "a" : null;
    }

    /**
     * An occupation in the genitive in the nominative, as the lexicon lists it: "predsjednika" is predsjednik,
     * "ministra" ministar, "predsjednice" predsjednica; null when it is none.
     */
    private static String occupationNominative(String word) {
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
        return candidates.stream().filter(c -> BCS_OCCUPATIONS.contains(c) || BCS_OCCUPATIONS.contains(latin(c)))
                .findFirst().orElse(null);
    }

    private static String alternation(String section) {
        List<String> entries = new ArrayList<>(LEXICON.words(section));
        entries.sort((a, b) -> b.length() - a.length()); // longer forms first: "ajouté" before "dit"
        return QuoteLexicon.alternation(entries);
    }

    /** A source met so far: its name, kind and the role first given. */
    private record Speaker(String name, SourceKind kind, String role) {
    }

    /** What reading an article has gathered: the sources quoted, the last last, and the attributions. */
    private static final class Reading {
        final List<Speaker> known = new ArrayList<>();
        final List<Attribution> found = new ArrayList<>();
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        Set<String> authorKeys = authors.stream().map(SourceNames::key).collect(Collectors.toSet());
        Reading reading = new Reading();
        QuoteContinuation.read(paragraphs, reading.found, RomanceQuoteExtractor::sentences,
                (sentence, p) -> attribute(sentence, p, reading, authorKeys));
        return reading.found;
    }

    /**
     * A paragraph's sentences: each ends at ".", "!" or "?" (or the quotation mark closing after one) outside
     * quotation marks, before a capital or an opening quotation mark.
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
            if (Character.isUpperCase(next) || next == '\u00ab' || next == '\u201c' || next == '\u201e' || next == '"') {
                sentences.add(paragraph.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        sentences.add(paragraph.substring(start).strip());
        return sentences;
    }

    private void attribute(String sentence, int p, Reading reading, Set<String> authorKeys) {
        Matcher m;
        Speaker speaker;
        String text;
        QuotationKind kind = QuotationKind.DIRECT;
        if ((m = grammar.quoteThenSpeaker().matcher(sentence)).matches()
                || (m = grammar.speakerThenQuote().matcher(sentence)).matches()) {
            speaker = speaker(m.group("who"), reading, false);
            text = quoted(m);
        } else if ((m = grammar.accordingTo().matcher(sentence)).matches()) {
            boolean view = grammar.views().contains(m.group("cue"));
            String[] words = appositive(m.group("q"));
            if (m.group("who") == null) {
                // only a cue whose own words say whose ("Prema njegovim riječima") stands without a name after it
                if (Arrays.stream(SPACES.split(m.group("cue"))).map(RomanceQuoteExtractor::lower)
                        .noneMatch(grammar.pronouns()::contains)) {
                    return;
                }
                speaker = speaker(null, reading, false);
                words = new String[] {"", m.group("q").strip()};
            } else {
                speaker = speaker(grammar.nominative().apply(m.group("who"))
                        + (words[0].isEmpty() ? "" : ", " + words[0]), reading, !view);
            }
            if (view && (speaker == null || speaker.kind() == SourceKind.ANONYMOUS)) {
                return; // "Pour la première fois, ...": a view is a named person's or a body's
            }
            text = words[1];
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.trailingAccordingTo().matcher(sentence)).matches()) {
            speaker = speaker(m.group("who"), reading, true);
            text = m.group("q");
            kind = QuotationKind.INDIRECT;
        } else if ((m = grammar.speakerThat().matcher(sentence)).matches()) {
            speaker = speaker(m.group("who"), reading, false);
            text = m.group("q").strip();
            Matcher whole = WHOLE_QUOTE.matcher(text);
            if (whole.matches()) {
                text = quoted(whole); // "a déclaré que « ... »": the words themselves
            } else {
                kind = QuotationKind.INDIRECT;
            }
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
        String cue = m.group("cue").strip();
        reading.found.add(new Attribution(speaker.name(), speaker.kind(), speaker.role(), text, kind, cue, p));
    }

    /**
     * A person a sentence opens with, by role and full name, though it reports no words ("Advokatica odbrane Vasvija
     * Vidović najavila je žalbu."): the one "ona" and the surname alone mean after it.
     */
    private void named(String sentence, Reading reading) {
        Matcher subject = SUBJECT.matcher(sentence);
        if (!subject.lookingAt()) {
            return;
        }
        Speaker person = speaker(subject.group("who"), reading, false);
        if (person != null && person.kind() == SourceKind.PERSON && person.name().contains(" ")) {
            reading.known.removeIf(k -> k.name().equals(person.name()));
            reading.known.add(person);
        }
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
     * procès est ...", "de la Universidad ..., la extorsión ..."), and the words. A segment with a finite verb is the
     * words' own.
     */
    private String[] appositive(String words) {
        int comma = words.indexOf(',');
        if (comma < 0) {
            return new String[] {"", words.strip()};
        }
        String first = words.substring(0, comma).strip();
        String rest = words.substring(comma + 1).strip();
        boolean describes = !first.isEmpty() && Character.isLowerCase(first.charAt(0))
                && SPACES.split(first).length <= 12 && !grammar.finiteVerb().matcher(first).find() && !rest.isEmpty();
        return describes ? new String[] {first, rest} : new String[] {"", words.strip()};
    }

    /**
     * Who the words before or after the verb name, null when nobody: nothing or a pronoun (the source quoted last), a
     * body, an unnamed source, a person by name with their role.
     *
     * @param according whether the words stand after "selon"/"según", where a lone capitalised word is a body
     */
    private Speaker speaker(String given, Reading reading, boolean according) {
        String who = given == null ? "" : grammar.occasion().matcher(given.strip()).replaceFirst("");
        who = grammar.leadingConnective().matcher(who).replaceFirst("");
        who = ACRONYM_IN_PARENTHESES.matcher(who).replaceAll("").strip();
        if (who.endsWith(",")) {
            who = who.substring(0, who.length() - 1).strip();
        }
        if (who.isEmpty() || grammar.pronouns().contains(who.toLowerCase(Locale.ROOT))) {
            return reading.known.isEmpty() ? null : withoutRole(reading.known.get(reading.known.size() - 1));
        }
        Matcher source = grammar.source().matcher(who);
        if (according && source.lookingAt()) {
            who = who.substring(source.end()); // "un rapport de l'Unicef publié en mars": the body is the source
        }
        List<String> segments = new ArrayList<>(Arrays.asList(COMMA.split(who)));
        segments.removeIf(String::isEmpty);
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
        boolean withheld = grammar.withholds().matcher(who).find();
        if (withheld || grammar.indefinites().contains(firstWord) || firstWord.equals("l'un")
                || firstWord.equals("l'une")) {
            // "Un agent de la Croix-Rouge, qui a requis l'anonymat,", "Un médico residente que pidió no ser
            // identificado": the description, without the clause that says why it is all
            String described = cutRelative(head);
            if (segments.size() > 1 && !withheld && isName(segments.get(1))) {
                return person(segments.get(1), described); // "une habitante, Marie Kavira,"
            }
            return new Speaker(lowerFirst(described), SourceKind.ANONYMOUS, null);
        }
        if (segments.size() > 1 && opensDescription(head) && isName(stripTitle(segments.get(1)))) {
            // "Le porte-parole du gouverneur du Nord-Kivu, Jean-Paul Mukandila,": a role, then the name set apart
            return person(stripTitle(segments.get(1)), head);
        }
        Optional<Speaker> body = body(head, according);
        if (body.isPresent()) {
            return body.get();
        }
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(head)));
        if (words.size() > 1 && grammar.addressTitles().contains(words.get(0))) {
            words.remove(0); // "Me Bruno Gbiegba", "Doña Marta": a title of address, no part of the name
        }
        int nameStart = nameStart(words);
        if (nameStart < 0) {
            return null;
        }
        if (nameStart == 0 && words.size() > 2 && isOccupation(words.get(0))) {
            nameStart = 1; // "Tužilac Serge Brammertz": the first word, capitalised for opening the sentence, is the role
        }
        while (nameStart > 0 && nameStart < words.size() - 2 && (isBodyWord(words.get(nameStart))
                || bodyWordNominative(words.get(nameStart)) != null)) {
            nameStart++; // "Glasnogovornica Tribunala Nerma Jelačić", "le président de la Cour Jean Dupont": whose office
        }
        int nameWords = words.size() - nameStart;
        if (grammar == BCS && nameStart > 0 && nameWords >= 3 && (isOccupation(words.get(nameStart - 1))
                && (nameWords >= 4 || GENITIVE_PLACE.matcher(words.get(nameStart)).find())
                || BCS_PREPOSITIONS.contains(lower(words.get(nameStart - 1))))) {
            // "Gradonačelnik Novog Sada Milan Đurić", "načelnik Srebrenice Mladen Grujičić": after an occupation, a
            // place in the genitive opens the capitalised run; "vlasnica hotela u Budvi Milena Radović": after a
            // preposition, a place does; the person is the run's last two words, the place the role's (French and
            // Spanish names run to four words: "Juan Carlos Pérez López")
            nameStart = words.size() - 2;
        }
        String role = String.join(" ", words.subList(0, nameStart)).strip();
        String name = String.join(" ", words.subList(nameStart, words.size()));
        if (grammar.addressTitles().contains(role)) {
            role = "";
        }
        if (role.isEmpty()) {
            role = describedAfter(segments);
        }
        Speaker earlier = earlier(name, reading);
        if (earlier != null) {
            return new Speaker(earlier.name(), earlier.kind(), role.isEmpty() || !name.contains(" ") ? null : role);
        }
        if (!name.contains(" ")) {
            // a lone capitalised word not met before: a body after "selon", else a given name after what someone is
            if (according) {
                return new Speaker(name, SourceKind.ORGANISATION, null);
            }
            return role.isEmpty() ? null : person(name, role);
        }
        return person(name, role);
    }

    /**
     * The source met before that a definite article and a noun describe again: "la reportera" after "una reportera de
     * Quetzaltenango", "l'avocat" after "L'avocat de la défense, Me Fabien Segatwa"; null when none.
     */
    private static Speaker describedAgain(String head, Reading reading) {
        String[] words = SPACES.split(lower(head));
        String noun = words.length == 2 && DEFINITE_ARTICLES.contains(words[0]) ? words[1]
                : words.length == 1 && words[0].startsWith("l'") ? words[0].substring(2) : null;
        if (noun == null || noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
            return null;
        }
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker known = reading.known.get(i);
            String described = known.kind() == SourceKind.ANONYMOUS ? known.name() : known.role();
            if (described != null && Arrays.asList(SPACES.split(lower(described))).contains(noun)) {
                return withoutRole(known);
            }
        }
        return null;
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
        String bare = head.replaceFirst("^(?i:le|la|les|l['\u2019]|el|los|las)\\s*", "");
        List<String> words = Arrays.asList(SPACES.split(bare));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return Optional.empty();
        }
        String first = lower(words.get(0));
        if (isBodyWord(first)) {
            // "l'observatoire citoyen Symocel", "la ONG Médicos por la Salud": a kind, then the body's own name (but
            // "ministère de la Justice" is the name whole)
            boolean kind = Character.isLowerCase(words.get(0).charAt(0)) || first.equals("ong");
            for (int i = 1; kind && i < words.size() && !PREPOSITIONS.contains(lower(words.get(i))); i++) {
                if (Character.isUpperCase(words.get(i).charAt(0))) {
                    return Optional.of(new Speaker(String.join(" ", words.subList(i, words.size())),
                            SourceKind.ORGANISATION, null));
                }
            }
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        // "Médecins sans frontières", "Migración Colombia": capitalised words, one of them a body's
        boolean capitalised = Character.isUpperCase(bare.charAt(0));
        if (capitalised && words.stream().anyMatch(RomanceQuoteExtractor::isBodyWord)) {
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null));
        }
        if (according && capitalised && words.size() == 1
                && words.get(0).chars().filter(Character::isUpperCase).count() > 1) {
            return Optional.of(new Speaker(bare, SourceKind.ORGANISATION, null)); // "selon l'OMS"
        }
        return Optional.empty();
    }

    /** Whether words open as a description does: in lower case, or with an article ("Le", "L'avocat", "La"). */
    private static boolean opensDescription(String words) {
        String first = SPACES.split(words.strip())[0];
        return Character.isLowerCase(first.charAt(0)) || isDeterminer(first) || lower(first).startsWith("l'");
    }

    /** Where a name's capitalised run at the end of the words begins, -1 when they do not end in one. */
    private static int nameStart(List<String> words) {
        int start = words.size();
        while (start > 0) {
            String word = words.get(start - 1);
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
        return parts.length == 2 && grammar.addressTitles().contains(parts[0]) ? parts[1] : words.strip();
    }

    private static Speaker person(String name, String role) {
        return new Speaker(name.strip(), SourceKind.PERSON, role == null || role.isBlank() ? null : role.strip());
    }

    /** The person met before whose name, or surname, this is. */
    private static Speaker earlier(String name, Reading reading) {
        for (int i = reading.known.size() - 1; i >= 0; i--) {
            Speaker known = reading.known.get(i);
            if (known.kind() == SourceKind.PERSON && (known.name().equals(name) || known.name().endsWith(" " + name))) {
                return known;
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

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static String lowerFirst(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
