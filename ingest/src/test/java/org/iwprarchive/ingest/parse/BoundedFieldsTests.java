package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iwprarchive.domain.TextLimits;
import org.iwprarchive.ingest.fixtures.HostilePages;
import org.junit.jupiter.api.Test;

/** Whatever a page holds, what the parser gives the archive fits its columns, their indexes and the index. */
class BoundedFieldsTests {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void cutsANameOfTensOfThousandsOfCharactersWhereAWordEnds() {
        ParsedArticle article = parse("long-author", HostilePages.withAuthor("long-author", HostilePages.LONG_WORDS));

        ParsedAuthor author = article.authors().get(0);
        assertThat(author.name()).hasSizeLessThanOrEqualTo(TextLimits.NAME).startsWith("Word Word").endsWith("Word");
        assertThat(author.slug()).hasSizeLessThanOrEqualTo(TextLimits.NAME).startsWith("word-word").endsWith("word");
        assertThat(article.locations()).allSatisfy(place -> assertThat(place.name().length())
                .isLessThanOrEqualTo(TextLimits.NAME));
    }

    @Test
    void cutsANameWithoutSpacesAtTheBound() {
        ParsedArticle article = parse("random-author", HostilePages.withAuthor("random-author",
                HostilePages.RANDOM_LETTERS));

        assertThat(article.authors().get(0).name()).isEqualTo(HostilePages.RANDOM_LETTERS.substring(0, TextLimits.NAME));
        assertThat(article.authors().get(0).slug()).hasSize(TextLimits.NAME);
    }

    @Test
    void takesTheGivenAddressWhenTheCanonicalLinkIsTooLongToBeReal() {
        ParsedArticle article = parse("long-canonical", HostilePages.withCanonicalLink("long-canonical",
                "https://iwpr.net/global-voices/" + "a".repeat(40_000)));

        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/global-voices/long-canonical");
        assertThat(article.fieldRules()).containsEntry("canonicalUrl", "source-url");
    }

    @Test
    void boundsTagsMadeFromLinksOfAnyLength() {
        ParsedArticle article = parse("long-links", HostilePages.withTagLinks("long-links",
                "/global-voices/topics/" + HostilePages.LONG_WORDS.replace(' ', '-'),
                "/global-voices/" + HostilePages.RANDOM_LETTERS));

        assertThat(article.topics()).singleElement().satisfies(topic ->
                assertThat(topic.slug()).hasSizeLessThanOrEqualTo(TextLimits.NAME));
        assertThat(article.locations()).isNotEmpty().allSatisfy(place -> {
            assertThat(place.slug()).hasSizeLessThanOrEqualTo(TextLimits.NAME);
            assertThat(place.url() == null || place.url().length() <= TextLimits.URL).isTrue();
        });
    }

    @Test
    void readsOnlyALanguageSubtagFromTheLangAttribute() {
        assertThat(parse("tag", HostilePages.withLanguage("tag", "en-GB")).content().language()).isEqualTo("en");
        assertThat(parse("private", HostilePages.withLanguage("private", "x-" + "a".repeat(40))).content().language())
                .isEqualTo("en");
        assertThat(parse("junk", HostilePages.withLanguage("junk", "a".repeat(30))).content().language())
                .isEqualTo("en");
    }

    @Test
    void refusesAGivenAddressLongerThanTheArchiveKeeps() {
        String address = "https://iwpr.net/global-voices/" + "a".repeat(TextLimits.URL);
        assertThatThrownBy(() -> parser.parse(HostilePages.withAuthor("x", "Ann Smith"), "text/html", address))
                .isInstanceOf(InvalidArticleUrlException.class)
                .hasMessageContaining("longer than the 2048 the archive keeps");
    }

    private ParsedArticle parse(String slug, byte[] page) {
        return parser.parse(page, "text/html", "https://iwpr.net/global-voices/" + slug);
    }
}
