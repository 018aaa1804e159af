package org.iwprarchive.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;

/**
 * Indexes a text property a second time, analysed as its own field is, with the offsets of every word in the
 * postings (field {@code <property>Offsets}). Highlights read the matched words' offsets from there: a few
 * postings entries a hit, where term vectors meant decoding every word of the hit's body and reading its stored
 * document again. Hibernate Search's own field types cannot keep offsets in postings, so this is a native Lucene
 * field, searched only by the highlighter and never stored.
 */
public final class OffsetsBinder implements PropertyBinder {

    private final String property;

    /** @param property the text property, whose own index field (of the same name) gives the analyser */
    public OffsetsBinder(String property) {
        this.property = property;
    }

    /** The offsets field of a text property. */
    public static String field(String property) {
        return property + "Offsets";
    }

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
        IndexFieldReference<String> field = context.indexSchemaElement()
                .field(field(property), f -> f.extension(LuceneExtension.get()).asNative(String.class,
                        (path, value, fields) -> fields.accept(new OffsetsField(path, property, value))))
                .toReference();
        context.bridge(String.class, (document, text, writeContext) -> {
            if (text != null) {
                document.addValue(field, text);
            }
        });
    }

    /**
     * A text field analysed by the index writer's analyser for its property's own field when the writer takes it
     * in, on the writer's own thread (a token stream made earlier, on the thread that built the document, could
     * be reused by that thread before the writer had read it).
     */
    private static final class OffsetsField extends Field {

        private final String analysedAs;

        OffsetsField(String name, String analysedAs, String text) {
            super(name, text, TYPE);
            this.analysedAs = analysedAs;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            // the writer's analyser picks an analyser by field name: the property's own, which queries match
            return analyzer.tokenStream(analysedAs, stringValue());
        }
    }
}
