package org.iwprarchive.search.query;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A search over articles.
 *
 * @param text      the query (see {@link QueryText}); blank lists every article
 * @param locations place slugs; a region matches the articles of the places inside it
 * @param authors   author slugs
 * @param topics    topic slugs
 * @param sources   ids of quoted sources
 * @param from      first publication day, or null
 * @param to        last publication day, or null
 * @param language  language code, or null
 * @param sort      order of the hits; null means relevance for a query and newest for a list
 * @param page      zero-based page number
 * @param size      hits per page
 * @param facets    the facets to count; null means all of them, empty none
 * @param allEditions whether every language edition of a report is a hit of its own; by default a report is one
 *                  hit, its best-matching edition, with its other editions named in it
 */
public record ArticleQuery(String text, List<String> locations, List<String> authors, List<String> topics,
                           List<String> sources, LocalDate from, LocalDate to, String language, SearchSort sort,
                           int page, int size, Set<SearchFacet> facets, boolean allEditions) {

    /** A search with one hit a report. */
    public ArticleQuery(String text, List<String> locations, List<String> authors, List<String> topics,
                        List<String> sources, LocalDate from, LocalDate to, String language, SearchSort sort,
                        int page, int size, Set<SearchFacet> facets) {
        this(text, locations, authors, topics, sources, from, to, language, sort, page, size, facets, false);
    }

    /** A search that counts every facet. */
    public ArticleQuery(String text, List<String> locations, List<String> authors, List<String> topics,
                        List<String> sources, LocalDate from, LocalDate to, String language, SearchSort sort,
                        int page, int size) {
        this(text, locations, authors, topics, sources, from, to, language, sort, page, size, null);
    }

    public ArticleQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("'from' (" + from + ") is after 'to' (" + to + ")", -1);
        }
        text = text == null ? "" : text.strip();
        locations = clean(locations);
        authors = clean(authors);
        topics = clean(topics);
        sources = clean(sources);
        language = language == null || language.isBlank() ? null : language.strip();
        facets = facets == null ? Set.copyOf(EnumSet.allOf(SearchFacet.class)) : Set.copyOf(facets);
    }

    public boolean counts(SearchFacet facet) {
        return facets.contains(facet);
    }

    /** This search as the pass that counts one facet sees it: without that facet's filter, paging or order. */
    ArticleQuery forCounting(SearchFacet facet) {
        return new ArticleQuery(text, facet == SearchFacet.LOCATION ? List.of() : locations,
                facet == SearchFacet.AUTHOR ? List.of() : authors, facet == SearchFacet.TOPIC ? List.of() : topics,
                facet == SearchFacet.SOURCE ? List.of() : sources, from, to,
                facet == SearchFacet.LANGUAGE ? null : language, null, 0, 1, Set.of(facet), allEditions);
    }

    /** This search reduced to its total and facets: the first page, of one hit. */
    ArticleQuery totalsOnly() {
        return new ArticleQuery(text, locations, authors, topics, sources, from, to, language, sort, 0, 1, facets,
                allEditions);
    }

    /** A plain text query: no filters, default order. */
    public static ArticleQuery text(String text, int page, int size) {
        return new ArticleQuery(text, null, null, null, null, null, null, null, null, page, size);
    }

    public boolean listsAll() {
        return text.isEmpty();
    }

    public SearchSort effectiveSort() {
        return sort != null ? sort : listsAll() ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
