package org.iwprarchive.search.query;

/** A query the index could answer only at a cost out of proportion: too many terms, or too broad ones. */
public class QueryTooExpensiveException extends InvalidQueryException {

    public QueryTooExpensiveException(String message) {
        super(message, -1);
    }
}
