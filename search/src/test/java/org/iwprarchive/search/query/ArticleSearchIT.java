package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.SearchIndexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleSearchIT {

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private AuthorRepository authors;

    @Autowired
    private SearchIndexer indexer;

    @Autowired
    EntityManager entityManager;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeAll
    void storeFixtureArticles() {
        Author saule = authors.save(new Author("Saule Mukhametrakhimova", "saule-mukhametrakhimova"));
        save("nato-looks-central-asia", "NATO Looks to Central Asia", LocalDate.of(2002, 12, 6), List.of(saule),
                "The region is a main transit route for smugglers taking narcotics from Afghanistan to Russia.",
                "Kazak president Nursultan Nazarbaev said the volume of narcotics being trafficked had increased.",
                "President Karimov echoed this view in his address.");
        save("kyrgyz-opposition-rallies", "Kyrgyz Opposition Rallies in Bishkek", LocalDate.of(2005, 2, 21), List.of(),
                "Several thousand opposition supporters gathered in Bishkek to protest against the election.",
                "Drug trafficking was not on the agenda of the rally.");
        save("afghan-drug-trade", "Afghan Drug Trade Booms", LocalDate.of(2004, 6, 1), List.of(),
                "Poppy farmers in Helmand expect a record harvest this year.");
    }

    @Test
    void findsTheOnlyArticleThatMentionsAWord() {
        ArticleSearchResult result = search.search(ArticleQuery.text("narcotics", 0, 10));

        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits()).extracting(ArticleHit::title).containsExactly("NATO Looks to Central Asia");
        assertThat(result.hits().get(0).authors()).containsExactly(
                new ArticleHit.Tag("Saule Mukhametrakhimova", "saule-mukhametrakhimova"));
        assertThat(result.hits().get(0).score()).isPositive();
    }

    @Test
    void findsAPersonQuotedInTheBodyAndAnAuthorByName() {
        assertThat(search.search(ArticleQuery.text("Karimov", 0, 10)).hits()).extracting(ArticleHit::title)
                .containsExactly("NATO Looks to Central Asia");
        assertThat(search.search(ArticleQuery.text("Mukhametrakhimova", 0, 10)).hits()).extracting(ArticleHit::title)
                .containsExactly("NATO Looks to Central Asia");
    }

    @Test
    void stemsEnglishSoThatInflectedFormsMatch() {
        ArticleSearchResult result = search.search(ArticleQuery.text("trafficking", 0, 10));

        assertThat(result.hits()).extracting(ArticleHit::title)
                .containsExactlyInAnyOrder("NATO Looks to Central Asia", "Kyrgyz Opposition Rallies in Bishkek");
    }

    @Test
    void invertsEachTextOnceIntoTheFieldThatSearchesAndHighlightsRead() throws Exception {
        eachTextIsStoredApartAndInvertedInItsWordsField();
        // a word matches its other forms by their stem, a prefix the words as written
        assertThat(search.search(ArticleQuery.text("trafficked", 0, 10)).hits()).hasSize(2);
        assertThat(search.search(ArticleQuery.text("traffick*", 0, 10)).hits()).hasSize(2);
    }

    /** The fields of the index as its backend holds them: here a Lucene index in this process. */
    void eachTextIsStoredApartAndInvertedInItsWordsField() throws Exception {
        try (IndexReader reader = Search.mapping(entityManager.getEntityManagerFactory()).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            for (String text : List.of(IndexFields.TITLE, IndexFields.STANDFIRST, IndexFields.BODY)) {
                FieldInfo stored = fields.fieldInfo(text);
                assertThat(stored == null ? IndexOptions.NONE : stored.getIndexOptions()).as(text)
                        .isEqualTo(IndexOptions.NONE);
            }
            // (these articles have no standfirst)
            for (String words : List.of(IndexFields.TITLE_WORDS, IndexFields.BODY_WORDS)) {
                assertThat(fields.fieldInfo(words).getIndexOptions()).as(words)
                        .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                // scored by their lengths
                assertThat(fields.fieldInfo(words).hasNorms()).as(words).isTrue();
            }
        }
    }

    @Test
    void ranksATitleMatchAboveABodyMatch() {
        ArticleSearchResult result = search.search(ArticleQuery.text("drug", 0, 10));

        assertThat(result.hits()).extracting(ArticleHit::title)
                .containsExactly("Afghan Drug Trade Booms", "Kyrgyz Opposition Rallies in Bishkek");
    }

    @Test
    void answersAWordThatIsNowhereWithNoHits() {
        ArticleSearchResult result = search.search(ArticleQuery.text("zeppelin", 0, 10));

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void listsEverythingNewestFirstForAnEmptyQueryAndPages() {
        ArticleSearchResult first = search.search(ArticleQuery.text("", 0, 2));
        ArticleSearchResult second = search.search(ArticleQuery.text(" ", 1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).extracting(ArticleHit::title)
                .containsExactly("Kyrgyz Opposition Rallies in Bishkek", "Afghan Drug Trade Booms");
        assertThat(second.hits()).extracting(ArticleHit::title).containsExactly("NATO Looks to Central Asia");
        assertThat(first.hits().get(0).score()).isNull();
    }

    @Test
    void aRebuildFromTheDatabaseRestoresAnEmptiedIndex() {
        transactions.executeWithoutResult(status -> {
            var workspace = Search.session(entityManager).workspace(Article.class);
            workspace.purge();
            // OpenSearch shows a purge to searches after a refresh
            workspace.refresh();
        });
        assertThat(search.search(ArticleQuery.text("", 0, 10)).total()).isZero();

        indexer.rebuild();

        assertThat(search.search(ArticleQuery.text("", 0, 10)).total()).isEqualTo(articles.count());
        assertThat(search.search(ArticleQuery.text("narcotics", 0, 10)).total()).isEqualTo(1);
    }

    private void save(String slug, String title, LocalDate published, List<Author> credited, String... paragraphs) {
        Article article = new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, null, List.of(paragraphs), published, "en"), Instant.now());
        article.creditAuthors(credited);
        articles.save(article);
    }
}
