package org.iwprarchive.ingest.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iwprarchive.domain.archive.BulkWrites;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.archive.ReadPage;
import org.iwprarchive.ingest.fetch.FetchProperties;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.iwprarchive.ingest.webarchive.WebArchiveReader;
import org.iwprarchive.ingest.webarchive.WebArchiveRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * An import job: the pages of a web archive file (WARC or WACZ) archived at their capture dates, in file order.
 * Records are taken in batches; a batch's pages are read side by side and stored in one transaction together
 * with the job's counts and the number of records dealt with, so a restart goes on after the last batch stored
 * and counts nothing twice. Records that are not article pages (requests, images, other sites, error statuses,
 * listings) are counted as skipped, and why is logged at the end; a page that cannot be stored fails alone.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    /** Records read before a batch is stored (fewer when their pages pass the store's byte bound). */
    static final int BATCH = 64;
    /** Batches whose pages are read while the one before them is stored. */
    static final int READ_AHEAD = 2;

    private final IngestJobRepository jobs;
    private final SnapshotRepository snapshots;
    private final ArticleArchiver archiver;
    private final JobLedger ledger;
    private final JobProperties properties;
    private final long maxPageBytes;

    ImportRun(IngestJobRepository jobs, SnapshotRepository snapshots, ArticleArchiver archiver, JobLedger ledger,
              JobProperties properties, FetchProperties fetch) {
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.archiver = archiver;
        this.ledger = ledger;
        this.properties = properties;
        this.maxPageBytes = fetch.maxBodySize().toBytes();
    }

    /**
     * Imports the job's file from where it stood; returns when it is done (and all of it searchable), or early when
     * interrupted. The index takes in each batch while the next is stored ({@link BulkWrites#indexingOneBehind}).
     */
    void run(long jobId) {
        BulkWrites.indexingOneBehind(() -> {
            importFile(jobId);
            return null;
        });
    }

    private void importFile(long jobId) {
        IngestJob job = ledger.update(jobId, j -> { });
        Path file = Path.of(job.getRequest());
        Map<String, Long> passedOver = new TreeMap<>();
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ingest-job-" + jobId + "-");
        threads.setDaemon(true);
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, properties.workers()), threads);
        try (WebArchiveReader in = WebArchiveReader.open(file, maxPageBytes)) {
            long resumed = in.skip(job.getRecordsRead());
            if (resumed > 0) {
                log.info("Import job {} resumes after record {} of {}", jobId, resumed, file);
            }
            // batches are read in a pipeline: the pages of the next ones are parsed by the readers while the oldest
            // is stored, so that parsing and storing (PostgreSQL, the index) keep both kinds of work going; more than
            // one batch ahead, so that the readers still have work when one batch reads faster than the last stores
            Deque<Batch> read = new ArrayDeque<>();
            Batch building = new Batch();
            long lastLog = System.currentTimeMillis();
            while (!Thread.currentThread().isInterrupted()) {
                Optional<WebArchiveRecord> next;
                try {
                    next = in.next();
                } catch (IOException damaged) {
                    // what was read before the damage is kept
                    settleAll(jobId, read, passedOver);
                    building.end(in.recordsRead());
                    settle(jobId, building, passedOver);
                    throw damaged;
                }
                if (next.isPresent() && next.get().isRevisit() && (building.repeats(next.get())
                        || read.stream().anyMatch(batch -> batch.repeats(next.get())))) {
                    // the capture it repeats is stored first, so that the revisit finds it
                    settleAll(jobId, read, passedOver);
                    building.end(in.recordsRead() - 1);
                    settle(jobId, building, passedOver);
                    building = new Batch();
                }
                if (next.isPresent()) {
                    WebArchiveRecord record = next.get();
                    building.add(record, readers.submit((Callable<Outcome>) () -> read(record)));
                }
                if (next.isEmpty() || building.records.size() >= BATCH
                        || building.bytes >= properties.storeBatchBytes().toBytes()) {
                    building.end(in.recordsRead());
                    read.add(building);
                    building = new Batch();
                    if (read.size() > READ_AHEAD) {
                        settle(jobId, read.poll(), passedOver);
                    }
                }
                if (next.isEmpty()) {
                    settleAll(jobId, read, passedOver);
                    break;
                }
                if (System.currentTimeMillis() - lastLog > properties.progressLogInterval().toMillis()) {
                    IngestJob now = jobs.findById(jobId).orElseThrow();
                    log.info("Import job {}: {} records read, {} archived, {} skipped, {} failed", jobId,
                            now.getRecordsRead(), now.getDone(), now.getSkipped(), now.getFailed());
                    lastLog = System.currentTimeMillis();
                }
            }
        } catch (IOException e) {
            // a damaged file, or one gone: what was stored stays, and the job ends with the reason
            log.warn("Import job {}: {} cannot be read on: {}", jobId, file, e.toString());
            ledger.update(jobId, j -> j.failed(file.getFileName().toString(), "the file cannot be read on after "
                    + j.getRecordsRead() + " records: " + e.getMessage(), Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readers.shutdownNow();
        }
        if (!passedOver.isEmpty()) {
            log.info("Import job {}: records passed over, by reason: {}", jobId, passedOver);
        }
        if (!Thread.currentThread().isInterrupted()) {
            forgetUpload(file);
        }
    }

    /** An uploaded file has served its purpose once its import has ended: its pages are in the archive. */
    private void forgetUpload(Path file) {
        Path uploads = properties.uploadDirectory().toAbsolutePath().normalize();
        if (file.toAbsolutePath().normalize().startsWith(uploads)) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("The imported upload {} could not be deleted: {}", file, e.toString());
            }
        }
    }

    /**
     * Records whose pages are being read, to be stored together; {@code recordsRead} is how many records of the
     * file are dealt with once it is stored.
     */
    private static final class Batch {
        private final List<WebArchiveRecord> records = new ArrayList<>();
        private final List<Future<Outcome>> reads = new ArrayList<>();
        private long bytes;
        private long recordsRead = -1;

        void add(WebArchiveRecord record, Future<Outcome> read) {
            records.add(record);
            reads.add(read);
            bytes += record.isPage() ? record.capture().content().length : 0;
        }

        void end(long recordsRead) {
            this.recordsRead = recordsRead;
        }

        /** Whether a revisit repeats a page of this batch. */
        boolean repeats(WebArchiveRecord revisit) {
            return records.stream().anyMatch(record -> record.isPage()
                    && record.capture().requestedUrl().equals(revisit.revisits().target()));
        }
    }

    /** Stores these batches in turn, oldest first, and forgets them. */
    private void settleAll(long jobId, Deque<Batch> batches, Map<String, Long> passedOver)
            throws InterruptedException {
        while (!batches.isEmpty()) {
            settle(jobId, batches.poll(), passedOver);
        }
    }

    /**
     * Stores a batch's pages, once read, in one transaction with the job's counts and the number of records dealt
     * with; when the batch cannot be stored as one, each page is stored on its own. Nothing happens for null.
     */
    private void settle(long jobId, Batch batch, Map<String, Long> passedOver) throws InterruptedException {
        if (batch == null || batch.recordsRead < 0) {
            return;
        }
        long recordsRead = batch.recordsRead;
        List<Future<Outcome>> reads = batch.reads;
        List<ReadPage> pages = new ArrayList<>();
        List<Outcome> others = new ArrayList<>();
        for (Future<Outcome> read : reads) {
            Outcome outcome;
            try {
                outcome = read.get();
            } catch (ExecutionException e) {
                outcome = Outcome.failed("?", "unexpected failure: " + e.getCause());
            }
            if (outcome.page() != null) {
                pages.add(outcome.page());
            } else {
                others.add(outcome);
                if (outcome.skipped() != null) {
                    passedOver.merge(outcome.skipped(), 1L, Long::sum);
                }
            }
        }
        if (pages.isEmpty()) {
            ledger.update(jobId, job -> count(job, 0, others, recordsRead));
            return;
        }
        try {
            archiver.storeAll(pages, stored -> {
                count(jobs.findByIdForUpdate(jobId).orElseThrow(), stored.size(), others, recordsRead);
                // the batch and how far the file was read commit together: a crash that loses the commit loses
                // both, and the import reads those records again, so the commit need not wait for the disk
                jobs.commitWithoutWaitingForDisk();
            });
        } catch (RuntimeException together) {
            if (pages.size() > 1) {
                log.info("Import job {}: {} pages could not be stored together ({}); storing them one by one", jobId,
                        pages.size(), together.toString());
            }
            int stored = 0;
            List<Outcome> failures = new ArrayList<>(others);
            for (ReadPage page : pages) {
                try {
                    archiver.storeAll(List.of(page), done -> { });
                    stored++;
                } catch (RuntimeException alone) {
                    log.warn("Import job {}: {} could not be stored", jobId, page.capture().requestedUrl(), alone);
                    failures.add(Outcome.failed(page.capture().requestedUrl(), "could not be stored: "
                            + alone.getMessage()));
                }
            }
            int done = stored;
            ledger.update(jobId, job -> count(job, done, failures, recordsRead));
        }
    }

    private static void count(IngestJob job, int stored, List<Outcome> others, long recordsRead) {
        for (int i = 0; i < stored; i++) {
            job.succeeded();
        }
        Instant now = Instant.now();
        for (Outcome other : others) {
            if (other.skipped() != null) {
                job.skipped();
            } else {
                job.failed(other.target(), other.failure(), now);
            }
        }
        job.readUpTo(recordsRead);
    }

    /** What became of one record before storing: a page read, a reason to pass it over, or a failure. */
    private record Outcome(ReadPage page, String target, String skipped, String failure) {

        static Outcome failed(String target, String why) {
            return new Outcome(null, target, null, why);
        }

        static Outcome passedOver(String why) {
            return new Outcome(null, null, why, null);
        }
    }

    private Outcome read(WebArchiveRecord record) {
        if (record.skipped() != null) {
            return Outcome.passedOver(reason(record.skipped()));
        }
        PageCapture capture = record.capture();
        if (record.isRevisit()) {
            Optional<Snapshot> repeated = snapshots.findCapturedAtOrBefore(record.revisits().target(),
                    record.revisits().date() == null ? capture.fetchedAt() : record.revisits().date());
            if (repeated.isEmpty()) {
                return Outcome.passedOver("revisit of a capture the archive does not hold");
            }
            capture = new PageCapture(capture.requestedUrl(), capture.finalUrl(), capture.fetchedAt(),
                    capture.httpStatus(), repeated.get().getContentType(), repeated.get().content(), capture.origin(),
                    capture.etag(), capture.lastModified(), capture.contentEncoding());
        }
        try {
            return new Outcome(archiver.read(capture, null).orElseThrow(), record.target(), null, null);
        } catch (UnparseablePageException | InvalidArticleUrlException e) {
            // listings, home pages and other sites are in any crawl: not an article, so not a failure
            return Outcome.passedOver("not an article page");
        }
    }

    /** A reason in a few words, without the particulars that would make every record's its own. */
    private static String reason(String skipped) {
        int particulars = skipped.indexOf(':');
        return particulars < 0 ? skipped : skipped.substring(0, particulars);
    }
}
