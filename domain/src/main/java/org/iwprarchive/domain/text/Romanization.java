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
 *
 * <p>Ukrainian spells some of the same letters otherwise, as Ukraine's national romanisation (2010) and IWPR's
 * reporting since write them: г is "h", и is "y", і and ї "i", and є, ї, й, ю, я begin with "y" at the start of a
 * word (Kharkiv, Mykolaiv, Kyiv, Zaporizhzhia, Yevhen); its apostrophe is dropped. {@link #ukrainian(String)}
 * romanises a Ukrainian text that way.
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

    /**
     * The letters a Ukrainian text spells otherwise than {@link #LETTERS} inside a word, as Ukraine's national
     * romanisation does (with its apostrophe, either form, dropped); the rest as there. At the start of a word
     * є, ї, й, ю, я are spelled {@link #UKRAINIAN_INITIALS}.
     */
    public static final java.util.Map<String, String> UKRAINIAN_LETTERS = ukrainianLetters(
            "г", "h", "и", "y", "є", "ie", "ї", "i", "й", "i", "ю", "iu", "я", "ia", "'", "", "\u2019", "");

    /** The Ukrainian letters spelled otherwise at the start of a word: "Yevhen", "Yurii", "Yalta". */
    public static final java.util.Map<String, String> UKRAINIAN_INITIALS = java.util.Map.of(
            "є", "ye", "ї", "yi", "й", "y", "ю", "yu", "я", "ya");

    private static java.util.Map<String, String> ukrainianLetters(String... pairs) {
        java.util.Map<String, String> letters = new java.util.LinkedHashMap<>(LETTERS);
        for (int i = 0; i < pairs.length; i += 2) {
            letters.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(letters);
    }

    private static String rules(String filter, java.util.Map<String, String> initials,
                                java.util.Map<String, String> letters) {
        StringBuilder rules = new StringBuilder(":: ").append(filter).append(" ;\n");
        // a letter of the initials has its inner spelling after a letter of the word, its initial one elsewhere
        rules.append("$inWord = [[:L:][:M:]\\u0027\\u2019] ;\n");
        letters.forEach((cyrillic, latin) -> {
            String after = initials.containsKey(cyrillic) ? "$inWord { " : "";
            rules.append(after).append(quoted(cyrillic)).append(" > ").append(latin).append(" ;\n");
        });
        initials.forEach((cyrillic, latin) -> rules.append(cyrillic).append(" > ").append(latin).append(" ;\n"));
        return rules.toString();
    }

    /** A letter as a rule names it: the apostrophes are the rules' own quoting marks. */
    private static String quoted(String letter) {
        return letter.chars().allMatch(Character::isLetter) ? letter
                : letter.chars().mapToObj(c -> String.format("\\u%04X", c)).collect(
                        java.util.stream.Collectors.joining());
    }

    /** Shared: Lucene's own transform filters share one transliterator the same way. */
    public static final Transliterator LOWER_CASE_CYRILLIC = Transliterator.createFromRules("iwpr-romanization",
            rules("[[:Cyrillic:]]", java.util.Map.of(), LETTERS), Transliterator.FORWARD);

    /** As {@link #LOWER_CASE_CYRILLIC}, for Ukrainian text ({@link #UKRAINIAN_LETTERS}). */
    public static final Transliterator LOWER_CASE_UKRAINIAN = Transliterator.createFromRules(
            "iwpr-ukrainian-romanization", rules("[[:Cyrillic:][:L:]\\u0027\\u2019]", UKRAINIAN_INITIALS,
                    UKRAINIAN_LETTERS),
            Transliterator.FORWARD);

    private Romanization() {
    }

    /** Lower-case text with its Cyrillic letters in Latin ones. */
    public static String of(String lowerCase) {
        return LOWER_CASE_CYRILLIC.transliterate(lowerCase);
    }

    /** Lower-case Ukrainian text with its Cyrillic letters in Latin ones, as Ukrainian spells them. */
    public static String ukrainian(String lowerCase) {
        return LOWER_CASE_UKRAINIAN.transliterate(lowerCase);
    }

    /** Lower-case text romanised as its language spells it: Ukrainian for "uk", otherwise {@link #of(String)}. */
    public static String of(String lowerCase, String language) {
        return "uk".equals(language) ? ukrainian(lowerCase) : of(lowerCase);
    }
}
