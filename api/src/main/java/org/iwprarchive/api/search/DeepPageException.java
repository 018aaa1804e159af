package org.iwprarchive.api.search;

import org.iwprarchive.api.Paging;

/** A page so deep that the index would have to rank everything before it. */
public class DeepPageException extends RuntimeException {

    public DeepPageException(int page, int size) {
        super("page " + page + " of size " + size + " starts past hit " + Paging.MAX_OFFSET
                + "; narrow the query or filter instead of paging this deep");
    }
}
