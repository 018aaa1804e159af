package org.iwprarchive.search.index;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;

/**
 * Writes Cyrillic words in Latin letters the way IWPR's English reporting spells the names of its region: digraphs
 * for ж, х, ц, ч, ш, щ (Zhaparov, Khorog, Chechnya, Tashkent), "j" for дж (Jumaev), and no glide before е (Nazarbaev,
 * Tokaev, Toktonaliev), with the letters of Ukrainian, Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic. A Russian
 * article's "Каримов" is then indexed as "karimov", as an English article's "Karimov" is, and a query typed in
 * either script finds both. Neither ICU's BGN scheme (Nazarbayev, Tokayev) nor its ISO 9 one (Taškent, Žaparov)
 * spells as IWPR does, so the rules are the service's own, run by ICU's transliterator through Lucene's
 * {@link ICUTransformFilter}. Only Cyrillic letters are touched; it runs after lower-casing.
 */
public final class RomanizationFilterFactory extends TokenFilterFactory {

    /** The name Lucene's factory lookup would know it by. */
    public static final String NAME = "iwprRomanization";

    private static final String RULES = """
            :: [[:Cyrillic:]] ;
            дж > j ;
            а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; ё > yo ; ж > zh ; з > z ; и > i ; й > y ; к > k ;
            л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > kh ; ц > ts ;
            ч > ch ; ш > sh ; щ > shch ; ъ > ; ы > y ; ь > ; э > e ; ю > yu ; я > ya ;
            і > i ; ї > yi ; є > ye ; ґ > g ;
            ә > a ; ғ > g ; қ > k ; ң > n ; ө > o ; ұ > u ; ү > u ; һ > h ; ў > u ; ҳ > h ; ҷ > j ; ӣ > i ; ӯ > u ;
            """;

    /** Shared by every filter, as Lucene's own transform factory shares its transliterator. */
    private static final Transliterator ROMANIZE = Transliterator.createFromRules("iwpr-romanization", RULES,
            Transliterator.FORWARD);

    public RomanizationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's factory lookup only. */
    public RomanizationFilterFactory() {
        throw defaultCtorException();
    }

    /** A word in Latin letters, as the index holds it. */
    static String romanize(String word) {
        return ROMANIZE.transliterate(word);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ICUTransformFilter(input, ROMANIZE);
    }
}
