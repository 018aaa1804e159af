package org.iwprarchive.ingest.parse;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.iwprarchive.domain.text.Romanization;

/** URL slugs as Drupal makes them: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    /** Apostrophes, and the half rings ICU writes for Arabic's ʿayn and hamza: dropped inside a word. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BE\u02BF]");
    /** Any other script in Latin letters, by ICU's transliterations (Arabic, Georgian, Armenian, ...). */
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String of(String text) {
        return of(text, null);
    }

    /**
     * The slug of a name written in a text of this language (null when unknown): Cyrillic is romanised as the
     * language spells it, so that a Ukrainian page's "Микола" is "mykola" as its English edition writes him; other
     * scripts as ICU spells them in Latin letters.
     */
    public static String of(String text, String language) {
        // Cyrillic in Latin letters first: a Russian name would otherwise leave nothing of itself in the slug
        String romanised = Romanization.of(text.toLowerCase(Locale.ROOT), language);
        if (hasOtherScript(romanised)) {
            // "سامر العبدالله" is samr-albdallh, not a slug of nothing that every such name would share
            romanised = ANY_LATIN.transliterate(romanised).toLowerCase(Locale.ROOT);
        }
        String words = APOSTROPHES.matcher(ascii(romanised).replace("&", " and ")).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(words).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * Whether the text has letters of a script other than Latin and Cyrillic, which the service's own romanisation
     * ({@link Romanization}) leaves as they are.
     */
    public static boolean hasOtherScript(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC);
    }

    /** The text with accents and other combining marks taken off ("Sahakian" from "Sahakián"). */
    public static String ascii(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
