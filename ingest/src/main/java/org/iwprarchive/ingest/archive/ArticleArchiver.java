package org.iwprarchive.ingest.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersion;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.domain.topic.Topic;
import org.iwprarchive.domain.topic.TopicRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.parse.ParsedAuthor;
import org.iwprarchive.ingest.parse.ParsedLocation;
import org.iwprarchive.ingest.parse.ParsedTopic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a received page: the raw snapshot and the article parsed from it, in one transaction. The page is
 * parsed before anything is written, so a page that cannot be read leaves no trace.
 */
@Service
public class ArticleArchiver {

    private final ArticleParser parser;
    private final ArticleRepository articles;
    private final SnapshotRepository snapshots;
    private final AuthorRepository authors;
    private final LocationRepository locations;
    private final TopicRepository topics;
    private final ArticleVersionRepository versions;

    ArticleArchiver(ArticleParser parser, ArticleRepository articles, SnapshotRepository snapshots,
                    AuthorRepository authors, LocationRepository locations, TopicRepository topics,
                    ArticleVersionRepository versions) {
        this.parser = parser;
        this.articles = articles;
        this.snapshots = snapshots;
        this.authors = authors;
        this.locations = locations;
        this.topics = topics;
        this.versions = versions;
    }

    /**
     * Archives one page and the article in it.
     *
     * @throws org.iwprarchive.ingest.parse.UnparseablePageException   when the page is not a readable article
     * @throws org.iwprarchive.ingest.parse.InvalidArticleUrlException when it has no address on the site
     */
    @Transactional
    public ArchivedPage archive(PageCapture capture) {
        return archive(capture, null).orElseThrow();
    }

    /**
     * Archives one page unless the article in it was published before {@code since}; then nothing is stored.
     */
    @Transactional
    public Optional<ArchivedPage> archive(PageCapture capture, LocalDate since) {
        String given = capture.origin() == SnapshotOrigin.FILE ? null : capture.requestedUrl();
        ParsedArticle parsed = parser.parse(capture.content(), capture.contentType(), given);
        LocalDate published = parsed.content().publishedOn();
        if (since != null && published != null && published.isBefore(since)) {
            return Optional.empty();
        }
        articles.lockArchiveWrites();

        Snapshot snapshot = snapshots.findFirstBySha256AndRevisitOfIsNullOrderByIdAsc(Snapshot.sha256(capture.content()))
                .map(earlier -> Snapshot.revisit(capture, earlier))
                .orElseGet(() -> Snapshot.original(capture));
        snapshots.save(snapshot);
        return Optional.of(store(parsed, capture.fetchedAt(), snapshot));
    }

    /**
     * Parses the newest archived page of an article again with the current rules, without fetching it.
     *
     * @return what the new parse changed, or empty when the article has no archived page
     */
    @Transactional
    public Optional<ArchivedPage> reparse(long articleId) {
        Optional<Snapshot> newest = snapshots.findFirstByArticleIdOrderByFetchedAtDescIdDesc(articleId);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = newest.get();
        String given = snapshot.getOrigin() == SnapshotOrigin.FILE ? null : snapshot.getRequestedUrl();
        ParsedArticle parsed = parser.parse(snapshot.content(), snapshot.getContentType(), given);
        articles.lockArchiveWrites();
        return Optional.of(store(parsed, snapshot.getFetchedAt(), snapshot));
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
        article.creditAuthors(parsed.authors().stream().map(this::author).toList());
        article.tagLocations(parsed.locations().stream().map(this::location).toList());
        article.tagTopics(parsed.topics().stream().map(this::topic).toList());
        articles.save(article);
        if (outcome != ArchiveOutcome.UNCHANGED) {
            versions.save(ArticleVersion.of(article, snapshot.getId()));
        }
        snapshot.recordParse(article, ArticleParser.VERSION, parsed.fieldRules());
        return new ArchivedPage(article.getId(), article.getVersion(), snapshot.getId(), outcome, snapshot.isRevisit());
    }

    private Author author(ParsedAuthor parsed) {
        Author author = authors.findBySlug(parsed.slug())
                .orElseGet(() -> authors.save(new Author(parsed.name(), parsed.slug())));
        author.describe(parsed.bio(), parsed.profileUrl());
        return author;
    }

    private Location location(ParsedLocation parsed) {
        List<ParsedLocation> chain = new ArrayList<>();
        for (ParsedLocation at = parsed; at != null; at = at.parent()) {
            chain.add(0, at);
        }
        Location parent = null;
        Location current = null;
        for (ParsedLocation link : chain) {
            current = locations.findBySlug(link.slug())
                    .orElseGet(() -> locations.save(new Location(link.name(), link.slug(), link.kind())));
            current.refine(link.kind(), link.url());
            if (parent != null && current.getParent() == null) {
                current.placeIn(parent);
            }
            parent = current;
        }
        return current;
    }

    private Topic topic(ParsedTopic parsed) {
        return topics.findBySlug(parsed.slug()).orElseGet(() -> topics.save(new Topic(parsed.name(), parsed.slug())));
    }
}
