package org.iwprarchive.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.article.ArticleFilter;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.article.ArticleReader;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.domain.article.ArticleRepository;
import org.slf4j.MDC;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The archive leaves the service whole: articles as NDJSON, the raw pages as WARC. Both stream. */
@RestController
@Tag(name = "Export", description = "Taking the archive out: articles as NDJSON, archived pages as WARC")
class ExportController {

    static final String NDJSON = "application/x-ndjson";
    static final String WARC = "application/warc";
    private static final int BATCH = 200;

    private final ArticleReader articles;
    private final ArticleRepository articleRepository;
    private final WarcExport warc;
    private final JsonMapper json;

    ExportController(ArticleReader articles, ArticleRepository articleRepository, WarcExport warc, JsonMapper json) {
        this.articles = articles;
        this.articleRepository = articleRepository;
        this.warc = warc;
        this.json = json;
    }

    @GetMapping(path = "/api/export/articles", produces = NDJSON)
    @Operation(operationId = "exportArticles", summary = "Every article as newline-delimited JSON",
            description = "One article per line in the shape of `GET /api/articles/{id}` (text, authors, places, "
                    + "topics, quotations), in id order, streamed. Takes the filters of `GET /api/articles`.")
    @ApiResponse(responseCode = "200", description = "The articles, one JSON object per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleDetail.class)))
    @ApiResponse(responseCode = "400", description = "A filter cannot be read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StreamingResponseBody> articles(
            @ParameterObject @Valid ArticleFilterParameters filters) {
        ArticleFilter filter = articles.filter(filters);
        StreamingResponseBody body = withRequestContext(out -> {
            long afterId = 0;
            while (true) {
                List<ArticleDetail> batch = articles.exportBatch(filter, afterId, BATCH);
                for (ArticleDetail article : batch) {
                    writeLine(out, article);
                }
                out.flush();
                if (batch.size() < BATCH) {
                    return;
                }
                afterId = batch.get(batch.size() - 1).id();
            }
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("iwpr-articles.ndjson").build().toString())
                .body(body);
    }

    @GetMapping(path = "/api/export/snapshots", produces = WARC)
    @Operation(operationId = "exportSnapshots", summary = "The archived pages as a WARC file",
            description = "Every snapshot as a gzip-compressed WARC 1.1 record, streamed: pages fetched over HTTP "
                    + "as `response` records (status and validators as received), uploads as `resource` records, "
                    + "visits that found identical bytes as `revisit` records pointing at the record with the "
                    + "bytes. Replayable by standard web-archive tools (pywb, warcio, jwarc).")
    @ApiResponse(responseCode = "200", description = "The WARC file",
            content = @Content(mediaType = WARC, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No article has the given id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StreamingResponseBody> snapshots(
            @Parameter(description = "Only the snapshots of this article", example = "1")
            @RequestParam(required = false) Long article) {
        if (article != null && !articleRepository.existsById(article)) {
            throw new NotFoundException("No article has the id " + article + ".");
        }
        StreamingResponseBody body = withRequestContext(out -> warc.write(out, article));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(WARC))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(article == null ? "iwpr-archive.warc.gz" : "iwpr-article-" + article + ".warc.gz")
                        .build().toString())
                .body(body);
    }

    /** The body is written on another thread; its log lines keep the request's id. */
    private static StreamingResponseBody withRequestContext(StreamingResponseBody body) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return out -> {
            MDC.setContextMap(context == null ? Map.of() : context);
            try {
                body.writeTo(out);
            } finally {
                MDC.clear();
            }
        };
    }

    private void writeLine(OutputStream out, ArticleDetail article) throws java.io.IOException {
        out.write(json.writeValueAsBytes(article));
        out.write('\n');
    }
}
