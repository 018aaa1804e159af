package org.iwprarchive.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.HitRecord;
import org.iwprarchive.search.index.HitText;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.IwprAnalysisConfigurer;
import org.iwprarchive.search.index.LuceneAnalysis;

/**
 * The index as a Lucene directory of this process: the parsed text is handed to Lucene as it is, facets are
 * counted from doc values in one pass ({@link FacetCounter}, the extra passes of selected facets kept by {@link
 * FacetCountCache}), highlights read the matched words' offsets from postings ({@link HitHighlighter}).
 */
final class LuceneIndexBackend implements IndexBackend {

    private final FacetCounter facetCounter;
    private final FacetCountCache facetCounts;
    private final HitHighlighter highlighter;
    private final Analyzer searchAnalyzer = LuceneAnalysis.searchAnalyzer();

    LuceneIndexBackend(FacetCounter facetCounter, FacetCountCache facetCounts, int bodyFragment, int bodyFragments) {
        this.facetCounter = facetCounter;
        this.facetCounts = facetCounts;
        this.highlighter = new HitHighlighter(LuceneAnalysis.analyzer(IwprAnalysisConfigurer.ENGLISH), bodyFragment,
                bodyFragments);
    }

    @Override
    public Analyzer searchAnalyzer() {
        return searchAnalyzer;
    }

    @Override
    public SearchPredicate predicate(SearchPredicateFactory f, Query parsed) {
        return f.extension(LuceneExtension.get()).fromLuceneQuery(parsed).toPredicate();
    }

    @Override
    public Map<SearchFacet, Map<Object, Long>> countFacets(SearchSession session, SearchScope<Article> scope,
                                                    SearchPredicate matching,
                                                           List<SearchFacet> plain, List<SearchFacet> selected,
                                                           Function<SearchFacet, SearchPredicate> leavingOut,
                                                           Function<SearchFacet, ArticleQuery> forCounting, int top,
                                                           long timeoutMillis) {
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            Map<SearchFacet, Map<Object, Long>> counts = new HashMap<>(facetCounter.count(reader,
                    LuceneMigrationUtils.toLuceneQuery(matching), plain, top, timeoutMillis));
            for (SearchFacet facet : selected) {
                counts.put(facet, facetCounts.get(reader, facet, forCounting.apply(facet), () -> facetCounter
                        .count(reader, LuceneMigrationUtils.toLuceneQuery(leavingOut.apply(facet)), List.of(facet),
                                top, timeoutMillis).get(facet)));
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /**
     * One search over one view of the index: the best hits in the order Hibernate Search's query would sort them
     * (the same sort fields, ties included), beside the counting of the facets' values by global ordinal ({@link
     * FacetCounter.Pass}) as Lucene's own facet module runs it, then each hit read from its {@link HitRecord} and
     * highlighted from the offsets in postings. Where facets are counted every match is visited anyway, so the total
     * is exact; otherwise it is exact up to the request's bound, past which Lucene skips the matches that cannot
     * make the page.
     */
    @Override
    public Optional<Page> page(SearchScope<Article> scope, PageRequest request) {
        Sort sort = LuceneMigrationUtils.toLuceneSort(request.order());
        boolean byScore = sort.getSort().length > 0 && sort.getSort()[0].getType() == SortField.Type.SCORE;
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setTimeout(new QueryTimeoutImpl(request.timeoutMillis()));
            Query query = LuceneMigrationUtils.toLuceneQuery(request.matching());
            int wanted = Math.max(request.from() + request.count(), 1);
            TopDocs best;
            Map<SearchFacet, Map<Object, Long>> counts = Map.of();
            if (request.facets().isEmpty()) {
                best = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, request.exactUpTo()));
            } else {
                FacetCounter.Pass pass = facetCounter.pass(reader, request.facets());
                Object[] collected = searcher.search(query, new MultiCollectorManager(
                        new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), pass));
                best = (TopDocs) collected[0];
                counts = pass.values(reader, collected[1], request.top());
            }
            if (searcher.timedOut()) {
                throw QueryTooExpensiveException.timedOut(request.timeoutMillis());
            }
            ScoreDoc[] docs = best.scoreDocs;
            if (!byScore && request.highlighted() != null) {
                TopFieldCollector.populateScores(docs, searcher, query);
            }
            List<HitText> hits = new ArrayList<>();
            Map<Integer, Long> idsByDoc = new HashMap<>();
            for (int i = request.from(); i < docs.length; i++) {
                ScoreDoc doc = docs[i];
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc.doc, reader.leaves()));
                BinaryDocValues records = DocValues.getBinary(leaf.reader(), IndexFields.HIT);
                if (records.advanceExact(doc.doc - leaf.docBase)) {
                    Float score = byScore ? (Float) ((FieldDoc) doc).fields[0]
                            : request.highlighted() != null ? doc.score : null;
                    HitText hit = HitRecord.read(records.binaryValue(), score);
                    hits.add(hit);
                    idsByDoc.put(doc.doc, hit.fields().id());
                }
            }
            Map<Long, HitHighlighter.Highlights> highlights = Map.of();
            if (request.highlighted() != null) {
                Map<Long, HitHighlighter.Texts> texts = new HashMap<>();
                hits.forEach(hit -> texts.put(hit.fields().id(), new HitHighlighter.Texts(hit.fields().title(),
                        hit.body(), hit.fields().language())));
                highlights = highlighter.highlight(reader, request.highlighted(), texts, idsByDoc);
            }
            return Optional.of(new Page(hits, highlights, best.totalHits.value,
                    best.totalHits.relation == TotalHits.Relation.EQUAL_TO, counts));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /**
     * One pass over the matches that have a report, read from doc values; none at all when no article of the index
     * has one (no segment has the field).
     */
    @Override
    public List<ReportMatch> sharedReports(SearchSession session, SearchScope<Article> scope,
                                           SearchPredicate matching, int most, long timeoutMillis) {
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            if (reader.leaves().stream().allMatch(leaf -> leaf.reader().getFieldInfos()
                    .fieldInfo(IndexFields.REPORT) == null)) {
                return List.of();
            }
            return ReportMatches.find(reader, LuceneMigrationUtils.toLuceneQuery(matching), most);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /**
     * Read from the article id's doc values, one hash lookup a candidate document: thousands of ids cost no more
     * than a few, where the id terms would be looked up in every segment.
     */
    @Override
    public SearchPredicate articles(SearchPredicateFactory f, List<Long> ids) {
        return f.extension(LuceneExtension.get()).fromLuceneQuery(SortedNumericDocValuesField.newSlowSetQuery(
                IndexFields.ARTICLE_ID, ids.stream().mapToLong(Long::longValue).toArray())).toPredicate();
    }
}
