package org.iwprarchive.search.index;

import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers the index mapping refers to by name, configured in the Lucene backend from their chains in {@link
 * LuceneAnalysis}. The Lucene backend has no built-in English analyzer, so it is defined there: prose is stemmed
 * (Porter), names are only folded, so "Karimov" never matches "Karim". The spelling variants in synonyms.txt are expanded in queries only: the index holds the words as written, so
 * indexing skips the synonym graph (measured as a third of the index writer's work) and the file can change
 * without a rebuild.
 */
public class IwprAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Prose in queries: English stemming, case and accent folding, spelling variants expanded. */
    public static final String ENGLISH = "english";
    /**
     * Prose as indexed: {@link #ENGLISH} without the spelling variants. The texts' own fields, which only store them,
     * declare it; their words are indexed in the words fields ({@link WordsBinder#WORD_FORMS}).
     */
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
    /** "y" and "i", one or more of either, as the Ukrainian analysis writes them all: "i". */
    static final String Y_AND_I = "[iy]+";
    /** Arabic prose: Lucene's Arabic analysis (digits, stop words, normalised letters, light stemming). */
    public static final String ARABIC = "arabic";
    /**
     * Persian and Dari prose: Lucene's Persian analysis (digits, Arabic and Persian letter forms as one, stop words,
     * light stemming), with the zero-width non-joiner left out so that "می‌گوید" and "میگوید" are one word.
     */
    public static final String PERSIAN = "persian";
    /** The zero-width non-joiner, which Persian writes inside words or leaves out. */
    static final String ZERO_WIDTH_NON_JOINER = "\u200c";

    /** Exact values (slugs, language codes) compared without case. */
    public static final String KEYWORD = "keyword";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        LuceneAnalysis.ANALYZERS.forEach((name, filters) -> {
            LuceneAnalysisOptionalComponentsStep analyzer = context.analyzer(name).custom()
                    .tokenizer(StandardTokenizerFactory.class);
            for (LuceneAnalysis.Filter filter : filters) {
                var step = analyzer.tokenFilter(filter.factory());
                for (var param : filter.params().entrySet()) {
                    step = step.param(param.getKey(), param.getValue());
                }
                analyzer = step;
            }
        });
        var keyword = context.normalizer(KEYWORD).custom();
        for (LuceneAnalysis.Filter filter : LuceneAnalysis.KEYWORD) {
            keyword.tokenFilter(filter.factory());
        }
    }
}
