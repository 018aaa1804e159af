package org.iwprarchive.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editions archived in one transaction, or in later ones and linked either way, end as one report named by the
 * lowest id; an article whose links reach no archived edition has none.
 */
@SpringBootTest
class ReportLinkerIT {

    private static final String SITE = "https://iwpr.net/report-linker/";

    @Autowired
    private ReportLinker linker;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void joinsEditionsArchivedTogetherAndLaterEitherWay() {
        // one transaction, as a batch of an import: the English page links the Russian one, archived after it
        List<Long> firstBatch = transactions.execute(status -> List.of(
                archive("en", Map.of("ru", SITE + "ru")),
                archive("ru", Map.of()),
                archive("alone", Map.of("uk", SITE + "never-archived"))));
        long en = firstBatch.get(0);
        long ru = firstBatch.get(1);
        assertThat(report(en)).isEqualTo(Math.min(en, ru));
        assertThat(report(ru)).isEqualTo(Math.min(en, ru));
        assertThat(report(firstBatch.get(2))).isNull();

        // later, a Kyrgyz page that links the Russian one joins the report, the English one too through it
        long ky = transactions.execute(status -> archive("ky", Map.of("ru", SITE + "ru")));
        assertThat(List.of(report(en), report(ru), report(ky))).containsOnly(Math.min(en, ru));
    }

    private long archive(String slug, Map<String, String> editions) {
        Article article = new Article(SITE + slug, slug, new ArticleContent("Title " + slug, null,
                List.of("Text of " + slug + "."), LocalDate.of(2020, 1, 1), "en"), Instant.now());
        article.linkEditions(editions);
        articles.save(article);
        linker.touched(article);
        return article.getId();
    }

    private Long report(long id) {
        return articles.findById(id).orElseThrow().getReportId();
    }
}
