package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArchiveReader.RawPage;
import org.iwprarchive.api.article.ArchiveReader.SnapshotDetail;
import org.iwprarchive.api.article.ArchiveReader.VersionDetail;
import org.iwprarchive.api.article.ArchiveReader.VersionSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Archive", description = "Earlier versions of articles and the raw pages they came from")
class ArchiveController {

    private final ArchiveReader reader;

    ArchiveController(ArchiveReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/articles/{id}/versions", produces = "application/json")
    @Operation(operationId = "listArticleVersions", summary = "Every version of an article, newest first",
            description = "A version is made when a fetch finds changed text; markup-only changes make none.")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<VersionSummary> versions(@Parameter(example = "1") @PathVariable long id) {
        return reader.versions(id);
    }

    @GetMapping(path = "/api/articles/{id}/versions/{version}", produces = "application/json")
    @Operation(operationId = "getArticleVersion", summary = "The text of one version of an article")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such article or version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    VersionDetail version(@Parameter(example = "1") @PathVariable long id,
                          @Parameter(example = "1") @PathVariable int version) {
        return reader.version(id, version);
    }

    @GetMapping(path = "/api/articles/{id}/versions/{from}/diff/{to}", produces = "application/json")
    @Operation(operationId = "diffArticleVersions", summary = "What changed between two versions of an article",
            description = "Paragraph by paragraph, in text order: the stretches that stayed (`EQUAL`), and those "
                    + "replaced (`CHANGE`), removed (`DELETE`) or added (`INSERT`); the title and standfirst when "
                    + "they changed. Any two versions compare, in either order.")
    @ApiResponse(responseCode = "200", description = "The differences")
    @ApiResponse(responseCode = "404", description = "No such article or version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    VersionDiff diff(@Parameter(example = "1") @PathVariable long id,
                     @Parameter(description = "The earlier version", example = "1") @PathVariable int from,
                     @Parameter(description = "The later version", example = "2") @PathVariable int to) {
        return VersionDiff.between(reader.version(id, from), reader.version(id, to));
    }

    @GetMapping(path = "/api/articles/{id}/snapshots", produces = "application/json")
    @Operation(operationId = "listArticleSnapshots", summary = "Every archived fetch or upload of an article, newest first")
    @ApiResponse(responseCode = "200", description = "The snapshots")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<SnapshotDetail> snapshots(@Parameter(example = "1") @PathVariable long id) {
        return reader.snapshots(id);
    }

    @GetMapping(path = "/api/snapshots/{id}", produces = "application/json")
    @Operation(operationId = "getSnapshot", summary = "One snapshot: where and when the page was taken, its digest, and how each field was read")
    @ApiResponse(responseCode = "200", description = "The snapshot")
    @ApiResponse(responseCode = "404", description = "No snapshot has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SnapshotDetail snapshot(@Parameter(example = "1") @PathVariable long id) {
        return reader.snapshot(id);
    }

    @GetMapping(path = "/api/snapshots/{id}/raw")
    @Operation(operationId = "getRawSnapshot", summary = "The archived page, byte for byte, with the content type it was served with")
    @ApiResponse(responseCode = "200", description = "The page as received",
            content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "404", description = "No snapshot has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> raw(@Parameter(example = "1") @PathVariable long id) {
        RawPage page = reader.raw(id);
        return ResponseEntity.ok()
                .contentType(mediaType(page.contentType()))
                .header(HttpHeaders.ETAG, "\"" + page.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                // an archived page is shown as data, never run as a page of this service
                .header("Content-Security-Policy", "sandbox")
                .body(page.content());
    }

    /** The type the page was served or sent with; one that is not a valid media type is served as bytes. */
    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
