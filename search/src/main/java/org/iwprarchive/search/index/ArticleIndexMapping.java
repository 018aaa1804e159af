package org.iwprarchive.search.index;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import java.util.List;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.topic.Topic;

/**
 * How articles are indexed. The mapping lives here rather than as annotations on the entities, so the
 * domain module knows nothing about search (see docs/decisions.md).
 */
public class ArticleIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep article = mapping.type(Article.class);
        article.indexed().index(INDEX);
        article.property("title")
                .fullTextField().analyzer(IwprAnalysisConfigurer.ENGLISH).highlightable(List.of(Highlightable.ANY));
        article.property("standfirst")
                .fullTextField().analyzer(IwprAnalysisConfigurer.ENGLISH).highlightable(List.of(Highlightable.ANY));
        article.property("body")
                .fullTextField().analyzer(IwprAnalysisConfigurer.ENGLISH).highlightable(List.of(Highlightable.ANY));
        article.property("publishedOn")
                .genericField().sortable(Sortable.YES).projectable(Projectable.YES);
        article.property("language")
                .keywordField().normalizer(IwprAnalysisConfigurer.KEYWORD);
        // Changes to an author's or a place's own fields are rare and a reindex picks them up; what matters
        // is that tagging an article with them reindexes the article, which SHALLOW does.
        article.property("authors").indexedEmbedded().includePaths("name", "slug")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        article.property("locations").indexedEmbedded().includePaths("name", "slug")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        article.property("topics").indexedEmbedded().includePaths("name", "slug")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        for (Class<?> tag : new Class<?>[] {Author.class, Location.class, Topic.class}) {
            TypeMappingStep type = mapping.type(tag);
            type.property("name").fullTextField().analyzer(IwprAnalysisConfigurer.NAME);
            type.property("slug").keywordField().normalizer(IwprAnalysisConfigurer.KEYWORD);
        }
    }
}
