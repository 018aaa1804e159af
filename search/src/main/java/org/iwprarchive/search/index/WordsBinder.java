package org.iwprarchive.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;

/**
 * Indexes a text property's words into the field searches and highlights both read ({@code <property>Words}):
 * each word as written and, where it differs, as stemmed at the same position ({@link #WORD_FORMS}), with its
 * offsets in the postings. Stemmed query words and phrases match the stems, prefix and fuzzy terms the words as
 * written ({@code negotiat*} finds "negotiations", indexed "negoti" too), and the highlighter reads the matched
 * words' offsets from a few postings entries a hit. A text is inverted once: a second, stemmed-only field for the
 * search cost the index writer as much again. Norms are kept for scoring; the overlapping forms do not lengthen
 * a text (Lucene's BM25 discounts words at one position). Hibernate Search's own field types cannot keep offsets in
 * postings, so on Lucene this is a native field, never stored: the texts are stored by their own fields.
 */
public final class WordsBinder implements PropertyBinder {

    private final String property;
    private final SearchProperties.Backend backend;

    /**
     * @param property the text property; its words go to the field {@code <property>Words}
     * @param backend  the index's backend: on OpenSearch the field is a text field of the twin analysis; its offsets
     *                 are not kept there, the highlighter finds them itself
     */
    public WordsBinder(String property, SearchProperties.Backend backend) {
        this.property = property;
        this.backend = backend;
    }

    /** The words field of a text property. */
    public static String field(String property) {
        return property + "Words";
    }

    /**
     * The words of a text as the search's English analysis reads them (possessives off, lower case, Cyrillic
     * romanised, accents folded), each kept as written and, where it differs, as stemmed at the same position.
     */
    public static final Analyzer WORD_FORMS = LuceneAnalysis.build("word forms", LuceneAnalysis.WORD_FORMS);

    private static final FieldType TYPE = new FieldType();

    static {
        TYPE.setTokenized(true);
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TYPE.freeze();
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        if (backend == SearchProperties.Backend.OPENSEARCH) {
            IndexFieldReference<JsonElement> field = context.indexSchemaElement()
                    .field(field(property), f -> f.extension(ElasticsearchExtension.get()).asNative()
                            .mapping("{\"type\": \"text\", \"analyzer\": \""
                                    + OpenSearchAnalysisConfigurer.WORD_FORMS + "\"}"))
                    .toReference();
            context.bridge(String.class, (document, text, writeContext) -> {
                if (text != null) {
                    document.addValue(field, new JsonPrimitive(text));
                }
            });
            return;
        }
        IndexFieldReference<String> field = context.indexSchemaElement()
                .field(field(property), f -> f.extension(LuceneExtension.get()).asNative(String.class,
                        (path, value, fields) -> fields.accept(new WordsField(path, value))))
                .toReference();
        context.bridge(String.class, (document, text, writeContext) -> {
            if (text != null) {
                document.addValue(field, text);
            }
        });
    }

    /**
     * A text field analysed into its word forms when the index writer takes it in, on the writer's own thread (a
     * token stream made earlier, on the thread that built the document, could be reused by that thread before the
     * writer had read it).
     */
    private static final class WordsField extends Field {

        WordsField(String name, String text) {
            super(name, text, TYPE);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return WORD_FORMS.tokenStream(name(), stringValue());
        }
    }
}
