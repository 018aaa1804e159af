package org.iwprarchive.search.index;

import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.domain.topic.Topic;

/**
 * How articles are indexed. The mapping lives here rather than as annotations on the entities, so the
 * domain module knows nothing about search (see docs/decisions.md). Raise {@link #VERSION} with every change
 * to this mapping or to the analysis: an index written under another version is rebuilt at start-up.
 */
public class ArticleIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "article";
    public static final int VERSION = 19;

    private final SearchProperties.Backend backend;

    /** @param backend the index's backend, for the fields only one backend's own types can express */
    public ArticleIndexMapping(SearchProperties.Backend backend) {
        this.backend = backend;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        // the records searches read their hits into
        context.annotationMapping().add(HitFields.class).add(HitText.class);

        TypeMappingStep article = mapping.type(Article.class);
        article.indexed().index(INDEX);
        article.property("id").genericField(IndexFields.ARTICLE_ID).sortable(Sortable.YES);
        // a text's words are searched and highlighted in its words field (WordsBinder), inverted once; the text's
        // own field only stores it for hits
        article.property("title")
                .fullTextField(IndexFields.TITLE).analyzer(IwprAnalysisConfigurer.ENGLISH_INDEXED)
                .searchable(Searchable.NO).projectable(Projectable.YES)
                .binder(new WordsBinder(IndexFields.TITLE, backend));
        // shown whole in hits, never highlighted
        article.property("standfirst")
                .fullTextField(IndexFields.STANDFIRST).analyzer(IwprAnalysisConfigurer.ENGLISH_INDEXED)
                .searchable(Searchable.NO).projectable(Projectable.YES)
                .binder(new WordsBinder(IndexFields.STANDFIRST, backend));
        // the text again in the fields of its language, when that is one with an analysis of its own
        article.binder(new LanguageTextBinder());
        article.property("canonicalUrl").keywordField(IndexFields.CANONICAL_URL).projectable(Projectable.YES);
        // on Lucene the body is read from the hit's record (HitRecordBinder), not stored a second time
        article.property("body").binder(new WordsBinder(IndexFields.BODY, backend));
        if (backend == SearchProperties.Backend.LUCENE) {
            article.binder(new HitRecordBinder());
        } else {
            article.property("body").fullTextField(IndexFields.BODY).analyzer(IwprAnalysisConfigurer.ENGLISH_INDEXED)
                    .searchable(Searchable.NO).projectable(Projectable.YES);
        }
        article.property("publishedOn")
                .genericField(IndexFields.PUBLISHED_ON).sortable(Sortable.YES).projectable(Projectable.YES)
                .genericField(IndexFields.YEAR).valueBridge(new YearBridge()).aggregable(Aggregable.YES);
        article.property("datedBy").genericField(IndexFields.DATED_BY).projectable(Projectable.YES);
        article.property("language")
                .keywordField(IndexFields.LANGUAGE).normalizer(IwprAnalysisConfigurer.KEYWORD).aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        // editions of one report are one hit: searches find which matches share a report by it
        article.property("reportId").genericField(IndexFields.REPORT).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        // Changes to an author's or a place's own fields are rare and a rebuild picks them up; what matters
        // is that tagging an article with them reindexes the article, which SHALLOW does.
        article.property(IndexFields.AUTHORS).indexedEmbedded()
                .includePaths(IndexFields.NAME, IndexFields.SLUG, IndexFields.DISPLAY)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        article.property(IndexFields.LOCATIONS).indexedEmbedded()
                .includePaths(IndexFields.NAME, IndexFields.SLUG, IndexFields.DISPLAY, IndexFields.TREE)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        article.property(IndexFields.TOPICS).indexedEmbedded()
                .includePaths(IndexFields.NAME, IndexFields.SLUG, IndexFields.DISPLAY)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        article.property(IndexFields.QUOTATIONS).indexedEmbedded()
                .includePaths(IndexFields.SOURCE + "." + IndexFields.NAME, IndexFields.SOURCE + "." + IndexFields.KEY)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        for (Class<?> tag : new Class<?>[] {Author.class, Location.class, Topic.class}) {
            TypeMappingStep type = mapping.type(tag);
            type.property(IndexFields.NAME).fullTextField().analyzer(IwprAnalysisConfigurer.NAME_INDEXED)
                    .searchAnalyzer(IwprAnalysisConfigurer.NAME);
            type.property(IndexFields.SLUG).keywordField().normalizer(IwprAnalysisConfigurer.KEYWORD)
                    .aggregable(Aggregable.YES).projectable(Projectable.YES);
            // names as written, for result lists that need no database round trip
            type.property(IndexFields.NAME).keywordField(IndexFields.DISPLAY).projectable(Projectable.YES);
        }
        // a region's articles include its countries': every place is indexed with the places it lies in
        mapping.type(Location.class).property("selfAndAncestorSlugs").keywordField(IndexFields.TREE)
                .normalizer(IwprAnalysisConfigurer.KEYWORD)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.NO);
        mapping.type(Quotation.class).property(IndexFields.SOURCE).indexedEmbedded()
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        TypeMappingStep source = mapping.type(Source.class);
        source.property(IndexFields.NAME).fullTextField().analyzer(IwprAnalysisConfigurer.NAME_INDEXED)
                    .searchAnalyzer(IwprAnalysisConfigurer.NAME);
        source.property("id").keywordField(IndexFields.KEY).valueBridge(new IdBridge()).aggregable(Aggregable.YES);
    }

    /** The year of a date, for the year facet. */
    static final class YearBridge implements ValueBridge<LocalDate, Integer> {
        @Override
        public Integer toIndexedValue(LocalDate value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getYear();
        }
    }

    /** An entity id as a keyword, for facets and filters by id. */
    static final class IdBridge implements ValueBridge<Long, String> {
        @Override
        public String toIndexedValue(Long value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.toString();
        }
    }
}
