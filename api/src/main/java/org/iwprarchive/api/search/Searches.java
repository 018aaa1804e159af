package org.iwprarchive.api.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.article.FilterValues;
import org.iwprarchive.api.search.SearchResponses.AppliedSearch;
import org.iwprarchive.api.search.SearchResponses.FacetCounts;
import org.iwprarchive.api.search.SearchResponses.SearchHit;
import org.iwprarchive.api.search.SearchResponses.SearchPage;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchResult;
import org.iwprarchive.search.query.ArticleSearchService;
import org.iwprarchive.search.query.SearchAfter;
import org.iwprarchive.search.query.SearchFacet;
import org.iwprarchive.search.query.SearchSort;
import org.springframework.stereotype.Service;

/**
 * One search as a client asks for it, checked and run: what {@code GET /api/search} answers and what the analyst
 * interface's search page renders, so both take the same parameters with the same meaning and the same checks.
 */
@Service
public class Searches {

    /** The longest query taken. */
    public static final int MAX_QUERY_LENGTH = 1000;
    private static final Set<String> SORTS = Set.of("relevance", "newest", "oldest");
    private static final Set<String> FACETS = Set.of("location", "author", "topic", "source", "year", "lang",
            "none");

    private final ArticleSearchService search;
    private final FilterValues filterValues;

    Searches(ArticleSearchService search, FilterValues filterValues) {
        this.search = search;
        this.filterValues = filterValues;
    }

    /**
     * @param q       the query; null or blank lists every article
     * @param sort    relevance, newest or oldest; null for the default of the query
     * @param facets  the facets to count (names, or none); null for all of them
     * @param cursor  a page's {@code nextCursor}, to read on in a date order; null for the page numbered in paging
     * @param allEditions whether every language edition of a report is a hit of its own (else one hit a report)
     * @throws InvalidRequestException when a parameter is out of its range, naming it
     */
    public SearchPage search(String q, ArticleFilterParameters filters, String sort, List<String> facets,
                             PageParameters paging, String cursor, boolean allEditions) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        String order = sort == null || sort.isBlank() ? null : sort.strip().toLowerCase(Locale.ROOT);
        if (order != null && !SORTS.contains(order)) {
            throw new InvalidRequestException("sort", "must be relevance, newest or oldest");
        }
        if (facets != null && facets.stream().anyMatch(facet -> !FACETS.contains(facet))) {
            throw new InvalidRequestException("facets", "takes location, author, topic, source, year, lang or none");
        }
        paging.checked();
        filters.checkDates();
        filterValues.check(filters.author(), filters.location(), filters.topic(), filters.source());
        int page = paging.number();
        int size = paging.count();
        ArticleQuery query = new ArticleQuery(q, filters.location(), filters.author(), filters.topic(),
                filters.source(), filters.from(), filters.to(), filters.lang(),
                order == null ? null : SearchSort.valueOf(order.toUpperCase(Locale.ROOT)), page, size,
                facets == null ? null : facets.stream().map(SearchFacet::named).flatMap(Optional::stream)
                        .collect(Collectors.toSet()), allEditions);
        SearchAfter after = cursor == null ? null : positionOf(cursor, query, paging);
        ArticleSearchResult result = search.search(query, after);
        int pages = (int) Math.min(Integer.MAX_VALUE, (result.total() + size - 1) / size);
        return new SearchPage(result.hits().stream().map(SearchHit::of).toList(), page, size, result.total(), pages,
                result.totalExact(), result.facets().stream().map(FacetCounts::of).toList(), AppliedSearch.of(query),
                result.next() == null ? null : SearchCursor.encode(result.next()));
    }

    /** The position a cursor names, if it belongs to this search's order and comes without a page number. */
    private static SearchAfter positionOf(String cursor, ArticleQuery query, PageParameters paging) {
        if (paging.page() != null && paging.page() != 0) {
            throw new InvalidRequestException("page", "cannot be given with a cursor, which says where the page "
                    + "starts");
        }
        if (query.effectiveSort() == SearchSort.RELEVANCE) {
            throw new InvalidRequestException("cursor", "reads on in a date order only: add sort=newest or "
                    + "sort=oldest (or export the whole result in the order of relevance with "
                    + "/api/export/articles?q=...)");
        }
        SearchAfter after = SearchCursor.decode(cursor);
        if (after.sort() != query.effectiveSort()) {
            throw new InvalidRequestException("cursor", "was given for sort=" + after.sort().name()
                    .toLowerCase(Locale.ROOT) + ", not this search's sort=" + query.effectiveSort().name()
                    .toLowerCase(Locale.ROOT));
        }
        return after;
    }

    /** Articles like the one with this id, most related first; null when no article has the id. */
    public List<SearchHit> related(long id, int size) {
        var hits = search.related(id, size);
        return hits == null ? null : hits.stream().map(SearchHit::of).toList();
    }
}
