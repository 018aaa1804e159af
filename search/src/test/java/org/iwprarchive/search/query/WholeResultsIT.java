package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading all of a result over a real Lucene index: every match of a search across scroll chunks in the search's
 * order (what an export reads), and page after page of a date order from a position (a cursor). A context of its
 * own (a database and an index of their own): its hundreds of articles would change the other tests' totals.
 */
@SpringBootTest(properties = "spring.application.name=whole-results-it")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeResultsIT {

    private static final int CONVOYS = 50;

    /** More than two chunks, and not a multiple of one. */
    private static final int PIPELINES = 2 * ArticleMatches.CHUNK + 57;

    @Autowired
    private ArticleMatches matches;

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeAll
    void storeArticles() {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < PIPELINES; i++) {
                // how often the word occurs varies, so relevance orders them differently from their ids
                save("pipeline-" + i, "Report " + i, LocalDate.of(2000, 1, 1).plusDays(i * 37L % 900),
                        "The pipeline route was debated. " + "Pipeline ".repeat(1 + i % 7) + "talks went on.");
            }
            save("harvest", "Harvest", LocalDate.of(2004, 6, 1), "Poppy farmers expect a record harvest.");
            // ties on a day and undated articles, where a position in a date order is easy to get wrong
            for (int i = 0; i < CONVOYS; i++) {
                LocalDate day = i % 10 == 9 ? null : i % 2 == 0 ? LocalDate.of(2003, 3, 3) : LocalDate.of(2003, 1, 1)
                        .plusDays(i);
                save("convoy-" + i, "Convoy " + i, day, "The convoy crossed the border.");
            }
        });
    }

    @Test
    void readsEveryMatchOnceInTheSearchOrderAcrossChunks() {
        ArticleQuery query = new ArticleQuery("pipeline", null, null, null, null, null, null, null, null, 0, 1,
                Set.of());
        List<Long> all = readAll(query);

        assertThat(all).hasSize(PIPELINES).doesNotHaveDuplicates();
        // the first pages of the search list the same articles in the same order
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            search.search(new ArticleQuery("pipeline", null, null, null, null, null, null, null, null, page, 100,
                    Set.of())).hits().forEach(hit -> paged.add(hit.id()));
        }
        assertThat(all.subList(0, 300)).isEqualTo(paged);
    }

    @Test
    void followsADateOrderAndTheFilters() {
        ArticleQuery oldest = new ArticleQuery("", null, null, null, null, LocalDate.of(2001, 1, 1), null, null,
                SearchSort.OLDEST, 0, 1, Set.of());
        List<LocalDate> dates = readAll(oldest).stream()
                .map(id -> transactions.execute(status -> articles.findById(id).orElseThrow().getPublishedOn()))
                .toList();

        assertThat(dates).isNotEmpty().isSorted().allMatch(date -> !date.isBefore(LocalDate.of(2001, 1, 1)));
    }

    @Test
    void keepsTheViewItOpenedWithWhileArticlesAreAdded() {
        ArticleQuery query = new ArticleQuery("harvest", null, null, null, null, null, null, null, null, 0, 1,
                Set.of());
        try (ArticleMatches.Run run = matches.open(query)) {
            transactions.executeWithoutResult(status -> save("later-harvest", "Later harvest",
                    LocalDate.of(2005, 1, 1), "Another harvest."));
            assertThat(run.total()).isEqualTo(1);
            assertThat(run.next()).hasSize(1);
            assertThat(run.next()).isEmpty();
        }
        assertThat(readAll(query)).hasSize(2);
    }

    @Test
    void pagesFromAPositionWalkADateOrderToItsEndAsOnePageWouldListIt() {
        for (SearchSort order : List.of(SearchSort.NEWEST, SearchSort.OLDEST)) {
            List<Long> atOnce = search.search(convoys(order, 100)).hits().stream().map(ArticleHit::id).toList();
            assertThat(atOnce).hasSize(CONVOYS);

            List<Long> walked = new ArrayList<>();
            ArticleSearchResult page = search.search(convoys(order, 7));
            walked.addAll(page.hits().stream().map(ArticleHit::id).toList());
            int pages = 1;
            while (page.next() != null && pages <= CONVOYS) {
                page = search.search(convoys(order, 7), page.next());
                pages++;
                // every page carries the whole search's total and facets, not what is left of it
                assertThat(page.total()).isEqualTo(CONVOYS);
                assertThat(page.facets()).extracting(Facet::field).contains("year");
                walked.addAll(page.hits().stream().map(ArticleHit::id).toList());
            }
            assertThat(walked).as(order.name()).isEqualTo(atOnce);
            assertThat(pages).isEqualTo((CONVOYS + 6) / 7);
        }
        assertThat(search.search(convoys(null, 7)).next()).as("a listing is newest first").isNotNull();
        assertThat(search.search(ArticleQuery.text("convoy", 0, 7)).next()).as("relevance has no position").isNull();
    }

    @Test
    void refusesAQueryThatCannotBeReadBeforeReadingAnything() {
        assertThatThrownBy(() -> matches.open(new ArticleQuery("\"pipeline", null, null, null, null, null, null,
                null, null, 0, 1, Set.of()))).isInstanceOf(InvalidQueryException.class);
    }

    private static ArticleQuery convoys(SearchSort order, int size) {
        return new ArticleQuery(order == null ? "" : "convoy", null, null, null, null, null, null, null, order, 0,
                size);
    }

    private List<Long> readAll(ArticleQuery query) {
        List<Long> ids = new ArrayList<>();
        try (ArticleMatches.Run run = matches.open(query)) {
            for (List<Long> chunk = run.next(); !chunk.isEmpty(); chunk = run.next()) {
                assertThat(chunk).hasSizeLessThanOrEqualTo(ArticleMatches.CHUNK);
                ids.addAll(chunk);
            }
            assertThat(run.total()).isEqualTo(ids.size());
        }
        return ids;
    }

    private void save(String slug, String title, LocalDate published, String... paragraphs) {
        articles.save(new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, null, List.of(paragraphs), published, "en"), Instant.now()));
    }
}
