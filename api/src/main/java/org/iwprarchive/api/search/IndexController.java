package org.iwprarchive.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.search.index.IndexProblems;
import org.iwprarchive.search.index.SearchIndexer;
import org.iwprarchive.search.index.SearchIndexer.Progress;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over the archive")
class IndexController {

    private final SearchIndexer indexer;
    private final IndexProblems problems;

    IndexController(SearchIndexer indexer, IndexProblems problems) {
        this.indexer = indexer;
        this.problems = problems;
    }

    @PostMapping(path = "/api/admin/reindex", produces = "application/json")
    @Operation(operationId = "startReindex", summary = "Rebuild the search index from PostgreSQL",
            description = "Runs in the background; follow its progress at GET /api/admin/reindex. The index is "
                    + "emptied and refilled: meanwhile searches and related articles "
                    + "answer 503 (`/problems/index-rebuilding`, with `Retry-After`) rather than pass part of the "
                    + "archive off as all of it. Reading articles, lists and the archive is unaffected. Once every "
                    + "article is indexed the rebuild ends, and the index's segments are merged in the background "
                    + "(`merging`): searches answer meanwhile.")
    @ApiResponse(responseCode = "202", description = "The rebuild started")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running")
    ResponseEntity<ReindexProgress> reindex() {
        boolean started = indexer.startRebuild();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .location(URI.create("/api/admin/reindex")).body(ReindexProgress.of(indexer));
    }

    @GetMapping(path = "/api/admin/reindex", produces = "application/json")
    @Operation(operationId = "getReindexProgress", summary = "Progress of the last index rebuild")
    ReindexProgress progress() {
        return ReindexProgress.of(indexer);
    }

    @Schema(name = "ReindexProgress", description = "The last rebuild of the search index, or the one running")
    record ReindexProgress(
            @Schema(description = "Whether a rebuild is under way") boolean running,
            @Schema(description = "Null when no rebuild ran since the start", nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant finishedAt,
            @Schema(description = "Articles to index, once known") long total,
            @Schema(description = "Articles indexed so far") long indexed,
            @Schema(description = "Why the last rebuild failed or left articles out; null when it did neither",
                    nullable = true) String error,
            @Schema(description = "Whether the rebuilt index's segments are being merged into one, after the "
                    + "rebuild: the index is whole and searches answer, a little slower until it ends")
            boolean merging) {

        static ReindexProgress of(SearchIndexer indexer) {
            Progress progress = indexer.progress();
            return new ReindexProgress(progress.running(), progress.startedAt(), progress.finishedAt(),
                    progress.total(), progress.indexed(), progress.error(), indexer.merging());
        }
    }

    /** One article (or index operation) the search index could not take. */
    @Schema(name = "IndexProblem")
    record IndexProblemResponse(
            @Schema(description = "The article, stored in the archive but missing from searches; null for a "
                    + "failure of the index itself", example = "42") Long articleId,
            @Schema(description = "When it happened") Instant at,
            @Schema(description = "What was being done: `store` (indexing an article as it was written), "
                    + "`rebuild` or `index`", example = "rebuild") String operation,
            @Schema(description = "Why, as the index said it") String message) {
    }

    @GetMapping(path = "/api/admin/index-problems", produces = "application/json")
    @Operation(operationId = "listIndexProblems", summary = "Articles the search index could not take",
            description = "Articles are stored in PostgreSQL before they are indexed. One the index refuses stays "
                    + "in the archive (readable by id, listed, exported) but is missing from searches; it is listed "
                    + "here, oldest first, until a rebuild (POST /api/admin/reindex) indexes it. The service "
                    + "starts and serves whatever the index refuses.")
    PageResponse<IndexProblemResponse> indexProblems(
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        List<IndexProblems.Problem> all = problems.list();
        List<IndexProblemResponse> items = all.stream().skip((long) paging.number() * paging.count())
                .limit(paging.count())
                .map(p -> new IndexProblemResponse(p.articleId(), p.at(), p.operation(), p.message())).toList();
        return PageResponse.of(items, paging.number(), paging.count(), all.size());
    }
}
