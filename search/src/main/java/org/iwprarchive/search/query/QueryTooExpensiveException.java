package org.iwprarchive.search.query;

import org.apache.lucene.search.IndexSearcher;

/** A query the index could answer only at a cost out of proportion: too many terms, or too broad ones. */
public class QueryTooExpensiveException extends InvalidQueryException {

    public QueryTooExpensiveException(String message) {
        super(message, -1);
    }

    /** A search that needed more than the time a search may take. */
    static QueryTooExpensiveException timedOut(long timeoutMillis) {
        return new QueryTooExpensiveException("the query needed more than " + timeoutMillis + " ms of the index; "
                + "use fewer or longer prefixes and fuzzy terms, or more specific words");
    }

    /**
     * What a failed search stands for: a query too expensive when Lucene (or OpenSearch) refused its many clauses,
     * an unavailable index when the search cluster could not be reached, else itself.
     */
    static RuntimeException orCause(RuntimeException failure) {
        if (IndexUnavailableException.isConnectionFailure(failure)) {
            return new IndexUnavailableException(failure);
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IndexSearcher.TooManyClauses || (cause.getMessage() != null
                    && (cause.getMessage().contains("too_many_clauses")
                    || cause.getMessage().contains("too_many_nested_clauses")))) {
                return new QueryTooExpensiveException("the query expands to more terms than the index searches at "
                        + "once (" + IndexSearcher.getMaxClauseCount() + "); use fewer words, prefixes or fuzzy terms");
            }
        }
        return failure;
    }
}
