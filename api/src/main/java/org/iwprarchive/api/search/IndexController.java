package org.iwprarchive.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.iwprarchive.search.index.SearchIndexer;
import org.iwprarchive.search.index.SearchIndexer.Progress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over the archive")
class IndexController {

    private final SearchIndexer indexer;

    IndexController(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @PostMapping(path = "/api/admin/reindex", produces = "application/json")
    @Operation(operationId = "startReindex", summary = "Rebuild the search index from PostgreSQL",
            description = "Runs in the background; follow its progress at GET /api/admin/reindex. Searches keep "
                    + "working meanwhile, over a partly rebuilt index.")
    @ApiResponse(responseCode = "202", description = "The rebuild started")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running")
    ResponseEntity<Progress> reindex() {
        boolean started = indexer.startRebuild();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .location(URI.create("/api/admin/reindex")).body(indexer.progress());
    }

    @GetMapping(path = "/api/admin/reindex", produces = "application/json")
    @Operation(operationId = "getReindexProgress", summary = "Progress of the last index rebuild")
    Progress progress() {
        return indexer.progress();
    }
}
