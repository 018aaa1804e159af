package org.iwprarchive.ingest.parse;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs as Drupal makes them: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String slug = ascii(text).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The text with accents and other combining marks taken off ("Sahakian" from "Sahakián"). */
    public static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
