package org.iwprarchive.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationKind;
import org.iwprarchive.domain.location.LocationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleRepositoryTests {

    private static final Instant FETCHED = Instant.parse("2024-03-01T10:15:30Z");

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private AuthorRepository authors;

    @Autowired
    private LocationRepository locations;

    @Autowired
    private TestEntityManager entityManager;

    @Test
    void storesAnArticleWithOrderedAuthorsAndReadsItBackByCanonicalUrl() {
        Author second = authors.save(new Author("Zhyldyz Abdyldaeva", "zhyldyz-abdyldaeva"));
        Author first = authors.save(new Author("Saule Mukhametrakhimova", "saule-mukhametrakhimova"));
        Location region = locations.save(new Location("Central Asia", "central-asia", LocationKind.REGION));
        Location country = new Location("Uzbekistan", "uzbekistan", LocationKind.COUNTRY);
        country.placeIn(region);
        locations.save(country);

        Article article = new Article("https://iwpr.net/global-voices/nato-looks-central-asia",
                "nato-looks-central-asia", content("NATO Looks to Central Asia", "One two three.", "Four five."),
                FETCHED);
        article.creditAuthors(List.of(first, second));
        article.tagLocations(List.of(country));
        articles.saveAndFlush(article);
        entityManager.clear();

        Article stored = articles.findByCanonicalUrl("https://iwpr.net/global-voices/nato-looks-central-asia")
                .orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("NATO Looks to Central Asia");
        assertThat(stored.getParagraphs()).containsExactly("One two three.", "Four five.");
        assertThat(stored.getWordCount()).isEqualTo(5);
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getAuthors()).extracting(Author::getName)
                .containsExactly("Saule Mukhametrakhimova", "Zhyldyz Abdyldaeva");
        assertThat(stored.getLocations()).singleElement()
                .satisfies(l -> assertThat(l.selfAndAncestors()).extracting(Location::getSlug)
                        .containsExactly("uzbekistan", "central-asia"));
    }

    @Test
    void refusesASecondArticleWithTheSameCanonicalUrl() {
        articles.saveAndFlush(new Article("https://iwpr.net/global-voices/a", "a", content("A", "Text."), FETCHED));

        assertThatThrownBy(() -> articles.saveAndFlush(
                new Article("https://iwpr.net/global-voices/a", "a", content("B", "Other."), FETCHED)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRevisionWithUnchangedTextKeepsTheVersionAndAChangedOneBumpsIt() {
        Article article = new Article("https://iwpr.net/global-voices/b", "b", content("B", "Text."), FETCHED);

        boolean markupOnly = article.revise(content("B", "Text.  "), FETCHED.plusSeconds(60));
        boolean edited = article.revise(content("B", "Corrected text."), FETCHED.plusSeconds(120));

        assertThat(markupOnly).isFalse();
        assertThat(edited).isTrue();
        assertThat(article.getVersion()).isEqualTo(2);
        assertThat(article.getLastFetchedAt()).isEqualTo(FETCHED.plusSeconds(120));
        assertThat(article.getParagraphs()).containsExactly("Corrected text.");
    }

    private static ArticleContent content(String title, String... paragraphs) {
        return new ArticleContent(title, null, List.of(paragraphs), LocalDate.of(2002, 12, 6), "en");
    }
}
