package org.iwprarchive.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.iwprarchive.search.index.IndexFields;

/**
 * The matches of a query in a Lucene index that are editions of a report of which another edition matches too:
 * the query is run only where the report field exists, so its cost follows the articles that have a report, and
 * each match's id, report, language and score are read from doc values and the scorer.
 */
final class ReportMatches {

    private ReportMatches() {
    }

    static List<IndexBackend.ReportMatch> find(IndexReader reader, Query matching, int most) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query editions = new BooleanQuery.Builder()
                .add(matching, BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(IndexFields.REPORT), BooleanClause.Occur.FILTER)
                .build();
        Map<Long, List<IndexBackend.ReportMatch>> byReport = new HashMap<>();
        searcher.search(editions, new SimpleCollector() {
            private Scorable scorer;
            private SortedNumericDocValues ids;
            private SortedNumericDocValues reports;
            private SortedSetDocValues languages;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                ids = DocValues.getSortedNumeric(context.reader(), IndexFields.ARTICLE_ID);
                reports = DocValues.getSortedNumeric(context.reader(), IndexFields.REPORT);
                languages = DocValues.getSortedSet(context.reader(), IndexFields.LANGUAGE);
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!ids.advanceExact(doc) || !reports.advanceExact(doc)) {
                    return;
                }
                String language = languages.advanceExact(doc)
                        ? languages.lookupOrd(languages.nextOrd()).utf8ToString() : null;
                long report = reports.nextValue();
                byReport.computeIfAbsent(report, r -> new ArrayList<>(2))
                        .add(new IndexBackend.ReportMatch(ids.nextValue(), report, language, scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        List<IndexBackend.ReportMatch> shared = new ArrayList<>();
        for (List<IndexBackend.ReportMatch> matches : byReport.values()) {
            if (matches.size() > 1 && shared.size() + matches.size() <= most) {
                shared.addAll(matches);
            }
        }
        return shared;
    }
}
