package org.iwprarchive.domain.article;

import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.domain.TextLimits;

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
        title = TextLimits.within(title.strip(), TextLimits.TITLE, "a title");
        standfirst = standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
        language = TextLimits.within(language == null || language.isBlank() ? "en" : language.strip(),
                TextLimits.LANGUAGE, "a language tag");
    }
}
