package org.iwprarchive.api.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iwprarchive.ingest.job.JobProperties;
import org.springframework.stereotype.Component;

/**
 * Takes in a web archive file sent to the service: the body is streamed to a new file in the upload directory
 * (never held in memory, whatever its size), where it waits for its import job. A body over the limit, or one
 * that breaks off, leaves nothing behind.
 */
@Component
class WebArchiveUploads {

    private static final int BUFFER = 64 * 1024;

    private final Path directory;
    private final long maxBytes;

    WebArchiveUploads(JobProperties properties) {
        this.directory = properties.uploadDirectory().toAbsolutePath().normalize();
        this.maxBytes = properties.maxUpload().toBytes();
    }

    /** The request's body as a file of its own in the upload directory. */
    Path receive(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new ArchiveTooLargeException(maxBytes);
        }
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "upload-", ".warc");
        boolean received = false;
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new ArchiveTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            received = true;
            return file;
        } finally {
            if (!received) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Removes a received file whose import was refused. */
    void discard(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
