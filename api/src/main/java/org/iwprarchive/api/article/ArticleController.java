package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArticleReader.ListOrder;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.ArticleSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = "Articles", description = "The archived articles")
class ArticleController {

    private final ArticleReader reader;
    private final JsonMapper json;

    ArticleController(ArticleReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @GetMapping
    @Operation(operationId = "listArticles", summary = "List articles, filtered and sorted",
            description = "Read from PostgreSQL, the source of truth (full-text search is `/api/search`). A place "
                    + "includes the places within it. Articles without a known publication date come last in the "
                    + "date orders.")
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(responseCode = "400", description = "A parameter is out of range or cannot be read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<ArticleSummary> list(
            @ParameterObject @Valid ArticleFilterParameters filters,
            @Parameter(description = "Order: newest, oldest (publication date), title, or updated (last changed "
                    + "first)", example = "newest")
            @RequestParam(defaultValue = "newest") @Pattern(regexp = "newest|oldest|title|updated") String sort,
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        ArticleFilter filter = reader.filter(filters);
        return reader.page(filter, ListOrder.valueOf(sort.toUpperCase(Locale.ROOT)), paging.number(), paging.count());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getArticle", summary = "One article with its authors, places, topics and quoted sources",
            description = "Carries an `ETag` (a digest of this representation) and `Last-Modified` (the last "
                    + "fetch); send them back in `If-None-Match` / `If-Modified-Since` to get 304 when nothing changed.")
    @ApiResponse(responseCode = "200", description = "The article", headers = {
            @Header(name = "ETag", description = "Digest of the representation", schema = @Schema(type = "string")),
            @Header(name = "Last-Modified", description = "When the article was last fetched",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag or date the client sent")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ArticleDetail> get(@Parameter(description = "Article id", example = "1") @PathVariable long id) {
        return validated(reader.detail(id));
    }

    @GetMapping("/lookup")
    @Operation(operationId = "lookupArticle", summary = "Find an article by any of its addresses",
            description = "Host variants (www.iwpr.net, iwpr.net.), http, tracking parameters and trailing slashes "
                    + "are normalised before the lookup. Conditional like `GET /api/articles/{id}`.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag or date the client sent")
    @ApiResponse(responseCode = "404", description = "No article is archived at this address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ArticleDetail> lookup(@Parameter(description = "An address of the article",
            example = "https://www.iwpr.net/global-voices/nato-looks-central-asia") @RequestParam String url) {
        return validated(reader.byUrl(url));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteArticle", summary = "Remove an article from the archive and the index",
            description = "Removes the article with its versions and quotations. The raw snapshots it came from "
                    + "stay in the archive (and in WARC exports); ingesting the page again brings it back. Needs "
                    + "the API key.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@Parameter(description = "Article id", example = "1") @PathVariable long id) {
        reader.delete(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The response with validators; Spring MVC answers 304 itself when the request's {@code If-None-Match} or
     * {@code If-Modified-Since} matches them. The ETag is a digest of the JSON, so it changes exactly when
     * the representation does (new text, new tags after a reparse, a later fetch).
     */
    private ResponseEntity<ArticleDetail> validated(ArticleDetail article) {
        return ResponseEntity.ok()
                .eTag("\"" + digest(json.writeValueAsBytes(article)) + "\"")
                .lastModified(article.lastFetchedAt())
                .cacheControl(CacheControl.noCache())
                .body(article);
    }

    private static String digest(byte[] representation) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(representation);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
