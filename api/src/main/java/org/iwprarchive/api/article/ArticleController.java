package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.Paging;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.ArticleSummary;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = "Articles", description = "The archived articles")
class ArticleController {

    private final ArticleReader reader;

    ArticleController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "List articles, newest first",
            description = "Articles without a known publication date come last.")
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(responseCode = "400", description = "A paging parameter is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<ArticleSummary> list(
            @Parameter(description = "Zero-based page number", example = "0")
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_OFFSET) int page,
            @Parameter(description = "Articles per page, 1 to " + Paging.MAX_SIZE, example = "20")
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reader.page(page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article with its authors, places and topics")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ArticleDetail get(@Parameter(description = "Article id", example = "1") @PathVariable long id) {
        return reader.detail(id);
    }

    @GetMapping("/lookup")
    @Operation(summary = "Find an article by any of its addresses",
            description = "Host variants (www.iwpr.net, iwpr.net.), http, tracking parameters and trailing slashes "
                    + "are normalised before the lookup.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "No article is archived at this address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ArticleDetail lookup(@Parameter(description = "An address of the article",
            example = "https://www.iwpr.net/global-voices/nato-looks-central-asia") @RequestParam String url) {
        return reader.byUrl(url);
    }
}
