package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The shapes a body's name takes in English news copy, read without any knowledge of the article: acronyms ("the
 * OSCE"), capitalised names with a head word ("Helsinki Committee of Armenia", "International Organization for
 * Migration"), bodies described in lower case ("the regional water authority", "Uzbek foreign ministry"), a body
 * described and then named ("the parents' association Ata-Ene"), and what a description after a name says of its kind
 * ("Barki Tojik, the state power company", "..., a group of reporters in exile"). The words come from the lexicon.
 */
final class BodyNames {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
    /** A lower-case word that describes a body ("state", "regional"): not a preposition or an article. */
    private static final String DESCRIBING = "(?!(?:of|the|for|in|on|and|at|to|a|an)\\s)[\\p{Ll}'\u2019-]+";
    /**
     * Up to four {@link #DESCRIBING} words before a body's head, "and" allowed before one of them: "labour and social
     * affairs ministry".
     */
    private static final String DESCRIBING_RUN = "(?:\\s+(?:and\\s+)?" + DESCRIBING + "){0,4}";
    /** {@link #DESCRIBING}, or a capitalised word: "the largest Serb party". */
    private static final String DESCRIBING_ANY_CASE = "(?!(?:of|the|for|in|on|and|at|to|a|an)\\s)[\\p{L}'\u2019-]+";
    /** A described body's head, or a compound it opens: "ministry", "museum-reserve". */
    private static final String DESCRIBED_HEAD = "(?:(?:"
            + QuoteLexicon.alternation(LEXICON.organisationDescribedHeads()) + ")(?:-\\p{Ll}+)?)";
    private static final Set<String> DESCRIBED_HEADS = Set.copyOf(LEXICON.organisationDescribedHeads());
    /** What a described body is of or for: "ministry of labour and social affairs", "office for human rights". */
    private static final String BODY_OF = "\\s+(?:(?:of|for|on)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,4}"
            + "|in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)";
    private static final Pattern ORGANISATION = Regexes.compile("^(?:[Tt]he\\s+)?((?:" + WORD + "\\s+)"
            + "(?:(?:of|for|and|on|the|" + WORD + ")\\s+){0,6}(?:"
            + QuoteLexicon.alternation(LEXICON.organisationHeads()) + "))$");
    /**
     * "Helsinki Committee of Armenia": a named body with "of/for/on" and a place or subject after it, the subject's
     * words maybe joined by "and" ("United Nations Office on Drugs and Crime") or "the" ("International Fund for Saving
     * the Aral Sea").
     */
    private static final Pattern ORGANISATION_OF = Regexes.compile("^(?:[Tt]he\\s+)?(" + WORD + "\\s+"
            + "(?:" + WORD + "\\s+){0,3}(?:" + QuoteLexicon.alternation(LEXICON.organisationOfHeads())
            + ")\\s+(?:of|for|on)\\s+(?:the\\s+)?" + WORD + "(?:\\s+(?:(?:and|&|the)\\s+)?" + WORD + "){0,3})$");
    /**
     * "Ministry of Culture, Information, Sport and Youth Policy": a body "of" the fields it has, listed with commas
     * and the last after "and".
     */
    private static final Pattern ORGANISATION_OF_FIELDS = Regexes.compile("^(?:[Tt]he\\s+)?("
            + "(?:" + WORD + "\\s+){0,3}(?:" + QuoteLexicon.alternation(LEXICON.organisationOfHeads()) + "|"
            + QuoteLexicon.alternation(LEXICON.organisationFirstHeads()) + ")\\s+(?:of|for|on)\\s+(?:the\\s+)?"
            + WORD + "(?:\\s+" + WORD + ")?(?:,\\s+" + WORD + "(?:\\s+" + WORD + ")?){1,4},?\\s+(?:and|&)\\s+"
            + WORD + "(?:\\s+" + WORD + "){0,2})$");
    /** "Transparency International Georgia": a body's name, then the country of its branch. */
    private static final Pattern ORGANISATION_BRANCH = Regexes.compile("^(?:[Tt]he\\s+)?(" + WORD + "(?:\\s+" + WORD
            + "){0,3}\\s+(?:" + QuoteLexicon.alternation(LEXICON.organisationHeads()) + ")\\s+" + WORD + ")$");
    /** What a body is now, before its name and not part of it: "the ruling Georgian Dream party". */
    private static final String QUALIFIER = "(?:(?:ruling|governing|opposition|main|pro-government|state-run|former"
            + "|banned|outlawed)\\s+)?";
    /**
     * "Uzbek foreign ministry", "Armenia's ministry of labour", "the Georgian Dream party": capitalised words, then
     * a body described.
     */
    private static final Pattern ORGANISATION_DESCRIBED = Regexes.compile("^(?:[Tt]he\\s+)?" + QUALIFIER
            + "((?!(?:The|A|An)\\s)" + WORD
            + "(?:\\s+" + WORD + "){0,2}" + DESCRIBING_RUN + "\\s+" + DESCRIBED_HEAD + "(?:" + BODY_OF + ")?)$");
    /** "The parents' association Ata-Ene": a body described, then its name, which is what it is called. */
    private static final Pattern ORGANISATION_NAMED_AFTER = Regexes.compile("^[Tt]he\\s+(?:" + DESCRIBING + "\\s+){0,3}"
            + DESCRIBED_HEAD + "\\s+(" + WORD + "(?:\\s+" + WORD + "){0,3})$");
    /**
     * "the regional water authority", "the state power company", "the ministry of social affairs": a body
     * described in lower-case words (four before its head: "the interior ministry’s road safety department").
     */
    private static final Pattern ORGANISATION_OF_KIND = Regexes.compile("^[Tt]he\\s+((?:" + DESCRIBING + "\\s+){1,4}"
            + DESCRIBED_HEAD + "(?:" + BODY_OF + ")?|" + DESCRIBED_HEAD + BODY_OF + ")$");
    private static final Pattern ORGANISATION_FIRST = Regexes.compile("^(?:[Tt]he\\s+)?((?:"
            + QuoteLexicon.alternation(LEXICON.organisationFirstHeads())
            // "Hizb ut-Tahrir", "Jamaat-e-Islami": a transliterated name's article joined to its next word
            + ")(?:\\s+(?:of|for|to|and|on|the|in|" + WORD + "|(?:ut|ul|al|ad|ash|at|e)-" + WORD + ")){1,7})$");
    private static final Pattern ACRONYM = Regexes.compile("^(?:[Tt]he\\s+)?(\\p{Lu}{2,6}s?)$");
    /** "City Hall", "Tbilisi city hall": a town's administration by the name of its seat ("Hall" alone is a surname). */
    private static final Pattern CIVIC_HALL = Regexes.compile(
            "^(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}-]+\\s+)?(?:[Cc]ity|[Tt]own)\\s+[Hh]all)$");
    /** A body described, then its acronym: group 1 is the described head, group 2 the acronym. */
    private static final Pattern DESCRIBED_ACRONYM = Regexes.compile("^[Tt]he\\s+(?:[\\p{L}'\u2019-]+\\s+){0,5}?"
            + "(\\p{Ll}+)\\s+(\\p{Lu}{2,6})$");
    /** A description of a body after its name: "a monitoring body", "the state oil company". */
    private static final Pattern DESCRIBES_A_BODY = Regexes.compile("^(?:[Aa]n?|[Tt]he)\\s+(?:" + DESCRIBING_ANY_CASE
            + "\\s+){0,3}(?:body|group|organi[sz]ation|" + DESCRIBED_HEAD + "|charity|network|agency|watchdog|coalition|"
            + "institute|foundation|centre|center|operator|provider|broadcaster|producer|regulator|utility"
            // "the Ukrainian company that ran the plant before the occupation"
            + "|carrier)(?:\\s+(?:that|which|based|founded|set up)\\s.*)?$");
    /** One capitalised word, then "the" and what kind of body it is: "Viasna, the human rights centre". */
    static final Pattern APPOSED = Regexes.compile("(\\p{Lu}[\\p{L}-]+),\\s+(?:the|a|an)\\s+(?:"
            + DESCRIBING_ANY_CASE + "\\s+){0,3}(?:" + DESCRIBED_HEAD + "|body|group|organi[sz]ation|charity|network|watchdog"
            + "|coalition|institute|foundation|centre|center)\\b");
    /**
     * A body's name of two or more capitalised words, with "and", "of", "for" between them ("Association for a More
     * Just Society"), maybe after "the"; or of capitalised words and a number ("Forum 18", "Charter 97", "Article 19").
     */
    private static final Pattern BODY_NAME = Regexes.compile("^(?:[Tt]he\\s+)?(" + WORD + "(?:(?:\\s+(?:(?:and|of|for|on"
            + "|the|a|an|&)\\s+)*" + WORD + ")+(?:\\s+\\d{1,4})?|(?:\\s+" + WORD + ")*\\s+\\d{1,4}))$");
    /** What kind of body, opening a description: "a group of reporters in exile", "the country's largest union". */
    private static final Pattern BODY_DESCRIPTION = Regexes.compile("^(?:an?|the)\\s+(?:" + DESCRIBING_ANY_CASE + "\\s+){0,3}"
            + "(?:group|organi[sz]ation|network|association|union|coalition|charity|alliance|federation|movement"
            + "|party|foundation|institute|centre|center|watchdog|body|agency|company|consortium|collective)"
            + "(?:\\s+(?:of|for|that|which|based|founded|in|representing)\\b|$)");

    /**
     * "Local NGO Vaša Prava", "Rights group Viasna", "Watchdog Transparency International": what kind of body, without
     * an article, then its name, which is what it is called.
     */
    private static final Pattern KIND_THEN_NAME = Regexes.compile("^(?:(?:[Ll]ocal|[Ii]ndependent|[Ii]nternational"
            + "|[Hh]uman\\s+rights|[Rr]ights|[Aa]dvocacy|[Cc]ampaign|[Ee]nvironmental|[Ww]omen['\u2019]s|[Yy]outh"
            + "|[Mm]edia|[Aa]nti-corruption)\\s+)?(?:NGO|[Gg]roup|[Cc]harity|[Ww]atchdog|[Nn]etwork|[Cc]oalition"
            + "|[Ff]oundation|[Oo]rgani[sz]ation)\\s+(" + WORD + "(?:\\s+" + WORD + "){0,3})$");

    /**
     * "the OSCE mission in Bosnia", "the OSCE observer mission": a body's mission, office or delegation, which speaks
     * for the body its acronym names, as the labelled sets read it.
     */
    private static final Pattern ACRONYMS_MISSION = Regexes.compile("^(?:[Tt]he\\s+)?(\\p{Lu}{2,6})\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}(?:mission|office|delegation|monitors)(?:\\s+(?:in|to)\\s+\\p{Lu}[\\p{L}-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}-]+)?)?$");

    /** Titles of office that a capitalised office's name opens with, beside the nouns of people described. */
    private static final Set<String> OFFICES = Set.of("governor", "mayor", "secretary", "president", "prime", "deputy",
            "speaker", "ambassador", "envoy", "representative", "member", "leader", "prosecutor", "judge", "king",
            "queen", "prince", "princess", "lord", "lady", "duke", "rector", "dean", "general", "colonel", "captain",
            "major", "ombudsman", "commissioner", "chancellor", "mufti", "patriarch", "metropolitan");
    /** Capitalised words with "the" (or "of the") between two of them: "Doctors of the World". */
    private static final Pattern JOINED_BY_THE = Regexes.compile("^(?:[Tt]he\\s+)?(" + WORD + "(?:\\s+" + WORD
            + ")*\\s+(?:of\\s+)?the\\s+" + WORD + "(?:\\s+" + WORD + ")*)$");

    private static final Pattern SPACES = Regexes.compile("\\s+");
    private static final Set<String> HEAD_WORDS = lastWords(LEXICON.organisationHeads());
    private static final Set<String> OF_HEAD_WORDS = lastWords(LEXICON.organisationOfHeads());
    private static final Set<String> FIRST_HEAD_WORDS = LEXICON.organisationFirstHeads().stream()
            .map(entry -> entry.split(" ")[0]).collect(Collectors.toSet());
    private static final Set<String> DESCRIBED_HEAD_WORDS = lastWords(LEXICON.organisationDescribedHeads());

    /** "the" and one or two words in lower case, or where the body is based, before a capitalised name. */
    private static final Pattern QUALIFIED_NAME = Regexes.compile(
            "[Tt]he\\s+(?:(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*-based)\\s+){1,2}(?<name>\\p{Lu}.*)");

    /**
     * A company's name of one word whose parts are capitalised ("ArcelorMittal", "AlbChrome", "KazMunayGas"); not a
     * surname with a prefix capitalised inside it ("McDonald", "MacArthur", "DiCaprio", "FitzGerald", "LaGuardia").
     */
    private static final Pattern CAMEL_CASE_NAME = Regexes.compile("(?!(?:Mc|Mac|Fitz|Di|De|Da|Du|La|Le|Van|Von|Ben|Al)"
            + "\\p{Lu})\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+");

    private BodyNames() {
    }

    /** Whether a word is a company's name written with capitals inside it ({@link #CAMEL_CASE_NAME}). */
    static boolean isCamelCaseName(String word) {
        return CAMEL_CASE_NAME.matcher(word).matches();
    }

    /** The body a phrase names, as its name is written ("OSCE", "Helsinki Committee of Armenia"), if it names one. */
    static Optional<String> named(String phrase) {
        Matcher acronym = ACRONYM.matcher(phrase);
        if (acronym.matches()) {
            return Optional.of(acronym.group(1));
        }
        if (isCamelCaseName(phrase)) {
            return Optional.of(phrase); // "ArcelorMittal said": a company, by a name no person has
        }
        // ("Bishkek city hall", "the town hall": the office, in capitals or not)
        Matcher hall = phrase.endsWith(" Hall") || phrase.endsWith(" hall") ? CIVIC_HALL.matcher(phrase) : null;
        if (hall != null && hall.matches()) {
            return Optional.of(hall.group(1));
        }
        Matcher mission = ACRONYMS_MISSION.matcher(phrase);
        if (mission.matches()) {
            return Optional.of(mission.group(1));
        }
        // "The United Nations children's agency UNICEF": a body described, then its acronym, which is its name
        Matcher described = DESCRIBED_ACRONYM.matcher(phrase);
        if (described.matches() && DESCRIBED_HEADS.contains(described.group(1))) {
            return Optional.of(described.group(2));
        }
        // "the opposition Movement for Democratic Change", "the London-based Institute for War and Peace Reporting":
        // what the body is, in lower case, before its name
        Matcher qualified = phrase.length() > 4 && (phrase.charAt(0) == 'T' || phrase.charAt(0) == 't')
                ? QUALIFIED_NAME.matcher(phrase) : null;
        if (qualified != null && qualified.matches()) {
            Optional<String> name = named(qualified.group("name"));
            if (name.isPresent()) {
                return name;
            }
        }
        // each shape below ends or turns on a head word from the lexicon, standing as a word of its own: a phrase
        // without one is not tried (most phrases are people's names and descriptions, and these patterns backtrack)
        String[] words = SPACES.split(phrase);
        String last = words[words.length - 1];
        boolean opensWithThe = words[0].equals("the") || words[0].equals("The");
        boolean describedHead = false;
        boolean ofHead = false;
        for (String word : words) {
            int hyphen = word.indexOf('-');
            describedHead |= DESCRIBED_HEAD_WORDS.contains(word)
                    || hyphen > 0 && DESCRIBED_HEAD_WORDS.contains(word.substring(0, hyphen));
            ofHead |= OF_HEAD_WORDS.contains(word);
        }
        List<Pattern> shapes = new ArrayList<>(8);
        if (HEAD_WORDS.contains(last)) {
            shapes.add(ORGANISATION);
        }
        if (FIRST_HEAD_WORDS.contains(words[0]) || opensWithThe && words.length > 1 && FIRST_HEAD_WORDS.contains(words[1])) {
            shapes.add(ORGANISATION_FIRST);
        }
        if (ofHead) {
            shapes.add(ORGANISATION_OF);
        }
        if (phrase.indexOf(',') > 0) {
            shapes.add(ORGANISATION_OF_FIELDS);
        }
        if (describedHead) {
            shapes.add(ORGANISATION_DESCRIBED);
        }
        if (words.length > 1 && HEAD_WORDS.contains(words[words.length - 2])) {
            shapes.add(ORGANISATION_BRANCH);
        }
        if (describedHead && opensWithThe) {
            shapes.add(ORGANISATION_OF_KIND);
            shapes.add(ORGANISATION_NAMED_AFTER);
        }
        shapes.add(KIND_THEN_NAME);
        for (Pattern kind : shapes) {
            Matcher organisation = kind.matcher(phrase);
            if (organisation.matches()) {
                return Optional.of(organisation.group(1));
            }
        }
        // "Save the Children", "Friends of the Earth": capitalised words with "the" between them, which no person's
        // name has, name a body though no word of it says what kind; not an office ("Minister of the Interior")
        Matcher joined = phrase.contains(" the ") ? JOINED_BY_THE.matcher(phrase) : null;
        if (joined == null || !joined.matches()) {
            return Optional.empty();
        }
        String first = SPACES.split(joined.group(1))[0].toLowerCase(Locale.ROOT);
        return UnnamedPeople.PERSON_NOUNS.contains(first) || OFFICES.contains(first) ? Optional.empty()
                : Optional.of(joined.group(1));
    }

    /** The last word of each entry: what stands as a word of its own in a phrase that entry ends. */
    private static Set<String> lastWords(List<String> entries) {
        return entries.stream().map(entry -> entry.substring(entry.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
    }

    /** "the state power company", "the ministry of social affairs": a kind of body, in lower case. */
    static boolean isKind(String description) {
        return ORGANISATION_OF_KIND.matcher(description).matches();
    }

    /** "a monitoring body", "the national grid operator": what kind of body a description after a name says. */
    static boolean describesABody(String description) {
        return DESCRIBES_A_BODY.matcher(description).matches();
    }

    /**
     * A body's name of several capitalised words when the description after it opens with what kind of body it is
     * ("the Independent Journalists and Communicators of Nicaragua" before "a group of reporters in exile", "Forum 18"
     * before "a news service that monitors religious freedom").
     */
    static Optional<String> nameBeforeKind(String name, String description) {
        Matcher bodyName = BODY_NAME.matcher(name);
        return bodyName.matches() && (BODY_DESCRIPTION.matcher(description).lookingAt()
                || DESCRIBES_A_BODY.matcher(description).matches())
                ? Optional.of(bodyName.group(1)) : Optional.empty();
    }

    /** Whether a lower-case word is a body's head ("ministry", "committee", "governorate"). */
    static boolean isBodyHead(String noun) {
        return DESCRIBED_HEADS.contains(noun);
    }
}
