package org.iwprarchive.api.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iwprarchive.ingest.parse.Slugs;
import org.springframework.stereotype.Service;

/**
 * Checks that the filter values a search, a list or an export was given name an author, a place, a topic or a
 * quoted source the archive has. A value that names none would filter everything out without a word, the same
 * answer as a filter that matches nothing; so it is refused, and when the value is a name rather than a slug
 * ({@code location=Caucasus}) the refusal names the slug to use. Values found are remembered for a few minutes (the
 * archive never deletes a tag or a source), so that a search filtered by the same place asks PostgreSQL once, not on
 * every request.
 */
@Service
public class FilterValues {

    /** The kinds of tag a filter names, with the entity that holds them. */
    private enum Kind {
        AUTHOR("author", "Author", "author"), LOCATION("location", "Location", "place"), TOPIC("topic", "Topic", "topic");

        final String parameter;
        final String entity;
        final String noun;

        Kind(String parameter, String entity, String noun) {
            this.parameter = parameter;
            this.entity = entity;
            this.noun = noun;
        }
    }

    private final EntityManager entityManager;
    /** Filter values known to name something, by parameter and value. */
    private final Cache<String, Boolean> known = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    FilterValues(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @throws UnknownFilterValueException naming every value that matches nothing, with the slug to use where the
     *                                     value is the name of one
     */
    public void check(List<String> authors, List<String> locations, List<String> topics, List<String> sources) {
        List<UnknownFilterValueException.Value> unknown = new ArrayList<>();
        unknown.addAll(unknownTags(Kind.AUTHOR, authors));
        unknown.addAll(unknownTags(Kind.LOCATION, locations));
        unknown.addAll(unknownTags(Kind.TOPIC, topics));
        unknown.addAll(unknownSources(sources));
        if (!unknown.isEmpty()) {
            throw new UnknownFilterValueException(unknown);
        }
    }

    private List<UnknownFilterValueException.Value> unknownTags(Kind kind, List<String> given) {
        Set<String> values = notYetKnown(kind.parameter, present(given));
        if (values.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>(entityManager.createQuery("select t.slug from " + kind.entity
                + " t where t.slug in :slugs", String.class).setParameter("slugs", values).getResultList());
        found.forEach(value -> known.put(key(kind.parameter, value), Boolean.TRUE));
        List<UnknownFilterValueException.Value> unknown = new ArrayList<>();
        for (String value : values) {
            if (!found.contains(value)) {
                unknown.add(new UnknownFilterValueException.Value(kind.parameter, value,
                        "no " + kind.noun + " has this slug", slugNamed(kind, value)));
            }
        }
        return unknown;
    }

    /** The slug of the tag this value is the name of (any case) or would be the slug of, if there is one. */
    private String slugNamed(Kind kind, String value) {
        String slug = Slugs.of(value).toLowerCase(Locale.ROOT);
        return entityManager.createQuery("select t.slug from " + kind.entity + " t where lower(t.name) = :name "
                        + "or t.slug = :slug order by case when lower(t.name) = :name then 0 else 1 end, t.id",
                        String.class)
                .setParameter("name", value.toLowerCase(Locale.ROOT)).setParameter("slug", slug)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    private List<UnknownFilterValueException.Value> unknownSources(List<String> given) {
        Set<String> values = notYetKnown("source", present(given));
        if (values.isEmpty()) {
            return List.of();
        }
        List<Long> ids = values.stream().map(Long::valueOf).toList();
        Set<Long> found = new LinkedHashSet<>(entityManager.createQuery("select s.id from Source s where s.id in :ids",
                Long.class).setParameter("ids", ids).getResultList());
        found.forEach(id -> known.put(key("source", String.valueOf(id)), Boolean.TRUE));
        List<UnknownFilterValueException.Value> unknown = new ArrayList<>();
        for (String value : values) {
            if (!found.contains(Long.valueOf(value))) {
                unknown.add(new UnknownFilterValueException.Value("source", value,
                        "no quoted source has this id (see /api/sources)", null));
            }
        }
        return unknown;
    }

    /** The values not known yet to name something. */
    private Set<String> notYetKnown(String parameter, Set<String> values) {
        values.removeIf(value -> known.getIfPresent(key(parameter, value)) != null);
        return values;
    }

    private static String key(String parameter, String value) {
        return parameter + '\u0000' + value;
    }

    private static Set<String> present(List<String> values) {
        Set<String> present = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(present::add);
        }
        return present;
    }
}
