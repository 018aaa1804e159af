package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The scans that try the quotation patterns only where they can begin find what the patterns written as one search
 * find: the first place, the same groups, on text made of the words and marks that decide them.
 */
class CandidateScanProperties {

    /** A capitalised word's start as a lookaround, as the name patterns were written before the scan. */
    private static final String WORD_START = "(?=\\p{Lu})(?<![\\p{L}\\p{Nd}_])";

    @Property(tries = 2000)
    void reportedSpeechIsFoundWhereTheWholeSentencePatternFindsIt(@ForAll("sentences") String sentence) {
        Matcher whole = Pattern.compile("^(?<pre>.{1,300}?)\\s+" + QuoteExtractor.REPORTED.pattern())
                .matcher(sentence);
        Matcher rest = QuoteExtractor.REPORTED.matcher(sentence);
        int pre = QuoteExtractor.reportedSpeech(rest, sentence);
        if (whole.matches()) {
            assertThat(pre).isEqualTo(whole.group("pre").length());
            for (String group : List.of("cue", "that", "text")) {
                assertThat(rest.group(group)).as(group).isEqualTo(whole.group(group));
            }
        } else {
            assertThat(pre).isZero();
        }
    }

    @Property(tries = 2000)
    void aSpeakerAfterTheWordsIsFoundWhereTheWholePatternFindsIt(@ForAll("sentences") String tail) {
        speakerAfterTheWordsAsTheWholePatternFindsIt(tail);
    }

    /** The same over tails shaped as attributions are ("the national bank said.", "Karimov told reporters"). */
    @Property(tries = 1000)
    void aSpeakerAfterTheWordsIsFoundInTailsShapedAsAttributions(@ForAll("tails") String tail) {
        speakerAfterTheWordsAsTheWholePatternFindsIt(tail);
    }

    private static void speakerAfterTheWordsAsTheWholePatternFindsIt(String tail) {
        // the pattern's bounds on the speaker's length count code points and the scan's count chars: the same for
        // every text but one with characters beyond the Basic Multilingual Plane where the speaker may be
        Assume.that(tail.chars().limit(QuoteExtractor.MOST_TRAILING_SPEAKER + 2L).noneMatch(c -> Character.isSurrogate((char) c)));
        Matcher whole = Pattern.compile("^(?<speaker>[^" + QuoteExtractor.NOT_IN_TRAILING_SPEAKER
                + "\n\r\u0085\u2028\u2029]{2," + QuoteExtractor.MOST_TRAILING_SPEAKER + "}?)\\s+"
                + QuoteExtractor.TRAILING_REPORTED.pattern()).matcher(tail);
        Matcher rest = QuoteExtractor.TRAILING_REPORTED.matcher(tail);
        int named = QuoteExtractor.wordsBeforeCue(rest, tail, 2, QuoteExtractor.MOST_TRAILING_SPEAKER,
                QuoteExtractor.NOT_IN_TRAILING_SPEAKER);
        if (whole.matches()) {
            assertThat(named).isEqualTo(whole.group("speaker").length());
            assertThat(rest.group("cue")).isEqualTo(whole.group("cue"));
        } else {
            assertThat(named).isZero();
        }
    }

    @Property(tries = 2000)
    void namesAreFoundWhereTheLookaroundSearchFindsThem(@ForAll("sentences") String text) {
        for (Pattern pattern : List.of(Names.FULL_NAME, Names.ANY_ACRONYM,
                SpeakerResolver.LONE_NAME_INTRODUCED)) {
            List<String> expected = lookaroundSearch(pattern, text);
            List<String> found = new ArrayList<>();
            Matcher scan = pattern.matcher(text);
            for (int from = 0; Names.findAtCapitalisedWord(scan, text, from); from = scan.end()) {
                found.add(scan.start() + ":" + scan.group(1));
            }
            assertThat(found).as(pattern.pattern()).isEqualTo(expected);
        }
    }

    /** Trying each pattern only at words of the shape it is tried at in the speaker resolver misses none of its matches. */
    @Property(tries = 2000)
    void namesAreFoundAtWordsOfTheirShapeWhereTheLookaroundSearchFindsThem(@ForAll("sentences") String text) {
        Names.CapitalisedWords words = new Names.CapitalisedWords(text);
        for (var shaped : List.of(java.util.Map.entry(Names.FULL_NAME, Names.Shape.NAME_WORD),
                java.util.Map.entry(Names.ANY_ACRONYM, Names.Shape.ACRONYM),
                java.util.Map.entry(SpeakerResolver.LONE_NAME_INTRODUCED, Names.Shape.COMMA_AFTER),
                java.util.Map.entry(BodyNames.APPOSED, Names.Shape.COMMA_AFTER))) {
            List<String> found = new ArrayList<>();
            Matcher scan = shaped.getKey().matcher(text);
            for (int from = 0; words.find(scan, from, shaped.getValue()); from = scan.end()) {
                found.add(scan.start() + ":" + scan.group(1));
            }
            assertThat(found).as(shaped.getValue().name()).isEqualTo(lookaroundSearch(shaped.getKey(), text));
        }
    }

    /** Quotations are found where the pattern that found them before, a search, finds them. */
    @Property(tries = 2000)
    void quotationsAreFoundWhereASearchFindsThem(@ForAll("sentences") String text) {
        List<String> expected = new ArrayList<>();
        Matcher search = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{2,}+)[\"\u201d]").matcher(text);
        while (search.find()) {
            expected.add(search.start() + "-" + search.end());
        }
        List<String> found = new ArrayList<>();
        for (int at = QuoteExtractor.nextQuote(text, 0); at >= 0; ) {
            int end = QuoteExtractor.quoteEnd(text, at);
            found.add(at + "-" + end);
            at = QuoteExtractor.nextQuote(text, end);
        }
        assertThat(found).isEqualTo(expected);
    }

    /** Sentence ends are found where a search finds them, trying only at the marks that end sentences. */
    @Property(tries = 2000)
    void sentenceEndsAreFoundWhereASearchFindsThem(@ForAll("sentences") String text) {
        List<String> expected = new ArrayList<>();
        Matcher search = QuoteExtractor.SENTENCE_GAP.matcher(text);
        while (search.find()) {
            expected.add(search.start() + "-" + search.end());
        }
        List<String> found = new ArrayList<>();
        Matcher scan = QuoteExtractor.SENTENCE_GAP.matcher(text);
        for (int from = 0; Regexes.findBeginningWith(scan, text, from, QuoteExtractor.SENTENCE_ENDS); from = scan.end()) {
            found.add(scan.start() + "-" + scan.end());
        }
        assertThat(found).isEqualTo(expected);
    }

    private static List<String> lookaroundSearch(Pattern pattern, String text) {
        List<String> expected = new ArrayList<>();
        Matcher search = Pattern.compile(WORD_START + pattern.pattern()).matcher(text);
        while (search.find()) {
            expected.add(search.start() + ":" + search.group(1));
        }
        return expected;
    }

    @Property(tries = 2000)
    void theSpeakersNextActIsFoundWhereTheSearchFindsIt(@ForAll("continuations") String text) {
        Matcher scan = QuoteExtractor.SECOND_CUE.matcher(text);
        Matcher search = QuoteExtractor.SECOND_CUE.matcher(text);
        boolean found = Regexes.findBeginningWith(scan, text, 0, QuoteExtractor.SECOND_CUE_STARTS);
        assertThat(found).isEqualTo(search.find());
        if (found) {
            assertThat(scan.start()).isEqualTo(search.start());
        }
    }

    @Property(tries = 2000)
    void aCueInThePerfectIsFoundWhereTheSearchFindsIt(@ForAll("continuations") String before) {
        assertThat(QuoteExtractor.inPerfect(before)).isEqualTo(QuoteExtractor.PERFECT_CUE.matcher(before).find());
    }

    /** Words that end reported speech or put a cue in the perfect, and words that only look like them. */
    @Provide
    Arbitrary<String> continuations() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("and", "And", "urged", "called on", "called", "for", "added", "accused", "criticized",
                        "but", "also", "citing", "offered", "said", "has", "have", "Has", "repeatedly", "rapidly",
                        "behave", "Shas", "haste", "šhas", "the", "minister", "band", "sandy", "ed", "blamed",
                        "\u000band urged ", "\fand added "),
                Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", ", ", ",", ".", "-"),
                Arbitraries.strings().withChars("ahsvendl ,\t").ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> tails() {
        Arbitrary<String> speaker = Arbitraries.of("the", "national", "bank", "Karimov", "Aziz", "ministry", "B.",
                "Ёлка", "she", "officials").list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
        Arbitrary<String> cue = Arbitraries.of("said", "says", "told reporters", "said in a statement", "warned",
                "added", "announced", "sai", "saidx");
        Arbitrary<String> when = Arbitraries.of("", " last week", " on Monday");
        Arbitrary<String> end = Arbitraries.of("", ".", "!", "?", "..", ",");
        return Combinators.combine(speaker, cue, when, end).as((s, c, w, e) -> s + " " + c + w + e);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("said", "says", "told", "told reporters", "said in a statement", "added", "warned",
                        "promised", "that", "how", "whether", "the", "a", "minister", "Karimov", "Aziz Karimov",
                        "Gulnara", "NATO", "OSCE", "UN", "of", "Mr", "B.", "Abdulla-Ali", "aged", "42", "x_Y",
                        "Élan", "Ёлка", "said,", "meanwhile,", "farmer", "she", "He", "last week", "on Monday",
                        "in a statement", "announced", "confirmed", ";", ":", "said.", "says!", "warned?", "Viasna,",
                        "Farzana, a", "Abdulla-Ali,", "the centre", "an", "NATO,"),
                Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "? ", "\"", "\u201c", "\u201d", ",", ".",
                        "!", "-", "'", "\uD83D\uDE00"),
                Arbitraries.strings().withChars("aAzZ \u00e9\u0416\u2028_1.,").ofMinLength(1).ofMaxLength(12));
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
    }
}
