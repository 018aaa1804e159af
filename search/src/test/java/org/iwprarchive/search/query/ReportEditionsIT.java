package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A report published in several languages is one hit: the edition that matches best stands for it and names the
 * others, the total counts it once, and asking for every edition lists each.
 */
@SpringBootTest(properties = "iwpr.test.context=report-editions") // its own database and index
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEditionsIT {

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private ArticleRepository articles;

    private long english;
    private long russian;
    private long kyrgyz;
    private long unrelated;

    @BeforeAll
    void storeAReportInThreeLanguagesAndAnotherArticle() {
        english = save("kambarata-talks", "en", "Kambarata Dam Talks Resume",
                "Engineers from Kyrgyzstan and Uzbekistan met in Bishkek to discuss the Kambarata dam.").getId();
        russian = save("peregovory-kambarata", "ru", "Переговоры о Камбарате возобновились",
                "Инженеры Кыргызстана и Узбекистана обсудили в Бишкеке плотину Камбарата.").getId();
        kyrgyz = save("kambarata-suylashuu", "ky", "Kambarata boyuncha suylashuular",
                "Kambarata GES boyuncha injenerler Bishkekte jolukushtu.").getId();
        unrelated = save("kambarata-costs", "en", "Who Will Pay for Kambarata?",
                "The cost of the Kambarata dam has doubled since the first estimate.").getId();
        for (long id : List.of(english, russian, kyrgyz)) {
            Article edition = articles.findById(id).orElseThrow();
            edition.joinReport(english);
            articles.save(edition);
        }
    }

    @Test
    void showsAReportOnceWithItsOtherEditions() {
        ArticleSearchResult result = search.search(ArticleQuery.text("Kambarata", 0, 10));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).hasSize(2);
        ArticleHit report = result.hits().stream().filter(hit -> hit.id() != unrelated).findFirst().orElseThrow();
        assertThat(report.id()).isIn(english, russian, kyrgyz);
        assertThat(report.editions()).extracting(ArticleHit.Edition::id)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.of(english, russian, kyrgyz)
                        .filter(id -> id != report.id()).toList());
        assertThat(report.editions()).extracting(ArticleHit.Edition::language).doesNotContain(report.language());
        ArticleHit alone = result.hits().stream().filter(hit -> hit.id() == unrelated).findFirst().orElseThrow();
        assertThat(alone.editions()).isEmpty();
        // the plain facets count the report once
        assertThat(result.facets()).filteredOn(facet -> facet.field().equals("lang")).singleElement()
                .satisfies(facet -> assertThat(facet.values().stream().mapToLong(Facet.Value::count).sum())
                        .isEqualTo(2));
    }

    @Test
    void letsTheEditionThatMatchesStandForItsReport() {
        // only the Russian edition has "плотину"
        ArticleSearchResult result = search.search(ArticleQuery.text("плотина", 0, 10));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(russian);
            assertThat(hit.editions()).extracting(ArticleHit.Edition::language).containsExactlyInAnyOrder("en", "ky");
        });
    }

    @Test
    void listsEveryEditionWhenAsked() {
        ArticleQuery every = new ArticleQuery("Kambarata", null, null, null, null, null, null, null, null, 0, 10,
                Set.of(), true);

        ArticleSearchResult result = search.search(every);

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).extracting(ArticleHit::id)
                .containsExactlyInAnyOrder(english, russian, kyrgyz, unrelated);
    }

    @Test
    void leavesAReportsOtherEditionsOutOfItsRelatedArticles() {
        assertThat(search.related(english, 10)).extracting(ArticleHit::id).doesNotContain(russian, kyrgyz)
                .contains(unrelated);
    }

    private Article save(String slug, String language, String title, String paragraph) {
        return articles.save(new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, null, List.of(paragraph), LocalDate.of(2015, 3, 2), language),
                Instant.now()));
    }
}
