package org.iwprarchive.ingest.webarchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.fixtures.RawWarc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebArchiveReaderTests {

    private static final String NATO = "https://iwpr.net/global-voices/nato-looks-central-asia";
    private static final Instant FIRST = Instant.parse("2009-06-12T08:30:05Z");
    private static final Instant AGAIN = Instant.parse("2010-02-01T10:00:00Z");
    private static final byte[] PAGE = Fixtures.bytes("nato-looks-central-asia.html");

    @TempDir
    Path directory;

    /** A crawl's file: everything a crawler writes around the pages, and the pages in the forms servers send. */
    private static RawWarc crawl(RawWarc warc) {
        return warc.warcinfo()
                .request(NATO, FIRST)
                .gzippedChunkedPage(NATO, FIRST, PAGE, "\"abc123\"", "Fri, 12 Jun 2009 08:00:00 GMT")
                .response("https://iwpr.net/sites/logo.png", FIRST, 200, Map.of("Content-Type", "image/png"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .response("https://iwpr.net/global-voices/gone", FIRST, 404,
                        Map.of("Content-Type", "text/html"), "<html>gone</html>".getBytes(StandardCharsets.UTF_8))
                .resource("https://iwpr.net/print/nato", FIRST, "text/plain; charset=utf-8",
                        "NATO LOOKS TO CENTRAL ASIA".getBytes(StandardCharsets.UTF_8))
                .revisit(NATO, AGAIN, NATO, FIRST)
                .page("https://iwpr.net/global-voices/plain", AGAIN, "<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain 1.0", "gzip per record 1.0", "gzip whole 1.1", "wacz 1.1"})
    void readsEveryRecordOfACrawlInEveryPackaging(String packaging) throws IOException {
        RawWarc warc = crawl(packaging.endsWith("1.0") ? RawWarc.v10() : RawWarc.v11());
        byte[] bytes = packaging.startsWith("plain") ? warc.plain()
                : packaging.startsWith("gzip per record") ? warc.gzipPerRecord()
                : packaging.startsWith("gzip whole") ? warc.gzipWhole() : warc.wacz();
        List<WebArchiveRecord> records = readAll(RawWarc.write(directory.resolve("crawl.bin"), bytes), 5_000_000);

        assertThat(records).extracting(WebArchiveRecord::ordinal).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(records).extracting(WebArchiveRecord::skipped).containsExactly("warcinfo record",
                "request record", null, "not a page: image/png", "HTTP 404", null, null, null);

        PageCapture nato = records.get(2).capture();
        assertThat(records.get(2).isPage()).isTrue();
        assertThat(nato.requestedUrl()).isEqualTo(NATO);
        assertThat(nato.fetchedAt()).isEqualTo(FIRST);
        assertThat(nato.origin()).isEqualTo(SnapshotOrigin.ARCHIVE);
        assertThat(nato.content()).as("un-chunked and gunzipped").isEqualTo(PAGE);
        assertThat(nato.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(nato.etag()).isEqualTo("\"abc123\"");
        assertThat(nato.lastModified()).isEqualTo("Fri, 12 Jun 2009 08:00:00 GMT");
        assertThat(nato.contentEncoding()).isEqualTo("gzip");

        PageCapture print = records.get(5).capture();
        assertThat(print.httpStatus()).isEqualTo(200);
        assertThat(print.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(new String(print.content(), StandardCharsets.UTF_8)).isEqualTo("NATO LOOKS TO CENTRAL ASIA");

        WebArchiveRecord revisit = records.get(6);
        assertThat(revisit.isRevisit()).isTrue();
        assertThat(revisit.capture().fetchedAt()).isEqualTo(AGAIN);
        assertThat(revisit.revisits()).isEqualTo(new WebArchiveRecord.Revisited(NATO, FIRST));
    }

    @Test
    void aRevisitThatNamesNoEarlierCaptureRepeatsItsOwnAddress() throws IOException {
        byte[] bytes = RawWarc.v10().revisit(NATO, AGAIN, null, null).plain();
        WebArchiveRecord revisit = readAll(RawWarc.write(directory.resolve("r.warc"), bytes), 1000).get(0);

        assertThat(revisit.revisits()).isEqualTo(new WebArchiveRecord.Revisited(NATO, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip per record", "gzip whole", "wacz"})
    void skippingRecordsGoesOnWhereAFullReadWouldBe(String packaging) throws IOException {
        RawWarc warc = crawl(RawWarc.v10());
        byte[] bytes = packaging.equals("gzip per record") ? warc.gzipPerRecord()
                : packaging.equals("gzip whole") ? warc.gzipWhole() : warc.wacz();
        Path file = RawWarc.write(directory.resolve("crawl"), bytes);
        List<WebArchiveRecord> all = readAll(file, 5_000_000);

        for (int from = 0; from <= all.size() + 1; from++) {
            try (WebArchiveReader reader = WebArchiveReader.open(file, 5_000_000)) {
                assertThat(reader.skip(from)).isEqualTo(Math.min(from, all.size()));
                List<WebArchiveRecord> rest = new ArrayList<>();
                for (Optional<WebArchiveRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                    rest.add(next.get());
                }
                assertThat(rest).extracting(WebArchiveRecord::ordinal, WebArchiveRecord::target,
                                WebArchiveRecord::skipped)
                        .isEqualTo(all.subList(Math.min(from, all.size()), all.size()).stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.ordinal(), r.target(), r.skipped()))
                                .toList());
            }
        }
    }

    @Test
    void aPageLargerThanTheBoundIsPassedOverNotHeld() throws IOException {
        byte[] bytes = RawWarc.v11().page(NATO, FIRST, PAGE).plain();
        WebArchiveRecord record = readAll(RawWarc.write(directory.resolve("big.warc"), bytes), 1_000).get(0);

        assertThat(record.capture()).isNull();
        assertThat(record.skipped()).isEqualTo("a page larger than 1000 bytes");
    }

    @Test
    void aRecordWhoseHttpMessageIsBrokenIsPassedOverAndTheRestRead() throws IOException {
        byte[] bytes = RawWarc.v10()
                .response(NATO, FIRST, 200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
                        "not gzip at all".getBytes(StandardCharsets.UTF_8))
                .page(NATO, AGAIN, PAGE)
                .gzipPerRecord();
        List<WebArchiveRecord> records = readAll(RawWarc.write(directory.resolve("b.warc.gz"), bytes), 5_000_000);

        assertThat(records.get(0).skipped()).startsWith("unreadable response record: ");
        assertThat(records.get(1).capture().content()).isEqualTo(PAGE);
    }

    @Test
    void tellsWhatCannotBeImportedBeforeAnythingIsQueued() throws IOException {
        Path valid = RawWarc.write(directory.resolve("ok.warc.gz"), crawl(RawWarc.v10()).gzipPerRecord());
        Path wacz = RawWarc.write(directory.resolve("ok.wacz"), crawl(RawWarc.v10()).wacz());
        Path html = RawWarc.write(directory.resolve("page.warc"), PAGE);
        Path empty = RawWarc.write(directory.resolve("empty.warc"), new byte[0]);
        Path zip = RawWarc.write(directory.resolve("other.zip"), zipWithout());

        assertThat(WebArchiveReader.problemWith(valid)).isNull();
        assertThat(WebArchiveReader.problemWith(wacz)).isNull();
        assertThat(WebArchiveReader.problemWith(html)).startsWith("page.warc is not a WARC or WACZ file: ");
        assertThat(WebArchiveReader.problemWith(empty)).isEqualTo("empty.warc holds no WARC records");
        assertThat(WebArchiveReader.problemWith(zip))
                .isEqualTo("other.zip is not a WARC or WACZ file: a zip file without WARC files under archive/ is "
                        + "not a WACZ package");
        assertThat(WebArchiveReader.problemWith(directory.resolve("missing.warc")))
                .isEqualTo("missing.warc is not a file the service can read");
    }

    private static byte[] zipWithout() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<WebArchiveRecord> readAll(Path file, long maxPageBytes) throws IOException {
        List<WebArchiveRecord> records = new ArrayList<>();
        try (WebArchiveReader reader = WebArchiveReader.open(file, maxPageBytes)) {
            for (Optional<WebArchiveRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records.add(next.get());
            }
            assertThat(reader.recordsRead()).isEqualTo(records.size());
        }
        return records;
    }
}
