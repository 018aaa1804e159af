package org.iwprarchive.search.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.HitText;

/**
 * What a search needs of the index beyond Hibernate Search's own query language, on each backend: the analysis
 * the query parser reads a query's text with, the parsed text as a predicate, facet counts and highlights. A
 * Lucene index in this process reads its doc values and postings directly ({@link LuceneIndexBackend}); an
 * OpenSearch cluster is asked for aggregations, and highlights are found in the hits' own texts ({@link
 * OpenSearchIndexBackend}). Both give the same answers.
 */
interface IndexBackend {

    /** The search analysis of the index's text fields, field by field, as the query parser uses it. */
    Analyzer searchAnalyzer();

    /** A query the parser built from a query's text, as a predicate of this backend. */
    SearchPredicate predicate(SearchPredicateFactory f, Query parsed);

    /**
     * Facet counts of a search.
     *
     * @param plain     the facets counted over {@code matching}, whose own filter the query does not set
     * @param selected  the facets whose own filter the query sets, each counted over the predicate {@code
     *                  leavingOut} gives for it (every filter but its own), so its other values keep their counts
     * @param forCounting the query as it counts one facet of {@code selected}: the key of a kept count
     * @return each facet's values as indexed (slugs, source ids, years) with their counts, most first, at most
     *         {@code top} but every year; the year facet's also holds {@link FacetCounter#UNDATED} with the
     *         matches without a date, when there are any
     */
    Map<SearchFacet, Map<Object, Long>> countFacets(SearchSession session, SearchScope<Article> scope,
                                                    SearchPredicate matching,
                                                    List<SearchFacet> plain, List<SearchFacet> selected,
                                                    Function<SearchFacet, SearchPredicate> leavingOut,
                                                    Function<SearchFacet, ArticleQuery> forCounting, int top,
                                                    long timeoutMillis);

    /**
     * What a page of a search asks of the backend.
     *
     * @param matching    the search
     * @param order       its order, with the tie-breaks the backend's own query would sort by
     * @param from        the first hit of the page, counted from the first match
     * @param count       how many hits from there
     * @param exactUpTo   the total is counted exactly up to this many matches, and a lower bound beyond
     * @param facets      the facets counted over {@code matching}, as {@link #countFacets} counts its plain ones
     * @param top         the values each facet keeps
     * @param highlighted the query text the hits are highlighted for; null for none
     */
    record PageRequest(SearchPredicate matching, org.hibernate.search.engine.search.sort.SearchSort order, int from,
                       int count, int exactUpTo, List<SearchFacet> facets, int top, QueryText highlighted,
                       long timeoutMillis) {
    }

    /**
     * A page of a search: its hits in order (scored when highlighted), their highlights by article id, the total
     * and the facets' counts.
     */
    record Page(List<HitText> hits, Map<Long, HitHighlighter.Highlights> highlights, long total, boolean exact,
                Map<SearchFacet, Map<Object, Long>> counts) {
    }

    /**
     * Reads a page of a search with the backend's own means, where it has them: ranked, counted and highlighted
     * over one view of the index, each hit read in one go. Empty where the backend has none; the caller then asks
     * Hibernate Search for the hits and counts and highlights them apart.
     */
    default Optional<Page> page(SearchScope<Article> scope, PageRequest request) {
        return Optional.empty();
    }

    /** A match that is an edition of a report: its article id, report, language and score. */
    record ReportMatch(long id, long report, String language, float score) {
    }

    /**
     * The matches of a search that are editions of a report of which at least one other edition matches too, at
     * most {@code most} of them.
     */
    List<ReportMatch> sharedReports(SearchSession session, SearchScope<Article> scope, SearchPredicate matching,
                                    int most, long timeoutMillis);

    /** A predicate that matches the articles of these ids, to leave them out of a search. */
    SearchPredicate articles(SearchPredicateFactory f, List<Long> ids);

    /**
     * The highlights of a page of hits, by article id, from their texts as the search read them: for the pages a
     * backend does not read itself ({@link #page} empty). A backend that reads its pages highlights them there.
     */
    default Map<Long, HitHighlighter.Highlights> highlight(SearchScope<Article> scope, QueryText text,
                                                           Map<Long, HitHighlighter.Texts> hits) {
        throw new UnsupportedOperationException("this backend highlights the pages it reads");
    }
}
