package org.iwprarchive.search.query;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.IwprAnalysisConfigurer;
import org.iwprarchive.search.index.LuceneAnalysis;

/**
 * The index in an OpenSearch cluster: the parsed text goes as OpenSearch's query DSL ({@link LuceneQueryJson}),
 * facets are terms aggregations (the plain ones in one request without hits, each selected facet in one of its
 * own), and highlights are found by the same highlighter in an index of each hit's own title and body held in
 * memory for the moment ({@link HitHighlighter#highlightEach}): the same fragments as on Lucene, with no second
 * request. Counts are exact on an index of one primary shard, which is how the service creates it.
 */
final class OpenSearchIndexBackend implements IndexBackend {

    private static final int EVERY_YEAR = 1000;

    private final Analyzer searchAnalyzer = LuceneAnalysis.searchAnalyzer();
    private final HitHighlighter highlighter;

    OpenSearchIndexBackend(int bodyFragment, int bodyFragments) {
        this.highlighter = new HitHighlighter(LuceneAnalysis.analyzer(IwprAnalysisConfigurer.ENGLISH), bodyFragment,
                bodyFragments);
    }

    @Override
    public Analyzer searchAnalyzer() {
        return searchAnalyzer;
    }

    @Override
    public SearchPredicate predicate(SearchPredicateFactory f, Query parsed) {
        return f.extension(ElasticsearchExtension.get()).fromJson(LuceneQueryJson.of(parsed)).toPredicate();
    }

    @Override
    public Map<SearchFacet, Map<Object, Long>> countFacets(SearchSession session, SearchScope<Article> scope,
                                                           SearchPredicate matching, List<SearchFacet> plain,
                                                           List<SearchFacet> selected,
                                                           Function<SearchFacet, SearchPredicate> leavingOut,
                                                           Function<SearchFacet, ArticleQuery> forCounting, int top,
                                                           long timeoutMillis) {
        Map<SearchFacet, Map<Object, Long>> counts = new LinkedHashMap<>(
                count(session, scope, matching, plain, top, timeoutMillis));
        for (SearchFacet facet : selected) {
            counts.putAll(count(session, scope, leavingOut.apply(facet), List.of(facet), top, timeoutMillis));
        }
        return counts;
    }

    private static Map<SearchFacet, Map<Object, Long>> count(SearchSession session, SearchScope<Article> scope,
                                                             SearchPredicate matching, List<SearchFacet> facets,
                                                             int top, long timeoutMillis) {
        if (facets.isEmpty()) {
            return Map.of();
        }
        var query = session.search(scope).where(matching);
        Map<SearchFacet, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        AggregationKey<Map<Integer, Long>> years = AggregationKey.of("year");
        AggregationKey<JsonObject> undated = AggregationKey.of("undated");
        for (SearchFacet facet : facets) {
            if (facet == SearchFacet.YEAR) {
                query = query.aggregation(years, f -> f.terms().field(IndexFields.YEAR, Integer.class,
                        ValueModel.INDEX).maxTermCount(EVERY_YEAR));
                query = query.aggregation(undated, f -> f.extension(ElasticsearchExtension.get())
                        .fromJson("{\"missing\": {\"field\": \"" + IndexFields.PUBLISHED_ON + "\"}}"));
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
                keys.put(facet, key);
                query = query.aggregation(key, f -> f.terms().field(facet.indexField(), String.class,
                        ValueModel.INDEX).maxTermCount(top));
            }
        }
        SearchResult<?> result = query.failAfter(timeoutMillis, TimeUnit.MILLISECONDS).fetch(0);
        Map<SearchFacet, Map<Object, Long>> counts = new LinkedHashMap<>();
        for (SearchFacet facet : facets) {
            Map<Object, Long> values = new LinkedHashMap<>();
            if (facet == SearchFacet.YEAR) {
                values.putAll(result.aggregation(years));
                long missing = result.aggregation(undated).get("doc_count").getAsLong();
                if (missing > 0) {
                    values.put(FacetCounter.UNDATED, missing);
                }
            } else {
                values.putAll(result.aggregation(keys.get(facet)));
            }
            counts.put(facet, values);
        }
        return counts;
    }

    /**
     * Two requests: a terms aggregation over the matches that have a report names the reports with two matches or
     * more, then their matching editions are read with their scores.
     */
    @Override
    public List<ReportMatch> sharedReports(SearchSession session, SearchScope<Article> scope,
                                           SearchPredicate matching, int most, long timeoutMillis) {
        var f = scope.predicate();
        AggregationKey<Map<Long, Long>> shared = AggregationKey.of("reports");
        Map<Long, Long> reports = session.search(scope).select(p -> p.id(Long.class))
                .where(f.bool().must(matching).filter(f.exists().field(IndexFields.REPORT)).toPredicate())
                .aggregation(shared, a -> a.terms().field(IndexFields.REPORT, Long.class).minDocumentCount(2)
                        .maxTermCount(most))
                .totalHitCountThreshold(0)
                .failAfter(timeoutMillis, TimeUnit.MILLISECONDS)
                .fetch(0).aggregation(shared);
        if (reports.isEmpty()) {
            return List.of();
        }
        return session.search(scope)
                .select(p -> p.composite().from(p.id(Long.class), p.field(IndexFields.REPORT, Long.class),
                        p.field(IndexFields.LANGUAGE, String.class), p.score()).asList(
                        row -> new ReportMatch((Long) row.get(0), (Long) row.get(1), (String) row.get(2),
                                (Float) row.get(3))))
                .where(f.bool().must(matching).filter(f.terms().field(IndexFields.REPORT)
                        .matchingAny(reports.keySet())).toPredicate())
                .failAfter(timeoutMillis, TimeUnit.MILLISECONDS)
                .fetchHits(most);
    }

    @Override
    public SearchPredicate articles(SearchPredicateFactory f, List<Long> ids) {
        return f.id().matchingAny(ids).toPredicate();
    }

    @Override
    public Map<Long, HitHighlighter.Highlights> highlight(SearchScope<Article> scope, QueryText text,
                                                          Map<Long, HitHighlighter.Texts> hits) {
        return highlighter.highlightEach(text, hits);
    }
}
