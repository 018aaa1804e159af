package org.iwprarchive.ingest.archive;

import java.util.ArrayList;
import java.util.List;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
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

    ArticleArchiver(ArticleParser parser, ArticleRepository articles, SnapshotRepository snapshots,
                    AuthorRepository authors, LocationRepository locations, TopicRepository topics) {
        this.parser = parser;
        this.articles = articles;
        this.snapshots = snapshots;
        this.authors = authors;
        this.locations = locations;
        this.topics = topics;
    }

    @Transactional
    public ArchivedPage archive(PageCapture capture) {
        ParsedArticle parsed = parser.parse(capture.content(), capture.contentType(), capture.requestedUrl());

        Snapshot snapshot = snapshots.findFirstBySha256AndRevisitOfIsNullOrderByIdAsc(Snapshot.sha256(capture.content()))
                .map(earlier -> Snapshot.revisit(capture, earlier))
                .orElseGet(() -> Snapshot.original(capture));

        Article article = articles.findByCanonicalUrl(parsed.canonicalUrl()).orElse(null);
        ArchiveOutcome outcome;
        if (article == null) {
            article = new Article(parsed.canonicalUrl(), parsed.slug(), parsed.content(), capture.fetchedAt());
            outcome = ArchiveOutcome.CREATED;
        } else {
            outcome = article.revise(parsed.content(), capture.fetchedAt()) ? ArchiveOutcome.UPDATED
                    : ArchiveOutcome.UNCHANGED;
        }
        article.creditAuthors(parsed.authors().stream().map(this::author).toList());
        article.tagLocations(parsed.locations().stream().map(this::location).toList());
        article.tagTopics(parsed.topics().stream().map(this::topic).toList());
        articles.save(article);

        snapshot.recordParse(article, ArticleParser.VERSION, parsed.fieldRules());
        snapshots.save(snapshot);
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
