package org.iwprarchive.api.web;

import jakarta.validation.Valid;
import java.util.List;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.article.ArticleFilterParameters;
import org.iwprarchive.api.search.SearchResponses.SearchPage;
import org.iwprarchive.api.search.Searches;
import org.iwprarchive.search.query.Suggestion;
import org.iwprarchive.search.query.SuggestionService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst interface's search page at {@code /}: the query box, hits with their marked passages, facets that
 * filter on a click, the timeline of the matches, paging, and exports of the whole result. It runs the search
 * through {@link Searches}, as {@code GET /api/search} does: same parameters, same checks, same answer.
 */
@Controller
class SearchPages {

    static final int PAGE_SIZE = 20;

    private final Searches searches;
    private final SuggestionService suggestions;

    SearchPages(Searches searches, SuggestionService suggestions) {
        this.searches = searches;
        this.suggestions = suggestions;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String search(@RequestParam(required = false) String q, @Valid ArticleFilterParameters filters,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                  Model model) {
        SearchState state = SearchState.of(q, filters, sort, page);
        SearchPage answer = searches.search(state.q(), state.filterParameters(), state.sort(), null,
                new PageParameters(state.page(), PAGE_SIZE), null, false);
        model.addAttribute("searchPage", true);
        model.addAttribute("state", state);
        model.addAttribute("q", state.q());
        model.addAttribute("hits", SearchView.hits(answer));
        model.addAttribute("facets", SearchView.facets(answer, state));
        model.addAttribute("active", SearchView.active(answer, state));
        model.addAttribute("sorts", SearchView.sorts(state));
        model.addAttribute("paging", SearchView.paging(answer, state));
        model.addAttribute("timeline", Timeline.of(answer.facets(), year -> state.inYear(year).url()));
        model.addAttribute("exportNdjson", state.exportUrl("ndjson"));
        model.addAttribute("exportCsv", state.exportUrl("csv"));
        model.addAttribute("apiUrl", state.apiUrl());
        return "search";
    }

    /** A completion offered to the search box: what it puts in the box, and what it shows. */
    public record Option(String query, String label) {
    }

    /** A title completes to its words; a source, author, place or topic to a term scoped to its field. */
    private static Option option(Suggestion suggestion) {
        String text = suggestion.text();
        String label = text + " (" + suggestion.type() + ")";
        if (suggestion.type().equals("title")) {
            return new Option(text, label);
        }
        String field = suggestion.type().equals("place") ? "location" : suggestion.type();
        return new Option(field + ":" + (text.contains(" ") ? "\"" + text.replace("\"", "") + "\"" : text), label);
    }

    /** Completions for the search box, as options of its list (htmx fills them in while one types). */
    @GetMapping(path = "/suggestions", produces = MediaType.TEXT_HTML_VALUE)
    String suggestions(@RequestParam(required = false) String q, Model model) {
        String typed = q == null ? "" : q.strip();
        model.addAttribute("suggestions", typed.length() < 2 || typed.length() > 100 ? List.of()
                : suggestions.suggest(typed, 8).stream().map(SearchPages::option).toList());
        return "fragments/suggestions :: options";
    }
}
