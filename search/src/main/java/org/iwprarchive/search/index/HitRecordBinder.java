package org.iwprarchive.search.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.iwprarchive.domain.article.Article;

/**
 * Writes each article's {@link HitRecord} to the binary doc values field {@link IndexFields#HIT}, on the Lucene
 * backend. The record reads the tags' names and slugs; like the embedded tags, it is written again when an
 * article's tags change and at a rebuild, not when a tag's own name does (the mapping's SHALLOW dependencies).
 */
public final class HitRecordBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("canonicalUrl").use("title").use("standfirst").use("body").use("publishedOn")
                .use("datedBy").use("language").use("reportId")
                .use(IndexFields.AUTHOR_NAME).use(IndexFields.AUTHOR_SLUG)
                .use(IndexFields.LOCATION_NAME).use(IndexFields.LOCATION_SLUG)
                .use(IndexFields.TOPIC_NAME).use(IndexFields.TOPIC_SLUG);
        IndexFieldReference<byte[]> field = context.indexSchemaElement()
                .field(IndexFields.HIT, f -> f.extension(LuceneExtension.get()).asNative(byte[].class,
                        (path, value, fields) -> fields.accept(new BinaryDocValuesField(path, new BytesRef(value)))))
                .toReference();
        context.bridge(Article.class, (document, article, writeContext) ->
                document.addValue(field, HitRecord.write(article)));
    }
}
