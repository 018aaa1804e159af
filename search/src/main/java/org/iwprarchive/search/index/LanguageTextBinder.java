package org.iwprarchive.search.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.iwprarchive.domain.article.Article;

/**
 * Indexes an article's title and text a second time, analysed in its own language, for the languages IWPR
 * publishes in besides English ({@link IndexFields#LANGUAGE_FIELDS}): {@code title_ru} and {@code body_ru} hold
 * a Russian article's words stemmed as Russian words, so "выборы" finds "выборов". An article fills only the
 * fields of its language; every article also keeps the English fields, where its words stand as written.
 */
public final class LanguageTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("standfirst").use("body").use("language");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<String, IndexFieldReference<String>> titles = new LinkedHashMap<>();
        Map<String, IndexFieldReference<String>> bodies = new LinkedHashMap<>();
        IndexFields.LANGUAGE_FIELDS.forEach((language, analyzer) -> {
            titles.put(language, schema.field(IndexFields.title(language), f -> f.asString().analyzer(analyzer))
                    .toReference());
            // the standfirst and the body: two values
            bodies.put(language, schema.field(IndexFields.body(language), f -> f.asString().analyzer(analyzer))
                    .multiValued().toReference());
        });
        context.bridge(Article.class, new Bridge(titles, bodies));
    }

    private record Bridge(Map<String, IndexFieldReference<String>> titles,
                          Map<String, IndexFieldReference<String>> bodies) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            String language = IndexFields.fieldsLanguage(article.getLanguage());
            IndexFieldReference<String> title = language == null ? null : titles.get(language);
            if (title == null) {
                return;
            }
            target.addValue(title, article.getTitle());
            if (article.getStandfirst() != null) {
                target.addValue(bodies.get(language), article.getStandfirst());
            }
            target.addValue(bodies.get(language), article.getBody());
        }
    }
}
