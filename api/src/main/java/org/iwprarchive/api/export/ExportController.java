package org.iwprarchive.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.article.ArticleFilter;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.article.ArticleReader;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.search.query.ArticleMatches;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.SearchSort;
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
@Tag(name = "Export", description = "Taking the archive out: articles or search results as NDJSON or CSV, archived "
        + "pages as WARC")
class ExportController {

    static final String NDJSON = "application/x-ndjson";
    static final String WARC = "application/warc";
    static final String CSV = "text/csv";
    private static final int BATCH = 200;

    private final ArticleReader articles;
    private final ArticleMatches matches;
    private final ArticleRepository articleRepository;
    private final WarcExport warc;
    private final JsonMapper json;

    ExportController(ArticleReader articles, ArticleMatches matches, ArticleRepository articleRepository,
                     WarcExport warc, JsonMapper json) {
        this.articles = articles;
        this.matches = matches;
        this.articleRepository = articleRepository;
        this.warc = warc;
        this.json = json;
    }

    @GetMapping(path = "/api/export/articles", produces = {NDJSON, CSV})
    @Operation(operationId = "exportArticles", summary = "Every article, or every match of a search, as NDJSON or CSV",
            description = """
                    Streams every article the parameters select, with no 10,000-item bound: with `q` (the query \
                    language of `GET /api/search`) or `sort`, every match of that search in its order (relevance \
                    for a query, else newest first); without either, the articles in id order. Takes the filters \
                    of the search and the article list.

                    `format=ndjson` (the default): one article per line in the shape of \
                    `GET /api/articles/{id}` (text, authors, places, topics, quotations). `format=csv`: a header \
                    row, then one row an article (RFC 4180, UTF-8): id, url, title, standfirst, published_on, \
                    language, word_count, version, authors, author_slugs, places, place_slugs, topics, \
                    topic_slugs, quoted_sources, quoted_source_ids, text. Columns of several values separate them \
                    with `; `; the text keeps paragraphs apart with a blank line.""")
    @ApiResponse(responseCode = "200", description = "The articles", headers = @Header(name = "X-Total-Count",
            description = "For an export of a search: how many articles it holds", schema = @Schema(type = "integer")),
            content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleDetail.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A filter or the query cannot be read, or names nothing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StreamingResponseBody> articles(
            @Parameter(description = "A search query, as `GET /api/search` takes it; every match is exported")
            @RequestParam(required = false) @Size(max = 1000) String q,
            @ParameterObject @Valid ArticleFilterParameters filters,
            @Parameter(description = "Order of a search export: relevance (the default with q), newest (without), "
                    + "oldest; given without q, the export follows the search index in that order")
            @RequestParam(required = false) @Pattern(regexp = "relevance|newest|oldest") String sort,
            @Parameter(description = "ndjson (one JSON object a line) or csv (a header row, one row an article)")
            @RequestParam(defaultValue = "ndjson") @Pattern(regexp = "ndjson|csv") String format) {
        ArticleFilter filter = articles.filter(filters);
        boolean searched = (q != null && !q.isBlank()) || sort != null;
        // a search is opened before the answer starts, so a query that cannot be read is a 400 and not a cut-off file
        ArticleMatches.Run matches = searched ? this.matches.open(new ArticleQuery(q, filters.location(),
                filters.author(), filters.topic(), filters.source(), filters.from(), filters.to(), filters.lang(),
                sort == null ? null : SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)), 0, 1, Set.of())) : null;
        Batches batches = matches != null ? () -> articles.details(matches.next()) : new Batches() {
            private long afterId;

            @Override
            public List<ArticleDetail> next() {
                List<ArticleDetail> batch = articles.exportBatch(filter, afterId, BATCH);
                afterId = batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id();
                return batch;
            }
        };
        boolean csv = format.equals("csv");
        StreamingResponseBody body = withRequestContext(out -> {
            try (matches) {
                ArticleCsv table = csv ? new ArticleCsv(out) : null;
                for (List<ArticleDetail> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
                    for (ArticleDetail article : batch) {
                        if (table != null) {
                            table.write(article);
                        } else {
                            writeLine(out, article);
                        }
                    }
                    if (table != null) {
                        table.flush();
                    }
                    out.flush();
                }
            }
        });
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? CSV + ";charset=UTF-8" : NDJSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(csv ? "iwpr-articles.csv" : "iwpr-articles.ndjson").build().toString());
        if (matches != null) {
            answer.header("X-Total-Count", Long.toString(matches.total()));
        }
        return answer.body(body);
    }

    /** The next articles of an export, in its order; empty at the end. */
    @FunctionalInterface
    private interface Batches {
        List<ArticleDetail> next();
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
