package org.iwprarchive.api.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.search.SearchResponses.FacetCounts;
import org.iwprarchive.api.search.SearchResponses.SearchHit;
import org.iwprarchive.api.search.SearchResponses.SearchPage;
import org.iwprarchive.api.search.SearchResponses.TagRef;
import org.iwprarchive.domain.text.LanguageNames;
import org.springframework.web.util.HtmlUtils;

/** What the search page shows of one answer of the search: each part ready to render, each link a search state. */
public final class SearchView {

    private static final Map<String, String> FACET_NAMES = Map.of("location", "Places", "author", "Authors",
            "topic", "Topics", "source", "Quoted sources", "year", "Years", "lang", "Languages");
    private static final Map<String, String> FILTER_NAMES = Map.of("location", "Place", "author", "Author",
            "topic", "Topic", "source", "Source", "lang", "Language");
    /** The deepest page the search reaches, with twenty hits a page. */
    private static final int LAST_PAGE = 10_000 / SearchPages.PAGE_SIZE - 1;

    /**
     * @param datedBy  where the date comes from ("PAGE", "CAPTURE"), or null when undated
     * @param language the name of its language in English when it is not English ("Russian"), else null
     * @param editions  the report's other archived editions, each named by its language, linked to its page
     */
    public record Hit(long id, String titleHtml, String standfirst, LocalDate publishedOn, String datedBy,
                      String language,
                      List<TagLink> authors, List<TagLink> places, List<TagLink> topics, List<String> passagesHtml,
                      List<TagLink> editions) {
    }

    public record TagLink(String name, String url) {
    }

    public record FacetList(String field, String name, List<FacetLink> values) {
    }

    public record FacetLink(String label, long count, boolean active, String url) {
    }

    public record ActiveFilter(String filter, String label, String removeUrl) {
    }

    public record SortLink(String name, String label, boolean current, String url) {
    }

    public record Paging(long total, boolean exact, int page, int pages, String previousUrl, String nextUrl,
                         int firstShown, int lastShown) {
    }

    private SearchView() {
    }

    static List<Hit> hits(SearchPage answer) {
        return answer.items().stream().map(SearchView::hit).toList();
    }

    private static Hit hit(SearchHit hit) {
        Map<String, List<String>> marks = hit.highlights() == null ? Map.of() : hit.highlights();
        String title = marks.getOrDefault("title", List.of()).isEmpty() ? HtmlUtils.htmlEscape(hit.title() == null ? "" : hit.title())
                : Marked.html(marks.get("title").get(0));
        List<String> passages = new ArrayList<>();
        marks.forEach((field, fragments) -> {
            if (!field.equals("title")) {
                fragments.forEach(fragment -> passages.add(Marked.html(fragment)));
            }
        });
        return new Hit(hit.id(), title, hit.standfirst(), hit.publishedOn(), hit.datedBy(),
                languageName(hit.language()),
                links("/authors/", hit.authors()), links("/places/", hit.places()), links("/topics/", hit.topics()),
                passages, hit.editions().stream().map(edition -> new TagLink(languageName(edition.language()) == null
                        ? "English" : languageName(edition.language()), "/articles/" + edition.articleId())).toList());
    }

    /** The English name of a language other than English, by its code; null for English or none. */
    static String languageName(String code) {
        if (code == null || code.isBlank() || code.equals("en")) {
            return null;
        }
        return LanguageNames.inEnglish(code);
    }

    private static List<TagLink> links(String path, List<TagRef> tags) {
        return tags.stream().map(tag -> new TagLink(tag.name(), path + tag.slug())).toList();
    }

    /** The facets other than the year (which the timeline shows), each value a link that adds or removes it. */
    static List<FacetList> facets(SearchPage answer, SearchState state) {
        List<FacetList> lists = new ArrayList<>();
        for (FacetCounts facet : answer.facets()) {
            if (facet.field().equals("year")) {
                continue;
            }
            List<FacetLink> links = facet.values().stream().map(value -> new FacetLink(value.label(), value.count(),
                    state.isActive(facet.field(), value.value()), state.toggled(facet.field(), value.value()).url()))
                    .toList();
            lists.add(new FacetList(facet.field(), FACET_NAMES.get(facet.field()), links));
        }
        return lists;
    }

    /** The filters in force, each with its label from the facets when it is among them, and a link without it. */
    static List<ActiveFilter> active(SearchPage answer, SearchState state) {
        Map<String, String> labels = new LinkedHashMap<>();
        answer.facets().forEach(facet -> facet.values().forEach(value ->
                labels.put(facet.field() + "\u0000" + value.value(), value.label())));
        List<ActiveFilter> active = new ArrayList<>();
        state.filters().forEach((filter, values) -> values.forEach(value -> active.add(new ActiveFilter(
                FILTER_NAMES.get(filter), labels.getOrDefault(filter + "\u0000" + value, value),
                state.toggled(filter, value).url()))));
        if (state.from() != null || state.to() != null) {
            String range = (state.from() == null ? "…" : state.from().toString()) + " to "
                    + (state.to() == null ? "…" : state.to().toString());
            active.add(new ActiveFilter("Published", range, state.withoutDates().url()));
        }
        return active;
    }

    static List<SortLink> sorts(SearchState state) {
        String current = state.sort() != null ? state.sort() : state.q().isEmpty() ? "newest" : "relevance";
        List<SortLink> links = new ArrayList<>();
        for (String[] sort : new String[][] {{"relevance", "Relevance"}, {"newest", "Newest"}, {"oldest", "Oldest"}}) {
            if (sort[0].equals("relevance") && state.q().isEmpty()) {
                continue;
            }
            links.add(new SortLink(sort[0], sort[1], sort[0].equals(current),
                    new SearchState(state.q(), state.filters(), state.from(), state.to(), sort[0], 0).url()));
        }
        return links;
    }

    static Paging paging(SearchPage answer, SearchState state) {
        int pages = (int) Math.min(answer.totalPages(), LAST_PAGE + 1L);
        int page = answer.page();
        int first = answer.items().isEmpty() ? 0 : page * answer.size() + 1;
        return new Paging(answer.totalItems(), answer.totalExact(), page, pages,
                page > 0 ? state.atPage(page - 1).url() : null,
                page + 1 < pages ? state.atPage(page + 1).url() : null, first, first + answer.items().size() - 1);
    }
}
