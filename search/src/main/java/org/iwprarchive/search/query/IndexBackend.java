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

    /** A hit as ranked by relevance: its article id and score. */
    record RankedHit(long id, float score) {
    }

    /**
     * The first hits of a search in the order of relevance, its total, and the counts of facets over its matches.
     *
     * @param total every match, counted exactly
     */
    record Ranked(List<RankedHit> hits, long total, Map<SearchFacet, Map<Object, Long>> counts) {
    }

    /**
     * Ranks the matches by relevance and counts these facets over them in one pass, where the backend can: a
     * search and its facet counts would otherwise each go over every match. Empty where the backend cannot; the
     * caller then searches and counts apart.
     *
     * @param order  the order of relevance, with its tie-breaks, as the backend's own query would sort it
     * @param hits   how many of the best hits, in order
     * @param facets the facets counted over {@code matching}, as {@link #countFacets} counts its plain ones
     */
    default Optional<Ranked> rankAndCount(SearchScope<Article> scope, SearchPredicate matching,
                                          org.hibernate.search.engine.search.sort.SearchSort order, int hits,
                                          List<SearchFacet> facets, int top, long timeoutMillis) {
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

    /** The highlights of a page of hits, by article id, from their texts as the search read them. */
    Map<Long, HitHighlighter.Highlights> highlight(SearchScope<Article> scope, QueryText text,
                                                   Map<Long, HitHighlighter.Texts> hits);
}
