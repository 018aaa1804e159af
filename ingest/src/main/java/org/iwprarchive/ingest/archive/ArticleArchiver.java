package org.iwprarchive.ingest.archive;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersion;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.domain.source.Quotation;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.ParsedAuthor;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.iwprarchive.ingest.quote.Attribution;
import org.iwprarchive.ingest.quote.QuoteExtractor;
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
    private final MeterRegistry meters;

    ArticleArchiver(ArticleParser parser, ArticleRepository articles, SnapshotRepository snapshots,
                    TagResolver tags, ArticleVersionRepository versions, TransactionTemplate transactions,
                    EntityManager entityManager, ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.parser = parser;
        this.articles = articles;
        this.snapshots = snapshots;
        this.tags = tags;
        this.versions = versions;
        this.transactions = transactions;
        this.entityManager = entityManager;
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
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            Optional<ArchivedPage> archived = archiveTimed(capture, since);
            outcome = archived.map(page -> page.outcome().name().toLowerCase(Locale.ROOT)).orElse("skipped");
            return archived;
        } catch (UnparseablePageException | InvalidArticleUrlException e) {
            outcome = "unreadable";
            throw e;
        } finally {
            sample.stop(Timer.builder("iwpr.ingest.pages")
                    .description("Pages archived: parse and store, by what it did to the article")
                    .tag("origin", capture.origin().name().toLowerCase(Locale.ROOT))
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private Optional<ArchivedPage> archiveTimed(PageCapture capture, LocalDate since) {
        String given = capture.origin() == SnapshotOrigin.FILE ? null : capture.requestedUrl();
        ParsedArticle parsed = parser.parse(capture.content(), capture.contentType(), given);
        LocalDate published = parsed.content().publishedOn();
        if (since != null && published != null && published.isBefore(since)) {
            return Optional.empty();
        }
        return Optional.of(inTransaction(() -> {
            articles.lockArticle(parsed.canonicalUrl());
            Snapshot snapshot = snapshots.findFirstBySha256AndRevisitOfIsNullOrderByIdAsc(Snapshot.sha256(capture.content()))
                    .map(earlier -> Snapshot.revisit(capture, earlier))
                    .orElseGet(() -> Snapshot.original(capture));
            snapshots.save(snapshot);
            return store(parsed, capture.fetchedAt(), snapshot);
        }));
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
            articles.lockArticle(parsed.canonicalUrl());
            return store(parsed, snapshot.getFetchedAt(), snapshot);
        }));
    }

    /** Finds who the article quotes and replaces its quotations with what the current rules find. */
    private void quote(Article article, ParsedArticle parsed) {
        List<Attribution> found = quotes.extract(parsed.content().paragraphs(),
                parsed.authors().stream().map(ParsedAuthor::name).toList());
        if (!article.getQuotations().isEmpty()) {
            article.replaceQuotations(List.of());
            entityManager.flush(); // the old rows go before the new ones take their positions
        }
        List<Source> sources = tags.sources(found, article.getCanonicalUrl());
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

    private ArchivedPage store(ParsedArticle parsed, Instant fetchedAt, Snapshot snapshot) {
        Article article = articles.findByCanonicalUrl(parsed.canonicalUrl()).orElse(null);
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
        articles.save(article);
        quote(article, parsed);
        if (outcome != ArchiveOutcome.UNCHANGED) {
            versions.save(ArticleVersion.of(article, snapshot.getId()));
        }
        snapshot.recordParse(article, ArticleParser.VERSION, parsed.fieldRules());
        return new ArchivedPage(article.getId(), article.getVersion(), snapshot.getId(), outcome, snapshot.isRevisit());
    }

}
