package org.iwprarchive.api.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.HitRecord;
import org.iwprarchive.search.index.HitText;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.IwprAnalysisConfigurer;
import org.iwprarchive.search.index.LuceneAnalysis;
import org.iwprarchive.search.index.WordsBinder;

/**
 * The benchmark's raw-Lucene baseline: the answer the service gives to a query (the top 20 by BM25 over the same
 * fields and weights, their records ({@link HitRecord}), highlights of the title and body from offsets in postings, the total
 * up to 10,000, and the facets' top 20 values) computed with Lucene alone over the same index: no Hibernate
 * Search, Spring, HTTP or JSON. It uses Lucene the way its documentation advises: one reader for the whole run
 * (the index does not change while it is measured) with its facet states built once, one collector pass for the
 * hits and the matching documents, Lucene's own facet counting ({@link StringValueFacetCounts}) and unified
 * highlighter. What the service costs beyond it is what the layers above Lucene cost.
 */
final class RawLuceneBaseline implements AutoCloseable {

    /** The search's general fields and weights (ArticleQueries). */
    private static final Map<String, Float> FIELDS = Map.of(IndexFields.TITLE_WORDS, 3.0f,
            IndexFields.STANDFIRST_WORDS, 2.0f, IndexFields.BODY_WORDS, 1.0f, IndexFields.AUTHOR_NAME, 2.0f,
            IndexFields.LOCATION_NAME, 1.0f, IndexFields.TOPIC_NAME, 1.0f, IndexFields.SOURCE_NAME, 1.0f);

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Analyzer english;
    private final Map<String, StringDocValuesReaderState> states = new LinkedHashMap<>();

    RawLuceneBaseline(EntityManagerFactory entityManagerFactory) throws IOException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        reader = mapping.scope(Article.class).extension(LuceneExtension.get()).openIndexReader();
        searcher = new IndexSearcher(reader);
        analyzer = LuceneAnalysis.searchAnalyzer();
        english = mapping.backend().unwrap(LuceneBackend.class).analyzer(IwprAnalysisConfigurer.ENGLISH)
                .orElseThrow();
        for (String field : List.of(IndexFields.LOCATION_SLUG, IndexFields.AUTHOR_SLUG, IndexFields.TOPIC_SLUG,
                IndexFields.SOURCE_KEY, IndexFields.LANGUAGE)) {
            states.put(field, new StringDocValuesReaderState(reader, field));
        }
    }

    /** (a), (e): all of the words. */
    int words(String text, boolean facets) throws IOException {
        return search(parse(text), facets ? List.copyOf(states.keySet()) : List.of(), facets, text);
    }

    /** (b): a phrase. */
    int phrase(String text) throws IOException {
        return search(parse("\"" + text + "\""), List.of(), false, "\"" + text + "\"");
    }

    /** (c): a word, in a region, between two dates, with the location, author and year facets. */
    int filtered(String word, String region, LocalDate from, LocalDate to) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(parse(word), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.LOCATION_TREE, region)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.PUBLISHED_ON, from.toEpochDay(), to.toEpochDay()),
                        BooleanClause.Occur.FILTER)
                .build();
        return search(query, List.of(IndexFields.LOCATION_SLUG, IndexFields.AUTHOR_SLUG), true, word);
    }

    private Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    /** One pass for the hits and the matches, then the facets, the hits' records and the highlights. */
    private int search(Query query, List<String> facetFields, boolean years, String text) throws IOException {
        Object[] collected = searcher.search(query, new MultiCollectorManager(
                new TopScoreDocCollectorManager(20, null, 10_000), new FacetsCollectorManager()));
        TopDocs top = (TopDocs) collected[0];
        FacetsCollector matches = (FacetsCollector) collected[1];
        int work = (int) top.totalHits.value;
        for (String field : facetFields) {
            work += new StringValueFacetCounts(states.get(field), matches).getTopChildren(20, field).childCount;
        }
        if (years) {
            work += new LongValueFacetCounts(IndexFields.YEAR, matches).getTopChildren(20, IndexFields.YEAR)
                    .childCount;
        }
        int[] docs = new int[top.scoreDocs.length];
        Map<Integer, HitText> documents = new LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            docs[i] = hit.doc;
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
            BinaryDocValues records = DocValues.getBinary(leaf.reader(), IndexFields.HIT);
            if (records.advanceExact(hit.doc - leaf.docBase)) {
                documents.put(hit.doc, HitRecord.read(records.binaryValue(), hit.score));
            }
        }
        java.util.Arrays.sort(docs);
        SimpleQueryParser marks = new SimpleQueryParser(english, Map.of(IndexFields.TITLE_WORDS, 1.0f, IndexFields.BODY_WORDS, 1.0f));
        Query marked = marks.parse(text);
        if (marked != null && docs.length > 0) {
            Map<String, String[]> highlights = new Highlighter(searcher, documents).highlightFields(
                    new String[] {IndexFields.TITLE_WORDS, IndexFields.BODY_WORDS}, marked, docs, new int[] {1, 2});
            work += highlights.get(IndexFields.BODY_WORDS).length;
        }
        return work;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Lucene's unified highlighter with its defaults, over the title and body the hits were read with. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, HitText> documents;

        Highlighter(IndexSearcher searcher, Map<Integer, HitText> documents) {
            super(UnifiedHighlighter.builder(searcher, WordsBinder.WORD_FORMS).withMaxLength(Integer.MAX_VALUE - 1));
            this.documents = documents;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                HitText document = documents.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = document == null ? null
                            : fields[i].equals(IndexFields.TITLE_WORDS) ? document.fields().title() : document.body();
                    row[i] = value == null ? "" : value;
                }
                values.add(row);
            }
            return values;
        }
    }
}
