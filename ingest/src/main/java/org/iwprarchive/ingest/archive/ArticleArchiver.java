package org.iwprarchive.ingest.archive;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.iwprarchive.domain.TextLimits;
import org.iwprarchive.domain.archive.PageBytes;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersion;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.ParsedAuthor;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.iwprarchive.ingest.quote.Attribution;
import org.iwprarchive.ingest.quote.QuoteExtractor;
import org.iwprarchive.ingest.quote.ArabicQuoteExtractor;
import org.iwprarchive.ingest.quote.CyrillicQuoteExtractor;
import org.iwprarchive.ingest.quote.EuropeanQuoteExtractor;
import org.iwprarchive.ingest.quote.PersianQuoteExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a received page: the raw snapshot and the article parsed from it, in one transaction. The page is
 * parsed before anything is written, so a page that cannot be read leaves no trace.
 */
@Service
public class ArticleArchiver {

    private static final Logger log = LoggerFactory.getLogger(ArticleArchiver.class);
    private static final int MAX_ATTEMPTS = 3;

    private final ArticleParser parser;
    private final ArticleRepository articles;
    private final SnapshotRepository snapshots;
    private final TagResolver tags;
    private final ArticleVersionRepository versions;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final CyrillicQuoteExtractor russianQuotes = CyrillicQuoteExtractor.russian();
    private final CyrillicQuoteExtractor ukrainianQuotes = CyrillicQuoteExtractor.ukrainian();
    private final ArabicQuoteExtractor arabicQuotes = new ArabicQuoteExtractor();
    private final EuropeanQuoteExtractor frenchQuotes = EuropeanQuoteExtractor.french();
    private final EuropeanQuoteExtractor spanishQuotes = EuropeanQuoteExtractor.spanish();
    private final EuropeanQuoteExtractor bcsQuotes = EuropeanQuoteExtractor.bosnianCroatianSerbian();
    private final EuropeanQuoteExtractor albanianQuotes = EuropeanQuoteExtractor.albanian();
    private final EuropeanQuoteExtractor macedonianQuotes = EuropeanQuoteExtractor.macedonian();
    private final PersianQuoteExtractor persianQuotes = new PersianQuoteExtractor();
    private final MeterRegistry meters;
    private final ReportLinker reports;

    ArticleArchiver(ArticleParser parser, ArticleRepository articles, SnapshotRepository snapshots,
                    TagResolver tags, ArticleVersionRepository versions, TransactionTemplate transactions,
                    EntityManager entityManager, ObjectProvider<MeterRegistry> meters, ReportLinker reports) {
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.parser = parser;
        this.articles = articles;
        this.snapshots = snapshots;
        this.tags = tags;
        this.versions = versions;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.reports = reports;
    }

    /**
     * Archives one page and the article in it.
     *
     * @throws org.iwprarchive.ingest.parse.UnparseablePageException   when the page is not a readable article
     * @throws org.iwprarchive.ingest.parse.InvalidArticleUrlException when it has no address on the site
     */
    public ArchivedPage archive(PageCapture capture) {
        return archive(capture, null).orElseThrow();
    }

    /**
     * Archives one page unless the article in it was published before {@code since}; then nothing is stored.
     * The page is parsed before the transaction begins, so a page that cannot be read costs no database work.
     */
    public Optional<ArchivedPage> archive(PageCapture capture, LocalDate since) {
        Optional<ReadPage> read = read(capture, since);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(storeAll(List.of(read.get()), stored -> { }).get(0));
    }

    /**
     * Reads a page without touching the database: the article parsed from it and the quotations found in it.
     *
     * @return empty when the article was published before {@code since} (nothing is to be stored)
     * @throws org.iwprarchive.ingest.parse.UnparseablePageException   when the page is not a readable article
     * @throws org.iwprarchive.ingest.parse.InvalidArticleUrlException when it has no address on the site
     */
    public Optional<ReadPage> read(PageCapture capture, LocalDate since) {
        long start = System.nanoTime();
        try {
            String given = capture.origin() == SnapshotOrigin.FILE ? null : capture.requestedUrl();
            ParsedArticle parsed = parser.parse(capture.content(), capture.contentType(), given);
            if (parsed.capturedAt() != null && capture.origin() != SnapshotOrigin.ARCHIVE) {
                // a page saved from a Wayback Machine: archived as the capture it is, at the capture's time
                capture = capture.capturedAt(parsed.capturedAt());
            }
            LocalDate published = parsed.content().publishedOn();
            if (since != null && published != null && published.isBefore(since)) {
                record(capture, "skipped", System.nanoTime() - start);
                return Optional.empty();
            }
            List<Attribution> found = attributions(parsed);
            return Optional.of(new ReadPage(capture, parsed, found, anchors(parsed, found),
                    PageBytes.of(capture.content()), System.nanoTime() - start));
        } catch (UnparseablePageException | InvalidArticleUrlException e) {
            record(capture, "unreadable", System.nanoTime() - start);
            throw e;
        }
    }

    /**
     * Stores read pages in one transaction: each page's snapshot and article, then {@code alsoInTransaction}
     * with what was stored (in the order of {@code pages}), so that a caller's bookkeeping commits or rolls back
     * with the pages. Articles are locked in address order, so two writers of overlapping batches never wait on
     * each other in a circle; a write that still meets a concurrent one is run again from the start.
     *
     * @throws RuntimeException when the batch cannot be stored; then nothing of it is (and a batch of several
     *                          pages is not counted in the ingest timer: its pages are expected to be stored
     *                          one by one next, as ingest jobs do)
     */
    public List<ArchivedPage> storeAll(List<ReadPage> pages, Consumer<List<ArchivedPage>> alsoInTransaction) {
        if (pages.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        List<ArchivedPage> stored = null;
        try {
            stored = inTransaction(() -> {
                // What this transaction writes is only read back by queries that need no flush first: articles
                // are inserted at once (identity keys), tags and sources by native statements, and the articles
                // and snapshots of the batch are read once, before any page is stored, then kept in the maps
                // below. Flushing before every query would dirty-check the whole batch again and again.
                entityManager.setFlushMode(FlushModeType.COMMIT);
                // the articles, and the bytes: two writers of identical bytes under different addresses take turns,
                // so the second finds the first one's snapshot and records a revisit instead of a second copy
                articles.lockArticles(Stream.concat(pages.stream().map(page -> page.parsed().canonicalUrl()),
                                pages.stream().map(page -> "sha256:" + page.sha256()))
                        .sorted().distinct().toArray(String[]::new));
                List<List<Source>> sources = tags.sources(pages.stream()
                        .map(page -> new TagResolver.QuotedIn(page.attributions(), page.parsed().canonicalUrl()))
                        .toList());
                Batch batch = new Batch(pages);
                List<ArchivedPage> done = new ArrayList<>(pages.size());
                for (int i = 0; i < pages.size(); i++) {
                    done.add(store(pages.get(i), sources.get(i), batch));
                }
                alsoInTransaction.accept(done);
                return done;
            });
            return stored;
        } finally {
            // a batch that fails as a whole is not counted: its pages are stored (and counted) one by one next
            if (stored != null || pages.size() == 1) {
                recordStored(pages, stored, System.nanoTime() - start);
            }
        }
    }

    /** Counts each page in the ingest timer: its reading and its share of the transaction. */
    private void recordStored(List<ReadPage> pages, List<ArchivedPage> stored, long nanos) {
        long share = nanos / pages.size();
        for (int i = 0; i < pages.size(); i++) {
            String outcome = stored == null ? "failed" : stored.get(i).outcome().name().toLowerCase(Locale.ROOT);
            record(pages.get(i).capture(), outcome, pages.get(i).readNanos() + share);
        }
    }

    private void record(PageCapture capture, String outcome, long nanos) {
        Timer.builder("iwpr.ingest.pages")
                .description("Pages archived: parse and store, by what it did to the article")
                .tag("origin", capture.origin().name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The articles and the archived originals a batch of pages meets, each read by one query for the whole batch,
     * and what the batch adds to them as it is stored (a second page of the same article or with the same bytes
     * finds what the first one made).
     */
    private final class Batch {
        private final Map<String, Article> articlesByUrl = new HashMap<>();
        private final Map<String, Long> archivedOriginals = new HashMap<>();
        private final Map<String, Snapshot> originals = new HashMap<>();

        Batch(List<ReadPage> pages) {
            articles.findByCanonicalUrlIn(pages.stream().map(page -> page.parsed().canonicalUrl()).distinct()
                    .toList()).forEach(article -> articlesByUrl.put(article.getCanonicalUrl(), article));
            snapshots.findOriginals(pages.stream().map(ReadPage::sha256).distinct().toArray(String[]::new))
                    .forEach(original -> archivedOriginals.put(original.getSha256(), original.getId()));
        }

        /** The snapshot that keeps these bytes, from the archive or from this batch; null when none does. */
        Snapshot original(String sha256) {
            Snapshot original = originals.get(sha256);
            Long archived = archivedOriginals.get(sha256);
            if (original == null && archived != null) {
                original = entityManager.find(Snapshot.class, archived);
                originals.put(sha256, original);
            }
            return original;
        }
    }

    private ArchivedPage store(ReadPage page, List<Source> sources, Batch batch) {
        PageCapture capture = page.capture();
        Snapshot earlier = batch.original(page.sha256());
        Snapshot snapshot = earlier == null ? Snapshot.original(capture, page.bytes())
                : Snapshot.revisit(capture, page.sha256(), earlier);
        if (earlier == null) {
            batch.originals.put(page.sha256(), snapshot);
        }
        String url = page.parsed().canonicalUrl();
        ArchivedPage stored = store(page.parsed(), page.attributions(), page.anchors(), sources, capture.fetchedAt(),
                snapshot, batch.articlesByUrl.get(url));
        // the snapshot now points at the article, new or not: a later page at the same address finds it
        batch.articlesByUrl.put(url, snapshot.getArticle());
        return stored;
    }

    /**
     * Parses the newest archived page of an article again with the current rules, without fetching it.
     *
     * @return what the new parse changed, or empty when the article has no archived page
     */
    public Optional<ArchivedPage> reparse(long articleId) {
        return Optional.ofNullable(inTransaction(() -> {
            Optional<Snapshot> newest = snapshots.findFirstByArticleIdOrderByFetchedAtDescIdDesc(articleId);
            if (newest.isEmpty()) {
                return null;
            }
            Snapshot snapshot = newest.get();
            String given = snapshot.getOrigin() == SnapshotOrigin.FILE ? null : snapshot.getRequestedUrl();
            ParsedArticle parsed = parser.parse(snapshot.content(), snapshot.getContentType(), given);
            articles.lockArticles(new String[] {parsed.canonicalUrl()});
            List<Attribution> found = attributions(parsed);
            List<Source> sources = tags.sources(List.of(new TagResolver.QuotedIn(found, parsed.canonicalUrl()))).get(0);
            return store(parsed, found, anchors(parsed, found), sources, snapshot.getFetchedAt(), snapshot,
                    articles.findByCanonicalUrl(parsed.canonicalUrl()).orElse(null));
        }));
    }

    /**
     * Who the article quotes, by the current rules, with names and roles within what the archive keeps. The rules
     * read English, Russian, Ukrainian, Arabic, French, Spanish, Bosnian, Croatian and Serbian, Albanian or
     * Macedonian, each in an article of its language; an article in another language has none found rather than
     * misread ones.
     */
    private List<Attribution> attributions(ParsedArticle parsed) {
        List<String> paragraphs = parsed.content().paragraphs();
        List<String> authors = parsed.authors().stream().map(ParsedAuthor::name).toList();
        String language = parsed.content().language() == null ? "" : parsed.content().language();
        List<Attribution> found = switch (language) {
            case "en" -> quotes.extract(paragraphs, authors);
            case "ru" -> russianQuotes.extract(paragraphs, authors);
            case "uk" -> ukrainianQuotes.extract(paragraphs, authors);
            case "ar" -> arabicQuotes.extract(paragraphs, authors);
            case "fr" -> frenchQuotes.extract(paragraphs, authors);
            case "es" -> spanishQuotes.extract(paragraphs, authors);
            case "bs", "hr", "sr" -> bcsQuotes.extract(paragraphs, authors);
            case "sq" -> albanianQuotes.extract(paragraphs, authors);
            case "mk" -> macedonianQuotes.extract(paragraphs, authors);
            // Dari pages may declare ISO 639-3 "prs"; their text reads as Persian
            case "fa", "prs" -> persianQuotes.extract(paragraphs, authors);
            default -> List.of();
        };
        return found.stream()
                .map(a -> new Attribution(TextLimits.cut(a.source(), TextLimits.NAME), a.sourceKind(),
                        TextLimits.cut(a.role(), TextLimits.ROLE), a.text(), a.kind(),
                        TextLimits.cut(a.cue(), TextLimits.CUE), a.paragraph()))
                .toList();
    }

    /** What the article's text shares with its editions in other languages ({@link EditionAnchors}). */
    private static List<String> anchors(ParsedArticle parsed, List<Attribution> found) {
        return List.copyOf(EditionAnchors.of(parsed.content().paragraphs(), found, parsed.content().language()));
    }

    /** Replaces the article's quotations with those found now. */
    private void quote(Article article, List<Attribution> found, List<Source> sources) {
        if (!article.getQuotations().isEmpty()) {
            article.replaceQuotations(List.of());
            entityManager.flush(); // the old rows go before the new ones take their positions
        }
        List<Quotation> quotations = new ArrayList<>();
        for (Attribution attribution : found) {
            quotations.add(new Quotation(article, sources.get(quotations.size()), attribution.text(),
                    attribution.kind(), attribution.role(), attribution.cue(), quotations.size()));
        }
        article.replaceQuotations(quotations);
    }

    /**
     * Runs one archive write in its own transaction. Writers of different articles run side by side; when
     * two of them meet on a shared row (a new author, a place) PostgreSQL may end one of them, which is then
     * run again from the start.
     */
    private <T> T inTransaction(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> write.get());
            } catch (PessimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Archive write met a concurrent one ({}); trying again", e.getMostSpecificCause().getMessage());
            }
        }
    }

    /**
     * The article's date after this page: a printed one (from an earlier page too, while no newer page printed one),
     * or, for a web archive's capture of a page that prints none, the day of the earliest capture, marked as such
     * ({@code datedBy} CAPTURE).
     */
    private static void settleDate(Article article, ParsedArticle parsed, Snapshot snapshot, Instant capturedAt) {
        LocalDate printed = parsed.content().publishedOn();
        if (printed != null) {
            // an earlier page of an article whose newer pages print no date (the newest is taken as it is)
            article.printedOn(printed);
        } else if (snapshot.getOrigin() == SnapshotOrigin.ARCHIVE) {
            article.capturedOn(LocalDate.ofInstant(capturedAt, ZoneOffset.UTC));
        }
    }

    /**
     * @param snapshot the page's snapshot: a new one is saved here, complete, so it is inserted without a later
     *                 update
     * @param article  the stored article at the page's address, or null when there is none yet
     */
    private ArchivedPage store(ParsedArticle parsed, List<Attribution> found, List<String> anchors,
                               List<Source> sources, Instant fetchedAt, Snapshot snapshot, Article article) {
        if (article != null && fetchedAt.isBefore(article.getLastFetchedAt())) {
            // an earlier capture (a backfill): kept with what was read from it, but an older text never takes
            // the place of a newer one, and the article's versions stay in the order they were captured
            settleDate(article, parsed, snapshot, fetchedAt);
            snapshot.recordParse(article, ArticleParser.VERSION, parsed.fieldRules());
            if (snapshot.getId() == null) {
                snapshots.save(snapshot);
            }
            return new ArchivedPage(article.getId(), article.getVersion(), snapshot.getId(), ArchiveOutcome.EARLIER,
                    snapshot.isRevisit());
        }
        ArchiveOutcome outcome;
        if (article == null) {
            article = new Article(parsed.canonicalUrl(), parsed.slug(), parsed.content(), fetchedAt);
            outcome = ArchiveOutcome.CREATED;
        } else {
            outcome = article.revise(parsed.content(), fetchedAt) ? ArchiveOutcome.UPDATED : ArchiveOutcome.UNCHANGED;
        }
        article.creditAuthors(parsed.authors().stream().map(tags::author).toList());
        article.tagLocations(parsed.locations().stream().map(tags::location).toList());
        article.tagTopics(parsed.topics().stream().map(tags::topic).toList());
        boolean relinked = article.linkEditions(parsed.editions());
        boolean reanchored = article.anchor(anchors);
        settleDate(article, parsed, snapshot, fetchedAt);
        // an article already in the session is tracked as it is; saving it again would merge it, and a merge
        // makes managed copies of quotations a second page of the same article in one batch is about to replace
        if (outcome == ArchiveOutcome.CREATED) {
            articles.save(article);
        }
        if (outcome == ArchiveOutcome.CREATED || relinked || reanchored) {
            // a new address may be an edition other archived pages link; new links, or a text that now says what
            // another edition says, may join other editions
            reports.touched(article);
        }
        quote(article, found, sources);
        snapshot.recordParse(article, ArticleParser.VERSION, parsed.fieldRules());
        if (snapshot.getId() == null) {
            snapshots.save(snapshot);
        }
        if (outcome != ArchiveOutcome.UNCHANGED) {
            versions.save(ArticleVersion.of(article, snapshot.getId()));
        }
        return new ArchivedPage(article.getId(), article.getVersion(), snapshot.getId(), outcome, snapshot.isRevisit());
    }

}
