package org.iwprarchive.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.article.ArticleFilterParameters;

/**
 * A search as the interface's address holds it: every state of the search page is a URL that can be shared,
 * bookmarked and gone back to, and every link on it (a facet, a page, an export) is this state changed in one place.
 *
 * @param q         the query, empty for none
 * @param filters   values by filter name (location, author, topic, source, lang), in the order added
 * @param from      first publication day, or null
 * @param to        last publication day, or null
 * @param sort      relevance, newest, oldest, or null for the default
 * @param page      zero-based page
 */
public record SearchState(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, String sort,
                   int page) {

    /** The filters in the order the page shows them. */
    static final List<String> FILTERS = List.of("location", "author", "topic", "source", "lang");

    public SearchState {
        q = q == null ? "" : q.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : FILTERS) {
            List<String> values = filters.getOrDefault(name, List.of());
            copy.put(name, values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).distinct().toList());
        }
        filters = Collections.unmodifiableMap(copy);
        sort = sort == null || sort.isBlank() ? null : sort.strip();
    }

    static SearchState of(String q, ArticleFilterParameters given, String sort, Integer page) {
        return new SearchState(q, Map.of("location", nonNull(given.location()), "author", nonNull(given.author()),
                "topic", nonNull(given.topic()), "source", nonNull(given.source()), "lang",
                given.lang() == null ? List.of() : List.of(given.lang())), given.from(), given.to(), sort,
                page == null ? 0 : page);
    }

    /** The same filters as the API takes them. */
    ArticleFilterParameters filterParameters() {
        return new ArticleFilterParameters(filters.get("author"), filters.get("location"), filters.get("topic"),
                filters.get("source"), from, to, filters.get("lang").isEmpty() ? null : filters.get("lang").get(0));
    }

    public boolean isActive(String filter, String value) {
        return filters.getOrDefault(filter, List.of()).contains(value);
    }

    public boolean hasFilters() {
        return filters.values().stream().anyMatch(values -> !values.isEmpty()) || from != null || to != null;
    }

    /** The search with a filter value added if absent or removed if present, from the first page. */
    SearchState toggled(String filter, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(filter, List.of()));
        if (!values.remove(value)) {
            if (filter.equals("lang")) {
                // an article has one language: choosing another replaces it
                values.clear();
            }
            values.add(value);
        }
        changed.put(filter, values);
        return new SearchState(q, changed, from, to, sort, 0);
    }

    /** The search within one year, from the first page. */
    SearchState inYear(int year) {
        return new SearchState(q, filters, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), sort, 0);
    }

    SearchState withoutDates() {
        return new SearchState(q, filters, null, null, sort, 0);
    }

    SearchState atPage(int number) {
        return new SearchState(q, filters, from, to, sort, number);
    }

    /** The address of the search page for this state; parameters left out when they hold nothing. */
    public String url() {
        return address("/", true, null);
    }

    /** The address of the API's export of every article this search finds, in the given format. */
    String exportUrl(String format) {
        return address("/api/export/articles", false, format);
    }

    /** The address of the API's answer to this search, for a client to take over. */
    String apiUrl() {
        return address("/api/search", true, null);
    }

    private String address(String path, boolean paged, String format) {
        List<String> parameters = new ArrayList<>();
        if (!q.isEmpty()) {
            parameters.add(parameter("q", q));
        }
        filters.forEach((name, values) -> values.forEach(value -> parameters.add(parameter(name, value))));
        if (from != null) {
            parameters.add(parameter("from", from.toString()));
        }
        if (to != null) {
            parameters.add(parameter("to", to.toString()));
        }
        if (sort != null) {
            parameters.add(parameter("sort", sort));
        }
        if (paged && page > 0) {
            parameters.add(parameter("page", Integer.toString(page)));
        }
        if (format != null) {
            parameters.add(parameter("format", format));
        }
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }

    /** One parameter as a form sends it: a + in a query reaches the service as a +, not a space. */
    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
