package org.iwprarchive.api.article;

import org.iwprarchive.api.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersion;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads article versions and snapshots. */
@Service
public class ArchiveReader {

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final SnapshotRepository snapshots;

    ArchiveReader(ArticleRepository articles, ArticleVersionRepository versions, SnapshotRepository snapshots) {
        this.articles = articles;
        this.versions = versions;
        this.snapshots = snapshots;
    }

    @Schema(name = "VersionSummary")
    public record VersionSummary(@Schema(example = "1") int version, String title, Instant createdAt,
                          @Schema(description = "SHA-256 of the normalised text") String contentHash,
                          @Schema(description = "The snapshot this version was read from", nullable = true)
                          Long snapshotId) {
    }

    @Schema(name = "ArticleVersion")
    public record VersionDetail(long articleId, int version, String title, @Schema(nullable = true) String standfirst,
                         List<String> paragraphs, @Schema(nullable = true) LocalDate publishedOn, String language,
                         String contentHash, Instant createdAt, @Schema(nullable = true) Long snapshotId) {
    }

    @Schema(name = "Snapshot")
    public record SnapshotDetail(long id,
                          @Schema(description = "The article read from it; null once that article is deleted",
                                  nullable = true) Long articleId,
                          @Schema(nullable = true) Integer articleVersion, String requestedUrl, String finalUrl,
                          Instant fetchedAt, int httpStatus, String contentType, String sha256, long contentLength,
                          @Schema(description = "True when the bytes equal an earlier snapshot's and are not stored twice")
                          boolean revisit,
                          @Schema(example = "FETCH") String origin, @Schema(nullable = true) String etag,
                          @Schema(nullable = true) String lastModified, @Schema(nullable = true) String parserVersion,
                          @Schema(description = "For each field, the extraction rule that produced it",
                                  example = "{\"title\": \"og:title\", \"body\": \"drupal:.field--name-body\"}")
                          Map<String, String> fieldRules,
                          @Schema(example = "/api/snapshots/1/raw") String raw) {
    }

    record RawPage(String contentType, String sha256, byte[] content) {
    }

    @Transactional(readOnly = true)
    public PageResponse<VersionSummary> versions(long articleId) {
        requireArticle(articleId);
        List<VersionSummary> all = versions.findByArticleIdOrderByVersionDesc(articleId).stream()
                .map(v -> new VersionSummary(v.getVersion(), v.getTitle(), v.getCreatedAt(), v.getContentHash(),
                        v.getSnapshotId()))
                .toList();
        return PageResponse.of(all, 0, Math.max(1, all.size()), all.size());
    }

    @Transactional(readOnly = true)
    public VersionDetail version(long articleId, int version) {
        requireArticle(articleId);
        ArticleVersion v = versions.findByArticleIdAndVersion(articleId, version).orElseThrow(() ->
                new NotFoundException("Article " + articleId + " has no version " + version + "."));
        return new VersionDetail(articleId, v.getVersion(), v.getTitle(), v.getStandfirst(), v.getParagraphs(),
                v.getPublishedOn(), v.getLanguage(), v.getContentHash(), v.getCreatedAt(), v.getSnapshotId());
    }

    @Transactional(readOnly = true)
    public PageResponse<SnapshotDetail> snapshots(long articleId) {
        requireArticle(articleId);
        List<SnapshotDetail> all = snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(articleId).stream()
                .map(ArchiveReader::detail).toList();
        return PageResponse.of(all, 0, Math.max(1, all.size()), all.size());
    }

    @Transactional(readOnly = true)
    SnapshotDetail snapshot(long id) {
        return detail(find(id));
    }

    @Transactional(readOnly = true)
    RawPage raw(long id) {
        Snapshot snapshot = find(id);
        return new RawPage(snapshot.getContentType(), snapshot.getSha256(), snapshot.content());
    }

    private Snapshot find(long id) {
        return snapshots.findById(id)
                .orElseThrow(() -> new NotFoundException("No snapshot has the id " + id + "."));
    }

    private void requireArticle(long id) {
        if (!articles.existsById(id)) {
            throw new NotFoundException("No article has the id " + id + ".");
        }
    }

    private static SnapshotDetail detail(Snapshot s) {
        return new SnapshotDetail(s.getId(), s.getArticle() == null ? null : s.getArticle().getId(),
                s.getArticleVersion(), s.getRequestedUrl(), s.getFinalUrl(), s.getFetchedAt(), s.getHttpStatus(),
                s.getContentType(), s.getSha256(), s.getContentLength(), s.isRevisit(), s.getOrigin().name(),
                s.getEtag(), s.getLastModified(), s.getParserVersion(), Map.copyOf(s.getFieldRules()),
                "/api/snapshots/" + s.getId() + "/raw");
    }
}
