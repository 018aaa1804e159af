package org.iwprarchive.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.fa.PersianNormalizationFilterFactory;
import org.apache.lucene.analysis.fa.PersianStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The index's analysis as Lucene token filter chains, each after the standard tokenizer, defined once: the Lucene
 * backend is configured from them ({@link IwprAnalysisConfigurer}), and the query parser analyses a query with
 * them whichever backend answers it (on OpenSearch, whose twin analysis {@link OpenSearchAnalysisConfigurer} is
 * tested to give the same words).
 */
public final class LuceneAnalysis {

    /** A token filter and its parameters. */
    record Filter(Class<? extends TokenFilterFactory> factory, Map<String, String> params) {
        static Filter of(Class<? extends TokenFilterFactory> factory, String... params) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < params.length; i += 2) {
                map.put(params[i], params[i + 1]);
            }
            return new Filter(factory, map);
        }
    }

    private static final List<Filter> FOLDED = List.of(
            Filter.of(EnglishPossessiveFilterFactory.class),
            Filter.of(LowerCaseFilterFactory.class),
            Filter.of(RomanizationFilterFactory.class),
            Filter.of(ASCIIFoldingFilterFactory.class));
    // the file's entries are split into words as texts are ("alma-ata" is two words), so that a variant of several
    // words matches them
    private static final Filter VARIANTS = Filter.of(SynonymGraphFilterFactory.class,
            "synonyms", IwprAnalysisConfigurer.SYNONYMS, "ignoreCase", "true",
            "tokenizerFactory", StandardTokenizerFactory.class.getName());
    /*
     * Porter's stemmer, as Elasticsearch's and OpenSearch's english analyzer stems: Lucene's hand-written
     * implementation costs a fraction of Snowball's English (Porter2) program, which took a sixth of a bulk import's
     * CPU when each body was analysed twice.
     */
    private static final Filter PORTER = Filter.of(PorterStemFilterFactory.class);

    /**
     * The words of the words fields ({@link WordsBinder#WORD_FORMS}): folded as {@link #FOLDED}, each kept as
     * written and, where it differs, as stemmed at the same position.
     */
    static final List<Filter> WORD_FORMS = concat(FOLDED, Filter.of(KeywordRepeatFilterFactory.class), PORTER,
            Filter.of(RepeatedWordFilterFactory.class));

    private static final Filter RUSSIAN_STOP = Filter.of(StopFilterFactory.class,
            "words", "org/apache/lucene/analysis/snowball/russian_stop.txt", "format", "snowball");
    private static final Filter RUSSIAN_STEM = Filter.of(SnowballPorterFilterFactory.class, "language", "Russian");
    private static final Filter ARABIC_STOP = Filter.of(StopFilterFactory.class,
            "words", "org/apache/lucene/analysis/ar/stopwords.txt");
    /*
     * Persian as Lucene's PersianAnalyzer reads it (lower case, digits, Arabic then Persian letter forms as one, its
     * stop words, light stemming), the zero-width non-joiner left out first: writers put it inside words or not.
     */
    private static final List<Filter> PERSIAN_NORMALISED = List.of(Filter.of(LowerCaseFilterFactory.class),
            Filter.of(DecimalDigitFilterFactory.class),
            Filter.of(PatternReplaceFilterFactory.class, "pattern", IwprAnalysisConfigurer.ZERO_WIDTH_NON_JOINER,
                    "replacement", "", "replace", "all"),
            Filter.of(ArabicNormalizationFilterFactory.class), Filter.of(PersianNormalizationFilterFactory.class),
            Filter.of(StopFilterFactory.class, "words", "org/apache/lucene/analysis/fa/stopwords.txt"));
    /*
     * Ukrainian words in Latin letters as Ukrainian spells them, then "y" and "i" as one letter, however many: IWPR's
     * English and others write one Ukrainian name several ways (Zelensky, Zelenskyi, Zelenskyy; Yulia, Yuliia;
     * Oleksiy, Oleksii), which all read "zelenski", "iulia", "oleksi" so, as "Київ" and "Kyiv" read "kiv".
     */
    private static final List<Filter> UKRAINIAN_FOLDED = List.of(
            Filter.of(LowerCaseFilterFactory.class),
            Filter.of(RomanizationFilterFactory.class, "language", "uk"),
            Filter.of(ASCIIFoldingFilterFactory.class),
            Filter.of(PatternReplaceFilterFactory.class, "pattern", IwprAnalysisConfigurer.Y_AND_I,
                    "replacement", "i", "replace", "all"));

    /**
     * The word forms a hit in a language of its own analysis is highlighted with, by language: its words without
     * the language's stop words, each kept as written and as the language's stemmer writes it, then folded as
     * {@link #WORD_FORMS} folds (romanised, accents folded). A query's "выборы" marks the text's "выборов" (both
     * "vybor" once stemmed and romanised), and a name typed in Latin letters still marks its Cyrillic spelling.
     * Highlighting only: the index keeps the English word forms ({@link #WORD_FORMS}) for every article.
     */
    static final Map<String, List<Filter>> LANGUAGE_WORD_FORMS = Map.of(
            "ru", List.of(Filter.of(LowerCaseFilterFactory.class), RUSSIAN_STOP,
                    Filter.of(KeywordRepeatFilterFactory.class), RUSSIAN_STEM,
                    Filter.of(RomanizationFilterFactory.class), Filter.of(ASCIIFoldingFilterFactory.class),
                    Filter.of(RepeatedWordFilterFactory.class)),
            "ar", List.of(Filter.of(LowerCaseFilterFactory.class), Filter.of(DecimalDigitFilterFactory.class),
                    ARABIC_STOP, Filter.of(ArabicNormalizationFilterFactory.class),
                    Filter.of(KeywordRepeatFilterFactory.class), Filter.of(ArabicStemFilterFactory.class),
                    Filter.of(ASCIIFoldingFilterFactory.class), Filter.of(RepeatedWordFilterFactory.class)),
            "fa", concat(PERSIAN_NORMALISED, Filter.of(KeywordRepeatFilterFactory.class),
                    Filter.of(PersianStemFilterFactory.class), Filter.of(ASCIIFoldingFilterFactory.class),
                    Filter.of(RepeatedWordFilterFactory.class)),
            "uk", UKRAINIAN_FOLDED);

    /** The highlighting word forms of {@link #LANGUAGE_WORD_FORMS}, built, by language. */
    public static Map<String, Analyzer> languageWordForms() {
        Map<String, Analyzer> analyzers = new java.util.HashMap<>();
        LANGUAGE_WORD_FORMS.forEach((language, filters) -> analyzers.put(language,
                build(language + " word forms", filters)));
        return Map.copyOf(analyzers);
    }

    /** Every analyzer of the index, by name: the token filters after the standard tokenizer. */
    static final Map<String, List<Filter>> ANALYZERS = analyzers();

    /** The normalizer of exact values: its token filters over the whole value. */
    static final List<Filter> KEYWORD = List.of(Filter.of(LowerCaseFilterFactory.class),
            Filter.of(ASCIIFoldingFilterFactory.class));

    private static Map<String, List<Filter>> analyzers() {
        Map<String, List<Filter>> analyzers = new LinkedHashMap<>();
        analyzers.put(IwprAnalysisConfigurer.ENGLISH_INDEXED, concat(FOLDED, PORTER));
        analyzers.put(IwprAnalysisConfigurer.ENGLISH, concat(FOLDED, VARIANTS, PORTER));
        analyzers.put(IwprAnalysisConfigurer.NAME_INDEXED, FOLDED);
        analyzers.put(IwprAnalysisConfigurer.NAME, concat(FOLDED, VARIANTS));
        analyzers.put(IwprAnalysisConfigurer.RUSSIAN, List.of(
                Filter.of(LowerCaseFilterFactory.class), RUSSIAN_STOP, RUSSIAN_STEM));
        analyzers.put(IwprAnalysisConfigurer.UKRAINIAN, UKRAINIAN_FOLDED);
        analyzers.put(IwprAnalysisConfigurer.ARABIC, List.of(
                Filter.of(LowerCaseFilterFactory.class),
                Filter.of(DecimalDigitFilterFactory.class),
                ARABIC_STOP,
                Filter.of(ArabicNormalizationFilterFactory.class),
                Filter.of(ArabicStemFilterFactory.class)));
        analyzers.put(IwprAnalysisConfigurer.PERSIAN, concat(PERSIAN_NORMALISED, Filter.of(PersianStemFilterFactory.class)));
        return java.util.Collections.unmodifiableMap(analyzers);
    }

    private static List<Filter> concat(List<Filter> first, Filter... more) {
        List<Filter> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private LuceneAnalysis() {
    }

    /** One analyzer of {@link #ANALYZERS}, built here. */
    public static Analyzer analyzer(String name) {
        List<Filter> filters = ANALYZERS.get(name);
        if (filters == null) {
            throw new IllegalArgumentException("no analyzer named " + name);
        }
        return build(name, filters);
    }

    /** The standard tokenizer, then {@code filters}. */
    static Analyzer build(String name, List<Filter> filters) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(
                    new ClasspathResourceLoader(LuceneAnalysis.class.getClassLoader()))
                    .withTokenizer(StandardTokenizerFactory.class);
            for (Filter filter : filters) {
                builder.addTokenFilter(filter.factory(), new LinkedHashMap<>(filter.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the analyzer " + name + " cannot be built", e);
        }
    }

    /**
     * The search analysis of the article index's text fields, field by field, whichever backend answers: names
     * folded, the languages' own fields in their languages, and the rest, the words fields ({@link WordsBinder})
     * among them, in English with spelling variants, stemmed, so that a query's words meet the stems those fields
     * keep beside the words as written.
     */
    public static Analyzer searchAnalyzer() {
        Analyzer english = analyzer(IwprAnalysisConfigurer.ENGLISH);
        Analyzer name = analyzer(IwprAnalysisConfigurer.NAME);
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String field : List.of(IndexFields.AUTHOR_NAME, IndexFields.LOCATION_NAME, IndexFields.TOPIC_NAME,
                IndexFields.SOURCE_NAME)) {
            fields.put(field, name);
        }
        IndexFields.LANGUAGE_FIELDS.forEach((language, analyzer) -> {
            Analyzer own = analyzer(analyzer);
            fields.put(IndexFields.title(language), own);
            fields.put(IndexFields.body(language), own);
        });
        return new PerFieldAnalyzerWrapper(english, fields);
    }
}
