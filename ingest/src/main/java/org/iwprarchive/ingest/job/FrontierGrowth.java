package org.iwprarchive.ingest.job;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.fetch.FetchFailedException;
import org.iwprarchive.ingest.fetch.FetchRefusedException;
import org.iwprarchive.ingest.fetch.FetchedPage;
import org.iwprarchive.ingest.fetch.PageFetcher;
import org.iwprarchive.ingest.fetch.Validators;
import org.iwprarchive.ingest.fetch.WaybackProperties;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.ListingLinks;
import org.iwprarchive.ingest.parse.SitemapLinks;
import org.iwprarchive.ingest.webarchive.CdxPage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a crawl's frontier grows: a listing page adds its articles and its next pages, a sitemap index its
 * sitemaps, a sitemap its article pages, each within the crawl's bounds, de-duplicated by the frontier itself.
 */
@Component
class FrontierGrowth {

    private final IngestJobUrlRepository frontier;
    private final PageFetcher fetcher;
    private final ArticleParser parser;
    private final JobLedger ledger;
    private final TransactionTemplate transactions;

    private final WaybackProperties wayback;

    FrontierGrowth(IngestJobUrlRepository frontier, PageFetcher fetcher, ArticleParser parser, JobLedger ledger,
                   TransactionTemplate transactions, WaybackProperties wayback) {
        this.wayback = wayback;
        this.frontier = frontier;
        this.fetcher = fetcher;
        this.parser = parser;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    /** Fetches a listing page and adds its articles, and its next pages while the crawl may go deeper. */
    void listing(IngestJob job, IngestJobUrl item) {
        FetchedPage page = fetcher.fetchPage(item.getUrl(), Validators.NONE);
        ListingLinks links = parser.listingLinks(page.content(), page.finalUrl());
        int nextDepth = item.getDepth() + 1;
        boolean deeper = job.getMaxDepth() == null || nextDepth <= job.getMaxDepth();
        int added = transactions.execute(status -> {
            int count = enqueue(job.getId(), links.articles(), IngestJobUrl.Kind.ARTICLE, nextDepth);
            if (deeper) {
                enqueue(job.getId(), links.nextPages(), IngestJobUrl.Kind.LISTING, nextDepth);
            }
            return count;
        });
        ledger.finish(item, u -> u.done("listed " + links.articles().size() + " articles, " + added + " new",
                null, Instant.now()), IngestJob::succeeded);
    }

    /**
     * Fetches a sitemap and adds what it lists: the sitemaps of an index while the crawl may go deeper, the
     * article pages of a sitemap unless it says they last changed before the crawl's {@code since}.
     */
    void sitemap(IngestJob job, IngestJobUrl item) {
        FetchedPage page = fetcher.fetchSitemap(item.getUrl());
        SitemapLinks links = SitemapLinks.of(page.content(), page.contentType(), page.finalUrl());
        int nextDepth = item.getDepth() + 1;
        boolean deeper = job.getMaxDepth() == null || nextDepth <= job.getMaxDepth();
        int added;
        if (!links.sitemaps().isEmpty()) {
            added = deeper ? transactions.execute(s -> enqueue(job.getId(), links.sitemaps(),
                    IngestJobUrl.Kind.SITEMAP, nextDepth)) : 0;
        } else {
            List<String> pages = links.pagesSince(job.getPublishedSince()).stream().filter(parser::isArticleUrl)
                    .toList();
            added = transactions.execute(s -> enqueue(job.getId(), pages, IngestJobUrl.Kind.ARTICLE, nextDepth));
        }
        ledger.finish(item, u -> u.done("sitemap gave " + added + " new addresses", null, Instant.now()),
                IngestJob::succeeded);
    }

    /**
     * Fetches a page of a backfill's CDX listing and adds its captures of article pages (each to be fetched
     * raw from the Wayback Machine), and the listing's next page when there is one.
     */
    void cdx(IngestJob job, IngestJobUrl item) {
        FetchedPage page = fetcher.fetchCdx(item.getUrl());
        CdxPage listed;
        try {
            listed = CdxPage.parse(page.content());
        } catch (IllegalArgumentException e) {
            throw new FetchFailedException(e.getMessage() + " (" + item.getUrl() + ")");
        }
        List<String> captures = listed.captures().stream()
                .filter(capture -> parser.isArticleUrl(capture.original()))
                .map(capture -> capture.rawAddress(wayback.endpoint()))
                .toList();
        int added = transactions.execute(status -> {
            int count = enqueueArchived(job.getId(), captures, IngestJobUrl.Kind.ARTICLE, item.getDepth() + 1);
            if (listed.resumeKey() != null) {
                enqueueArchived(job.getId(), List.of(CdxPage.resumed(item.getUrl(), listed.resumeKey())),
                        IngestJobUrl.Kind.CDX, item.getDepth() + 1);
            }
            return count;
        });
        ledger.finish(item, u -> u.done("listed " + listed.captures().size() + " captures, " + captures.size()
                + " of article pages, " + added + " new", null, Instant.now()), IngestJob::succeeded);
    }

    private int enqueueArchived(long jobId, List<String> urls, IngestJobUrl.Kind kind, int depth) {
        Set<String> checked = new LinkedHashSet<>();
        for (String url : urls) {
            try {
                checked.add(fetcher.checkArchiveAddress(url).toString());
            } catch (FetchRefusedException e) {
                // an address the archive's allow-list refuses is not fetched
            }
        }
        return checked.isEmpty() ? 0
                : frontier.enqueue(jobId, checked.toArray(String[]::new), kind.name(), depth, Instant.now());
    }

    /** Adds the fetchable addresses among {@code urls} that the frontier does not hold yet; returns how many. */
    private int enqueue(long jobId, List<String> urls, IngestJobUrl.Kind kind, int depth) {
        Set<String> checked = new LinkedHashSet<>();
        for (String url : urls) {
            try {
                checked.add(fetcher.checkAddress(url).toString());
            } catch (FetchRefusedException e) {
                // a link off the site is not followed
            }
        }
        return checked.isEmpty() ? 0
                : frontier.enqueue(jobId, checked.toArray(String[]::new), kind.name(), depth, Instant.now());
    }
}
