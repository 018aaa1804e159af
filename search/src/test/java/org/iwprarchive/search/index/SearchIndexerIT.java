package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A rebuild ends when every article is searchable and leaves the merge of the index's segments to the background.
 * The writer here flushes a segment every two documents, so a rebuild leaves several, more than Lucene's merge policy
 * would merge on its own (ten).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.backend.io.writer.max_buffered_docs=2")
class SearchIndexerIT {

    private static final int ARTICLES = 9;

    @Autowired
    private SearchIndexer indexer;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void aRebuildEndsWithEveryArticleSearchableAndItsSegmentsMergedAfter() throws Exception {
        for (int i = 0; i < ARTICLES; i++) {
            articles.save(new Article("https://iwpr.net/global-voices/merge-" + i, "merge-" + i,
                    new ArticleContent("Harvest report " + i, null, List.of("Cotton pickers went unpaid."),
                            LocalDate.of(2004, 9, 14), "en"), Instant.now()));
        }

        indexer.rebuild();

        assertThat(indexer.progress().running()).isFalse();
        assertThat(search.search(ArticleQuery.text("cotton", 0, 10)).total()).isEqualTo(ARTICLES);
        indexer.awaitMerge();
        assertThat(indexer.merging()).isFalse();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(reader.numDocs()).isEqualTo(ARTICLES);
        }
        assertThat(search.search(ArticleQuery.text("cotton", 0, 10)).total()).isEqualTo(ARTICLES);
    }
}
