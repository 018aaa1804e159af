package org.iwprarchive.api.search;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.iwprarchive.api.article.FilterValues;
import org.iwprarchive.search.query.ArticleSearchService;
import org.iwprarchive.search.query.SearchAfter;
import org.iwprarchive.search.query.SearchSort;
import org.iwprarchive.search.query.SuggestionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search endpoints' own contract, in a web slice: parameters are checked, and refused with the problem that
 * names them, before the search runs. The search service is never reached here (the slice proves it); what it
 * answers is tested on a real index in search's integration tests and over HTTP in the API's.
 */
@WebMvcTest(controllers = SearchController.class, excludeAutoConfiguration = SecurityAutoConfiguration.class)
@Import(Searches.class)
class SearchControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ArticleSearchService search;

    @MockitoBean
    private SuggestionService suggestions;

    @MockitoBean
    private FilterValues filterValues;

    @Test
    void refusesAPageSizeOutsideItsRangeNamingTheParameter() throws Exception {
        mvc.perform(get("/api/search").param("q", "nato").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].parameter").value("size"));
        verifyNoInteractions(search);
    }

    @Test
    void refusesAPageBeyondTheDeepestOne() throws Exception {
        mvc.perform(get("/api/search").param("q", "nato").param("page", "500").param("size", "100"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].parameter").value("page"));
        verifyNoInteractions(search);
    }

    @Test
    void refusesDatesThatEndBeforeTheyStartAsTheListsDo() throws Exception {
        mvc.perform(get("/api/search").param("from", "2010-01-01").param("to", "2005-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].parameter").value("from"));
        verifyNoInteractions(search);
    }

    @Test
    void refusesAnUnknownSortFacetOrDate() throws Exception {
        mvc.perform(get("/api/search").param("sort", "popular")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("sort"));
        mvc.perform(get("/api/search").param("facets", "colour")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("from", "2005-02-30")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
        verifyNoInteractions(search);
    }

    @Test
    void refusesAParameterTheSearchDoesNotTakeNamingIt() throws Exception {
        mvc.perform(get("/api/search").param("q", "nato").param("locaton", "central-asia"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].parameter").value("locaton"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("location")));
        verifyNoInteractions(search);
    }

    @Test
    void refusesASuggestionRequestWithoutWhatWasTyped() throws Exception {
        mvc.perform(get("/api/suggest")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.title").exists());
        verifyNoInteractions(suggestions);
    }

    @Test
    void refusesACursorThatCannotResumeThisSearch() throws Exception {
        String newest = SearchCursor.encode(new SearchAfter(SearchSort.NEWEST, LocalDate.of(2002, 12, 6), 5));
        mvc.perform(get("/api/search").param("q", "nato").param("cursor", newest))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("cursor"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sort=newest")));
        mvc.perform(get("/api/search").param("sort", "oldest").param("cursor", newest))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("cursor"));
        mvc.perform(get("/api/search").param("sort", "newest").param("cursor", newest).param("page", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("page"));
        mvc.perform(get("/api/search").param("sort", "newest").param("cursor", "not-a-cursor"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].parameter").value("cursor"));
        verifyNoInteractions(search);
    }
}
