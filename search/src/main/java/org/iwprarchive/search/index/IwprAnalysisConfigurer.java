package org.iwprarchive.search.index;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;

/**
 * The analyzers the index mapping refers to by name. The Lucene backend has no built-in English analyzer,
 * so it is defined here: prose is stemmed (Porter), names are only folded, so "Karimov" never matches "Karim". The
 * spelling variants in synonyms.txt are expanded in queries only: the index holds the words as written, so
 * indexing skips the synonym graph (measured as a third of the index writer's work) and the file can change
 * without a rebuild.
 */
public class IwprAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Prose in queries: English stemming, case and accent folding, spelling variants expanded. */
    public static final String ENGLISH = "english";
    /** Prose as indexed: {@link #ENGLISH} without the spelling variants. */
    public static final String ENGLISH_INDEXED = "english_indexed";
    /** Names of people and places in queries: case and accent folding, no stemming, spelling variants expanded. */
    public static final String NAME = "name";
    /** Names as indexed: {@link #NAME} without the spelling variants. */
    public static final String NAME_INDEXED = "name_indexed";
    /** Spelling variants searched as one (Kazak/Kazakh, Nazarbaev/Nazarbayev); see the file for the list. */
    static final String SYNONYMS = "org/iwprarchive/search/index/synonyms.txt";

    /** Russian prose: lower case, Russian stop words, Snowball's Russian stemmer. */
    public static final String RUSSIAN = "russian";
    /**
     * Ukrainian prose: lower case only. Lucene's Ukrainian stemming comes with the Morfologik dictionary, which this
     * build does not carry; words match as written.
     */
    public static final String UKRAINIAN = "ukrainian";
    /** Arabic prose: Lucene's Arabic analysis (digits, stop words, normalised letters, light stemming). */
    public static final String ARABIC = "arabic";

    /** Exact values (slugs, language codes) compared without case. */
    public static final String KEYWORD = "keyword";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        stemmed(folded(context.analyzer(ENGLISH_INDEXED).custom()));
        stemmed(withVariants(folded(context.analyzer(ENGLISH).custom())));
        folded(context.analyzer(NAME_INDEXED).custom());
        withVariants(folded(context.analyzer(NAME).custom()));
        context.analyzer(RUSSIAN).custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class).param("words", "org/apache/lucene/analysis/snowball/russian_stop.txt")
                .param("format", "snowball")
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Russian");
        context.analyzer(UKRAINIAN).custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer(ARABIC).custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(StopFilterFactory.class).param("words", "org/apache/lucene/analysis/ar/stopwords.txt")
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);
        context.normalizer(KEYWORD).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /** Words, without possessive endings, lower case, Cyrillic in Latin letters, without accents. */
    private static LuceneAnalysisOptionalComponentsStep folded(LuceneAnalyzerTokenizerStep analyzer) {
        return analyzer.tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(RomanizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /** Adds the spelling variants of synonyms.txt; matched after folding, before stemming. */
    private static LuceneAnalysisOptionalComponentsStep withVariants(LuceneAnalysisOptionalComponentsStep analyzer) {
        // the file's entries are split into words as texts are ("alma-ata" is two words), so that a variant of
        // several words matches them
        return analyzer.tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", SYNONYMS)
                .param("ignoreCase", "true").param("tokenizerFactory", StandardTokenizerFactory.class.getName());
    }

    /**
     * Porter's stemmer, as Elasticsearch's and OpenSearch's {@code english} analyzer stems: Lucene's hand-written
     * implementation costs a fraction of Snowball's English (Porter2) program, which took a sixth of a bulk import's
     * CPU, analysing each body twice (the field and its offsets).
     */
    private static LuceneAnalysisOptionalComponentsStep stemmed(LuceneAnalysisOptionalComponentsStep analyzer) {
        return analyzer.tokenFilter(PorterStemFilterFactory.class);
    }
}
