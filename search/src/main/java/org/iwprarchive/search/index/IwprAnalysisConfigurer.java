package org.iwprarchive.search.index;

import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index mapping refers to by name. The Lucene backend has no built-in English analyzer,
 * so it is defined here: prose is stemmed, names are only folded, so "Karimov" never matches "Karim". Both
 * know the spelling variants in synonyms.txt.
 */
public class IwprAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Prose: English stemming, case and accent folding. */
    public static final String ENGLISH = "english";
    /** Names of people and places: case and accent folding, no stemming. */
    public static final String NAME = "name";
    /** Spelling variants searched as one (Kazak/Kazakh, Nazarbaev/Nazarbayev); see the file for the list. */
    static final String SYNONYMS = "org/iwprarchive/search/index/synonyms.txt";

    /** Exact values (slugs, language codes) compared without case. */
    public static final String KEYWORD = "keyword";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", SYNONYMS).param("ignoreCase", "true")
                .tokenFilter(FlattenGraphFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");
        context.analyzer(NAME).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", SYNONYMS).param("ignoreCase", "true")
                .tokenFilter(FlattenGraphFilterFactory.class);
        context.normalizer(KEYWORD).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
