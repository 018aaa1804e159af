package org.iwprarchive.api.tag;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authors, places and topics with the number of articles that carry each. */
@Service
public class TagReader {

    private final EntityManager entityManager;

    TagReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Schema(name = "AuthorSummary")
    record AuthorSummary(@Schema(example = "2") long id, @Schema(example = "Saule Mukhametrakhimova") String name,
                         @Schema(example = "saule-mukhametrakhimova") String slug,
                         @Schema(description = "Articles credited to the author", example = "14") long articles) {
    }

    @Schema(name = "AuthorDetail")
    public record AuthorDetail(long id, String name, String slug,
                        @Schema(nullable = true, example = "Saule Mukhametrakhimova is IWPR's Central Asia Project "
                                + "Manager in London.") String bio,
                        @Schema(nullable = true, example = "https://iwpr.net/users/saule-mukhametrakhimova")
                        String profileUrl,
                        long articles) {
    }

    @Schema(name = "TopicSummary")
    public record TopicSummary(@Schema(example = "4") long id, @Schema(example = "Security") String name,
                        @Schema(example = "security") String slug,
                        @Schema(description = "Articles tagged with the topic", example = "57") long articles) {
    }

    @Schema(name = "LocationNode", description = "A place with the places within it")
    public record LocationNode(@Schema(example = "7") long id, @Schema(example = "Central Asia") String name,
                        @Schema(example = "central-asia") String slug,
                        @Schema(example = "REGION", allowableValues = {"REGION", "COUNTRY", "PLACE", "UNKNOWN"})
                        String kind,
                        @Schema(description = "Articles tagged with this place itself", example = "3") long articles,
                        @Schema(description = "Articles tagged with it or any place within it (an article tagged "
                                + "with two of them counts twice)", example = "41") long articlesWithin,
                        @Schema(description = "Slugs of the enclosing places, innermost first",
                                example = "[\"europe-eurasia\"]") List<String> within,
                        List<LocationNode> children) {
    }

    @Transactional(readOnly = true)
    PageResponse<AuthorSummary> authors(String name, String sort, int page, int size) {
        String order = "name".equals(sort) ? "a.name, a.id" : "count(ar.id) desc, a.name, a.id";
        String where = name == null || name.isBlank() ? "" : " where lower(a.name) like :name";
        var query = entityManager.createQuery("select a.id, a.name, a.slug, count(ar.id) from Article ar "
                + "right join ar.authors a" + where + " group by a.id, a.name, a.slug order by " + order, Object[].class);
        var count = entityManager.createQuery("select count(a) from Author a" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = "%" + name.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            query.setParameter("name", pattern);
            count.setParameter("name", pattern);
        }
        List<AuthorSummary> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new AuthorSummary((Long) r[0], (String) r[1], (String) r[2], (Long) r[3])).toList();
        return PageResponse.of(items, page, size, count.getSingleResult());
    }

    @Transactional(readOnly = true)
    public AuthorDetail author(String slug) {
        Author author = entityManager.createQuery("select a from Author a where a.slug = :slug", Author.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No author has the slug '" + slug + "'."));
        long articles = entityManager.createQuery("select count(ar) from Article ar join ar.authors a where a.id = :id",
                Long.class).setParameter("id", author.getId()).getSingleResult();
        return new AuthorDetail(author.getId(), author.getName(), author.getSlug(), author.getBio(),
                author.getProfileUrl(), articles);
    }

    @Transactional(readOnly = true)
    PageResponse<TopicSummary> topics(String sort, int page, int size) {
        String order = "name".equals(sort) ? "t.name, t.id" : "count(ar.id) desc, t.name, t.id";
        List<TopicSummary> items = entityManager.createQuery("select t.id, t.name, t.slug, count(ar.id) from Article ar "
                        + "right join ar.topics t group by t.id, t.name, t.slug order by " + order, Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new TopicSummary((Long) r[0], (String) r[1], (String) r[2], (Long) r[3])).toList();
        long total = entityManager.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
        return PageResponse.of(items, page, size, total);
    }

    /** One topic with the number of its articles. */
    @Transactional(readOnly = true)
    public TopicSummary topic(String slug) {
        List<Object[]> found = entityManager.createQuery("select t.id, t.name, t.slug, count(ar.id) from Article ar "
                + "right join ar.topics t where t.slug = :slug group by t.id, t.name, t.slug", Object[].class)
                .setParameter("slug", slug).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("No topic has the slug '" + slug + "'.");
        }
        Object[] r = found.get(0);
        return new TopicSummary((Long) r[0], (String) r[1], (String) r[2], (Long) r[3]);
    }

    /** Every place's name by its slug: the names of the places an article's places lie in, without any counting. */
    @Transactional(readOnly = true)
    public Map<String, String> placeNames() {
        Map<String, String> names = new HashMap<>();
        entityManager.createQuery("select l.slug, l.name from Location l", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Every place as a tree: regions at the top, places without a known parent beside them. */
    @Transactional(readOnly = true)
    public List<LocationNode> locationTree() {
        return tree(null);
    }

    /** One place with the places within it. */
    @Transactional(readOnly = true)
    public LocationNode location(String slug) {
        List<LocationNode> found = tree(slug);
        if (found.isEmpty()) {
            throw new NotFoundException("No place has the slug '" + slug + "'.");
        }
        return found.get(0);
    }

    private List<LocationNode> tree(String rootSlug) {
        List<Location> all = entityManager.createQuery("select l from Location l left join fetch l.parent",
                Location.class).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        entityManager.createQuery("select l.id, count(ar.id) from Article ar join ar.locations l group by l.id",
                Object[].class).getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        Map<Long, List<Location>> children = new HashMap<>();
        List<Location> roots = new ArrayList<>();
        for (Location location : all) {
            if (rootSlug != null ? location.getSlug().equals(rootSlug) : location.getParent() == null) {
                roots.add(location);
            }
            if (location.getParent() != null) {
                children.computeIfAbsent(location.getParent().getId(), k -> new ArrayList<>()).add(location);
            }
        }
        return roots.stream().sorted(Comparator.comparing(Location::getName))
                .map(root -> node(root, children, counts, 0)).toList();
    }

    private static LocationNode node(Location location, Map<Long, List<Location>> children, Map<Long, Long> counts,
                                     int depth) {
        // the gazetteer has three levels; the bound only guards against a cycle in hand-edited data
        List<LocationNode> within = depth > 8 ? List.of() : children.getOrDefault(location.getId(), List.of()).stream()
                .sorted(Comparator.comparing(Location::getName))
                .map(child -> node(child, children, counts, depth + 1)).toList();
        long own = counts.getOrDefault(location.getId(), 0L);
        long total = own + within.stream().mapToLong(LocationNode::articlesWithin).sum();
        List<String> enclosing = location.selfAndAncestors().stream().skip(1).map(Location::getSlug).toList();
        return new LocationNode(location.getId(), location.getName(), location.getSlug(), location.getKind().name(),
                own, total, enclosing, within);
    }
}
