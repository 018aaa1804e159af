package org.iwprarchive.ingest.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobKind;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.fetch.FetchRefusedException;
import org.iwprarchive.ingest.fetch.PageFetcher;
import org.iwprarchive.ingest.fetch.WaybackProperties;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.webarchive.CdxPage;
import org.iwprarchive.ingest.webarchive.WebArchiveReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues ingest work (address lists, crawls, imports, backfills, reparses) and reports on it. */
@Service
public class IngestJobs {

    /** A backfill's bound: a year, a month, a day, or a Wayback timestamp. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|\\d{4,14}");

    private final IngestJobRepository jobs;
    private final IngestJobUrlRepository frontier;
    private final PageFetcher fetcher;
    private final JobProperties properties;
    private final ApplicationEventPublisher events;
    private final JobWork work;

    private final ArticleParser parser;
    private final WaybackProperties wayback;

    IngestJobs(IngestJobRepository jobs, IngestJobUrlRepository frontier, PageFetcher fetcher, JobProperties properties,
               ApplicationEventPublisher events, JobWork work, ArticleParser parser, WaybackProperties wayback) {
        this.parser = parser;
        this.wayback = wayback;
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

    /**
     * Queues a backfill from the Wayback Machine: the captures of the site's pages under an address prefix, listed
     * through its CDX API (successful HTML captures, one of each run of identical ones, between {@code from} and
     * {@code to}), each article page fetched raw and archived at its capture date. As polite and bounded as a
     * crawl: the Wayback Machine's hosts are fetched for this job only, at the politeness delay, with robots.txt.
     *
     * @param prefix   an address prefix on the site ({@code https://iwpr.net/global-voices/}, scheme optional)
     * @param from     the earliest capture: a year, year and month, day ({@code 2005}, {@code 2005-03},
     *                 {@code 2005-03-18}) or a Wayback timestamp; null for any
     * @param to       the latest, likewise
     * @param maxPages the most captures to archive
     */
    @Transactional
    public IngestJob startBackfill(String prefix, String from, String to, Integer maxPages) {
        String cdxPrefix = backfillPrefix(prefix);
        String fromStamp = timestamp("from", from);
        String toStamp = timestamp("to", to);
        if (fromStamp != null && toStamp != null && fromStamp.compareTo(toStamp.substring(0,
                Math.min(fromStamp.length(), toStamp.length()))) > 0) {
            throw new InvalidIngestRequestException("from must not be after to.", List.of("from: " + from, "to: " + to));
        }
        int pages = maxPages == null ? properties.defaultMaxPages() : maxPages;
        if (pages < 1 || pages > properties.maxMaxPages()) {
            throw new InvalidIngestRequestException("maxPages must be between 1 and " + properties.maxMaxPages() + ".",
                    List.of("maxPages: " + pages));
        }
        String query = CdxPage.query(wayback.endpoint(), cdxPrefix, fromStamp, toStamp, wayback.pageSize(), null);
        try {
            fetcher.checkArchiveAddress(query);
        } catch (FetchRefusedException e) {
            throw new InvalidIngestRequestException("The Wayback Machine cannot be asked: " + e.getMessage()
                    + " (iwpr.wayback.hosts).", List.of(e.getMessage()));
        }
        IngestJob job = new IngestJob(IngestJobKind.BACKFILL, "captures of " + cdxPrefix
                + (fromStamp == null ? "" : " from " + fromStamp) + (toStamp == null ? "" : " to " + toStamp)
                + " in " + wayback.endpoint(), null, Instant.now());
        job.bound(pages, null, null);
        jobs.save(job);
        frontier.save(new IngestJobUrl(job.getId(), query, IngestJobUrl.Kind.CDX, 0, Instant.now()));
        events.publishEvent(new JobQueued(job.getId()));
        return job;
    }

    /** The CDX form of a site prefix: host and path, no scheme ({@code iwpr.net/global-voices/}). */
    private String backfillPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new InvalidIngestRequestException("The request names no prefix: send {\"prefix\": "
                    + "\"https://iwpr.net/global-voices/\"}.", List.of());
        }
        String withScheme = prefix.strip().contains("://") ? prefix.strip() : "https://" + prefix.strip();
        try {
            java.net.URI uri = java.net.URI.create(withScheme);
            parser.canonicalUrl(withScheme);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getHost().toLowerCase(java.util.Locale.ROOT) + path;
        } catch (IllegalArgumentException | InvalidArticleUrlException e) {
            throw new InvalidIngestRequestException("The prefix is not an address on the site: " + prefix + ".",
                    List.of("prefix: " + prefix));
        }
    }

    /** A Wayback timestamp (digits only) from a year, month, day or timestamp; null for none. */
    private static String timestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DATE.matcher(value.strip()).matches()) {
            throw new InvalidIngestRequestException(name + " must be a year, a month or a day (2005, 2005-03, "
                    + "2005-03-18) or a timestamp of 4 to 14 digits.", List.of(name + ": " + value));
        }
        return value.strip().replace("-", "");
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
