package org.iwprarchive.api.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import org.iwprarchive.api.article.ArticleReader;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.ingest.archive.ArchiveOutcome;
import org.iwprarchive.ingest.archive.ArchivedPage;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/ingest", produces = "application/json")
@Tag(name = "Ingest", description = "Adding pages to the archive")
class IngestController {

    /** Large enough for any article page IWPR serves (they are well under 1 MB). */
    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    private final ArticleArchiver archiver;
    private final ArticleReader reader;

    IngestController(ArticleArchiver archiver, ArticleReader reader) {
        this.archiver = archiver;
        this.reader = reader;
    }

    @Schema(name = "IngestedPage", description = "What archiving the page did, and the article as stored")
    record IngestedPage(
            @Schema(description = "CREATED for a new article, UPDATED when its text changed (a new version), "
                    + "UNCHANGED when the text is the same; EARLIER is for imports from web archives (a capture "
                    + "older than the one the article is made of) and never answers an upload",
                    example = "CREATED") ArchiveOutcome outcome,
            @Schema(description = "The archived snapshot of the page", example = "1") long snapshotId,
            @Schema(description = "Whether identical bytes were archived before (no second copy is kept)")
            boolean revisit,
            ArticleDetail article) {
    }

    @PostMapping(path = "/page", consumes = {MediaType.TEXT_HTML_VALUE, MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_XHTML_XML_VALUE, "multipart/related", "message/rfc822", "application/x-mimearchive"})
    @Operation(operationId = "ingestPage", summary = "Archive a page you already have",
            description = "Send a saved IWPR article page as `text/html`, its print view as `text/plain`, or a "
                    + "page a browser saved as one file (`.mhtml`) as `multipart/related`, with the address it came "
                    + "from (or the Wayback Machine or archive.today address it was captured at, whose capture time "
                    + "it is then archived at). The page is archived as sent and parsed into an article. The page's "
                    + "own canonical link wins over the given address, so a short link is fine.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, examples = @ExampleObject(name = "print view",
                            value = "Example Headline\n\nAuthor: [Jane Doe](#)\n\nA one-line standfirst.\n\n"
                                    + "First paragraph of the body.\n\nSecond paragraph.\n\n"
                                    + "Location: Uzbekistan\n\nSource URL: <https://iwpr.net/global-voices/example-headline>")),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE), @Content(mediaType = "multipart/related")}))
    @ApiResponse(responseCode = "201", description = "A new article was archived")
    @ApiResponse(responseCode = "200", description = "The article was known; it is updated or unchanged")
    @ApiResponse(responseCode = "400", description = "The body is empty, or the address is missing or not on iwpr.net",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The page is larger than 5 MB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body is not text/html, text/plain or multipart/related",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The page is not a readable article (no title, no text, binary)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<IngestedPage> page(
            @Parameter(description = "The address the page came from",
                    example = "https://iwpr.net/global-voices/nato-looks-central-asia") @RequestParam String url,
            HttpServletRequest request) throws IOException {
        byte[] content = readBounded(request);
        if (content.length == 0) {
            throw new EmptyPageException();
        }
        String contentType = request.getContentType();
        ArchivedPage archived = archiver.archive(PageCapture.received(url, contentType, content,
                SnapshotOrigin.UPLOAD, Instant.now()));
        IngestedPage body = new IngestedPage(archived.outcome(), archived.snapshotId(), archived.revisit(),
                reader.detail(archived.articleId()));
        if (archived.outcome() == ArchiveOutcome.CREATED) {
            return ResponseEntity.created(URI.create("/api/articles/" + archived.articleId())).body(body);
        }
        return ResponseEntity.ok(body);
    }

    private static byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_PAGE_BYTES) {
            throw new PageTooLargeException(MAX_PAGE_BYTES);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (content.length > MAX_PAGE_BYTES) {
                throw new PageTooLargeException(MAX_PAGE_BYTES);
            }
            return content;
        }
    }
}
