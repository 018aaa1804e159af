package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;

/**
 * What one language brings to {@link EuropeanQuoteExtractor}: the verbs of saying as the patterns read them, the third
 * person's pronouns, the determiners that open a description of nobody named, titles of address, connectives that
 * open a sentence, the phrases of "according to" and of a view ("Pour", "Para"), what withholds a name, where and how
 * the words were said after the speaker, the words that head a body's name and say what someone does, and the
 * language's {@link Morphology}.
 */
record QuoteGrammar(Pattern quoteThenSpeaker, Pattern speakerThenQuote, Pattern speakerThat, Pattern accordingTo,
                    Pattern trailingAccordingTo, Set<String> pronouns, Set<String> indefinites, Set<String> plurals,
                    Set<String> addressTitles, Pattern leadingConnective, Set<String> views, Pattern withholds,
                    Pattern occasion, Pattern leadingOccasion, Pattern finiteVerb, Pattern source,
                    Set<String> bodyWords, Set<String> occupations, Morphology morphology, Pattern quoteThenFromBody,
                    Pattern fromBodyThat, Pattern verbOpening, Pattern reportedThenSpeaker, Pattern reportSays,
                    Pattern reportSaid) {

    /**
     * An adverb of how something was said, by the South Slavic adverbs' endings: "ponosno", "tiho", "ljutito",
     * "hrabro", "гордо", "тивко" (of four letters or more; not the Macedonian neuter's definite "-ето": "детето").
     * Every grammar built here reads it; the other languages' words seldom end so before a verb of saying.
     */
    static final String MANNER_ADVERB = "(?!\\p{Ll}*ето\\s)\\p{Ll}{2,}(?:no|lo|to|ko|do|ho|ro|но|ло|то|ко|до|хо|ро)";

    /** A pattern that matches nothing: a grammar without bodies that speak "from" ("Од министерството велат"). */

    /**
     * The rest of a body's name that lists its fields after a comma, the last after "and": ", saobraćaja i
     * infrastrukture", ", rada i socijalne zaštite", ", socijalne politike i povratka" (BCS and Macedonian "i"/"и",
     * Albanian "dhe"/"e").
     */
    private static final String LISTED_FIELDS = "(?:(?:,\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)+\\s+(?:i|и|dhe|e)"
            + "(?:\\s+\\p{Ll}+){1,3}?"
            // "..., vodoprivrede i šumarstva Federacije BiH": the place whose body it is, after the fields
            + "(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})?";
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");

    static final QuoteLexicon LEXICON = QuoteLexicon.standard();

    /** "They", opening a sentence: BCS, Macedonian, Albanian. */
    private static final String THEY = "Oni|One|Они|Оне|Тие|Ata|Ato";

    /** A short name in quotation marks, as a body's is written inside a description: „Дервен“, « Justice Plus ». */
    static final String QUOTED_NAME = "(?:\u201e[^\u201c\u201d\u201e]{1,40}[\u201c\u201d]|«[^«»]{1,40}»"
            // and in straight marks, as many pages type them: 'Predsjednik kluba "Mostari" X'
            + "|\u201c[^\u201c\u201d]{1,40}\u201d|\"[^\"]{1,40}\")";

    /** An ordinal's dot after its digits, inside a sentence: "od 1985. godine", "од 1995. година". */
    private static final String ORDINAL_DOT = "(?<=\\d)\\.(?=\\s+\\p{Ll})";
    /** Words in guillemets, in curly or straight quotation marks, or in the low-high marks BCS writes („...“). */
    static final String QUOTE = "(?:«\\s*(?<q1>[^«»]+?)\\s*»|\u201c(?<q2>[^\u201c\u201d]+)\u201d"
            + "|\"(?<q3>[^\"]+)\"|\u201e(?<q4>[^\u201c\u201d\u201e]+)[\u201c\u201d])";

    /**
     * How a language's words change with their case, as far as finding a source needs it. A language without cases
     * (French, Spanish) keeps every default.
     */
    interface Morphology {

        /** A name as "according to" gives it, in the nominative ("Prema riječima Nerme Jelačić"). */
        default String nominative(String name) {
            return name.strip();
        }

        /**
         * What someone is, set apart after a name "according to" gives ("Prema riječima X, predsjednika komiteta,"),
         * in the nominative.
         */
        default String roleNominative(String role) {
            return role;
        }

        /** A body's name as "from" gives it ("Iz Elektroprivrede BiH"), in the nominative. */
        default String bodyNominative(String name) {
            return nominative(name);
        }

        /** A word as the lexicon lists it: lower case, and in the lexicon's script. */
        default String lexiconForm(String word) {
            return lower(word);
        }

        /** The nominative of a body's word written in another case ("Tribunala"), null when there is none. */
        default String bodyWordNominative(String word) {
            return null;
        }

        /**
         * Where the person's name begins in a capitalised run that may open with a place belonging to the role
         * ("Gradonačelnik Novog Sada Milan Đurić").
         *
         * @param occupation whether the word before the run says what someone does
         * @param afterBody whether the word before the run is a body's noun ("udruženja", "здружението", "shoqatës"),
         *     whose name may open the run
         */
        default int personStart(List<String> words, int nameStart, boolean occupation, boolean afterBody) {
            return nameStart;
        }

        /**
         * Whether three capitalised words opening a sentence are a trade the lists lack, known by its ending, and a
         * given name and a surname ("Darivatelj Mario Kovačević kaže").
         */
        default boolean opensWithAgentNoun(List<String> words) {
            return false;
        }

        /**
         * Whether the capitalised run from {@code nameStart} on is a place's name after a kind of place, so that the
         * description names nobody ("službenik općine Novi Grad").
         */
        default boolean namesAPlace(List<String> words, int nameStart) {
            return false;
        }

        /**
         * The conjunctions that join an enumeration inside a role before a name ("Ministar mora, prometa i
         * infrastrukture X"); none where the language's own small words would be taken for them (Albanian's "i" and
         * "e" are articles).
         */
        default Set<String> conjunctions() {
            return Set.of();
        }

        /** Whether a word, in lower case, says what someone does by its form alone, whatever the lexicon lists. */
        default boolean namesAnOccupation(String word) {
            return false;
        }

        /** Whether the word is a woman's noun of what someone does, made of a man's the lexicon lists. */
        default boolean namesAWomansOccupation(String word) {
            return false;
        }

        /** Whether the name after an "according to" cue stands in the genitive, to be given in the nominative. */
        default boolean namesInTheGenitive(String cue) {
            return true;
        }

        /**
         * Whether the capitalised word is an adjective of the kind a language puts after its noun, as in a body's name
         * ("Partisë Demokratike"), rather than a name.
         */
        default boolean adjectiveAfterNoun(String word) {
            return false;
        }

        /**
         * Whether capitalised words are a body's name by their form alone, whatever the lexicon lists: a noun and
         * what it is of, joined as no person's name is (Albanian's article inside the name).
         */
        default boolean namesABodyByItsForm(List<String> words) {
            return false;
        }

        /** The cue as an attribution gives it, without what says only when it was said. */
        default String cueAsSaid(String cue) {
            return cue;
        }
    }

    /** The verb patterns' shape over a language's cues and phrases; the morphology keeps every default. */
    static QuoteGrammar of(String verb, String addressee, String that, String accordingTo, String views,
                           Set<String> pronouns, Set<String> indefinites, Set<String> plurals, Set<String> addressTitles,
                           String connectives, String withholds, String occasion, String finiteVerb, String source,
                           Set<String> bodyWords) {
        return of(verb, addressee, that, accordingTo, views, pronouns, indefinites, plurals, addressTitles,
                connectives, withholds, occasion, finiteVerb, source, bodyWords, Set.of(), new Morphology() { });
    }

    /**
     * @param occupations what someone does, capitalised before a name at a sentence's start ("Tužilac Serge
     *                    Brammertz"): the role's word, not a first name
     */
    static QuoteGrammar of(String verb, String addressee, String that, String accordingTo, String views,
                           Set<String> pronouns, Set<String> indefinites, Set<String> plurals, Set<String> addressTitles,
                           String connectives, String withholds, String occasion, String finiteVerb, String source,
                           Set<String> bodyWords, Set<String> occupations, Morphology morphology) {
        String cue = "(?<cue>(?:" + verb + ")(?:" + addressee + ")?)";
        return new QuoteGrammar(
                // « ... », a déclaré X, ...; « ... », a-t-il ajouté.; "...", dijo X.; "...", agregó.; „...“ – tha X.
                // (an ordinal's dot may stand in who: "kaže X, koji drži kafanu od 1985. godine.")
                // ("\"...\", ponosno kaže X": how it was said may come before the verb)
                // ("\"...\", rekao je X pred sudom": whom or where it was said may follow who, too)
                Regexes.compile("^" + QUOTE + "\\s*[,\u2013\u2014]?\\s+(?:" + MANNER_ADVERB + "\\s+)?" + cue
                        + "(?:\\s+(?<who>(?:[^.!?]|" + ORDINAL_DOT + ")+?)(?:" + addressee + ")?)?\\s*[.!?]?$"),
                // X a déclaré à l'audience : « ... ».
                Regexes.compile("^(?<who>[^«\u201c\u201e\"]+?)\\s+" + cue + "(?:\\s+[^:«\u201c\"]{1,40}?)?\\s*:\\s*"
                        + QUOTE + "\\s*[.!?]?$"),
                // X, ..., a affirmé que ...; Elle a expliqué que ...; Sin embargo, advirtió que ...; a body's name in
                // quotation marks inside who speaks: "Директорот на претпријатието „Дервен“, X, изјави дека"; where
                // it was said between the verb and "that": "aseguró en un comunicado que", "a affirmé dans un
                // communiqué que"
                Regexes.compile("^(?:(?<who>(?:[^«\u201c\u201e\"]|" + QUOTED_NAME + ")+?),?\\s+)?" + cue
                        + "(?:\\s+(?:" + occasion + ")\\b[^,.:«\u201c\u201e\"]{0,60}?)?,?\\s+(?:" + that + ")"
                        + "(?<q>.+?)[.!?]?$"),
                // Selon X, ...; "Prema njezinim riječima, ...": a cue holding its pronoun names nobody after it
                Regexes.compile("^(?:(?:" + connectives + "),?\\s+)?(?<cue>" + accordingTo
                        + (views.isEmpty() ? "" : "|" + views) + ")"
                        + "(?:\\s+(?<who>[^,]+?))?,\\s+(?<q>.+?)[.!?]?$"),
                // ..., selon le ministère.
                Regexes.compile("^(?<q>[^«\u201c\"]{3,}?),\\s+(?<cue>" + accordingTo.toLowerCase(Locale.ROOT)
                        + ")\\s+(?<who>[^,]+?)[.!?]?$"),
                pronouns, indefinites, plurals, addressTitles,
                Regexes.compile("^(?:" + connectives + ")(?:,?\\s+|$)"),
                views.isEmpty() ? Set.of() : Set.of(views.split("\\|")),
                Regexes.compile(withholds, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                // and the auxiliary before it, which the participle after it needs: "X je tokom rasprave upozorila"
                Regexes.compile("(?:\\s+(?:" + finiteVerb + "))?\\s+(?:" + occasion + ")\\b.*$"),
                // "Во изјава за медиумите, X рече ...", "Lors d'une conférence de presse, X a déclaré ...": where
                // the words were said, opening the sentence before the speaker
                // (and without the comma when it ends in whom it was told: "U razgovoru za IWPR Ante Kovač je rekao")
                // (or, where the auxiliary comes second, up to it: "Na Instagramu je predsjednik X objavio da")
                Regexes.compile("^(?:" + occasion + ")\\b(?:[^,]{0,80},|[^,]{0,40}?\\bIWPR(?:-u|-om|-a)?"
                        + "|[^,]{0,40}?\\s+(?:" + finiteVerb + ")(?=\\s+\\p{L}))\\s+",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Regexes.compile("(?:^|\\s)(?:" + finiteVerb + ")(?:\\s|$)"),
                Regexes.compile("^(?:" + source + ")\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                bodyWords, occupations, morphology, NOTHING, NOTHING,
                // "dodao je da ...": a verb that opens the sentence (read lower-cased), with no subject before it
                Regexes.compile("^" + cue + ",?\\s+(?:" + that + ")(?<q>.+?)[.!?]?$"),
                // "Les négociations ont échoué, a estimé X.", "Pregovori su propali, smatra X.": the words without
                // quotation marks, then the verb and who (no comma after who: "..., afirmó el ministro, la ...")
                Regexes.compile("^(?<q>[^«\u201c\u201e\"]{12,}?),\\s+" + cue
                        + "\\s+(?<who>[^,.!?«\u201c\u201e\"]+?)[.!?]?$"), NOTHING, NOTHING);
    }

    /**
     * This grammar, reading a body that speaks through "from" and a plural verb too: "Од Лекарската комора велат
     * дека ...", "„...“, порачаа од организацијата X", "Iz Ministarstva kažu da ...", and, where a language says so,
     * "in" it: "U Ministarstvu za IWPR su rekli da ..." (group {@code in} set). A body's name may list its fields
     * ("Ministarstva građevinarstva, saobraćaja i infrastrukture").
     *
     * @param from  the word for "from" as it opens a sentence and as it follows a verb ("Од|од")
     * @param in    the word for "in" ("U|u"), or empty when the language's people speak only "from" a body
     * @param verbs the plural verbs of saying
     * @param that  the word for "that" with the space after it
     */
    QuoteGrammar withBodiesSpeakingFrom(String from, String in, String verbs, String that) {
        String cue = "(?:" + verbs + ")";
        String where = "(?:" + from + "|(?<in>" + (in.isEmpty() ? "(?!)" : in) + "))";
        return new QuoteGrammar(quoteThenSpeaker, speakerThenQuote, speakerThat, accordingTo, trailingAccordingTo,
                pronouns, indefinites, plurals, addressTitles, leadingConnective, views, withholds, occasion,
                leadingOccasion, finiteVerb, source, bodyWords, occupations, morphology,
                Pattern.compile("^" + QUOTE + "\\s*[,\u2013\u2014]?\\s+(?<cue>" + cue + "\\s+" + where + ")"
                        + "\\s+(?<who>[^.!?]+?)\\s*[.!?]?$"),
                // "Iz Elektroprivrede BiH, koja je vlasnik rudnika, saopćeno je da": what the body is may stand
                // set apart between it and the verb; its name may stand quoted after its kind ("Од организацијата
                // „Екосвест“ предупредуваат")
                // "Тие додаваат дека", "Oni dodaju da", "Ata shtojnë se": "they" and the same verbs, the body whose
                // words came just before (read by the finder)
                Pattern.compile("^(?:" + where + "\\s+(?<who>(?:[^,«\u201c\u201e\"]|" + QUOTED_NAME + ")+?"
                        + LISTED_FIELDS + ")"
                        + "(?:,\\s+[^,«\u201c\u201e\"]+,)?|(?<they>" + THEY + "))\\s+(?<cue>" + cue + "),?\\s+(?:" + that
                        + ")(?<q>.+?)[.!?]?$"),
                verbOpening, reportedThenSpeaker, reportSays, reportSaid);
    }

    /**
     * This grammar, reading a body that speaks through its report, impersonally: "U izvještaju Institucije ombudsmena
     * navodi se da ...", "Во извештајот на Народниот правобранител се наведува дека ...", "Në raportin e Avokatit të
     * Popullit thuhet se ...": the body is whose the report is, in the case the language gives it there.
     *
     * The report may also come after "as it says", its words after a comma: "Kako se navodi u izvještaju X, ...",
     * "Како што се наведува во извештајот на X, ...", "Siç thuhet në raportin e X, ..."; then the group {@code as}
     * holds the opening, {@code asCue} its verb, and {@code cue} is empty (a match with both or neither is none).
     * The report may come after its words too ("..., navodi se u izvještaju X."), read by {@link #reportSaid()}.
     *
     * @param in      the word for "in" before the report ("U|u")
     * @param reports the nouns of a report or statement, in the case "in" takes, with what joins them to the body
     * @param verbs   the impersonal verbs ("navodi se")
     * @param that    the word for "that" with the space after it
     * @param as      the words of "as" opening the sentence ("Kako")
     * @param asVerbs the impersonal verbs after "as" ("se navodi", "stoji")
     */
    QuoteGrammar withReportsSaying(String in, String reports, String verbs, String that, String as, String asVerbs) {
        return new QuoteGrammar(quoteThenSpeaker, speakerThenQuote, speakerThat, accordingTo, trailingAccordingTo,
                pronouns, indefinites, plurals, addressTitles, leadingConnective, views, withholds, occasion,
                leadingOccasion, finiteVerb, source, bodyWords, occupations, morphology, quoteThenFromBody, fromBodyThat,
                verbOpening, reportedThenSpeaker,
                Pattern.compile("^(?:(?<as>" + as + ")\\s+(?<asCue>" + asVerbs + ")\\s+)?(?:" + in + ")\\s+(?:"
                        + reports + ")\\s+(?<who>[^,«\u201c\u201e\"]+?)(?:\\s+(?<cue>" + verbs + "),?\\s+(?:" + that
                        + ")|,\\s+)(?<q>.+?)[.!?]?$"),
                // and after the words it gives: "..., navodi se u izvještaju X.", "..., thuhet në raportin e X."
                Pattern.compile("^(?<q>[^«\u201c\u201e\"]{12,}?),\\s+(?<cue>" + verbs + ")\\s+(?:" + in + ")\\s+(?:"
                        + reports + ")\\s+(?<who>[^,«\u201c\u201e\"]+?)[.!?]?$"));
    }

    /** Whether the word heads a body's name ("ministère", "Министарство"). */
    boolean isBodyWord(String word) {
        return bodyWords.contains(lower(word)) || bodyWords.contains(morphology.lexiconForm(word));
    }

    /** Whether the word says what someone does ("Tužilac", "председник"). */
    boolean isOccupation(String word) {
        return occupations.contains(lower(word)) || occupations.contains(morphology.lexiconForm(word))
                || morphology.namesAnOccupation(lower(word));
    }

    /**
     * The words that head a body's name in the European finder's languages, with a language's own section: names of
     * international bodies are written alike in all of them ("unicef", "osce"), and a language's section adds its own.
     */
    static Set<String> bodyWordsWith(String... sections) {
        Set<String> all = new java.util.HashSet<>(LEXICON.words("romance-body-words"));
        all.addAll(LEXICON.words("bcs-body-words"));
        for (String section : sections) {
            all.addAll(LEXICON.words(section));
        }
        return Set.copyOf(all);
    }

    /** A lexicon section's entries as one alternation, longer forms first: "ajouté" before "dit". */
    static String alternation(String section) {
        return alternation(LEXICON.words(section));
    }

    /** Words as one alternation, longer forms first. */
    static String alternation(Collection<String> words) {
        List<String> entries = new ArrayList<>(words);
        entries.sort((a, b) -> b.length() - a.length());
        return QuoteLexicon.alternation(entries);
    }

    /**
     * Who says, where the verb of saying comes second after what they do: "Njegova unuka Jelena vodi prodaju preko
     * interneta i" (kaže da ...), "Её дочь Жылдыз ведёт страницу в интернете и" (говорит, что ...): the words through
     * the first name, before the lower-case words of what they do and "and"; the opening word alone only when it may
     * stand alone for a person (a given name, a pronoun), as any word opening a sentence is capitalised. Null when who
     * does not end in "and", has a comma, or does nothing between the name and "and".
     */
    static String doerBeforeAnd(String who, Set<String> ands, Predicate<String> opensAlone) {
        String[] words = who.strip().split("\\s+");
        if (words.length < 3 || !ands.contains(words[words.length - 1]) || who.indexOf(',') >= 0) {
            return null;
        }
        int end = -1;
        for (int i = 0; i < words.length - 1 && end < 0; i++) {
            if (!CAPITALISED_WORD.matcher(words[i]).matches()) {
                continue;
            }
            int last = i;
            while (last + 1 < words.length - 1 && CAPITALISED_WORD.matcher(words[last + 1]).matches()) {
                last++;
            }
            if (i > 0 || last > 0 || opensAlone.test(words[0])) {
                end = last;
            }
            i = last;
        }
        return end < 0 || end >= words.length - 2 ? null : String.join(" ", Arrays.copyOfRange(words, 0, end + 1));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
