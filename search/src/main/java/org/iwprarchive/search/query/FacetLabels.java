package org.iwprarchive.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.text.LanguageNames;
import org.springframework.stereotype.Component;

/**
 * Display names of facet values (place, author, topic slugs; source ids), kept for a few minutes so that a
 * search does not ask PostgreSQL for the same names on every request. Names change only when a tag is renamed,
 * which the archive does not do; a new tag is looked up the first time it shows.
 */
@Component
class FacetLabels {


    /** What the cache holds for a value that has no name. */
    private static final String NO_NAME = "";

    private final EntityManager entityManager;
    private final Cache<String, String> names = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    FacetLabels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The names of these values of a facet; a value without a name (a year) is its own label. */
    Map<String, String> of(SearchFacet facet, Collection<String> values) {
        if (facet == SearchFacet.LANGUAGE) {
            Map<String, String> languages = new HashMap<>();
            values.forEach(code -> languages.put(code, LanguageNames.inEnglish(code)));
            return languages;
        }
        String query = facet.labelQuery();
        if (query == null || values.isEmpty()) {
            return Map.of();
        }
        String prefix = facet.parameter() + '\u0000';
        Map<String, String> found = names.getAll(values.stream().map(v -> prefix + v).toList(), keys -> {
            List<String> missing = keys.stream().map(k -> k.substring(prefix.length())).toList();
            Map<String, String> loaded = new HashMap<>();
            entityManager.createQuery(query, Object[].class).setParameter("values", missing).getResultList()
                    .forEach(row -> loaded.put(prefix + row[0], (String) row[1]));
            // a value with no name is kept as having none, so that it is not asked for again on every search
            keys.forEach(key -> loaded.putIfAbsent(key, NO_NAME));
            return loaded;
        });
        Map<String, String> labels = new HashMap<>();
        found.forEach((key, name) -> {
            if (!name.equals(NO_NAME)) {
                labels.put(key.substring(prefix.length()), name);
            }
        });
        return labels;
    }
}
