package org.iwprarchive.ingest.quote;

import java.util.Locale;
import org.iwprarchive.ingest.parse.Slugs;

/**
 * The key that makes one Source of the spellings of one name across articles. It folds case, accents,
 * dots and spacing, and the one transliteration variant that is safe to merge in names from Central Asia and
 * the Caucasus: "-ayev"/"-aev" and "-iyev"/"-iev" (Nazarbayev and Nazarbaev are one man). Variants that
 * could join different people (Kh/H, J/Zh) are kept apart.
 */
public final class SourceNames {

    private SourceNames() {
    }

    public static String key(String name) {
        String folded = Slugs.ascii(name).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[.\u00b7]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return folded.replaceAll("([aeiou])yev\\b", "$1ev");
    }
}
