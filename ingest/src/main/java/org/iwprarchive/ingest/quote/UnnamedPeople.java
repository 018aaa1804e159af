package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.Names.CAPITALISED;
import static org.iwprarchive.ingest.quote.SpeakerResolver.SPACES;
import static org.iwprarchive.ingest.quote.SpeakerResolver.STARTS_LOWER;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.SpeakerResolver.Speaker;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The shapes of people an article quotes without naming them, or names by a given name alone: what a description of
 * someone is ("a foreman at the plant", "the headmaster", "the director of a regional channel"), the clauses that
 * withhold a name ("who asked not to be named"), and what of a description is a role. No state: what the article
 * has said so far is {@link SpeakerResolver}'s.
 */
final class UnnamedPeople {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /** The common nouns for people (the lexicon's {@code [anonymous-nouns]}), as a pattern and as a set. */
    static final String PERSON_NOUN = "(?:" + QuoteLexicon.alternation(LEXICON.anonymousNouns()) + ")";
    static final Set<String> PERSON_NOUNS = Set.copyOf(LEXICON.anonymousNouns());
    /** A person referred to by what they are: "the doctor", "the young woman"; group 1 is the noun. */
    static final Pattern DEFINITE_PERSON = Regexes.compile("^[Tt]he\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)$");
    /** Someone described by what they are of something: "the clinic's former manager"; group 1 is the noun. */
    static final Pattern DEFINITE_OWNED_PERSON = Regexes.compile("^[Tt]he\\s+\\p{Ll}+['\u2019]s\\s+(?:\\p{Ll}+\\s+)?"
            + "(\\p{Ll}+)$");
    /** An age a person may have, as a description's word: "41-year-old". */
    private static final Pattern PERSONS_AGE = Regexes.compile("(?:1[01]\\d|[1-9]?\\d)-year-old");
    /** An age alone before the rest of a description: "16, who gave only her first name". */
    static final Pattern LEADING_AGE = Regexes.compile("^\\d{1,3}(?:,\\s*|$)");
    /**
     * "a senior official", "one Tajik border guard", "a 29-year-old mother of three": up to three words before the
     * noun, in either case, an age in figures among them.
     */
    private static final Pattern ANONYMOUS_DESCRIPTION = Regexes.compile("^(?:an?|one|another)\\s+"
            + "(?:[\\p{L}\\d-]+\\s+){0,3}?" + PERSON_NOUN + "\\b.*$");
    /**
     * A description that names nobody: "a member of the electoral commission", "an engineer at the field", "a
     * 23-year-old student".
     */
    static final Pattern INDEFINITE = Regexes.compile("^(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}-]|\\d{1,3}-year-old\\b)");
    /**
     * A clause that withholds the name: "speaking on condition of anonymity", "who asked not to be identified",
     * "who declined to give his name", "who did not want to be named", "on condition that neither she nor her
     * organisation be identified".
     */
    static final Pattern WITHHOLDS_NAME = Regexes.compile("\\banonym|\\b(?:not|neither|declined|declining|"
            + "refused|refusing)\\b.{0,40}?\\b(?:named|identified|names?|surnames?|identity)\\b"
            + "|\\bonly\\s+(?:his|her|their|a)\\s+(?:first|given)\\s+names?\\b"
            // "a money changer who would give only one name"
            + "|\\bonly\\s+(?:one|a\\s+single)\\s+name\\b|\\bone\\s+name\\s+only\\b"
            + "|\\bnot\\s+(?:authori[sz]ed|allowed|permitted)\\s+to\\s+(?:speak|talk|comment)\\b"
            // "who asked that her surname not be used", "on condition that his name was not published"
            + "|\\b(?:names?|surnames?|identity)\\b.{0,20}?\\bnot\\b.{0,12}?\\b(?:used|published|given|"
            + "disclosed|revealed|printed)\\b"
            // "who asked that his name and that of the school be withheld"
            + "|\\b(?:names?|surnames?|identity)\\b.{0,40}?\\bwithheld\\b");
    private static final Set<String> NOT_PEOPLE = LEXICON.notPeople();
    /** Words after the noun of an indefinite description: "a foreman at the plant", "a nurse who ...". */
    private static final Set<String> DESCRIPTION_BREAKS = Set.of("of", "at", "in", "from", "for", "with", "on", "near",
            "who", "whose", "based", "working", "living", "to", "by", "and");
    /** Words that end a phrase without being a noun: "A day later he", "a little more". */
    private static final Set<String> NOT_A_NOUN = Set.of("he", "she", "they", "it", "we", "later", "ago", "earlier",
            "more", "less", "also", "again", "then", "too", "there", "here");
    private static final Pattern LOWER_WORD = Regexes.compile("\\p{Ll}{3,}");
    /**
     * "the director of a regional television channel in Kutaisi": a person described, not named, by what they are
     * of, at or in ("its humanitarian coordinator for Afghanistan": a body's, named before); group 1 is the noun.
     */
    private static final Pattern DEFINITE_DESCRIBED = Regexes.compile("^(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+"
            + "(?:[\\p{Ll}'\u2019-]+\\s+){0,2}?(\\p{Ll}+)\\s+(?:of|at|in|for|from)\\s+\\S.{2,}$");
    /** "said the 39-year-old": a person named before, referred to by age alone. */
    static final Pattern BY_AGE_ALONE = Regexes.compile("[Tt]he\\s+\\d{1,3}-year-old(?:\\s+\\p{Ll}+)?");

    private UnnamedPeople() {
    }

    /**
     * "a senior official", "a foreman who asked not to be named": a description of someone the article does not
     * name, by one of the common nouns for people, or by any words with a clause that withholds the name.
     */
    static boolean isAnonymous(String phrase) {
        return ANONYMOUS_DESCRIPTION.matcher(phrase).matches()
                || ANONYMOUS_DESCRIPTION.matcher(phrase.toLowerCase(Locale.ROOT)).matches()
                || INDEFINITE.matcher(phrase).lookingAt() && WITHHOLDS_NAME.matcher(phrase).find();
    }

    /**
     * "The headmaster", "the young engineer", "the clinic's former manager": "the" and a noun that is neither a thing
     * nor a body.
     */
    static boolean isSomeoneDefinite(String phrase) {
        Matcher definite = DEFINITE_PERSON.matcher(phrase);
        if (!definite.matches()) {
            definite = DEFINITE_OWNED_PERSON.matcher(phrase);
        }
        return definite.matches() && LOWER_WORD.matcher(definite.group(1)).matches()
                && !NOT_PEOPLE.contains(definite.group(1)) && !BodyNames.isBodyHead(definite.group(1))
                && !NOT_A_NOUN.contains(definite.group(1));
    }

    /** "the director of a regional television channel", "its coordinator for Afghanistan": a person, not named. */
    static boolean isDescribedPerson(String phrase) {
        Matcher described = DEFINITE_DESCRIBED.matcher(phrase);
        return described.matches() && PERSON_NOUNS.contains(described.group(1))
                && SPACES.split(phrase).length <= 14 && !phrase.contains(",");
    }

    /**
     * "a foreman at the plant", "a midwife from Herat": an indefinite description whose noun the lexicon's nouns for
     * people lack, taken for a person not named when that noun (the word before the first preposition or clause) is
     * in lower case and neither a body's head nor one of the things that say something ({@code [not-people]}).
     */
    static Optional<Speaker> someoneDescribed(String phrase) {
        if (!INDEFINITE.matcher(phrase).lookingAt() || phrase.contains(",")) {
            return Optional.empty();
        }
        String[] words = SPACES.split(phrase);
        if (words.length < 2 || words.length > 12) {
            return Optional.empty();
        }
        int head = words.length - 1;
        for (int i = 2; i < words.length; i++) {
            if (DESCRIPTION_BREAKS.contains(words[i])) {
                head = i - 1;
                break;
            }
        }
        String noun = words[head];
        for (int i = 1; i < head; i++) {
            if (!STARTS_LOWER.matcher(words[i]).lookingAt() && !CAPITALISED.matcher(words[i]).matches()) {
                return Optional.empty();
            }
        }
        if (head == 0 || !LOWER_WORD.matcher(noun).matches() || NOT_PEOPLE.contains(noun)
                || BodyNames.isBodyHead(noun) || NOT_A_NOUN.contains(noun)) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1),
                SourceKind.ANONYMOUS, null));
    }

    /**
     * Whether one of a description's words (up to four) is what a person is ("builder", "mother", "teacher") or a
     * person's age ("a 41-year-old welder": no town or body is described by an age a person may have).
     */
    static boolean namesAPerson(String description) {
        for (String word : SPACES.split(description)) {
            if (PERSON_NOUNS.contains(word.toLowerCase(Locale.ROOT)) || PERSONS_AGE.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What describes a person named by a given name alone, as a role: without an age written alone before it, and
     * null when all that is left is why the surname is withheld ("who gave only her first name").
     */
    static String describedRole(String description) {
        String rest = LEADING_AGE.matcher(description.strip()).replaceFirst("").strip();
        if (rest.isEmpty() || (rest.startsWith("who ") && WITHHOLDS_NAME.matcher(rest).find()
                && SPACES.split(rest).length <= 10)) {
            return null;
        }
        if (rest.startsWith("as ")) {
            return null; // "Umm Yasser, as she asked to be called,": how the person is named, not who they are
        }
        // "a mother of two who did not want her surname published": why the name is withheld is not who she is
        int clause = rest.indexOf(" who ");
        if (clause > 0 && WITHHOLDS_NAME.matcher(rest.substring(clause)).find()
                && SPACES.split(rest.substring(clause).strip()).length <= 10) {
            rest = rest.substring(0, clause).strip();
        }
        return rest.equals(description.strip()) ? description.strip() : rest;
    }
}
