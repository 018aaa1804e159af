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
 * Indexes a text property a second time with the offsets of every word in the postings (field
 * {@code <property>Offsets}), each word both as written and as stemmed ({@link #WORD_FORMS}). Highlights read the
 * matched words' offsets from there: a few postings entries a hit, where term vectors meant decoding every word of
 * the hit's body and reading its stored document again. Prefix and fuzzy terms are searched there too, on the
 * words as written: on the stemmed field {@code negotiat*} missed "negotiations" (indexed "negoti"). Hibernate
 * Search's own field types cannot keep offsets in postings, so this is a native Lucene
 * field, searched only by the highlighter and never stored.
 */
public final class OffsetsBinder implements PropertyBinder {

    private final String property;
    private final SearchProperties.Backend backend;

    /**
     * @param property the text property; its words go to the field {@code <property>Offsets}
     * @param backend  the index's backend: on OpenSearch the field is a text field of the twin analysis, searched
     *                 by prefix and fuzzy terms; its offsets are not kept there, the highlighter finds them itself
     */
    public OffsetsBinder(String property, SearchProperties.Backend backend) {
        this.property = property;
        this.backend = backend;
    }

    /** The offsets field of a text property. */
    public static String field(String property) {
        return property + "Offsets";
    }

    /**
     * The words of a text as the search's English analysis reads them (possessives off, lower case, Cyrillic
     * romanised, accents folded), each kept as written and, where it differs, as stemmed at the same position: stemmed query words
     * and the highlighter's phrases match the stems, prefix and fuzzy terms the words as written.
     */
    public static final Analyzer WORD_FORMS = LuceneAnalysis.build("word forms", LuceneAnalysis.WORD_FORMS);

    private static final FieldType TYPE = new FieldType();

    static {
        TYPE.setTokenized(true);
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TYPE.setOmitNorms(true);
        TYPE.freeze();
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        if (backend == SearchProperties.Backend.OPENSEARCH) {
            IndexFieldReference<JsonElement> field = context.indexSchemaElement()
                    .field(field(property), f -> f.extension(ElasticsearchExtension.get()).asNative()
                            .mapping("{\"type\": \"text\", \"analyzer\": \""
                                    + OpenSearchAnalysisConfigurer.WORD_FORMS
                                    + "\", \"norms\": false}"))
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
                        (path, value, fields) -> fields.accept(new OffsetsField(path, value))))
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
    private static final class OffsetsField extends Field {

        OffsetsField(String name, String text) {
            super(name, text, TYPE);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return WORD_FORMS.tokenStream(name(), stringValue());
        }
    }
}
