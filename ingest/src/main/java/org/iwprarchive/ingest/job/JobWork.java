package org.iwprarchive.ingest.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobKind;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.archive.ArchivedPage;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.archive.ReadPage;
import org.iwprarchive.ingest.fetch.FetchFailedException;
import org.iwprarchive.ingest.fetch.FetchRefusedException;
import org.iwprarchive.ingest.fetch.FetchedPage;
import org.iwprarchive.ingest.fetch.PageFetcher;
import org.iwprarchive.ingest.fetch.Validators;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Works through one job: the frontier's pending addresses in order, each fetched and parsed on its own and
 * stored in small batches with its frontier entry, so a failure costs one address and a restart resumes where
 * the job stood. The run loop and what a failure costs live here; the books are {@link JobLedger}'s, a crawl's
 * growth {@link FrontierGrowth}'s, a reparse {@link ReparseRun}'s, an import
 * {@link ImportRun}'s.
 */
@Component
class JobWork {

    private static final Logger log = LoggerFactory.getLogger(JobWork.class);
    /** Log lines written for a job carry its id, as those written for a request carry the request's. */
    static final String MDC_KEY = "jobId";

    private final IngestJobRepository jobs;
    private final IngestJobUrlRepository frontier;
    private final SnapshotRepository snapshots;
    private final PageFetcher fetcher;
    private final ArticleArchiver archiver;
    private final JobLedger ledger;
    private final FrontierGrowth growth;
    private final ReparseRun reparse;
    private final ImportRun imports;
    private final JobProperties properties;

    JobWork(IngestJobRepository jobs, IngestJobUrlRepository frontier, SnapshotRepository snapshots,
            PageFetcher fetcher, ArticleArchiver archiver, JobLedger ledger, FrontierGrowth growth,
            ReparseRun reparse, ImportRun imports, JobProperties properties) {
        this.jobs = jobs;
        this.frontier = frontier;
        this.snapshots = snapshots;
        this.fetcher = fetcher;
        this.archiver = archiver;
        this.ledger = ledger;
        this.growth = growth;
        this.reparse = reparse;
        this.imports = imports;
        this.properties = properties;
    }

    /**
     * Runs the job to its end (or until the thread is interrupted, leaving it resumable). Pending addresses are
     * taken in batches, in the order they were found, and a batch is worked on by several workers at once.
     */
    void run(long jobId) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, "job-" + jobId)) {
            runJob(jobId);
        }
    }

    private void runJob(long jobId) {
        IngestJob job = ledger.update(jobId, j -> j.start(Instant.now()));
        log.info("Ingest job {} ({}) started: {}", jobId, job.getKind(), abbreviate(job.getRequest()));
        if (job.getKind() == IngestJobKind.REPARSE) {
            reparse.run(jobId);
        } else if (job.getKind() == IngestJobKind.IMPORT) {
            imports.run(jobId);
            if (Thread.currentThread().isInterrupted()) {
                log.info("Ingest job {} paused; it resumes at the next start", jobId);
                return;
            }
        } else {
            PageBudget budget = new PageBudget(job.getMaxPages(), frontier.countByJobIdAndKindAndStatus(jobId,
                    IngestJobUrl.Kind.ARTICLE, IngestJobUrl.Status.DONE));
            long lastLog = System.currentTimeMillis();
            CustomizableThreadFactory threads = new CustomizableThreadFactory("ingest-job-" + jobId + "-");
            threads.setDaemon(true);
            ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, properties.workers()), threads);
            try {
                List<IngestJobUrl> batch;
                while (!Thread.currentThread().isInterrupted()
                        && !(batch = frontier.findTop64ByJobIdAndStatusOrderByIdAsc(jobId, IngestJobUrl.Status.PENDING))
                        .isEmpty()) {
                    List<Callable<Void>> tasks = shares(batch, Math.max(1, properties.workers())).stream()
                            .<Callable<Void>>map(share -> () -> {
                                try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, "job-" + jobId)) {
                                    workThrough(job, share, budget);
                                }
                                return null;
                            }).toList();
                    workers.invokeAll(tasks);
                    if (System.currentTimeMillis() - lastLog > properties.progressLogInterval().toMillis()) {
                        ledger.logProgress(jobId);
                        lastLog = System.currentTimeMillis();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                workers.shutdownNow();
                awaitStored(workers);
            }
            if (Thread.currentThread().isInterrupted()) {
                log.info("Ingest job {} paused; it resumes at the next start", jobId);
                return;
            }
        }
        IngestJob finished = ledger.update(jobId, j -> j.finish(Instant.now()));
        log.info("Ingest job {} {}: {} done, {} skipped, {} failed", jobId, finished.getStatus(), finished.getDone(),
                finished.getSkipped(), finished.getFailed());
    }

    /**
     * Gives the workers of a pausing job a few seconds to store what they have read (their interruption stops
     * them from taking more), before the service goes on to close the database pool.
     */
    private static void awaitStored(ExecutorService workers) {
        boolean interrupted = Thread.interrupted();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Splits a batch into one run of neighbouring addresses per worker, keeping the frontier's order. */
    static <T> List<List<T>> shares(List<T> batch, int workers) {
        int size = (batch.size() + workers - 1) / workers;
        List<List<T>> shares = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += size) {
            shares.add(batch.subList(from, Math.min(batch.size(), from + size)));
        }
        return shares;
    }

    /**
     * Works through one worker's share of a batch. Articles are fetched and read one after the other and stored
     * together, up to {@code storeBatch} of them (and about 8 MB) in one transaction; a page waits at most
     * {@code storeWithin} for the others. Listings and sitemaps are worked on at once.
     */
    private void workThrough(IngestJob job, List<IngestJobUrl> share, PageBudget budget) {
        Map<String, Validators> priors = validatorsOf(share);
        List<ReadArticle> ready = new ArrayList<>();
        long firstReadyAt = 0;
        long readyBytes = 0;
        for (IngestJobUrl item : share) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the job is pausing: the addresses not begun stay pending for the resume
            }
            if (item.getKind() == IngestJobUrl.Kind.ARTICLE) {
                Optional<ReadArticle> read = guarded(job, item,
                        () -> readArticle(job, item, priors.getOrDefault(item.getUrl(), Validators.NONE), budget));
                if (read.isPresent()) {
                    if (ready.isEmpty()) {
                        firstReadyAt = System.nanoTime();
                    }
                    ready.add(read.get());
                    readyBytes += read.get().page().capture().content().length;
                }
            } else {
                guarded(job, item, () -> {
                    if (item.getKind() == IngestJobUrl.Kind.LISTING) {
                        growth.listing(job, item);
                    } else if (item.getKind() == IngestJobUrl.Kind.CDX) {
                        growth.cdx(job, item);
                    } else {
                        growth.sitemap(job, item);
                    }
                    return Optional.empty();
                });
            }
            if (!ready.isEmpty() && (ready.size() >= Math.max(1, properties.storeBatch())
                    || readyBytes >= properties.storeBatchBytes().toBytes()
                    || System.nanoTime() - firstReadyAt >= properties.storeWithin().toNanos())) {
                store(job, ready, budget);
                ready.clear();
                readyBytes = 0;
            }
        }
        // what was read is stored even when the job is pausing; the interruption is kept for the caller
        boolean pausing = Thread.interrupted();
        try {
            store(job, ready, budget);
        } finally {
            if (pausing) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The validators of the latest fetch of each article address of a share that was fetched before. */
    private Map<String, Validators> validatorsOf(List<IngestJobUrl> share) {
        String[] articleUrls = share.stream().filter(item -> item.getKind() == IngestJobUrl.Kind.ARTICLE)
                .map(IngestJobUrl::getUrl).toArray(String[]::new);
        Map<String, Validators> priors = new HashMap<>();
        if (articleUrls.length > 0) {
            snapshots.findLatestValidators(articleUrls).forEach(v -> priors.put(v.getUrl(),
                    new Validators(v.getEtag(), v.getLastModified())));
        }
        return priors;
    }

    /** An article page fetched and read, waiting to be stored with its frontier entry. */
    private record ReadArticle(IngestJobUrl item, ReadPage page) {
    }

    /** Runs the work on one address; what goes wrong fails that address alone and is recorded on the job. */
    private <T> Optional<T> guarded(IngestJob job, IngestJobUrl item, Supplier<Optional<T>> work) {
        try {
            return work.get();
        } catch (FetchFailedException e) {
            if (Thread.currentThread().isInterrupted()) {
                // the job is pausing, not the address failing: it stays pending and is fetched on the resume
                log.info("Ingest job {}: {} left pending while the job pauses", job.getId(), item.getUrl());
            } else {
                ledger.fail(item, e.getMessage());
            }
        } catch (FetchRefusedException | UnparseablePageException | InvalidArticleUrlException e) {
            ledger.fail(item, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Ingest job {}: unexpected failure on {}", job.getId(), item.getUrl(), e);
            ledger.fail(item, "unexpected failure: " + e);
        }
        return Optional.empty();
    }

    /**
     * Fetches and reads an article page; the addresses that end here (over the crawl's limit, not modified, too
     * old) are recorded at once.
     *
     * @return the page to store, or empty when there is none
     */
    private Optional<ReadArticle> readArticle(IngestJob job, IngestJobUrl item, Validators prior, PageBudget budget) {
        if (!budget.take()) {
            ledger.finish(item, u -> u.skipped("the crawl's limit of " + job.getMaxPages() + " articles is reached",
                    Instant.now()), IngestJob::skipped);
            return Optional.empty();
        }
        Optional<ReadArticle> read = Optional.empty();
        try {
            read = fetchAndRead(job, item, prior);
            return read;
        } finally {
            if (read.isEmpty()) {
                budget.giveBack();
            }
        }
    }

    /** @param prior the validators of the address's latest fetch, which make this one conditional */
    private Optional<ReadArticle> fetchAndRead(IngestJob job, IngestJobUrl item, Validators prior) {
        // a backfill fetches captures from the Wayback Machine, whose hosts no other job may fetch
        FetchedPage page = job.getKind() == IngestJobKind.BACKFILL ? fetcher.fetchCapture(item.getUrl(), prior)
                : fetcher.fetchPage(item.getUrl(), prior);
        if (page.notModified()) {
            ledger.finish(item, u -> u.skipped("not modified since the last fetch", Instant.now()), IngestJob::skipped);
            return Optional.empty();
        }
        PageCapture capture = new PageCapture(page.requestedUrl(), page.finalUrl(), page.fetchedAt(), page.status(),
                page.contentType(), page.content(), SnapshotOrigin.FETCH, page.etag(), page.lastModified(),
                page.contentEncoding());
        Optional<ReadPage> read = archiver.read(capture, job.getPublishedSince());
        if (read.isEmpty()) {
            ledger.finish(item, u -> u.skipped("published before " + job.getPublishedSince(), Instant.now()),
                    IngestJob::skipped);
            return Optional.empty();
        }
        return Optional.of(new ReadArticle(item, read.get()));
    }

    /**
     * Stores read articles in one transaction with their frontier entries and the job's counts. When the batch
     * cannot be stored as one, each article is tried on its own, so one bad page costs only itself.
     */
    private void store(IngestJob job, List<ReadArticle> ready, PageBudget budget) {
        if (ready.isEmpty()) {
            return;
        }
        try {
            storeTogether(job, ready);
        } catch (RuntimeException e) {
            if (ready.size() == 1) {
                storeFailed(job, ready.get(0), e, budget);
                return;
            }
            log.info("Ingest job {}: {} pages could not be stored together ({}); storing them one by one",
                    job.getId(), ready.size(), e.toString());
            for (ReadArticle article : ready) {
                try {
                    storeTogether(job, List.of(article));
                } catch (RuntimeException alone) {
                    storeFailed(job, article, alone, budget);
                }
            }
        }
    }

    private void storeTogether(IngestJob job, List<ReadArticle> ready) {
        archiver.storeAll(ready.stream().map(ReadArticle::page).toList(), stored -> {
            Instant now = Instant.now();
            Map<Long, IngestJobUrl> items = new HashMap<>();
            frontier.findAllById(ready.stream().map(r -> r.item().getId()).toList())
                    .forEach(item -> items.put(item.getId(), item));
            IngestJob counted = jobs.findByIdForUpdate(job.getId()).orElseThrow();
            for (int i = 0; i < ready.size(); i++) {
                ArchivedPage page = stored.get(i);
                items.get(ready.get(i).item().getId()).done(page.outcome().name(), page.articleId(), now);
                counted.succeeded();
            }
        });
    }

    private void storeFailed(IngestJob job, ReadArticle article, RuntimeException e, PageBudget budget) {
        budget.giveBack();
        log.warn("Ingest job {}: {} could not be stored", job.getId(), article.item().getUrl(), e);
        ledger.fail(article.item(), "could not be stored: " + e.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
