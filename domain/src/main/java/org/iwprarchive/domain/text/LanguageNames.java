package org.iwprarchive.domain.text;

import java.util.Locale;
import java.util.Map;

/** The English names of the languages articles are in, as facets, search results and article pages show them. */
public final class LanguageNames {

    /** Codes the JDK has no English name for that IWPR's pages declare: Dari as ISO 639-3 "prs". */
    private static final Map<String, String> OWN = Map.of("prs", "Dari");

    private LanguageNames() {
    }

    /** The English name of a language by its code ("ru": Russian, "prs": Dari); the code when none is known. */
    public static String inEnglish(String code) {
        String own = OWN.get(code);
        if (own != null) {
            return own;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
    }
}
