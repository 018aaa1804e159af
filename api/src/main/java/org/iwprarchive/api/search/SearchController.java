package org.iwprarchive.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.article.FilterValues;
import org.iwprarchive.search.query.ArticleHit;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchResult;
import org.iwprarchive.search.query.ArticleSearchService;
import org.iwprarchive.search.query.Facet;
import org.iwprarchive.search.query.SearchAfter;
import org.iwprarchive.search.query.SearchFacet;
import org.iwprarchive.search.query.SearchSort;
import org.iwprarchive.search.query.Suggestion;
import org.iwprarchive.search.query.SuggestionService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over the archive")
class SearchController {

    private final ArticleSearchService search;
    private final SuggestionService suggestions;
    private final FilterValues filterValues;

    SearchController(ArticleSearchService search, SuggestionService suggestions, FilterValues filterValues) {
        this.search = search;
        this.suggestions = suggestions;
        this.filterValues = filterValues;
    }

    @Schema(name = "SearchHit", description = "An article found by a search")
    record SearchHit(@Schema(example = "1") long id,
                     @Schema(example = "https://iwpr.net/global-voices/nato-looks-central-asia") String url,
                     @Schema(example = "NATO Looks to Central Asia") String title,
                     @Schema(nullable = true) String standfirst,
                     @Schema(example = "2002-12-06", nullable = true) LocalDate publishedOn,
                     @Schema(description = "Its authors, with the slug the author filter takes") List<TagRef> authors,
                     @Schema(description = "Its places, with the slug the location filter takes") List<TagRef> places,
                     @Schema(description = "Its topics, with the slug the topic filter takes") List<TagRef> topics,
                     @Schema(description = "Relevance; absent when the list is ordered by date", nullable = true)
                     Float score,
                     @Schema(description = "For title and body: fragments with the matched words marked <mark>...</mark>; "
                             + "everything else in them is HTML-escaped",
                             example = "{\"body\": [\"... smugglers taking <mark>narcotics</mark> from Afghanistan ...\"]}")
                     Map<String, List<String>> highlights) {

        static SearchHit of(ArticleHit hit) {
            return new SearchHit(hit.id(), hit.canonicalUrl(), hit.title(), hit.standfirst(), hit.publishedOn(),
                    TagRef.of(hit.authors()), TagRef.of(hit.places()), TagRef.of(hit.topics()), hit.score(),
                    hit.highlights());
        }
    }

    @Schema(name = "TagRef", description = "An author, place or topic of a hit")
    record TagRef(@Schema(example = "Saule Mukhametrakhimova") String name,
                  @Schema(example = "saule-mukhametrakhimova") String slug) {

        static List<TagRef> of(List<ArticleHit.Tag> tags) {
            return tags.stream().map(tag -> new TagRef(tag.name(), tag.slug())).toList();
        }
    }

    @Schema(name = "AppliedSearch", description = "The search as the service ran it, defaults filled in")
    record AppliedSearch(@Schema(description = "The query, trimmed; empty lists every article") String q,
                         List<String> location, List<String> author, List<String> topic, List<String> source,
                         @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                         @Schema(nullable = true) String lang,
                         @Schema(allowableValues = {"relevance", "newest", "oldest"}) String sort,
                         @Schema(description = "The facets counted") List<String> facets) {

        static AppliedSearch of(ArticleQuery query) {
            return new AppliedSearch(query.text(), query.locations(), query.authors(), query.topics(),
                    query.sources(), query.from(), query.to(), query.language(),
                    query.effectiveSort().name().toLowerCase(Locale.ROOT),
                    java.util.Arrays.stream(SearchFacet.values()).filter(query::counts).map(SearchFacet::parameter)
                            .toList());
        }
    }

    @Schema(name = "SearchPage", description = "The project's page shape, with facets and whether the total is exact")
    record SearchPage(List<SearchHit> items, int page, int size,
                      @Schema(description = "Articles that match; exact up to 10,000, a lower bound beyond") long totalItems,
                      int totalPages,
                      @Schema(description = "False when totalItems is a lower bound") boolean totalExact,
                      @Schema(description = "Counts by location, author, topic, source and year; each counted with "
                              + "every other active filter") List<FacetCounts> facets,
                      @Schema(description = "The search as it was run") AppliedSearch search,
                      @Schema(description = "In a date order (sort=newest or oldest, or a listing without q): pass it "
                              + "back as `cursor`, with the same parameters, for the next page, however deep; null "
                              + "after the last page and in the order of relevance", nullable = true,
                              example = "MXxuZXdlc3R8MjAwMi0xMi0wNnwx") String nextCursor) {
    }

    @Schema(name = "Facet", description = "Counts of the matching articles by one field")
    record FacetCounts(
            @Schema(example = "location", allowableValues = {"location", "author", "topic", "source", "year"})
            String field,
            @Schema(description = "The most frequent values first, at most 20") List<FacetValue> values,
            @Schema(description = "For the year facet only: matching articles without a date (print views, pages "
                    + "that print none), which no year counts and `from`/`to` always leave out; null for the other "
                    + "facets", nullable = true, example = "3") Long undated) {

        static FacetCounts of(Facet facet) {
            return new FacetCounts(facet.field(), facet.values().stream()
                    .map(value -> new FacetValue(value.value(), value.label(), value.count())).toList(),
                    facet.undated());
        }
    }

    @Schema(name = "FacetValue")
    record FacetValue(
            @Schema(description = "What to pass back as the filter: a slug, a source id, a year", example = "uzbekistan")
            String value,
            @Schema(description = "What to show", example = "Uzbekistan") String label,
            @Schema(description = "Matching articles with this value", example = "12") long count) {
    }

    @Schema(name = "Suggestion", description = "One completion of what is being typed")
    record SuggestionResponse(
            @Schema(example = "source", allowableValues = {"title", "author", "place", "topic", "source"}) String type,
            @Schema(example = "Rustam Jumaev") String text,
            @Schema(description = "What to pass on: for an author, place or topic its slug, for a source its id (the "
                    + "values `filter` takes); for a title the article's id (`GET /api/articles/{id}`)", example = "12")
            String value,
            @Schema(description = "The search parameter that takes `value`; null for a title", nullable = true,
                    example = "source", allowableValues = {"author", "location", "topic", "source"}) String filter) {

        static SuggestionResponse of(Suggestion suggestion) {
            String filter = switch (suggestion.type()) {
                case "title" -> null;
                case "place" -> "location";
                default -> suggestion.type();
            };
            return new SuggestionResponse(suggestion.type(), suggestion.text(), suggestion.value(), filter);
        }
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    @Operation(operationId = "searchArticles", summary = "Search articles",
            description = """
                    Words are matched in the title, standfirst, body, author names, places, topics and quoted \
                    sources, with English stemming ("trafficking" finds "traffickers") and known spelling variants \
                    (Kazak/Kazakh, Nazarbaev/Nazarbayev). Title matches rank above standfirst and body matches.

                    Syntax: all words must match; `"a phrase"`; `prefix*`; `misspeling~`; `a | b` or `a OR b`; \
                    `-word` or `NOT word`; parentheses; and field-scoped terms `title:`, `body:`, `author:`, \
                    `location:`, `source:`, `topic:` (a word or a quoted phrase, `-` before excludes). A quotation \
                    mark or parenthesis left open, or an unknown field, is a 400 problem that says where.

                    Without `q`, every article is listed, newest first. Filters: `location` (a region includes \
                    its countries), `author`, `topic` (slugs, repeatable), `source` (source ids, repeatable), \
                    `from`/`to` (publication dates), `lang`. Facet values are what the filters take.

                    Pages reach the 10,000th hit. In a date order (`sort=newest` or `oldest`, or a listing \
                    without `q`) every page has a `nextCursor`: pass it back as `cursor`, with the same \
                    parameters, to read on however deep. Every match in the order of relevance: \
                    `GET /api/export/articles?q=...`.""")
    @ApiResponse(responseCode = "200", description = "Matching articles with the total and facets; an empty list when none")
    @ApiResponse(responseCode = "400", description = "The query cannot be read, or a parameter is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SearchPage search(
            @Parameter(description = "The query", example = "narcotics") @RequestParam(required = false)
            @Size(max = 1000) String q,
            @ParameterObject @Valid ArticleFilterParameters filters,
            @Parameter(description = "relevance (default with q), newest (default without), oldest", example = "relevance")
            @RequestParam(required = false) @Pattern(regexp = "relevance|newest|oldest") String sort,
            @Parameter(description = "Facets to count: location, author, topic, source, year (repeatable or "
                    + "comma-separated), or none; all five when left out. Fewer facets answer faster.",
                    example = "location,author,year")
            @RequestParam(required = false) List<@Pattern(regexp = "location|author|topic|source|year|none") String>
            facets,
            @ParameterObject @Valid PageParameters paging,
            @Parameter(description = "The `nextCursor` of the previous page, to read on past the 10,000th hit in a "
                    + "date order; instead of `page`")
            @RequestParam(required = false) @Size(max = 200) String cursor) {
        paging.checked();
        filters.checkDates();
        filterValues.check(filters.author(), filters.location(), filters.topic(), filters.source());
        int page = paging.number();
        int size = paging.count();
        ArticleQuery query = new ArticleQuery(q, filters.location(), filters.author(), filters.topic(),
                filters.source(), filters.from(), filters.to(), filters.lang(),
                sort == null ? null : SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)), page, size,
                facets == null ? null : facets.stream().map(SearchFacet::named).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
        SearchAfter after = cursor == null ? null : positionOf(cursor, query, paging);
        ArticleSearchResult result = search.search(query, after);
        int pages = (int) Math.min(Integer.MAX_VALUE, (result.total() + size - 1) / size);
        return new SearchPage(result.hits().stream().map(SearchHit::of).toList(), page, size, result.total(), pages,
                result.totalExact(), result.facets().stream().map(FacetCounts::of).toList(), AppliedSearch.of(query),
                result.next() == null ? null : SearchCursor.encode(result.next()));
    }

    /** The position a cursor names, if it belongs to this search's order and comes without a page number. */
    private static SearchAfter positionOf(String cursor, ArticleQuery query, PageParameters paging) {
        if (paging.page() != null && paging.page() != 0) {
            throw new InvalidRequestException("page", "cannot be given with a cursor, which says where the page "
                    + "starts");
        }
        if (query.effectiveSort() == SearchSort.RELEVANCE) {
            throw new InvalidRequestException("cursor", "reads on in a date order only: add sort=newest or "
                    + "sort=oldest (or export the whole result in the order of relevance with "
                    + "/api/export/articles?q=...)");
        }
        SearchAfter after = SearchCursor.decode(cursor);
        if (after.sort() != query.effectiveSort()) {
            throw new InvalidRequestException("cursor", "was given for sort=" + after.sort().name()
                    .toLowerCase(Locale.ROOT) + ", not this search's sort=" + query.effectiveSort().name()
                    .toLowerCase(Locale.ROOT));
        }
        return after;
    }

    @GetMapping(path = "/api/articles/{id}/related", produces = "application/json")
    @Operation(operationId = "listRelatedArticles", summary = "Articles like this one",
            description = "Ranked by the words of its title and opening, the places it is tagged with and the "
                    + "sources it quotes.")
    @ApiResponse(responseCode = "200", description = "Related articles, most related first; possibly none")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<SearchHit> related(@Parameter(example = "1") @PathVariable long id,
                            @Parameter(description = "How many, 1 to 50", example = "5")
                            @RequestParam(defaultValue = "5") @Min(1) @Max(50) int size) {
        List<ArticleHit> hits = search.related(id, size);
        if (hits == null) {
            throw new NotFoundException("No article has the id " + id + ".");
        }
        // one page, as every list of the API is: the most related ones
        return PageResponse.of(hits.stream().map(SearchHit::of).toList(), 0, size, hits.size());
    }

    @GetMapping(path = "/api/suggest", produces = "application/json")
    @Operation(operationId = "suggest", summary = "Completions for a search box",
            description = "Sources, authors, places and topics with a word starting with `q`, then article titles.")
    @ApiResponse(responseCode = "200", description = "Up to `size` suggestions; none for fewer than 2 characters")
    PageResponse<SuggestionResponse> suggest(@Parameter(description = "What has been typed", example = "kari")
                             @RequestParam @Size(max = 100) String q,
                             @Parameter(description = "How many, 1 to 20", example = "10")
                             @RequestParam(defaultValue = "10") @Min(1) @Max(20) int size) {
        List<SuggestionResponse> found = suggestions.suggest(q, size).stream()
                .map(SuggestionResponse::of).toList();
        return PageResponse.of(found, 0, size, found.size());
    }
}
