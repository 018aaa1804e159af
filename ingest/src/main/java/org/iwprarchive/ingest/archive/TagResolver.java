package org.iwprarchive.ingest.archive;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.domain.source.SourceRepository;
import org.iwprarchive.domain.topic.Topic;
import org.iwprarchive.domain.topic.TopicRepository;
import org.iwprarchive.ingest.parse.ParsedAuthor;
import org.iwprarchive.ingest.parse.ParsedLocation;
import org.iwprarchive.ingest.parse.ParsedTopic;
import org.iwprarchive.ingest.quote.Attribution;
import org.iwprarchive.ingest.quote.SourceNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds or creates the authors, places and topics a page names. A tag read exactly as before (same name,
 * bio, place hierarchy, ...) has nothing new to store, so its id is remembered once the transaction that
 * settled it commits, and later pages refer to it without a query; on a busy crawl most tags repeat.
 */
@Component
class TagResolver {

    private final AuthorRepository authors;
    private final LocationRepository locations;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final EntityManager entityManager;
    private final Map<ParsedAuthor, Long> settledAuthors = new ConcurrentHashMap<>();
    private final Map<ParsedLocation, Long> settledLocations = new ConcurrentHashMap<>();
    private final Map<ParsedTopic, Long> settledTopics = new ConcurrentHashMap<>();

    TagResolver(AuthorRepository authors, LocationRepository locations, TopicRepository topics,
                SourceRepository sources, EntityManager entityManager) {
        this.authors = authors;
        this.locations = locations;
        this.topics = topics;
        this.sources = sources;
        this.entityManager = entityManager;
    }

    Author author(ParsedAuthor parsed) {
        return settled(settledAuthors, parsed, Author.class, () -> {
            Author author = findOrInsert(() -> authors.findBySlug(parsed.slug()),
                    () -> authors.insertIfAbsent(parsed.name(), parsed.slug()));
            author.describe(parsed.bio(), parsed.profileUrl());
            return author;
        }, Author::getId);
    }

    Location location(ParsedLocation parsed) {
        return settled(settledLocations, parsed, Location.class, () -> {
            List<ParsedLocation> chain = new ArrayList<>();
            for (ParsedLocation at = parsed; at != null; at = at.parent()) {
                chain.add(0, at);
            }
            Location parent = null;
            Location current = null;
            for (ParsedLocation link : chain) {
                current = findOrInsert(() -> locations.findBySlug(link.slug()),
                        () -> locations.insertIfAbsent(link.name(), link.slug(), link.kind().name()));
                current.refine(link.kind(), link.url());
                if (parent != null && current.getParent() == null) {
                    current.placeIn(parent);
                }
                parent = current;
            }
            return current;
        }, Location::getId);
    }

    /** The attributions of one page and the page's address (anonymous sources belong to their page). */
    record QuotedIn(List<Attribution> attributions, String articleUrl) {
    }

    /**
     * The sources the attributions of some pages name: for each page, one per attribution in their order.
     * Anonymous sources are never merged across articles. The known ones are read with one query and the new
     * ones inserted in key order, so pages quoting many people cost two or three statements in all, and two
     * writers creating the same sources take their locks in the same order.
     */
    List<List<Source>> sources(List<QuotedIn> pages) {
        List<List<String>> keysOfPages = pages.stream().map(page -> page.attributions().stream()
                .map(a -> a.sourceKind() == SourceKind.ANONYMOUS
                        ? "anonymous|" + page.articleUrl() + "|" + SourceNames.key(a.source())
                        : SourceNames.key(a.source())).toList()).toList();
        Map<String, Attribution> wanted = new TreeMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int i = 0; i < keysOfPages.get(p).size(); i++) {
                wanted.putIfAbsent(keysOfPages.get(p).get(i), pages.get(p).attributions().get(i));
            }
        }
        Map<String, Source> byKey = new HashMap<>();
        if (!wanted.isEmpty()) {
            sources.findByNormalizedNames(wanted.keySet().toArray(String[]::new))
                    .forEach(s -> byKey.put(s.getNormalizedName(), s));
        }
        List<String> missing = wanted.keySet().stream().filter(key -> !byKey.containsKey(key)).toList();
        // INSERT ... ON CONFLICT DO NOTHING: a concurrent creator's row is found once its transaction commits
        missing.forEach(key -> sources.insertIfAbsent(wanted.get(key).source(), key, wanted.get(key).sourceKind().name()));
        if (!missing.isEmpty()) {
            sources.findByNormalizedNames(missing.toArray(String[]::new))
                    .forEach(s -> byKey.put(s.getNormalizedName(), s));
        }
        List<List<Source>> resolved = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<Source> ofPage = new ArrayList<>();
            for (int i = 0; i < keysOfPages.get(p).size(); i++) {
                String key = keysOfPages.get(p).get(i);
                Source source = byKey.get(key);
                if (source == null) {
                    throw new IllegalStateException("source " + key + " was neither found nor created");
                }
                String role = pages.get(p).attributions().get(i).role();
                source.seenInRole(role == null || role.isBlank() ? null : role.strip());
                ofPage.add(source);
            }
            resolved.add(ofPage);
        }
        return resolved;
    }

    Topic topic(ParsedTopic parsed) {
        return settled(settledTopics, parsed, Topic.class, () -> findOrInsert(() -> topics.findBySlug(parsed.slug()),
                () -> topics.insertIfAbsent(parsed.name(), parsed.slug())), Topic::getId);
    }

    /**
     * The row {@code find} finds, created first with {@code insert} (an INSERT ... ON CONFLICT DO NOTHING) when
     * there is none; a concurrent creator's row is found once its transaction commits.
     */
    private static <E> E findOrInsert(Supplier<Optional<E>> find, Runnable insert) {
        return find.get().orElseGet(() -> {
            insert.run();
            return find.get().orElseThrow();
        });
    }

    private <P, E> E settled(Map<P, Long> memory, P parsed, Class<E> type, Supplier<E> settle,
                             java.util.function.Function<E, Long> id) {
        Long known = memory.get(parsed);
        if (known != null) {
            return entityManager.getReference(type, known);
        }
        E entity = settle.get();
        Long settledId = id.apply(entity);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                memory.put(parsed, settledId);
            }
        });
        return entity;
    }
}
