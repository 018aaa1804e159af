package org.iwprarchive.ingest.parse;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The language of an article, from what the page declares (its {@code lang}, {@code og:locale}, JSON-LD, the
 * address of a language edition) checked against its text with Lingua's n-gram models, restricted to the
 * languages IWPR publishes in. The text wins when it is long enough to judge and clearly in another language:
 * IWPR's Russian and Ukrainian editions have been served with the English site's {@code lang="en"}, and a print
 * view declares nothing. Short texts keep what the page declares.
 */
final class TextLanguage {

    /** IWPR's languages: English, and those of the regions it covers. */
    private static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN,
            Language.ARABIC, Language.KAZAKH, Language.AZERBAIJANI, Language.ARMENIAN, Language.GEORGIAN,
            Language.PERSIAN, Language.TURKISH, Language.FRENCH, Language.SPANISH, Language.ALBANIAN,
            Language.BOSNIAN, Language.CROATIAN, Language.SERBIAN, Language.MACEDONIAN);
    /**
     * Bosnian, Croatian and Serbian, written alike (IWPR's Balkan edition wrote them as one): a text close to two of
     * them is still clearly in one of the three, and is given the likeliest.
     */
    private static final Set<Language> ONE_LANGUAGE = Set.of(Language.BOSNIAN, Language.CROATIAN, Language.SERBIAN);
    /** Letters a text needs before it is judged at all. */
    private static final int LETTERS_TO_DETECT = 40;
    /** Letters a text needs before it overrules what the page declares. */
    private static final int LETTERS_TO_OVERRULE = 200;
    /** The runner-up's confidence, relative to the winner's, below which the winner is clear. */
    private static final double CLEAR_MARGIN = 0.9;
    /**
     * How much of a text is read: enough to judge (Lingua is reliable from a few sentences), and a bound on the
     * time it takes: a page's language costs less than a millisecond.
     */
    private static final int READ_CHARACTERS = 600;

    /** The language decided and the rule that decided it, as the field trace records it. */
    record Decision(String language, String rule) {
    }

    private TextLanguage() {
    }

    private static final class Detector {
        // trigram models only (Lingua's low accuracy mode): a few megabytes in memory, and exact enough on
        // article-length texts; built on first use, shared by every parse (Lingua's detector is thread-safe)
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(
                Language[]::new)).withLowAccuracyMode().build();
    }

    /**
     * @param declared     the language the page declares (an ISO 639-1 code), or null
     * @param declaredRule the rule that read it, or null
     * @param text         the article's title and body
     */
    static Decision settle(String declared, String declaredRule, String text) {
        String sample = text.length() > READ_CHARACTERS ? text.substring(0, READ_CHARACTERS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        // most pages are English and say so: plain English prose is told by its function words alone, without
        // the n-gram models (which cost about a millisecond a page, most of what extraction then spends)
        String detected = letters < LETTERS_TO_DETECT ? null
                : plainlyEnglish(sample) ? "en" : clearLanguage(sample);
        if (declared == null) {
            return detected != null ? new Decision(detected, "text:detected") : new Decision("en", "default:en");
        }
        if (detected != null && !detected.equals(declared) && letters >= LETTERS_TO_OVERRULE
                && known(declared)) {
            return new Decision(detected, "text:detected (the page said " + declared + ")");
        }
        return new Decision(declared, declaredRule);
    }

    /** English's commonest words: a fifth or more of the words of English prose, next to none of other languages'. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "it", "was", "on", "with", "he", "as", "be", "by", "at", "are", "this", "from", "has",
            "have", "not", "his", "they", "which", "were", "said");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    /** Whether an eighth or more of a text's words are English function words. */
    private static boolean plainlyEnglish(String text) {
        String[] words = WORDS.split(text.toLowerCase(Locale.ROOT));
        int all = 0;
        int function = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                all++;
                function += ENGLISH_FUNCTION_WORDS.contains(word) ? 1 : 0;
            }
        }
        return all >= 8 && function * 8 >= all;
    }

    /** The language a text is clearly in, as an ISO 639-1 code; null when two are close. */
    private static String clearLanguage(String text) {
        SortedMap<Language, Double> confidence = Detector.INSTANCE.computeLanguageConfidenceValues(text);
        List<Map.Entry<Language, Double>> ranked = confidence.entrySet().stream()
                .sorted(Map.Entry.<Language, Double>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.isEmpty() || ranked.get(0).getKey() == Language.UNKNOWN) {
            return null;
        }
        double best = ranked.get(0).getValue();
        boolean sibling = ONE_LANGUAGE.contains(ranked.get(0).getKey());
        double runnerUp = ranked.stream().skip(1).filter(l -> !sibling || !ONE_LANGUAGE.contains(l.getKey()))
                .mapToDouble(Map.Entry::getValue).findFirst().orElse(0);
        if (runnerUp > best * CLEAR_MARGIN) {
            return null;
        }
        return ranked.get(0).getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a declared language is one the detector can tell: a page declaring a language outside IWPR's
     * (Uzbek, say) keeps it, since the detector would only name the nearest of its own.
     */
    private static boolean known(String declared) {
        return LANGUAGES.stream().anyMatch(l -> l.getIsoCode639_1().toString().equalsIgnoreCase(declared));
    }
}
