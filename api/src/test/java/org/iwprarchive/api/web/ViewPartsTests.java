package org.iwprarchive.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.article.ArticleResponses.QuotationRef;
import org.iwprarchive.api.search.SearchResponses.FacetCounts;
import org.iwprarchive.api.search.SearchResponses.FacetValue;
import org.junit.jupiter.api.Test;

/** The pieces the interface's pages are made of, without a server: marks, quotations in text, links, timeline. */
class ViewPartsTests {

    @Test
    void keepsOnlyMarksAsMarkupInAHighlightedFragment() {
        assertThat(Marked.html("a &lt;script&gt;x&lt;/script&gt; <mark>word</mark> &amp; more"))
                .isEqualTo("a &lt;script&gt;x&lt;/script&gt; <mark>word</mark> &amp; more");
        // a fragment that was not escaped is escaped; marks left open are closed, stray closings dropped
        assertThat(Marked.html("<img src=x onerror=alert(1)> <mark>hit</mark></mark> <mark>open"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>hit</mark> <mark>open</mark>");
        assertThat(Marked.html("<mark onclick=x>no</mark>")).isEqualTo("&lt;mark onclick=x&gt;no");
        assertThat(Marked.html(null)).isEmpty();
    }

    @Test
    void cutsParagraphsAroundTheQuotationsTheyHold() {
        QuotationRef first = quotation(1, "security was still a great concern");
        QuotationRef elsewhere = quotation(2, "words that are nowhere in the text");
        QuotationRef twice = quotation(3, "again");
        QuotationRef twiceMore = quotation(3, "again");
        List<String> paragraphs = List.of("He said security was still a great concern, again and again.", "None.");

        List<List<QuotedText.Run>> runs = QuotedText.paragraphs(paragraphs,
                List.of(first, elsewhere, twice, twiceMore));

        assertThat(runs.get(0)).extracting(QuotedText.Run::text).containsExactly("He said ",
                "security was still a great concern", ", ", "again", " and ", "again", ".");
        assertThat(runs.get(0)).extracting(QuotedText.Run::quotation)
                .containsExactly(null, first, null, twice, null, twiceMore, null);
        assertThat(runs.get(1)).extracting(QuotedText.Run::text).containsExactly("None.");
        assertThat(QuotedText.unplaced(runs, List.of(first, elsewhere, twice, twiceMore))).containsExactly(elsewhere);
        assertThat(String.join("", runs.get(0).stream().map(QuotedText.Run::text).toList()))
                .as("the runs put together give the paragraph back").isEqualTo(paragraphs.get(0));
    }

    @Test
    void changesASearchInOnePlaceAndWritesItAsAnAddress() {
        SearchState state = new SearchState(" drug + arms ", Map.of("location", List.of("uzbekistan"),
                "source", List.of("12")), LocalDate.of(2002, 1, 1), null, null, 3);

        assertThat(state.url()).isEqualTo("/?q=drug+%2B+arms&location=uzbekistan&source=12&from=2002-01-01&page=3");
        assertThat(state.toggled("location", "uzbekistan").url())
                .as("a value present is removed, and the page starts again")
                .isEqualTo("/?q=drug+%2B+arms&source=12&from=2002-01-01");
        assertThat(state.toggled("topic", "security").url()).contains("&topic=security&");
        assertThat(state.inYear(2005).url()).contains("from=2005-01-01&to=2005-12-31");
        assertThat(state.exportUrl("csv")).isEqualTo("/api/export/articles?q=drug+%2B+arms&location=uzbekistan"
                + "&source=12&from=2002-01-01&format=csv");
        assertThat(new SearchState("", Map.of(), null, null, " ", 0).url()).isEqualTo("/");
    }

    @Test
    void drawsEveryYearFromTheFirstToTheLastWithTheUndatedBeside() {
        FacetCounts years = new FacetCounts("year", List.of(new FacetValue("2004", "2004", 8),
                new FacetValue("2001", "2001", 2)), 3L);

        Timeline timeline = Timeline.of(List.of(years), year -> "/y/" + year);

        assertThat(timeline.years()).extracting(Timeline.Year::year).containsExactly(2001, 2002, 2003, 2004);
        assertThat(timeline.years()).extracting(Timeline.Year::count).containsExactly(2L, 0L, 0L, 8L);
        assertThat(timeline.years()).extracting(Timeline.Year::height).containsExactly(20, 0, 0, Timeline.HEIGHT);
        assertThat(timeline.years().get(3).url()).isEqualTo("/y/2004");
        assertThat(timeline.undated()).isEqualTo(3);
        assertThat(Timeline.of(List.of(new FacetCounts("year", List.of(), 0L)), year -> "").isEmpty()).isTrue();
    }

    private static QuotationRef quotation(long source, String text) {
        return new QuotationRef(source, "Source " + source, "PERSON", null, text, "INDIRECT", "said");
    }
}
