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
import java.util.List;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.search.SearchResponses.SearchHit;
import org.iwprarchive.api.search.SearchResponses.SearchPage;
import org.iwprarchive.api.search.SearchResponses.SuggestionResponse;
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

    private final Searches searches;
    private final SuggestionService suggestions;

    SearchController(Searches searches, SuggestionService suggestions) {
        this.searches = searches;
        this.suggestions = suggestions;
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

                    A report IWPR published in several languages is one hit: the edition that matches best (then \
                    the English one), with the other archived editions in its `editions`; the total and the facets \
                    without an active filter count reports. `editions=all` makes every edition a hit of its own.

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
            @Parameter(description = "Facets to count: location, author, topic, source, year, lang (repeatable or "
                    + "comma-separated), or none; all six when left out. Fewer facets answer faster.",
                    example = "location,author,year")
            @RequestParam(required = false) List<@Pattern(regexp = "location|author|topic|source|year|lang|none") String>
            facets,
            @ParameterObject @Valid PageParameters paging,
            @Parameter(description = "The `nextCursor` of the previous page, to read on past the 10,000th hit in a "
                    + "date order; instead of `page`")
            @RequestParam(required = false) @Size(max = 200) String cursor,
            @Parameter(description = "one (default): the editions of a report in several languages are one hit, "
                    + "the others listed in its `editions`; all: every edition is a hit of its own", example = "one")
            @RequestParam(required = false) @Pattern(regexp = "one|all") String editions) {
        return searches.search(q, filters, sort, facets, paging, cursor, "all".equals(editions));
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
        List<SearchHit> hits = searches.related(id, size);
        if (hits == null) {
            throw new NotFoundException("No article has the id " + id + ".");
        }
        // one page, as every list of the API is: the most related ones
        return PageResponse.of(hits, 0, size, hits.size());
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
