package org.iwprarchive.search.query;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * The search index is a cluster this instance cannot reach at the moment (OpenSearch): the archive is whole in
 * PostgreSQL, and searches are answered again once the cluster is back.
 */
public class IndexUnavailableException extends RuntimeException {

    IndexUnavailableException(Throwable cause) {
        super("the search cluster cannot be reached", cause);
    }

    /** Whether a failure comes from a connection to the search cluster that could not be made or was lost. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof org.apache.http.ConnectionClosedException
                    || (cause instanceof IOException && cause.getClass().getName().startsWith("org.apache.http.conn"))) {
                return true;
            }
        }
        return false;
    }
}
