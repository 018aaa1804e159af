package org.iwprarchive.search.query;

/**
 * A search over articles.
 *
 * @param text the query in simple query syntax; blank lists every article, newest first
 * @param page zero-based page number
 * @param size hits per page
 */
public record ArticleQuery(String text, int page, int size) {

    public ArticleQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        text = text == null ? "" : text.strip();
    }

    public boolean listsAll() {
        return text.isEmpty();
    }
}
