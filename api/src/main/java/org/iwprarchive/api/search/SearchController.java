package org.iwprarchive.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.Paging;
import org.iwprarchive.search.query.ArticleHit;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchResult;
import org.iwprarchive.search.query.ArticleSearchService;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
@Tag(name = "Search", description = "Full-text search over the archive")
class SearchController {

    private final ArticleSearchService search;

    SearchController(ArticleSearchService search) {
        this.search = search;
    }

    @Schema(name = "SearchHit", description = "An article found by a search")
    record SearchHit(@Schema(example = "1") long id,
                     @Schema(example = "https://iwpr.net/global-voices/nato-looks-central-asia") String url,
                     @Schema(example = "NATO Looks to Central Asia") String title,
                     String standfirst,
                     @Schema(example = "2002-12-06", nullable = true) LocalDate publishedOn,
                     List<String> authors,
                     @Schema(description = "Relevance; absent when the list is ordered by date", nullable = true)
                     Float score) {

        static SearchHit of(ArticleHit hit) {
            return new SearchHit(hit.id(), hit.canonicalUrl(), hit.title(), hit.standfirst(), hit.publishedOn(),
                    hit.authors(), hit.score());
        }
    }

    @GetMapping
    @Operation(summary = "Search articles",
            description = "Words are matched in the title, standfirst, body, author names, places and topics, "
                    + "with English stemming (\"trafficking\" finds \"traffickers\"). Syntax: `+` or AND (all "
                    + "terms, the default), `|` for OR, `-` to exclude, \"quotes\" for a phrase, `word*` for a "
                    + "prefix, `word~` for a misspelling. Title matches rank above body matches. Without `q`, "
                    + "every article is listed newest first.")
    @ApiResponse(responseCode = "200", description = "Matching articles with the total; an empty list when none")
    @ApiResponse(responseCode = "400", description = "A paging parameter is out of range or the query is too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<SearchHit> search(
            @Parameter(description = "The query", example = "narcotics")
            @RequestParam(required = false) @Size(max = 1000) String q,
            @Parameter(description = "Zero-based page number", example = "0")
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Hits per page, 1 to " + Paging.MAX_SIZE, example = "20")
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        if ((long) page * size > Paging.MAX_OFFSET) {
            throw new DeepPageException(page, size);
        }
        ArticleSearchResult result = search.search(new ArticleQuery(q, page, size));
        return PageResponse.of(result.hits().stream().map(SearchHit::of).toList(), page, size, result.total());
    }
}
