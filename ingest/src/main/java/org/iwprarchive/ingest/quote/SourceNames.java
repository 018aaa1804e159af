package org.iwprarchive.ingest.quote;

import org.iwprarchive.domain.text.Spaces;
import java.util.Locale;
import java.util.regex.Pattern;
import org.iwprarchive.domain.TextLimits;
import org.iwprarchive.ingest.parse.Slugs;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The key that makes one Source of the spellings of one name across articles. It folds case, accents,
 * dots and spacing, and the one transliteration variant that is safe to merge in names from Central Asia and
 * the Caucasus: "-ayev"/"-aev" and "-iyev"/"-iev" (Nazarbayev and Nazarbaev are one man). Variants that
 * could join different people (Kh/H, J/Zh) are kept apart.
 */
public final class SourceNames {

    private static final Pattern DOTS = Regexes.compile("[.\u00b7]");
    private static final Pattern YEV = Regexes.compile("([aeiou])yev\\b");

    private SourceNames() {
    }

    public static String key(String name) {
        String marked = DOTS.matcher(Slugs.ascii(name).toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        String folded = Spaces.single(marked).strip();
        // folding can lengthen a name (a ligature becomes two letters): the key stays within a name's bound
        return TextLimits.cut(YEV.matcher(folded).replaceAll("$1ev"), TextLimits.NAME);
    }
}
