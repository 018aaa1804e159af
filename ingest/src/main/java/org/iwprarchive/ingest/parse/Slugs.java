package org.iwprarchive.ingest.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.iwprarchive.domain.text.Romanization;

/** URL slugs as Drupal makes them: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The slug of a text with nothing in it that Latin letters or digits can spell (Arabic, say). */
    public static final String UNTITLED = "untitled";

    private Slugs() {
    }

    public static String of(String text) {
        return of(text, null);
    }

    /**
     * The slug of a name written in a text of this language (null when unknown): Cyrillic is romanised as the
     * language spells it, so that a Ukrainian page's "Микола" is "mykola" as its English edition writes him.
     */
    public static String of(String text, String language) {
        // Cyrillic in Latin letters first: a Russian name would otherwise leave nothing of itself in the slug
        String words = APOSTROPHES.matcher(ascii(Romanization.of(text.toLowerCase(Locale.ROOT), language))
                .replace("&", " and ")).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(words).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? UNTITLED : slug;
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
