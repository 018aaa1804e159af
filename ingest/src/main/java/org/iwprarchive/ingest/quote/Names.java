package org.iwprarchive.ingest.quote;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The shapes of people's names in English text: a full name of capitalised words (with particles, "van der", and
 * the Arabic article, "al-"), initials, titles and occupations written before a name, lone given names, and where
 * in a text capitalised words begin, the only places a name may. No state: which names an article has used is
 * {@link SpeakerResolver}'s.
 */
final class Names {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /**
     * A court's code for a protected witness, in every finder: "K-84", "B-1122", "KDZ-310", "TF1-157", "W-01129",
     * "Б-12".
     */
    static final String WITNESS_CODE = "\\p{Lu}[\\p{Lu}\\d]{0,4}-\\d{1,6}";
    static final Pattern NAME_WORD = Regexes.compile("[\\p{L}'\u2019.-]+");
    private static final Pattern TRAILING_CLAUSE_MARK = Regexes.compile("[,;:]$");
    static final Pattern CAPITALISED = Regexes.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?");
    private static final Pattern INITIAL = Regexes.compile("\\p{Lu}\\.?");
    /** Capitalised words only: a name. */
    static final Pattern CAPITALISED_RUN = Regexes.compile("\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,5}");
    /*
     * FULL_NAME, ANY_ACRONYM and LONE_NAME_INTRODUCED are matched only where a capitalised word begins
     * (findAtCapitalisedWord): searched for with that condition written into them as lookarounds, they tried it at
     * every character of every paragraph, a fifth of an import's reading CPU.
     */
    /** Lower-case words inside a person's name: "Pieter de Vries", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "der", "den",
            "del", "della", "la", "le", "bin", "ibn", "al", "el");
    /** The days and months, capitalised as names are and never one: "An official, Tuesday, said". */
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    /** The words after a father's name that close Central Asian and Caucasian names: "Tazhibek kyzy", "Bakyt uulu". */
    private static final Set<String> FATHERS_NAME_PARTICLES = Set.of("kyzy", "uulu", "uly", "ogly", "oglu", "qizi",
            "kizi", "gizi", "ugli");
    /** The Arabic article joined to a name by a hyphen: "Abdul Qadir al-Dakhil", "Ahmed el-Sayed". */
    static final String ARTICLE_PREFIX = "(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-";
    static final Pattern PREFIXED_NAME = Regexes.compile(ARTICLE_PREFIX + "\\p{Lu}[\\p{L}'\u2019-]*");
    static final Pattern FULL_NAME = Regexes.compile(
            "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?(?:(?:\\s+(?:"
                    + String.join("|", new TreeSet<>(NAME_PARTICLES)) + "))*"
                    + "\\s+(?:" + ARTICLE_PREFIX + ")?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,3}"
                    + "(?:\\s+(?:kyzy|uulu|uly|ogly|oglu|qizi|kizi|gizi|ugli))?)\\b");
    static final Pattern ANY_ACRONYM = Regexes.compile("(\\p{Lu}{2,6})\\b");
    static final Set<String> TITLES = LEXICON.titles();
    private static final Set<String> JOB_TITLES = LEXICON.jobTitles();
    private static final Set<String> OCCUPATIONS = LEXICON.occupations();
    private static final Pattern PROFESSION_ENDING = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ist|yst)");
    /**
     * How the names of trades end in English ("Goalkeeper", "Sculptor", "Technician", "Librarian", "Consultant",
     * "Student", "Mountaineer", "Referee", "Cashier", "Locksmith", "Shipwright", "Shepherd"): a sign of a trade only
     * before a name of two words, since given names end so too ({@link #ENDING_AS_TRADES}); "-ian" alone is a
     * people's ("Syrian", "Georgian").
     */
    private static final Pattern TRADE_ENDING = Regexes.compile(
            "\\p{Lu}\\p{Ll}{2,}(?:er|or|ician|arian|ant|ent|ee|smith|wright|herd)");
    private static final Set<String> ENDING_AS_TRADES = LEXICON.endingAsTrades();
    /** A capitalised word alone, not the first of a name of several words: tried where such a word begins. */
    static final Pattern LONE_CAPITALISED = Regexes.compile("(\\p{Lu}\\p{Ll}{2,})\\b(?!\\s+\\p{Lu})");
    static final Set<String> NOT_NAMES = LEXICON.notNames();
    /** Words that open a clause rather than a role. */
    static final Set<String> LEADS = LEXICON.leads();

    private Names() {
    }

    /**
     * Finds, from {@code from}, the next match of the matcher's pattern that begins where a word begins with a
     * capital letter (an upper-case letter after no letter, digit or underscore); true when there is one, the
     * matcher holding it. Matches never end where they begin, so the next search goes on from the match's end.
     */
    static boolean findAtCapitalisedWord(Matcher matcher, String text, int from) {
        return new CapitalisedWords(text).find(matcher, from);
    }

    /** What a capitalised word must look like for a pattern to match from its first letter. */
    enum Shape {
        /** Any capitalised word. */
        ANY,
        /** Two capitals first: an acronym ("OSCE"). */
        ACRONYM,
        /** Lower-case letters after the capital, then white space: a name's first word ("Ermek Osmonov"). */
        NAME_WORD,
        /** Letters or hyphens after the capital, then a comma at once: a word set apart ("Viasna, the ..."). */
        COMMA_AFTER;

        boolean at(String text, int start) {
            if (this == ANY) {
                return true;
            }
            int i = start + Character.charCount(text.codePointAt(start));
            if (i >= text.length()) {
                return false;
            }
            if (this == ACRONYM) {
                return Character.isUpperCase(text.codePointAt(i));
            }
            int letters = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                boolean part = this == NAME_WORD ? Character.isLowerCase(c) : Character.isLetter(c) || c == '-';
                if (!part) {
                    return letters > 0 && (this == NAME_WORD ? Character.isWhitespace(c) : c == ',');
                }
                letters++;
                i += Character.charCount(c);
            }
            return false;
        }
    }

    /** Where the capitalised words of a text begin, found once for every pattern tried at them. */
    static final class CapitalisedWords {
        private final String text;
        final int[] starts;
        final int count;

        CapitalisedWords(String text) {
            this.text = text;
            int length = text.length();
            int[] found = new int[16];
            int n = 0;
            for (int i = 0; i < length; ) {
                int c = text.codePointAt(i);
                if (Character.getType(c) == Character.UPPERCASE_LETTER
                        && (i == 0 || !continuesWord(text.codePointBefore(i)))) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
                i += Character.charCount(c);
            }
            this.starts = found;
            this.count = n;
        }

        /** As {@link #findAtCapitalisedWord}. */
        boolean find(Matcher matcher, int from) {
            return find(matcher, from, Shape.ANY);
        }

        /**
         * As {@link #find(Matcher, int)}, trying the pattern only at words of the shape its match must begin with: a
         * look at a few characters spares the matcher's reset and attempt at every other capitalised word.
         */
        boolean find(Matcher matcher, int from, Shape shape) {
            int i = Arrays.binarySearch(starts, 0, count, from);
            for (i = i < 0 ? -i - 1 : i; i < count; i++) {
                if (!shape.at(text, starts[i])) {
                    continue;
                }
                matcher.region(starts[i], text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The capitalised word right before a position, with a full stop of its own ("Dr."); "" when there is none. */
    static String capitalisedWordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return end < at && start < end && Character.isUpperCase(text.charAt(start)) ? text.substring(start, end) : "";
    }

    /** The lower-case word that ends right before the white space before {@code at}; empty when there is none. */
    static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
            start--;
        }
        return end < at ? text.substring(start, end) : "";
    }

    private static boolean continuesWord(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER || c == '_';
    }

    /** Whether a word is the particle after a father's name: "kyzy", "uulu", "ogly". */
    static boolean isFathersNameParticle(String word) {
        return FATHERS_NAME_PARTICLES.contains(word);
    }

    /** Whether tokens[at] is a name particle ("van", "der") with more of them, then a name word, before it. */
    static boolean particlesAfterName(String[] tokens, int at) {
        int i = at;
        while (i >= 0 && NAME_PARTICLES.contains(tokens[i])) {
            i--;
        }
        return i < at && i >= 0 && isNameToken(tokens[i]);
    }

    /** Whether a word at this position begins its sentence: the paragraph's start, or after . ! ? and a space. */
    static boolean startsSentence(String paragraph, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(paragraph.charAt(i))) {
            i--;
        }
        return i < 0 || (i < at - 1 && ".!?".indexOf(paragraph.charAt(i)) >= 0);
    }

    /** A title before a name: "President", "Dr.", and titles joined by hyphens ("Vice-president", "Deputy-Governor"). */
    static boolean isTitle(String word) {
        String bare = word.replace(".", "");
        if (TITLES.contains(bare)) {
            return true;
        }
        int hyphen = bare.indexOf('-');
        // "Prosecutor-General", "Auditor-General": an occupation joined to a title is an office
        return hyphen > 0 && (TITLES.contains(bare.substring(0, hyphen)) || isJobTitle(bare.substring(0, hyphen)))
                && TITLES.contains(capitalised(bare.substring(hyphen + 1)));
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** One capitalised word that could be a given name: not a title, a sentence's lead word or a known non-name. */
    static boolean isLoneName(String word) {
        return CAPITALISED.matcher(word).matches() && !word.endsWith(".") && word.length() > 2
                && !NOT_NAMES.contains(word) && !TITLES.contains(word) && !LEADS.contains(word)
                && !isJobTitle(word) && !CALENDAR_WORDS.contains(word);
    }


    /**
     * An occupation written before a name: one the lexicon lists, what an unnamed source is called for what it does
     * ("Fisherman", "Shopkeeper", "Imam"; not "Brother" or "Member"), or a word ending as the names of professions do
     * and no given name does ("Hydrologist", "Ecologist", "Dentist", "Analyst").
     */
    static boolean isJobTitle(String word) {
        return JOB_TITLES.contains(word)
                || OCCUPATIONS.contains(Character.toLowerCase(word.charAt(0)) + word.substring(1))
                || (word.length() > 5 && PROFESSION_ENDING.matcher(word).matches());
    }

    /**
     * Whether a capitalised word before a name of two words says what the person does by its ending alone, listed
     * or not ("Goalkeeper Erlan Sydykov"): not a given name or another word that ends so ("Victor", "Vincent",
     * "Under").
     */
    static boolean endsAsATrade(String word) {
        return TRADE_ENDING.matcher(word).matches() && !ENDING_AS_TRADES.contains(word);
    }

    static boolean isNameToken(String token) {
        String t = TRAILING_CLAUSE_MARK.matcher(token).replaceAll("");
        return CAPITALISED.matcher(t).matches() || INITIAL.matcher(t).matches() || PREFIXED_NAME.matcher(t).matches();
    }
}
