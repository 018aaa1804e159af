package org.iwprarchive.api.article;

/** No article has the id or URL asked for. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String message) {
        super(message);
    }
}
