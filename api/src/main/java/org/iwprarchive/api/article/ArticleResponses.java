package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.topic.Topic;

/** The JSON contract for articles; entities never leave the service. */
public final class ArticleResponses {

    private ArticleResponses() {
    }

    @Schema(name = "ArticleSummary", description = "An article as lists show it")
    public record ArticleSummary(
            @Schema(example = "1") long id,
            @Schema(example = "https://iwpr.net/global-voices/nato-looks-central-asia") String url,
            @Schema(example = "NATO Looks to Central Asia") String title,
            @Schema(example = "The strategically-important former Soviet republics now have the opportunity to "
                    + "work more closely with the alliance.", nullable = true) String standfirst,
            @Schema(example = "2002-12-06", nullable = true) LocalDate publishedOn,
            @Schema(description = "Where publishedOn comes from: PAGE when a page of the article prints it; CAPTURE "
                    + "when none does and it is the day a web archive first captured one of its pages (published "
                    + "then or before); null when the article is undated", nullable = true,
                    example = "PAGE") String datedBy,
            List<String> authors) {
    }

    @Schema(name = "Article", description = "An article in its latest version")
    public record ArticleDetail(
            @Schema(example = "1") long id,
            @Schema(example = "https://iwpr.net/global-voices/nato-looks-central-asia") String url,
            @Schema(example = "nato-looks-central-asia") String slug,
            @Schema(example = "NATO Looks to Central Asia") String title,
            @Schema(nullable = true) String standfirst,
            @Schema(description = "Body text, one entry a paragraph") List<String> paragraphs,
            @Schema(example = "2002-12-06", nullable = true) LocalDate publishedOn,
            @Schema(description = "Where publishedOn comes from: PAGE when a page of the article prints it; CAPTURE "
                    + "when none does and it is the day a web archive first captured one of its pages (published "
                    + "then or before); null when the article is undated", nullable = true,
                    example = "PAGE") String datedBy,
            @Schema(example = "en") String language,
            @Schema(example = "712") int wordCount,
            @Schema(description = "Starts at 1; grows when a re-fetch finds changed text", example = "1") int version,
            Instant firstSeenAt,
            Instant lastFetchedAt,
            List<AuthorRef> authors,
            List<LocationRef> locations,
            List<TopicRef> topics,
            @Schema(description = "Who the article quotes, in the order they are quoted") List<QuotationRef> quotations,
            @Schema(description = "The same report in other languages: the editions this article's page links, and "
                    + "the archived pages that link this one") List<TranslationRef> translations) {
    }

    @Schema(name = "TranslationRef", description = "An edition of the report in another language")
    public record TranslationRef(
            @Schema(example = "ru") String language,
            @Schema(example = "https://iwpr.net/ru/global-voices/nato-looks-central-asia") String url,
            @Schema(description = "The archived article at that address; null while it is not archived (and in "
                    + "exports, which do not look it up)", nullable = true, example = "7") Long articleId,
            @Schema(description = "Its title when archived", nullable = true) String title) {
    }

    @Schema(name = "QuotationRef", description = "One attribution: who said what, in which role, introduced how")
    public record QuotationRef(
            @Schema(example = "3") long sourceId,
            @Schema(example = "Stefanie Babst") String source,
            @Schema(example = "PERSON", allowableValues = {"PERSON", "ORGANISATION", "ANONYMOUS"}) String sourceKind,
            @Schema(description = "The role the article gives the source here", example = "NATO spokeswoman",
                    nullable = true) String role,
            @Schema(example = "It is via this route that drugs find their way onto the streets of European cities "
                    + "such as London and Berlin") String text,
            @Schema(example = "DIRECT", allowableValues = {"DIRECT", "INDIRECT"}) String kind,
            @Schema(example = "said", nullable = true) String cue) {
    }

    @Schema(name = "AuthorRef")
    public record AuthorRef(long id,
                            @Schema(example = "Saule Mukhametrakhimova") String name,
                            @Schema(example = "saule-mukhametrakhimova") String slug,
                            @Schema(example = "Saule Mukhametrakhimova is IWPR's Central Asia Project Manager in London.",
                                    nullable = true)
                            String bio) {
    }

    @Schema(name = "LocationRef")
    public record LocationRef(long id,
                              @Schema(example = "Uzbekistan") String name,
                              @Schema(example = "uzbekistan") String slug,
                              @Schema(example = "COUNTRY") String kind,
                              @Schema(description = "Slugs of the enclosing places, innermost first",
                                      example = "[\"central-asia\", \"europe-eurasia\"]") List<String> within) {
    }

    @Schema(name = "TopicRef")
    public record TopicRef(long id, @Schema(example = "Conflict") String name, @Schema(example = "conflict") String slug) {
    }

    static ArticleSummary summary(Article article) {
        return new ArticleSummary(article.getId(), article.getCanonicalUrl(), article.getTitle(),
                article.getStandfirst(), article.getPublishedOn(), datedBy(article),
                article.getAuthors().stream().map(Author::getName).toList());
    }

    public static ArticleDetail detail(Article article) {
        return new ArticleDetail(article.getId(), article.getCanonicalUrl(), article.getSlug(), article.getTitle(),
                article.getStandfirst(), article.getParagraphs(), article.getPublishedOn(), datedBy(article),
                article.getLanguage(),
                article.getWordCount(), article.getVersion(), article.getFirstSeenAt(), article.getLastFetchedAt(),
                article.getAuthors().stream()
                        .map(a -> new AuthorRef(a.getId(), a.getName(), a.getSlug(), a.getBio())).toList(),
                article.getLocations().stream()
                        .sorted(Comparator.comparing(Location::getName))
                        .map(ArticleResponses::location).toList(),
                article.getTopics().stream()
                        .sorted(Comparator.comparing(Topic::getName))
                        .map(t -> new TopicRef(t.getId(), t.getName(), t.getSlug())).toList(),
                article.getQuotations().stream().map(ArticleResponses::quotation).toList(),
                article.getEditions().entrySet().stream()
                        .map(e -> new TranslationRef(e.getKey(), e.getValue(), null, null)).toList());
    }

    /** The article with its editions looked up in the archive: those its page links, and those linking it. */
    static ArticleDetail withTranslations(ArticleDetail article, List<TranslationRef> translations) {
        return new ArticleDetail(article.id(), article.url(), article.slug(), article.title(), article.standfirst(),
                article.paragraphs(), article.publishedOn(), article.datedBy(), article.language(), article.wordCount(), article.version(),
                article.firstSeenAt(), article.lastFetchedAt(), article.authors(), article.locations(), article.topics(),
                article.quotations(), translations);
    }

    private static String datedBy(Article article) {
        return article.getDatedBy() == null ? null : article.getDatedBy().name();
    }

    public static QuotationRef quotation(Quotation q) {
        return new QuotationRef(q.getSource().getId(), q.getSource().getName(), q.getSource().getKind().name(),
                q.getRole(), q.getText(), q.getKind().name(), q.getCue());
    }

    private static LocationRef location(Location location) {
        List<String> within = location.selfAndAncestors().stream().skip(1).map(Location::getSlug).toList();
        return new LocationRef(location.getId(), location.getName(), location.getSlug(), location.getKind().name(),
                within);
    }
}
