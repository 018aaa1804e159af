package org.iwprarchive.domain.text;

import com.ibm.icu.text.Transliterator;

/**
 * Cyrillic in Latin letters the way IWPR's English reporting spells the names of its region: digraphs for ж, х, ц,
 * ч, ш, щ (Zhaparov, Khorog, Chechnya, Tashkent), "j" for дж (Jumaev), and no glide before е (Nazarbaev, Tokaev,
 * Toktonaliev), with the letters of Ukrainian, Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic. Neither ICU's BGN scheme
 * (Nazarbayev, Tokayev) nor its ISO 9 one (Taškent, Žaparov) spells as IWPR does, so the rules are the service's
 * own, run by ICU's transliterator. Only lower-case Cyrillic letters are rewritten: callers lower-case first.
 * Slugs use it (so "Тимур Токтоналиев" is timur-toktonaliev, not a slug of nothing), and so does the search index
 * (so "Karimov" finds "Каримов").
 */
public final class Romanization {

    /**
     * Each Cyrillic letter (and the one digraph, дж) in lower case with its Latin spelling, longest first: the
     * one table the transliterator's rules and the OpenSearch index's character mapping are written from.
     */
    public static final java.util.Map<String, String> LETTERS = letters();

    private static java.util.Map<String, String> letters() {
        String[] pairs = {
            "дж", "j",
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z", "и", "i",
            "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
            "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "",
            "э", "e", "ю", "yu", "я", "ya",
            "і", "i", "ї", "yi", "є", "ye", "ґ", "g",
            "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h", "ў", "u", "ҳ", "h",
            "ҷ", "j", "ӣ", "i", "ӯ", "u"};
        java.util.Map<String, String> letters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            letters.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(letters);
    }

    private static String rules() {
        StringBuilder rules = new StringBuilder(":: [[:Cyrillic:]] ;\n");
        LETTERS.forEach((cyrillic, latin) -> rules.append(cyrillic).append(" > ").append(latin).append(" ;\n"));
        return rules.toString();
    }

    /** Shared: Lucene's own transform filters share one transliterator the same way. */
    public static final Transliterator LOWER_CASE_CYRILLIC = Transliterator.createFromRules("iwpr-romanization",
            rules(), Transliterator.FORWARD);

    private Romanization() {
    }

    /** Lower-case text with its Cyrillic letters in Latin ones. */
    public static String of(String lowerCase) {
        return LOWER_CASE_CYRILLIC.transliterate(lowerCase);
    }
}
