package org.iwprarchive.ingest.webarchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.archive.format.warc.WARCConstants.WARCRecordType;
import org.archive.io.warc.WARCRecordInfo;
import org.archive.io.warc.WARCWriter;
import org.archive.io.warc.WARCWriterPoolSettingsData;
import org.archive.uid.UUIDGenerator;
import org.archive.util.ArchiveUtils;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl written by Heritrix's own WARC writer (webarchive-commons' {@link WARCWriter}, which Heritrix 3 and
 * Archive-It's crawls write with), with the records Heritrix writes around a page as Heritrix 3 builds them: the
 * file's warcinfo, a DNS lookup, robots.txt, the request, the response as the server sent it (gzipped and
 * chunked), the crawl's metadata record, and a later identical capture written as a revisit, each record gzipped
 * on its own as the writer does.
 */
class HeritrixWarcTests {

    private static final String NATO = "https://iwpr.net/global-voices/nato-looks-central-asia";
    private static final Instant FIRST = Instant.parse("2009-06-12T08:30:05Z");
    private static final Instant AGAIN = Instant.parse("2010-02-01T10:00:00Z");
    private static final byte[] PAGE = Fixtures.bytes("nato-looks-central-asia.html");
    private static final String RESPONSE = "application/http; msgtype=response";

    @TempDir
    Path directory;

    @Test
    void readsTheArticlePagesOfAHeritrixCrawlAndPassesOverTheRest() throws IOException {
        Path file = directory.resolve("IAH-20090612083005-00000-crawler~iwpr~8443.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            WARCWriter writer = new WARCWriter(new AtomicInteger(), out, file.toFile(),
                    new WARCWriterPoolSettingsData("IAH", "${prefix}", 1_000_000_000L, true, List.of(),
                            List.of("software: Heritrix/3.4.0 http://crawler.archive.org\r\n",
                                    "format: WARC File Format 1.0\r\n",
                                    "http-header-user-agent: Mozilla/5.0 (compatible; heritrix/3.4.0)\r\n",
                                    "robots: obey\r\n"),
                            new UUIDGenerator()));
            writer.writeWarcinfoRecord(file.getFileName().toString());
            record(writer, WARCRecordType.response, "dns:iwpr.net", FIRST, "text/dns",
                    "20090612083005\niwpr.net.\t300\tIN\tA\t104.18.0.1\n".getBytes(StandardCharsets.UTF_8), null);
            record(writer, WARCRecordType.response, "https://iwpr.net/robots.txt", FIRST, RESPONSE,
                    http("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", "User-agent: *\nDisallow: /admin\n"
                            .getBytes(StandardCharsets.UTF_8)), null);
            URI request = record(writer, WARCRecordType.request, NATO, FIRST, "application/http; msgtype=request",
                    ("GET /global-voices/nato-looks-central-asia HTTP/1.1\r\nHost: iwpr.net\r\n"
                            + "Accept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), null);
            URI response = record(writer, WARCRecordType.response, NATO, FIRST, RESPONSE,
                    http("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                            + "Transfer-Encoding: chunked\r\nETag: \"abc123\"\r\n", chunked(gzip(PAGE))),
                    info -> {
                        info.addExtraHeader("WARC-Concurrent-To", "<" + request + ">");
                        info.addExtraHeader("WARC-IP-Address", "104.18.0.1");
                        info.addExtraHeader("WARC-Payload-Digest", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
                    });
            record(writer, WARCRecordType.metadata, NATO, FIRST, "application/warc-fields",
                    ("via: https://iwpr.net/global-voices\r\nhopsFromSeed: L\r\nfetchTimeMs: 184\r\n"
                            + "outlink: https://iwpr.net/global-voices/other L a/@href\r\n")
                            .getBytes(StandardCharsets.UTF_8),
                    info -> info.addExtraHeader("WARC-Concurrent-To", "<" + response + ">"));
            // a later crawl found the same payload: Heritrix writes the response's headers alone, as a revisit
            record(writer, WARCRecordType.revisit, NATO, AGAIN, RESPONSE,
                    http("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                            + "Transfer-Encoding: chunked\r\n", new byte[0]),
                    info -> {
                        info.addExtraHeader("WARC-Profile",
                                "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest");
                        info.addExtraHeader("WARC-Truncated", "length");
                        info.addExtraHeader("WARC-Payload-Digest", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
                        info.addExtraHeader("WARC-Refers-To-Target-URI", NATO);
                        info.addExtraHeader("WARC-Refers-To-Date", "2009-06-12T08:30:05Z");
                    });
            writer.close();
        }

        List<WebArchiveRecord> records = new ArrayList<>();
        try (WebArchiveReader reader = WebArchiveReader.open(file, 5_000_000)) {
            for (Optional<WebArchiveRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records.add(next.get());
            }
        }

        assertThat(records).hasSize(7);
        assertThat(records.get(0).skipped()).isEqualTo("warcinfo record");
        assertThat(records.get(1).skipped()).as("the DNS lookup").isNotNull();
        assertThat(records.get(1).isPage()).isFalse();
        assertThat(records.get(3).skipped()).isEqualTo("request record");
        assertThat(records.get(5).skipped()).as("the crawl's metadata").isNotNull();
        assertThat(records.get(5).isPage()).isFalse();

        PageCapture nato = records.get(4).capture();
        assertThat(records.get(4).isPage()).isTrue();
        assertThat(nato.requestedUrl()).isEqualTo(NATO);
        assertThat(nato.fetchedAt()).isEqualTo(FIRST);
        assertThat(nato.httpStatus()).isEqualTo(200);
        assertThat(nato.content()).as("un-chunked and gunzipped").isEqualTo(PAGE);
        assertThat(nato.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(nato.etag()).isEqualTo("\"abc123\"");

        WebArchiveRecord revisit = records.get(6);
        assertThat(revisit.isRevisit()).isTrue();
        assertThat(revisit.capture().fetchedAt()).isEqualTo(AGAIN);
        assertThat(revisit.revisits()).isEqualTo(new WebArchiveRecord.Revisited(NATO, FIRST));
    }

    private interface Headers {
        void add(WARCRecordInfo info);
    }

    private static URI record(WARCWriter writer, WARCRecordType type, String url, Instant at, String mimetype,
                              byte[] content, Headers headers) throws IOException {
        WARCRecordInfo info = new WARCRecordInfo();
        info.setType(type);
        info.setUrl(url);
        // Heritrix names its capture dates this way, the date its fetch began, to the second
        info.setCreate14DigitDate(ArchiveUtils.getLog14Date(at.toEpochMilli()));
        info.setMimetype(mimetype);
        info.setRecordId(new UUIDGenerator().getRecordID());
        if (headers != null) {
            headers.add(info);
        }
        info.setContentStream(new ByteArrayInputStream(content));
        info.setContentLength(content.length);
        info.setEnforceLength(true);
        writer.writeRecord(info);
        return info.getRecordId();
    }

    /** An HTTP message as the server sent it: status line and headers, a blank line, the body's bytes. */
    private static byte[] http(String head, byte[] body) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        message.writeBytes(body);
        return message.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** The body in chunks of at most 4,096 bytes, as a server streaming it sends it. */
    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 4096) {
            int length = Math.min(4096, body.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
