package org.iwprarchive.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the archived snapshots as a WARC 1.1 file (jwarc), gzip-compressed record by record as web-archive
 * tools expect: pages fetched over HTTP become {@code response} records, uploaded and bundled pages
 * {@code resource} records, and visits that found identical bytes {@code revisit} records (identical-payload-digest)
 * that point at the record holding the bytes. Record ids are derived from snapshot ids, so two exports of the
 * same archive name the same records.
 */
@Service
class WarcExport {

    /**
     * The version every record is written in, as the warcinfo record says. It is set before the record's date:
     * jwarc writes WARC/1.0 records by default, and cuts their dates to the second, which a revisit's
     * WARC-Refers-To-Date (written whole) would then not match.
     */
    private static final MessageVersion VERSION = MessageVersion.WARC_1_1;

    private final SnapshotRepository snapshots;
    private final TransactionTemplate readOnly;

    WarcExport(SnapshotRepository snapshots, TransactionTemplate transactions) {
        this.snapshots = snapshots;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param articleId only the snapshots of this article, or all when null
     * @return how many snapshots were written
     */
    long write(OutputStream out, Long articleId) throws IOException {
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
        writer.write(warcinfo());
        long afterId = 0;
        long written = 0;
        while (true) {
            long after = afterId;
            // one short read-only transaction per batch: an export of the whole archive holds no connection
            Batch batch = readOnly.execute(status -> batch(articleId == null
                    ? snapshots.findTop50ByIdGreaterThanOrderByIdAsc(after)
                    : snapshots.findTop50ByArticleIdAndIdGreaterThanOrderByIdAsc(articleId, after)));
            if (batch == null || batch.records().isEmpty()) {
                break;
            }
            for (WarcRecord record : batch.records()) {
                writer.write(record);
            }
            written += batch.records().size();
            afterId = batch.lastId();
            out.flush();
        }
        return written;
    }

    private record Batch(List<WarcRecord> records, long lastId) {
    }

    private static Batch batch(List<Snapshot> snapshots) {
        List<WarcRecord> records = new ArrayList<>(snapshots.size());
        long lastId = 0;
        try {
            for (Snapshot snapshot : snapshots) {
                records.add(record(snapshot));
                lastId = snapshot.getId();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building a WARC record in memory failed", e);
        }
        return new Batch(records, lastId);
    }

    static UUID recordId(long snapshotId) {
        return UUID.nameUUIDFromBytes(("iwpr-archive/snapshot/" + snapshotId).getBytes(StandardCharsets.UTF_8));
    }

    private static Warcinfo warcinfo() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("iwpr-archive (" + ArticleParser.VERSION + ")"));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("description", List.of("Snapshots of IWPR pages exported from the archive"));
        return new Warcinfo.Builder().version(VERSION).date(Instant.now()).fields(fields).build();
    }

    private static WarcRecord record(Snapshot snapshot) throws IOException {
        URI target = target(snapshot);
        WarcDigest digest = new WarcDigest("sha256", HexFormat.of().parseHex(snapshot.getSha256()));
        if (snapshot.getRevisitOf() != null) {
            Snapshot original = snapshot.getRevisitOf();
            WarcRevisit.Builder revisit = new WarcRevisit.Builder(target, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .version(VERSION)
                    .recordId(recordId(snapshot.getId()))
                    .date(snapshot.getFetchedAt())
                    .refersTo(recordId(original.getId()), target(original), original.getFetchedAt())
                    .payloadDigest(digest);
            if (snapshot.getOrigin() == SnapshotOrigin.FETCH) {
                revisit.body(http(snapshot, new byte[0]));
            }
            return revisit.build();
        }
        byte[] content = snapshot.content();
        if (snapshot.getOrigin() == SnapshotOrigin.FETCH) {
            return new WarcResponse.Builder(target)
                    .version(VERSION)
                    .recordId(recordId(snapshot.getId()))
                    .date(snapshot.getFetchedAt())
                    .body(http(snapshot, content))
                    .payloadDigest(digest)
                    .build();
        }
        return new WarcResource.Builder(target)
                .version(VERSION)
                .recordId(recordId(snapshot.getId()))
                .date(snapshot.getFetchedAt())
                .body(MediaType.parseLeniently(snapshot.getContentType()), content)
                .payloadDigest(digest)
                .build();
    }

    /** The response as the service received it; the body is stored decoded, so no Content-Encoding is claimed. */
    private static HttpResponse http(Snapshot snapshot, byte[] content) {
        HttpStatus status = HttpStatus.resolve(snapshot.getHttpStatus());
        HttpResponse.Builder response = new HttpResponse.Builder(snapshot.getHttpStatus(),
                status == null ? "" : status.getReasonPhrase());
        if (snapshot.getEtag() != null) {
            response.addHeader("ETag", snapshot.getEtag());
        }
        if (snapshot.getLastModified() != null) {
            response.addHeader("Last-Modified", snapshot.getLastModified());
        }
        return response.body(MediaType.parseLeniently(snapshot.getContentType()), content).build();
    }

    /** Where the page was taken from; a page that came from a file has no address of its own. */
    private static URI target(Snapshot snapshot) {
        String url = snapshot.getFinalUrl() != null ? snapshot.getFinalUrl() : snapshot.getRequestedUrl();
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            try {
                return URI.create(url);
            } catch (IllegalArgumentException e) {
                // fall through to the archive's own name
            }
        }
        return URI.create("urn:iwpr-archive:snapshot:" + snapshot.getId());
    }
}
