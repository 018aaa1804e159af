package org.iwprarchive.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.iwprarchive.domain.text.Romanization;

/**
 * The twin of {@link LuceneAnalysis} in an OpenSearch index, built from OpenSearch's own analysis components (its
 * {@code analysis-common} module, no plugins): the same analyzer names, giving the same words for the same text
 * ({@code OpenSearchAnalysisTwinIT} compares them). Cyrillic letters are romanised by a character mapping written
 * from {@link Romanization#LETTERS} before the text is split into words, where the Lucene chain runs ICU's
 * transliterator on each lower-cased word: the same letters for the same words, without the ICU plugin.
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    /** The analyzer of the fields that keep each word as written beside its stem ({@link WordsBinder}). */
    public static final String WORD_FORMS = "word_forms";

    private static final String ROMANIZATION = "iwpr_romanization";
    private static final String UKRAINIAN_ROMANIZATION = "iwpr_ukrainian_romanization";
    private static final String Y_AND_I = "iwpr_y_and_i";
    private static final String POSSESSIVE = "iwpr_possessive";
    private static final String VARIANTS = "iwpr_variants";
    private static final String RUSSIAN_STOP = "iwpr_russian_stop";
    private static final String RUSSIAN_STEM = "iwpr_russian_stem";
    private static final String ARABIC_STOP = "iwpr_arabic_stop";
    private static final String ARABIC_STEM = "iwpr_arabic_stem";
    private static final String PERSIAN_STOP = "iwpr_persian_stop";
    private static final String ZERO_WIDTH_NON_JOINER = "iwpr_zero_width_non_joiner";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(ROMANIZATION).type("mapping").param("mappings", romanization(Romanization.LETTERS));
        // the inner spellings of Ukrainian letters only: the initial ones differ from them in "y" for "i", and the
        // next filter makes those one
        context.charFilter(UKRAINIAN_ROMANIZATION).type("mapping")
                .param("mappings", romanization(Romanization.UKRAINIAN_LETTERS));
        context.tokenFilter(Y_AND_I).type("pattern_replace").param("pattern", IwprAnalysisConfigurer.Y_AND_I)
                .param("replacement", "i").param("all", true);
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(VARIANTS).type("synonym_graph").param("synonyms", variants());
        context.tokenFilter(RUSSIAN_STOP).type("stop").param("stopwords", "_russian_");
        context.tokenFilter(RUSSIAN_STEM).type("snowball").param("language", "Russian");
        context.tokenFilter(ARABIC_STOP).type("stop").param("stopwords", "_arabic_");
        context.tokenFilter(ARABIC_STEM).type("stemmer").param("language", "arabic");
        context.tokenFilter(PERSIAN_STOP).type("stop").param("stopwords", "_persian_");
        context.tokenFilter(ZERO_WIDTH_NON_JOINER).type("pattern_replace")
                .param("pattern", IwprAnalysisConfigurer.ZERO_WIDTH_NON_JOINER).param("replacement", "")
                .param("all", true);

        folded(context, IwprAnalysisConfigurer.ENGLISH_INDEXED, "porter_stem");
        folded(context, IwprAnalysisConfigurer.ENGLISH, VARIANTS, "porter_stem");
        folded(context, IwprAnalysisConfigurer.NAME_INDEXED);
        folded(context, IwprAnalysisConfigurer.NAME, VARIANTS);
        folded(context, WORD_FORMS, "keyword_repeat", "porter_stem", "remove_duplicates");
        context.analyzer(IwprAnalysisConfigurer.RUSSIAN).custom().tokenizer("standard")
                .tokenFilters("lowercase", RUSSIAN_STOP, RUSSIAN_STEM);
        context.analyzer(IwprAnalysisConfigurer.UKRAINIAN).custom().tokenizer("standard")
                .charFilters(UKRAINIAN_ROMANIZATION).tokenFilters("lowercase", "asciifolding", Y_AND_I);
        context.analyzer(IwprAnalysisConfigurer.ARABIC).custom().tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", ARABIC_STOP, "arabic_normalization", ARABIC_STEM);
        context.analyzer(IwprAnalysisConfigurer.PERSIAN).custom().tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", ZERO_WIDTH_NON_JOINER, "arabic_normalization",
                        "persian_normalization", PERSIAN_STOP, "persian_stem");
        context.normalizer(IwprAnalysisConfigurer.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** Romanised, without possessive endings, lower case, without accents; then {@code more}. */
    private static void folded(ElasticsearchAnalysisConfigurationContext context, String name, String... more) {
        List<String> filters = new ArrayList<>(List.of(POSSESSIVE, "lowercase", "asciifolding"));
        filters.addAll(Arrays.asList(more));
        context.analyzer(name).custom().tokenizer("standard").charFilters(ROMANIZATION)
                .tokenFilters(filters.toArray(String[]::new));
    }

    /** Each Cyrillic letter, and the digraph in each of its cases, with its Latin spelling. */
    static String[] romanization(Map<String, String> letters) {
        List<String> mappings = new ArrayList<>();
        letters.forEach((cyrillic, latin) -> {
            if (cyrillic.length() == 1) {
                mappings.add(cyrillic + "=>" + latin);
                String upper = cyrillic.toUpperCase(Locale.ROOT);
                if (!upper.equals(cyrillic)) {
                    mappings.add(upper + "=>" + capitalised(latin));
                }
            } else {
                // every mix of cases of a digraph: the Lucene chain lower-cases before it romanises
                for (int mask = 0; mask < 1 << cyrillic.length(); mask++) {
                    StringBuilder variant = new StringBuilder();
                    for (int i = 0; i < cyrillic.length(); i++) {
                        String letter = cyrillic.substring(i, i + 1);
                        variant.append((mask & 1 << i) != 0 ? letter.toUpperCase(Locale.ROOT) : letter);
                    }
                    mappings.add(variant + "=>" + (mask == 0 ? latin : capitalised(latin)));
                }
            }
        });
        return mappings.toArray(String[]::new);
    }

    private static String capitalised(String latin) {
        return latin.isEmpty() ? latin : latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
    }

    /** The spelling variants of synonyms.txt, one rule a line, without its comments. */
    static String[] variants() {
        try (InputStream in = OpenSearchAnalysisConfigurer.class.getClassLoader()
                .getResourceAsStream(IwprAnalysisConfigurer.SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(IwprAnalysisConfigurer.SYNONYMS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
