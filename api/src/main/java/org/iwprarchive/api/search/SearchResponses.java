package org.iwprarchive.api.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iwprarchive.api.article.ArticleResponses.TranslationRef;
import org.iwprarchive.search.query.ArticleHit;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.Facet;
import org.iwprarchive.search.query.SearchFacet;
import org.iwprarchive.search.query.Suggestion;

/** The JSON contract of the search endpoints, which the analyst interface renders too. */
public final class SearchResponses {

    private SearchResponses() {
    }

    @Schema(name = "SearchHit", description = "An article found by a search")
    public record SearchHit(@Schema(example = "1") long id,
                     @Schema(example = "https://iwpr.net/global-voices/nato-looks-central-asia") String url,
                     @Schema(example = "NATO Looks to Central Asia") String title,
                     @Schema(nullable = true) String standfirst,
                     @Schema(example = "2002-12-06", nullable = true) LocalDate publishedOn,
                     @Schema(description = "Where publishedOn comes from: PAGE when a page of the article prints "
                             + "it; CAPTURE when none does and it is the day a web archive first captured one of "
                             + "its pages (published then or before); null when the article is undated",
                             nullable = true, example = "PAGE") String datedBy,
                     @Schema(description = "Its language: an ISO 639-1 code (en, ru, uk, ar, fa, ...), or the "
                             + "ISO 639-3 code a page declared for a language without one (prs: Dari)",
                             example = "en") String language,
                     @Schema(description = "Its authors, with the slug the author filter takes") List<TagRef> authors,
                     @Schema(description = "Its places, with the slug the location filter takes") List<TagRef> places,
                     @Schema(description = "Its topics, with the slug the topic filter takes") List<TagRef> topics,
                     @Schema(description = "Relevance; absent when the list is ordered by date", nullable = true)
                     Float score,
                     @Schema(description = "For title and body: fragments with the matched words marked <mark>...</mark>; "
                             + "everything else in them is HTML-escaped",
                             example = "{\"body\": [\"... smugglers taking <mark>narcotics</mark> from Afghanistan ...\"]}")
                     Map<String, List<String>> highlights,
                     @Schema(description = "The other archived editions of the same report, in other languages: "
                             + "one hit stands for them all unless the search asks for editions=all")
                     List<TranslationRef> editions) {

        public static SearchHit of(ArticleHit hit) {
            return new SearchHit(hit.id(), hit.canonicalUrl(), hit.title(), hit.standfirst(), hit.publishedOn(),
                    hit.datedBy() == null ? null : hit.datedBy().name(), hit.language(),
                    TagRef.of(hit.authors()), TagRef.of(hit.places()), TagRef.of(hit.topics()), hit.score(),
                    hit.highlights(), hit.editions().stream().map(edition -> new TranslationRef(edition.language(),
                            edition.canonicalUrl(), edition.id(), edition.title())).toList());
        }
    }

    @Schema(name = "TagRef", description = "An author, place or topic of a hit")
    public record TagRef(@Schema(example = "Saule Mukhametrakhimova") String name,
                  @Schema(example = "saule-mukhametrakhimova") String slug) {

        public static List<TagRef> of(List<ArticleHit.Tag> tags) {
            return tags.stream().map(tag -> new TagRef(tag.name(), tag.slug())).toList();
        }
    }

    @Schema(name = "AppliedSearch", description = "The search as the service ran it, defaults filled in")
    public record AppliedSearch(@Schema(description = "The query, trimmed; empty lists every article") String q,
                         List<String> location, List<String> author, List<String> topic, List<String> source,
                         @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                         @Schema(nullable = true) String lang,
                         @Schema(allowableValues = {"relevance", "newest", "oldest"}) String sort,
                         @Schema(description = "The facets counted") List<String> facets) {

        public static AppliedSearch of(ArticleQuery query) {
            return new AppliedSearch(query.text(), query.locations(), query.authors(), query.topics(),
                    query.sources(), query.from(), query.to(), query.language(),
                    query.effectiveSort().name().toLowerCase(Locale.ROOT),
                    java.util.Arrays.stream(SearchFacet.values()).filter(query::counts).map(SearchFacet::parameter)
                            .toList());
        }
    }

    @Schema(name = "SearchPage", description = "The project's page shape, with facets and whether the total is exact")
    public record SearchPage(List<SearchHit> items, int page, int size,
                      @Schema(description = "Articles that match (a report in several languages once, unless "
                              + "editions=all); exact up to 10,000, and beyond when totalExact says so (a search "
                              + "that counts facets by relevance counts every match)") long totalItems,
                      int totalPages,
                      @Schema(description = "False when totalItems is a lower bound") boolean totalExact,
                      @Schema(description = "Counts by location, author, topic, source, year and language (lang); each counted with "
                              + "every other active filter") List<FacetCounts> facets,
                      @Schema(description = "The search as it was run") AppliedSearch search,
                      @Schema(description = "In a date order (sort=newest or oldest, or a listing without q): pass it "
                              + "back as `cursor`, with the same parameters, for the next page, however deep; null "
                              + "after the last page and in the order of relevance", nullable = true,
                              example = "MXxuZXdlc3R8MjAwMi0xMi0wNnwx") String nextCursor) {
    }

    @Schema(name = "Facet", description = "Counts of the matching articles by one field")
    public record FacetCounts(
            @Schema(example = "location", allowableValues = {"location", "author", "topic", "source", "year", "lang"})
            String field,
            @Schema(description = "The most frequent values first: at most 20, and every year with a match for the "
                    + "year facet") List<FacetValue> values,
            @Schema(description = "For the year facet only: matching articles without a date (print views, pages "
                    + "that print none), which no year counts and `from`/`to` always leave out; null for the other "
                    + "facets", nullable = true, example = "3") Long undated) {

        public static FacetCounts of(Facet facet) {
            return new FacetCounts(facet.field(), facet.values().stream()
                    .map(value -> new FacetValue(value.value(), value.label(), value.count())).toList(),
                    facet.undated());
        }
    }

    @Schema(name = "FacetValue")
    public record FacetValue(
            @Schema(description = "What to pass back as the filter: a slug, a source id, a year", example = "uzbekistan")
            String value,
            @Schema(description = "What to show", example = "Uzbekistan") String label,
            @Schema(description = "Matching articles with this value", example = "12") long count) {
    }

    @Schema(name = "Suggestion", description = "One completion of what is being typed")
    public record SuggestionResponse(
            @Schema(example = "source", allowableValues = {"title", "author", "place", "topic", "source"}) String type,
            @Schema(example = "Rustam Jumaev") String text,
            @Schema(description = "What to pass on: for an author, place or topic its slug, for a source its id (the "
                    + "values `filter` takes); for a title the article's id (`GET /api/articles/{id}`)", example = "12")
            String value,
            @Schema(description = "The search parameter that takes `value`; null for a title", nullable = true,
                    example = "source", allowableValues = {"author", "location", "topic", "source"}) String filter) {

        public static SuggestionResponse of(Suggestion suggestion) {
            String filter = switch (suggestion.type()) {
                case "title" -> null;
                case "place" -> "location";
                default -> suggestion.type();
            };
            return new SuggestionResponse(suggestion.type(), suggestion.text(), suggestion.value(), filter);
        }
    }
}
