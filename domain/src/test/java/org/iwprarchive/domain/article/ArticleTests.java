package org.iwprarchive.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTests {

    @Test
    void countsWordsBetweenWhiteSpaceAndNotRunsOfOtherSpaces() {
        Article article = new Article("https://iwpr.net/global-voices/a", "a", new ArticleContent("Title", null,
                List.of("  NATO looks\tto Central\nAsia. ", "Jumaev \u2009 said\u00a0so \u2009 ", "One"),
                LocalDate.of(2002, 12, 6), "en"), Instant.parse("2024-03-01T10:15:30Z"));

        // "said\u00a0so" is one word (no ASCII space between), a lone thin space is none
        assertThat(article.getWordCount()).isEqualTo(5 + 2 + 1);
    }

    @Test
    void aChangedTextWithoutADateKeepsTheDateAnEarlierPageGave() {
        Instant first = Instant.parse("2024-03-01T10:15:30Z");
        Article article = new Article("https://iwpr.net/global-voices/a", "a", new ArticleContent("Title", null,
                List.of("One paragraph."), LocalDate.of(2002, 12, 6), "en"), first);

        boolean changed = article.revise(new ArticleContent("Title", null, List.of("One paragraph, changed."),
                null, "en"), first.plusSeconds(60));

        assertThat(changed).isTrue();
        assertThat(article.getVersion()).isEqualTo(2);
        assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2002, 12, 6));

        article.revise(new ArticleContent("Title", null, List.of("One paragraph, changed again."),
                LocalDate.of(2002, 12, 7), "en"), first.plusSeconds(120));
        assertThat(article.getPublishedOn()).as("a page that gives a date still sets it")
                .isEqualTo(LocalDate.of(2002, 12, 7));
    }

    @Test
    void aCaptureDatesAnArticleWhosePagesPrintNoDateAndThePrintedDateWins() {
        Instant fetched = Instant.parse("2024-03-01T10:15:30Z");
        Article article = new Article("https://iwpr.net/global-voices/a", "a", new ArticleContent("Title", null,
                List.of("One paragraph."), null, "en"), fetched);
        assertThat(article.getDatedBy()).isNull();

        assertThat(article.capturedOn(LocalDate.of(2010, 2, 1))).isTrue();
        assertThat(article.capturedOn(LocalDate.of(2011, 1, 1))).as("a later capture bounds nothing more").isFalse();
        assertThat(article.capturedOn(LocalDate.of(2009, 6, 12))).isTrue();
        assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2009, 6, 12));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.CAPTURE);

        article.revise(new ArticleContent("Title", null, List.of("One paragraph, changed."), null, "en"),
                fetched.plusSeconds(60));
        assertThat(article.getPublishedOn()).as("a newer undated text keeps the capture's day")
                .isEqualTo(LocalDate.of(2009, 6, 12));

        article.revise(new ArticleContent("Title", null, List.of("One paragraph, changed."),
                LocalDate.of(2002, 12, 6), "en"), fetched.plusSeconds(120));
        assertThat(article.getPublishedOn()).as("the same text with its date printed").isEqualTo(LocalDate.of(2002, 12, 6));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.PAGE);
        assertThat(article.capturedOn(LocalDate.of(2001, 1, 1))).isFalse();
        assertThat(article.printedOn(LocalDate.of(2002, 12, 5))).as("the newest page's printed date stands").isFalse();
        assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2002, 12, 6));
    }
}
