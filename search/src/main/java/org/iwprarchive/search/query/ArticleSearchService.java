package org.iwprarchive.search.query;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.author.Author;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every query over the article index. */
@Service
public class ArticleSearchService {

    private final EntityManager entityManager;

    ArticleSearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public ArticleSearchResult search(ArticleQuery query) {
        SearchSession session = Search.session(entityManager);
        var scored = session.search(Article.class)
                .select(f -> f.composite().from(f.entity(Article.class), f.score()).asList())
                .where(f -> query.listsAll() ? f.matchAll()
                        : f.simpleQueryString()
                        .field("title").boost(3.0f)
                        .field("standfirst").boost(2.0f)
                        .field("body")
                        .field("authors.name").boost(2.0f)
                        .field("locations.name")
                        .field("topics.name")
                        .matching(query.text()));
        if (query.listsAll()) {
            scored = scored.sort(f -> f.field("publishedOn").desc().missing().last().then().score());
        }
        SearchResult<List<?>> result = scored.fetch(query.page() * query.size(), query.size());
        List<ArticleHit> hits = result.hits().stream()
                .map(row -> hit((Article) row.get(0), query.listsAll() ? null : (Float) row.get(1)))
                .toList();
        return new ArticleSearchResult(result.total().hitCount(), hits);
    }

    private static ArticleHit hit(Article article, Float score) {
        return new ArticleHit(article.getId(), article.getCanonicalUrl(), article.getTitle(), article.getStandfirst(),
                article.getPublishedOn(), article.getAuthors().stream().map(Author::getName).toList(), score);
    }
}
