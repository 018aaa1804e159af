package org.iwprarchive.search.index;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.iwprarchive.domain.text.Romanization;

/**
 * Cyrillic words in Latin letters in the index ({@link Romanization}): a Russian article's "Каримов" is indexed as
 * "karimov", as an English article's "Karimov" is, and a query typed in either script finds both. Runs ICU's
 * transliterator through Lucene's {@link ICUTransformFilter}, after lower-casing. With {@code language=uk} it
 * spells Cyrillic as Ukrainian does ({@link Romanization#ukrainian(String)}).
 */
public final class RomanizationFilterFactory extends TokenFilterFactory {

    /** The name Lucene's factory lookup would know it by. */
    public static final String NAME = "iwprRomanization";

    private final Transliterator transliterator;

    public RomanizationFilterFactory(Map<String, String> args) {
        super(args);
        String language = get(args, "language");
        transliterator = "uk".equals(language) ? Romanization.LOWER_CASE_UKRAINIAN : Romanization.LOWER_CASE_CYRILLIC;
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's factory lookup only. */
    public RomanizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ICUTransformFilter(input, transliterator);
    }
}
