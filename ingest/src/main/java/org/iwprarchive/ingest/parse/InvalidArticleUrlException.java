package org.iwprarchive.ingest.parse;

/** A URL that is not an address of an article on the site. */
public class InvalidArticleUrlException extends RuntimeException {

    public InvalidArticleUrlException(String message) {
        super(message);
    }
}
