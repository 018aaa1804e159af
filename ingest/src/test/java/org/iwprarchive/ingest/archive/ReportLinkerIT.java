package org.iwprarchive.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationKind;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.Attribution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editions archived in one transaction, or in later ones and linked either way, end as one report named by the
 * lowest id; so do two articles of one day in different languages with an author and a place in common, and two
 * in different languages within three days whose texts share their figures and quoted people; an article whose
 * links reach no archived edition has none.
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

    @Autowired
    private AuthorRepository authors;

    @Autowired
    private LocationRepository locations;

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

    @Test
    void takesArticlesOfOneDayInTwoLanguagesWithAnAuthorAndAPlaceInCommonForEditions() {
        long[] ids = transactions.execute(status -> {
            Author author = authors.save(new Author("Timur Toktonaliev", "report-linker-toktonaliev"));
            Location place = locations.save(new Location("Kyrgyzstan", "report-linker-kyrgyzstan",
                    LocationKind.COUNTRY));
            Location elsewhere = locations.save(new Location("Tajikistan", "report-linker-tajikistan",
                    LocationKind.COUNTRY));
            return new long[] {
                    tagged("twin-en", "en", LocalDate.of(2019, 5, 14), author, place),
                    tagged("other-day", "ru", LocalDate.of(2019, 5, 15), author, place),
                    tagged("other-place", "ky", LocalDate.of(2019, 5, 14), author, elsewhere)};
        });
        long ru = transactions.execute(status -> tagged("twin-ru", "ru", LocalDate.of(2019, 5, 14),
                authors.findBySlug("report-linker-toktonaliev").orElseThrow(),
                locations.findBySlug("report-linker-kyrgyzstan").orElseThrow()));

        assertThat(report(ru)).isEqualTo(Math.min(ids[0], ru));
        assertThat(report(ids[0])).isEqualTo(Math.min(ids[0], ru));
        assertThat(report(ids[1])).as("another day").isNull();
        assertThat(report(ids[2])).as("no place in common").isNull();
    }

    @Test
    void takesArticlesInTwoLanguagesWhoseTextsGiveTheSameFiguresAndQuoteTheSamePeopleForEditions() {
        List<String> english = List.of("Some 1,250 families in 37 villages have had no water since 14 August.",
                "Local official Vasyl Tkachuk said the pumping station needed 4.5 million hryvnias to repair.",
                "\"We carry water 600 metres,\" said Oksana Melnyk, a teacher.");
        List<String> ukrainian = List.of("Близько 1 250 родин у 37 селах не мають води з 14 серпня.",
                "Посадовець Василь Ткачук сказав, що на ремонт насосної станції потрібно 4,5 млн гривень.",
                "«Ми носимо воду за 600 метрів», — сказала вчителька Оксана Мельник.");
        List<String> otherReport = List.of("У 37 селах області відкрили 14 нових шкіл.",
                "Директорка Ганна Бойко розповіла, що навчаються 980 дітей.");
        long[] ids = transactions.execute(status -> new long[] {
                anchored("text-en", "en", LocalDate.of(2011, 3, 2), EditionAnchors.of(english,
                        List.of(person("Vasyl Tkachuk"), person("Oksana Melnyk")), "en")),
                anchored("text-other-report", "uk", LocalDate.of(2011, 3, 2), EditionAnchors.of(otherReport,
                        List.of(person("Ганна Бойко")), "uk")),
                anchored("text-en-again", "en", LocalDate.of(2011, 3, 2), EditionAnchors.of(english,
                        List.of(person("Vasyl Tkachuk"), person("Oksana Melnyk")), "en"))});
        assertThat(report(ids[0])).as("the same text in the same language is not an edition").isNull();
        // a day later, credited to its translator only
        long uk = transactions.execute(status -> anchored("text-uk", "uk", LocalDate.of(2011, 3, 3),
                EditionAnchors.of(ukrainian, List.of(person("Василь Ткачук"), person("Оксана Мельник")), "uk")));

        assertThat(report(uk)).as("its English editions").isEqualTo(Math.min(ids[0], uk));
        assertThat(report(ids[0])).isEqualTo(Math.min(ids[0], uk));
        assertThat(report(ids[2])).as("a copy of the English text, so an edition too").isEqualTo(Math.min(ids[0], uk));
        assertThat(report(ids[1])).as("two numbers in common").isNull();
    }

    private static Attribution person(String name) {
        return new Attribution(name, SourceKind.PERSON, null, "text", QuotationKind.DIRECT, "said", 0);
    }

    private long anchored(String slug, String language, LocalDate day, Collection<String> anchors) {
        Article article = new Article(SITE + slug, slug, new ArticleContent("Title " + slug, null,
                List.of("Text of " + slug + "."), day, language), Instant.now());
        article.anchor(anchors);
        articles.save(article);
        linker.touched(article);
        return article.getId();
    }

    private long tagged(String slug, String language, LocalDate day, Author author, Location place) {
        Article article = new Article(SITE + slug, slug, new ArticleContent("Title " + slug, null,
                List.of("Text of " + slug + "."), day, language), Instant.now());
        article.creditAuthors(List.of(author));
        article.tagLocations(List.of(place));
        articles.save(article);
        linker.touched(article);
        return article.getId();
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
