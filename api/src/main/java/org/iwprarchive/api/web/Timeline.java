package org.iwprarchive.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.iwprarchive.api.search.SearchResponses.FacetCounts;

/**
 * The matching articles per year, every year from the first to the last with a match (a year with none shows as
 * none, not as a gap closed up), and the undated ones counted beside them: the shape of a result set over time,
 * from the year facet the search counts anyway.
 *
 * @param years   one bar a year, in year order
 * @param undated matching articles without a date
 * @param highest the highest count of a year, for the bars' scale
 */
public record Timeline(List<Year> years, long undated, long highest) {

    /** The chart's height in pixels, for the bars drawn in SVG. */
    static final int HEIGHT = 80;
    /** Each bar's width and the space after it. */
    static final int BAR = 14;
    static final int GAP = 2;

    public record Year(int year, long count, int x, int height, String url) {
    }

    static Timeline of(List<FacetCounts> facets, IntFunction<String> yearUrl) {
        FacetCounts years = facets.stream().filter(facet -> facet.field().equals("year")).findFirst().orElse(null);
        if (years == null) {
            return new Timeline(List.of(), 0, 0);
        }
        TreeMap<Integer, Long> counts = new TreeMap<>();
        years.values().forEach(value -> counts.put(Integer.parseInt(value.value()), value.count()));
        long undated = years.undated() == null ? 0 : years.undated();
        if (counts.isEmpty()) {
            return new Timeline(List.of(), undated, 0);
        }
        long highest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int first = counts.firstKey();
        int last = counts.lastKey();
        List<Year> bars = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            long count = counts.getOrDefault(year, 0L);
            int height = count == 0 ? 0 : (int) Math.max(2, Math.round((double) count * HEIGHT / highest));
            bars.add(new Year(year, count, (year - first) * (BAR + GAP), height, yearUrl.apply(year)));
        }
        return new Timeline(bars, undated, highest);
    }

    public boolean isEmpty() {
        return years.isEmpty() && undated == 0;
    }

    public int width() {
        return Math.max(BAR, years.size() * (BAR + GAP));
    }
}
