package org.iwprarchive.domain.archive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.iwprarchive.domain.article.Article;

/**
 * One archived page exactly as it was received. Bytes are kept gzip-compressed; a page whose bytes are
 * identical to an earlier snapshot is a revisit that points at it instead of keeping a second copy.
 */
@Entity
@Table(name = "snapshot")
public class Snapshot {

    @Id
    // drawn in blocks, so that inserts can be batched (migration V3)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snapshot_ids")
    @SequenceGenerator(name = "snapshot_ids", sequenceName = "snapshot_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "requested_url", nullable = false)
    private String requestedUrl;

    @Column(name = "final_url", nullable = false)
    private String finalUrl;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_length", nullable = false)
    private long contentLength;

    @Column(name = "content_gzip")
    private byte[] contentGzip;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revisit_of")
    private Snapshot revisitOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SnapshotOrigin origin;

    private String etag;

    @Column(name = "last_modified")
    private String lastModified;

    @Column(name = "content_encoding")
    private String contentEncoding;

    @Column(name = "parser_version")
    private String parserVersion;

    @Column(name = "article_version")
    private Integer articleVersion;

    /** Which extraction rule produced each field of the article, e.g. title -> "og:title". */
    @ElementCollection
    @CollectionTable(name = "snapshot_field_rule", joinColumns = @JoinColumn(name = "snapshot_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "rule", nullable = false)
    private Map<String, String> fieldRules = new LinkedHashMap<>();

    protected Snapshot() {
    }

    private Snapshot(PageCapture capture, String sha256) {
        this.requestedUrl = capture.requestedUrl();
        this.finalUrl = capture.finalUrl();
        this.fetchedAt = capture.fetchedAt();
        this.httpStatus = capture.httpStatus();
        this.contentType = capture.contentType();
        this.origin = capture.origin();
        this.sha256 = sha256;
        this.contentLength = capture.content().length;
        this.etag = capture.etag();
        this.lastModified = capture.lastModified();
        this.contentEncoding = capture.contentEncoding();
    }

    /** A snapshot that keeps its own compressed copy of the page. */
    public static Snapshot original(PageCapture capture) {
        return original(capture, PageBytes.of(capture.content()));
    }

    /**
     * A snapshot that keeps its own compressed copy of the page, its digest and compression already worked out.
     *
     * @throws IllegalArgumentException when {@code bytes} are not those of this capture's content
     */
    public static Snapshot original(PageCapture capture, PageBytes bytes) {
        if (bytes.length() != capture.content().length) {
            throw new IllegalArgumentException("the page bytes given are not the capture's");
        }
        Snapshot snapshot = new Snapshot(capture, bytes.sha256());
        snapshot.contentGzip = bytes.gzip();
        return snapshot;
    }

    /** A snapshot of a page whose bytes are identical to {@code earlier}: it records the visit, not the bytes. */
    public static Snapshot revisit(PageCapture capture, Snapshot earlier) {
        return revisit(capture, sha256(capture.content()), earlier);
    }

    /** {@link #revisit(PageCapture, Snapshot)} of a capture whose digest is already worked out. */
    public static Snapshot revisit(PageCapture capture, String sha256, Snapshot earlier) {
        Snapshot snapshot = new Snapshot(capture, sha256);
        if (!snapshot.sha256.equals(earlier.sha256)) {
            throw new IllegalArgumentException("a revisit must have the same content as the snapshot it points at");
        }
        snapshot.revisitOf = earlier.revisitOf == null ? earlier : earlier.revisitOf;
        return snapshot;
    }

    /** Links the snapshot to the article parsed from it and records how each field was found. */
    public void recordParse(Article parsed, String parser, Map<String, String> rules) {
        this.article = Objects.requireNonNull(parsed, "article");
        this.articleVersion = parsed.getVersion();
        this.parserVersion = parser;
        this.fieldRules.clear();
        this.fieldRules.putAll(rules);
    }

    /** The page bytes as received, whether kept here or in the snapshot this one revisits. */
    public byte[] content() {
        if (revisitOf != null) {
            return revisitOf.content();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(contentGzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("archived content of snapshot " + id + " is not valid gzip", e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(64, content.length / 3));
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getRequestedUrl() {
        return requestedUrl;
    }

    public String getFinalUrl() {
        return finalUrl;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public long getContentLength() {
        return contentLength;
    }

    /** The snapshot that holds the bytes of this revisit, or null when this one holds its own. */
    public Snapshot getRevisitOf() {
        return revisitOf;
    }

    public boolean isRevisit() {
        return revisitOf != null;
    }

    public String getEtag() {
        return etag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public String getContentEncoding() {
        return contentEncoding;
    }

    public SnapshotOrigin getOrigin() {
        return origin;
    }

    public String getParserVersion() {
        return parserVersion;
    }

    public Integer getArticleVersion() {
        return articleVersion;
    }

    public Map<String, String> getFieldRules() {
        return Collections.unmodifiableMap(fieldRules);
    }
}
