package org.iwprarchive.domain.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says, as the parser read it: the part of an Article that can change between fetches.
 *
 * @param paragraphs body text, one entry a paragraph, with captions, credits and footers already removed
 */
public record ArticleContent(String title, String standfirst, List<String> paragraphs, LocalDate publishedOn,
                             String language) {

    public ArticleContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an article needs a title");
        }
        paragraphs = paragraphs == null ? List.of()
                : paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an article needs at least one body paragraph");
        }
        title = title.strip();
        standfirst = standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
        language = language == null || language.isBlank() ? "en" : language.strip();
    }
}
