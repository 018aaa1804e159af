package org.iwprarchive.ingest.webarchive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads a web archive file record by record, as pages the archive can store: a WARC file (WARC/1.0 or 1.1,
 * uncompressed, gzipped record by record or as a whole, as Heritrix, wget, warcio or browsertrix write them) or a
 * WACZ package (a zip whose {@code archive/} folder holds WARC files, read in name order). Reading with
 * <a href="https://github.com/iipc/jwarc">jwarc</a>, which parses both WARC versions, HTTP messages in them,
 * chunked bodies and content encodings.
 *
 * <p>A response record of a page (HTML, XHTML or plain text, a 2xx status) becomes a capture with the record's
 * date, the address it was captured from and the HTTP headers the archive keeps (validators, encoding); a
 * resource record of a page likewise, with status 200. A revisit record becomes a revisit: the caller finds the
 * content of the capture it repeats. Everything else is passed over with the reason. Memory holds one record's
 * page at a time, at most {@code maxPageBytes} of it, whatever the size of the file.
 */
public final class WebArchiveReader implements Closeable {

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final int ZIP_MAGIC = 0x504b0304;

    private final Path file;
    private final long maxPageBytes;
    private final ZipFile zip;
    private final List<? extends ZipEntry> warcs;
    private int nextWarc;
    private WarcReader reader;
    private long ordinal;

    private WebArchiveReader(Path file, long maxPageBytes, ZipFile zip, List<? extends ZipEntry> warcs) {
        this.file = file;
        this.maxPageBytes = maxPageBytes;
        this.zip = zip;
        this.warcs = warcs;
    }

    /**
     * Opens a WARC or WACZ file (told apart by its first bytes, not its name).
     *
     * @throws IOException when it cannot be read, or is a zip without WARC files under {@code archive/}
     */
    public static WebArchiveReader open(Path file, long maxPageBytes) throws IOException {
        if (!isZip(file)) {
            return new WebArchiveReader(file, maxPageBytes, null, List.of());
        }
        ZipFile zip = new ZipFile(file.toFile());
        List<? extends ZipEntry> warcs = zip.stream()
                .filter(entry -> !entry.isDirectory())
                .filter(entry -> entry.getName().startsWith("archive/")
                        && entry.getName().toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$"))
                .sorted(Comparator.comparing(ZipEntry::getName))
                .toList();
        if (warcs.isEmpty()) {
            zip.close();
            throw new IOException("a zip file without WARC files under archive/ is not a WACZ package");
        }
        return new WebArchiveReader(file, maxPageBytes, zip, warcs);
    }

    /**
     * Why a file cannot be imported, or null when it can: it must exist, be readable, and begin with a WARC
     * record (a WACZ, with one in its first WARC file). Damage further in is met, and reported, by the import.
     */
    public static String problemWith(Path file) {
        if (!Files.isRegularFile(file)) {
            return file.getFileName() + " is not a file the service can read";
        }
        try (WebArchiveReader reader = open(file, 1)) {
            if (reader.nextRecord().isEmpty()) {
                return file.getFileName() + " holds no WARC records";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return file.getFileName() + " is not a WARC or WACZ file: " + e.getMessage();
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
                    | (head[3] & 0xff)) == ZIP_MAGIC;
        }
    }

    /** How many records have been read (or passed over): the ordinal of the next one. */
    public long recordsRead() {
        return ordinal;
    }

    /**
     * Passes over the next {@code count} records without making pages of them: where a resumed import goes on.
     * Positions in a compressed file are not always record boundaries, so records are counted, not sought.
     *
     * @return how many were passed over (fewer at the end of the file)
     */
    public long skip(long count) throws IOException {
        long skipped = 0;
        while (skipped < count && nextRecord().isPresent()) {
            ordinal++;
            skipped++;
        }
        return skipped;
    }

    /**
     * The next WARC record. A record the WARC reader cannot make out at all (it throws rather than reports) is
     * damage in the file like any other: an {@link IOException}, so that an import ends with the reason instead of
     * trying the same record for ever.
     */
    private Optional<WarcRecord> nextRecord() throws IOException {
        try {
            return nextWarcRecord();
        } catch (RuntimeException e) {
            throw new IOException("an unreadable record: " + e, e);
        }
    }

    /**
     * The next record, made into a page, a revisit or a reason to pass it over; empty at the end of the file.
     *
     * @throws IOException when the file cannot be read on (it is damaged or not a web archive)
     */
    public Optional<WebArchiveRecord> next() throws IOException {
        Optional<WarcRecord> record = nextRecord();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        long at = ordinal++;
        WarcRecord warc = record.get();
        String target = warc instanceof WarcCaptureRecord capture ? target(capture) : null;
        try {
            return Optional.of(describe(at, warc, target));
        } catch (IOException | RuntimeException e) {
            // a record whose HTTP message or content cannot be made out: that record alone is passed over
            return Optional.of(WebArchiveRecord.skipped(at, target, "unreadable " + warc.type() + " record: "
                    + e.getMessage()));
        }
    }

    private WebArchiveRecord describe(long at, WarcRecord record, String target) throws IOException {
        if (record instanceof WarcResponse response) {
            return response(at, response, target);
        }
        if (record instanceof WarcResource resource) {
            String type = resource.headers().first("Content-Type").orElse("application/octet-stream");
            if (!isPage(type)) {
                return WebArchiveRecord.skipped(at, target, "not a page: " + resource.contentType().base());
            }
            byte[] content = bounded(resource.body());
            if (content == null) {
                return tooLarge(at, target);
            }
            return WebArchiveRecord.page(at, new PageCapture(target, target, resource.date(), 200, type, content,
                    SnapshotOrigin.ARCHIVE, null, null, null));
        }
        if (record instanceof WarcRevisit revisit) {
            return revisit(at, revisit, target);
        }
        return WebArchiveRecord.skipped(at, target, record.type() + " record");
    }

    private WebArchiveRecord response(long at, WarcResponse response, String target) throws IOException {
        if (!isHttp(response.contentType())) {
            return WebArchiveRecord.skipped(at, target, "not an HTTP response: " + response.contentType().base());
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return WebArchiveRecord.skipped(at, target, "HTTP " + http.status());
        }
        MessageHeaders headers = http.headers();
        String type = headers.first("Content-Type")
                .or(() -> response.identifiedPayloadType().map(MediaType::toString))
                .orElse("text/html");
        if (!isPage(type)) {
            return WebArchiveRecord.skipped(at, target, "not a page: " + MediaType.parseLeniently(type).base());
        }
        byte[] content = bounded(http.bodyDecoded());
        if (content == null) {
            return tooLarge(at, target);
        }
        return WebArchiveRecord.page(at, new PageCapture(target, target, response.date(), http.status(), type,
                content, SnapshotOrigin.ARCHIVE, headers.first("ETag").orElse(null),
                headers.first("Last-Modified").orElse(null), headers.first("Content-Encoding").orElse(null)));
    }

    /** A revisit: the HTTP headers it kept (if any) and the earlier capture whose content it repeats. */
    private WebArchiveRecord revisit(long at, WarcRevisit revisit, String target) throws IOException {
        int status = 200;
        String type = "text/html";
        String etag = null;
        String lastModified = null;
        if (isHttp(revisit.contentType())) {
            HttpResponse http = revisit.http();
            status = http.status();
            type = http.headers().first("Content-Type").orElse(type);
            etag = http.headers().first("ETag").orElse(null);
            lastModified = http.headers().first("Last-Modified").orElse(null);
        }
        if (status < 200 || status > 299) {
            return WebArchiveRecord.skipped(at, target, "HTTP " + status);
        }
        if (!isPage(type)) {
            return WebArchiveRecord.skipped(at, target, "not a page: " + MediaType.parseLeniently(type).base());
        }
        String repeated = revisit.refersToTargetURI().map(Object::toString).map(WebArchiveReader::unbracketed)
                .orElse(target);
        Instant repeatedDate = revisit.refersToDate().orElse(null);
        return WebArchiveRecord.revisit(at, new PageCapture(target, target, revisit.date(), status, type, new byte[0],
                SnapshotOrigin.ARCHIVE, etag, lastModified, null),
                new WebArchiveRecord.Revisited(repeated, repeatedDate));
    }

    private WebArchiveRecord tooLarge(long at, String target) {
        return WebArchiveRecord.skipped(at, target, "a page larger than " + maxPageBytes + " bytes");
    }

    /** The content, or null when it is larger than a page may be. */
    private byte[] bounded(MessageBody body) throws IOException {
        try (InputStream in = body.stream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
            return content.length > maxPageBytes ? null : content;
        }
    }

    private static boolean isHttp(MediaType type) {
        return type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    private static boolean isPage(String type) {
        MediaType media = MediaType.parseLeniently(type);
        return PAGE_TYPES.contains((media.type() + "/" + media.subtype()).toLowerCase(Locale.ROOT));
    }

    /** The record's address; WARC 1.0 files written by some tools wrap it in angle brackets. */
    private static String target(WarcCaptureRecord record) {
        return unbracketed(record.target());
    }

    private static String unbracketed(String address) {
        String stripped = address.strip();
        return stripped.startsWith("<") && stripped.endsWith(">")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
    }

    private Optional<WarcRecord> nextWarcRecord() throws IOException {
        while (true) {
            if (reader == null && !openNextWarc()) {
                return Optional.empty();
            }
            Optional<WarcRecord> record = reader.next();
            if (record.isPresent()) {
                return record;
            }
            reader.close();
            reader = null;
        }
    }

    private boolean openNextWarc() throws IOException {
        if (zip == null) {
            if (nextWarc++ > 0) {
                return false;
            }
            reader = new WarcReader(file);
        } else {
            if (nextWarc >= warcs.size()) {
                return false;
            }
            reader = new WarcReader(zip.getInputStream(warcs.get(nextWarc++)));
        }
        reader.setLenient(true);
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }
}
