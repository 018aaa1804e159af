package org.iwprarchive.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.springframework.stereotype.Component;

/**
 * Facet counts over the articles a query matches, read from the index's doc values in one pass for every facet
 * asked: each matching article's values of each facet field are counted in an array by their global ordinal, and
 * only the values that make a facet's top are looked up by name. A request costs in proportion to its matches and
 * their values, not to the number of distinct values in the archive (the terms aggregation this replaces
 * resolved every value a segment matched against the merged terms of the whole index, per request).
 *
 * <p>A value's global ordinal (its rank among the values of all segments) comes from Lucene's {@link OrdinalMap},
 * built from the segments' terms once and kept until the segments change: the same thing Lucene's facet module
 * asks its users to keep ({@code SortedSetDocValuesReaderState}), here over the fields Hibernate Search writes.
 * Counts are exact.
 */
@Component
class FacetCounter {

    /** The key of the year facet's count of matching articles with no date, beside the years' counts. */
    static final String UNDATED = "undated";
    /** Years counted in an array from this one; a year outside the array's span is counted apart. */
    private static final int FIRST_YEAR = 1800;
    private static final int YEARS = 400;

    private record OrdinalsKey(String field, List<Object> segments) {
    }

    private final Cache<OrdinalsKey, OrdinalMap> ordinals = Caffeine.newBuilder().maximumSize(32).build();

    /**
     * @param reader the index as the search read it
     * @param query  the articles to count
     * @param top    values per facet, the most frequent first (ties in the order of the values); every year
     * @throws QueryTooExpensiveException when counting takes longer than the time a search may take
     * @return each facet's values as indexed (slugs, source ids, years) with their counts; the year facet's
     *         also holds {@link #UNDATED} with the count of matches without a date, when there are any
     */
    Map<SearchFacet, Map<Object, Long>> count(IndexReader reader, Query query, Collection<SearchFacet> facets,
                                               int top, long timeoutMillis) {
        if (facets.isEmpty()) {
            return Map.of();
        }
        try {
            Pass pass = pass(reader, facets);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
            Counts counted = searcher.search(query, pass);
            if (searcher.timedOut()) {
                throw tooExpensive(timeoutMillis);
            }
            return pass.values(reader, counted, top);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    /**
     * The counting of these facets as a collector manager, to run in the same search as other collectors (the
     * hits' ranking): {@link Pass#values} reads what it counted.
     */
    Pass pass(IndexReader reader, Collection<SearchFacet> facets) {
        List<SearchFacet> asked = List.copyOf(facets);
        List<OrdinalMap> maps = new ArrayList<>();
        for (SearchFacet facet : asked) {
            maps.add(facet == SearchFacet.YEAR ? null : ordinalMap(reader, facet.indexField()));
        }
        return new Pass(asked, maps);
    }

    private static QueryTooExpensiveException tooExpensive(long timeoutMillis) {
        return new QueryTooExpensiveException("counting the facets needed more than " + timeoutMillis
                + " ms of the index; use more specific words or filters, or fewer facets");
    }

    /** One pass's counting of some facets over the matches of a search. */
    static final class Pass implements CollectorManager<Counting, Counts> {

        private final List<SearchFacet> asked;
        private final List<OrdinalMap> maps;

        private Pass(List<SearchFacet> asked, List<OrdinalMap> maps) {
            this.asked = asked;
            this.maps = maps;
        }

        @Override
        public Counting newCollector() {
            return new Counting(asked, maps);
        }

        @Override
        public Counts reduce(Collection<Counting> collectors) {
            Counts sum = null;
            for (Counting collector : collectors) {
                sum = sum == null ? collector.counts : sum.add(collector.counts);
            }
            return sum;
        }

        /**
         * Each facet's values with their counts, as {@link FacetCounter#count} gives them.
         *
         * @param counted what the search gave for this pass: its {@link #reduce} of the collectors
         */
        Map<SearchFacet, Map<Object, Long>> values(IndexReader reader, Object counted, int top) throws IOException {
            Counts counts = (Counts) counted;
            Map<SearchFacet, Map<Object, Long>> result = new LinkedHashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                SearchFacet facet = asked.get(i);
                result.put(facet, facet == SearchFacet.YEAR ? everyYear(counts)
                        : topValues(reader, facet.indexField(), maps.get(i), counts.ords[i], top));
            }
            return result;
        }
    }

    /** The global ordinals of a field over the reader's segments as they are now, built once per set of segments. */
    private OrdinalMap ordinalMap(IndexReader reader, String field) {
        List<Object> segments = reader.leaves().stream().map(FacetCounter::core).toList();
        return ordinals.get(new OrdinalsKey(field, segments), key -> {
            try {
                SortedSetDocValues[] values = new SortedSetDocValues[reader.leaves().size()];
                for (LeafReaderContext leaf : reader.leaves()) {
                    values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
                }
                return OrdinalMap.build(null, values, PackedInts.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException("the search index cannot be read", e);
            }
        });
    }

    /** What identifies a segment's terms: its core, which deletions leave alone and a merge replaces. */
    private static Object core(LeafReaderContext leaf) {
        var helper = leaf.reader().getCoreCacheHelper();
        // a segment that offers no key cannot be told from its successor: never match it
        return helper != null ? helper.getKey() : new Object();
    }

    private static Map<Object, Long> topValues(IndexReader reader, String field, OrdinalMap map, long[] counts,
                                               int top) throws IOException {
        Map<Object, Long> values = new LinkedHashMap<>();
        for (int ord : topOrdinals(counts, top)) {
            int segment = map.getFirstSegmentNumber(ord);
            SortedSetDocValues terms = DocValues.getSortedSet(reader.leaves().get(segment).reader(), field);
            values.put(terms.lookupOrd(map.getFirstSegmentOrd(ord)).utf8ToString(), counts[ord]);
        }
        return values;
    }

    /** Every year with a match, the most frequent first: a timeline needs them all, and an archive has decades. */
    private static Map<Object, Long> everyYear(Counts counted) {
        Map<Object, Long> values = new LinkedHashMap<>();
        for (int index : topOrdinals(counted.years, YEARS)) {
            values.put(FIRST_YEAR + index, counted.years[index]);
        }
        List<Map.Entry<Integer, Long>> outside = new ArrayList<>(counted.otherYears.entrySet());
        if (!outside.isEmpty()) {
            // a year outside the array's span: rare enough to merge the slow way
            values.forEach((year, count) -> outside.add(Map.entry((Integer) year, count)));
            outside.sort(Map.Entry.<Integer, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            values.clear();
            outside.forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        }
        // the articles without a date are counted apart from the top years, and always when there are any
        if (counted.undated > 0) {
            values.put(UNDATED, counted.undated);
        }
        return values;
    }

    /** The indexes of the highest counts above zero, highest first, lower index first among equals. */
    private static List<Integer> topOrdinals(long[] counts, int top) {
        PriorityQueue<Integer> best = new PriorityQueue<>(top + 1, (a, b) -> counts[a] != counts[b]
                ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0 && (best.size() < top || counts[ord] > counts[best.peek()])) {
                best.add(ord);
                if (best.size() > top) {
                    best.poll();
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(best);
        ordered.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        return ordered;
    }

    /** The counts of one or several passes. */
    private static final class Counts {
        final long[][] ords;
        final long[] years = new long[YEARS];
        final Map<Integer, Long> otherYears = new java.util.HashMap<>();
        long undated;

        Counts(long[][] ords) {
            this.ords = ords;
        }

        Counts add(Counts other) {
            for (int i = 0; i < ords.length; i++) {
                if (ords[i] != null) {
                    for (int ord = 0; ord < ords[i].length; ord++) {
                        ords[i][ord] += other.ords[i][ord];
                    }
                }
            }
            for (int i = 0; i < YEARS; i++) {
                years[i] += other.years[i];
            }
            other.otherYears.forEach((year, count) -> otherYears.merge(year, count, Long::sum));
            undated += other.undated;
            return this;
        }
    }

    /** One pass: every asked facet of every matching article. */
    private static final class Counting implements Collector {

        private final List<SearchFacet> facets;
        private final List<OrdinalMap> maps;
        final Counts counts;

        Counting(List<SearchFacet> facets, List<OrdinalMap> maps) {
            this.facets = facets;
            this.maps = maps;
            long[][] ords = new long[facets.size()][];
            for (int i = 0; i < facets.size(); i++) {
                ords[i] = maps.get(i) == null ? null : new long[(int) maps.get(i).getValueCount()];
            }
            this.counts = new Counts(ords);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            int n = facets.size();
            SortedSetDocValues[] values = new SortedSetDocValues[n];
            LongValues[] global = new LongValues[n];
            SortedNumericDocValues years = null;
            for (int i = 0; i < n; i++) {
                SearchFacet facet = facets.get(i);
                if (facet == SearchFacet.YEAR) {
                    years = DocValues.getSortedNumeric(leaf.reader(), facet.indexField());
                } else {
                    values[i] = DocValues.getSortedSet(leaf.reader(), facet.indexField());
                    global[i] = maps.get(i).getGlobalOrds(leaf.ord);
                }
            }
            SortedNumericDocValues yearValues = years;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < n; i++) {
                        SortedSetDocValues docValues = values[i];
                        if (docValues != null && docValues.advanceExact(doc)) {
                            long[] into = counts.ords[i];
                            LongValues toGlobal = global[i];
                            // a document's ordinals in a field are distinct: each value counts the article once
                            for (int v = docValues.docValueCount(); v > 0; v--) {
                                into[(int) toGlobal.get(docValues.nextOrd())]++;
                            }
                        }
                    }
                    if (yearValues != null) {
                        if (!yearValues.advanceExact(doc)) {
                            counts.undated++;
                            return;
                        }
                        long previous = Long.MIN_VALUE;
                        for (int v = yearValues.docValueCount(); v > 0; v--) {
                            long year = yearValues.nextValue();
                            if (year != previous) {
                                countYear(year);
                                previous = year;
                            }
                        }
                    }
                }
            };
        }

        private void countYear(long year) {
            long index = year - FIRST_YEAR;
            if (index >= 0 && index < YEARS) {
                counts.years[(int) index]++;
            } else {
                counts.otherYears.merge((int) year, 1L, Long::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
