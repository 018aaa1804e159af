package org.iwprarchive.ingest.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobKind;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.fetch.FetchRefusedException;
import org.iwprarchive.ingest.fetch.PageFetcher;
import org.iwprarchive.ingest.webarchive.WebArchiveReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues ingest work (address lists, crawls, reparses) and reports on it. */
@Service
public class IngestJobs {

    private final IngestJobRepository jobs;
    private final IngestJobUrlRepository frontier;
    private final PageFetcher fetcher;
    private final JobProperties properties;
    private final ApplicationEventPublisher events;
    private final JobWork work;

    IngestJobs(IngestJobRepository jobs, IngestJobUrlRepository frontier, PageFetcher fetcher, JobProperties properties,
               ApplicationEventPublisher events, JobWork work) {
        this.jobs = jobs;
        this.frontier = frontier;
        this.fetcher = fetcher;
        this.properties = properties;
        this.events = events;
        this.work = work;
    }

    /** Works through a queued job in the calling thread (the command-line mode, where no worker runs). */
    public void runInThisThread(long jobId) {
        work.run(jobId);
    }

    /**
     * Queues the fetching of article pages. The whole request is refused, with every bad address named, when
     * any address is not an http(s) address on an allowed host; repeated addresses are fetched once.
     */
    @Transactional
    public IngestJob submitUrls(List<String> urls) {
        if (urls == null || urls.isEmpty()) {
            throw new InvalidIngestRequestException("The request names no addresses: send {\"urls\": [...]}.", List.of());
        }
        if (urls.size() > properties.maxUrlsPerJob()) {
            throw new InvalidIngestRequestException("The request names " + urls.size() + " addresses; one job takes at most "
                    + properties.maxUrlsPerJob() + ".", List.of());
        }
        Set<String> accepted = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String url : urls) {
            try {
                accepted.add(fetcher.checkAddress(url).toString());
            } catch (FetchRefusedException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIngestRequestException("Nothing was queued: " + problems.size() + " of " + urls.size()
                    + " addresses cannot be fetched.", problems);
        }
        IngestJob job = jobs.save(new IngestJob(IngestJobKind.URLS, String.join("\n", accepted), null, Instant.now()));
        frontier.enqueue(job.getId(), accepted.toArray(String[]::new), IngestJobUrl.Kind.ARTICLE.name(), 0,
                Instant.now());
        events.publishEvent(new JobQueued(job.getId()));
        return job;
    }

    /**
     * Queues a crawl from a listing page (following its article links and its next pages) or from a sitemap.
     *
     * @param maxPages the most articles to fetch
     * @param maxDepth how many listing pages (or nested sitemaps) away from the start to go
     * @param since    articles published before this day are not stored (sitemap entries older are not fetched)
     */
    @Transactional
    public IngestJob startCrawl(String start, Integer maxPages, Integer maxDepth, LocalDate since) {
        String url;
        try {
            url = fetcher.checkAddress(start).toString();
        } catch (FetchRefusedException e) {
            throw new InvalidIngestRequestException("The crawl cannot start there: " + e.getMessage() + ".",
                    List.of(e.getMessage()));
        }
        int pages = maxPages == null ? properties.defaultMaxPages() : maxPages;
        int depth = maxDepth == null ? properties.defaultMaxDepth() : maxDepth;
        if (pages < 1 || pages > properties.maxMaxPages()) {
            throw new InvalidIngestRequestException("maxPages must be between 1 and " + properties.maxMaxPages() + ".",
                    List.of("maxPages: " + pages));
        }
        if (depth < 0 || depth > 1000) {
            throw new InvalidIngestRequestException("maxDepth must be between 0 and 1000.", List.of("maxDepth: " + depth));
        }
        IngestJob job = new IngestJob(IngestJobKind.CRAWL, url, null, Instant.now());
        job.bound(pages, depth, since);
        jobs.save(job);
        IngestJobUrl.Kind kind = isSitemap(url) ? IngestJobUrl.Kind.SITEMAP : IngestJobUrl.Kind.LISTING;
        frontier.save(new IngestJobUrl(job.getId(), url, kind, 0, Instant.now()));
        events.publishEvent(new JobQueued(job.getId()));
        return job;
    }

    /** Queues the rebuilding of every article from its newest archived page, with no fetching. */
    @Transactional
    public IngestJob startReparse() {
        IngestJob job = jobs.save(new IngestJob(IngestJobKind.REPARSE, "all articles", null, Instant.now()));
        events.publishEvent(new JobQueued(job.getId()));
        return job;
    }

    /**
     * Queues the import of a web archive file (WARC or WACZ) that the service can read: its article pages become
     * snapshots at their capture dates. The file is checked to be one before anything is queued.
     *
     * @throws InvalidIngestRequestException when the file cannot be read or is not a web archive
     */
    @Transactional
    public IngestJob submitImport(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String problem = WebArchiveReader.problemWith(absolute);
        if (problem != null) {
            throw new InvalidIngestRequestException("Nothing was queued: " + problem + ".", List.of(problem));
        }
        IngestJob job = jobs.save(new IngestJob(IngestJobKind.IMPORT, absolute.toString(), null, Instant.now()));
        events.publishEvent(new JobQueued(job.getId()));
        return job;
    }

    @Transactional(readOnly = true)
    public Optional<JobProgress> progress(long id) {
        return jobs.findById(id).map(this::progressOf);
    }

    @Transactional(readOnly = true)
    public Page<JobProgress> list(int page, int size) {
        return jobs.findAll(PageRequest.of(page, size, Sort.by(Sort.Order.desc("id")))).map(this::progressOf);
    }

    private JobProgress progressOf(IngestJob job) {
        if (job.getKind() == IngestJobKind.IMPORT) {
            return JobProgress.ofImport(job);
        }
        if (job.getKind() == IngestJobKind.REPARSE) {
            long total = job.getTotal() == null ? 0 : job.getTotal();
            return JobProgress.of(job, total, Math.max(0, total - job.getDone() - job.getFailed() - job.getSkipped()));
        }
        return JobProgress.of(job, frontier.countByJobId(job.getId()),
                frontier.countByJobIdAndStatus(job.getId(), IngestJobUrl.Status.PENDING));
    }

    static boolean isSitemap(String url) {
        String path = java.net.URI.create(url).getPath();
        return path != null && (path.endsWith(".xml") || path.endsWith(".xml.gz") || path.contains("sitemap"));
    }
}
