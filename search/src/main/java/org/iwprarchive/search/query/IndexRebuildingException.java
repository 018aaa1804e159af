package org.iwprarchive.search.query;

/**
 * The index is being rebuilt from PostgreSQL and holds only part of the archive: a search now would answer with
 * some of its matches as if they were all, so it is not run.
 *
 * @see org.iwprarchive.search.index.SearchIndexer
 */
public class IndexRebuildingException extends RuntimeException {

    private final long indexed;
    private final long total;

    public IndexRebuildingException(long indexed, long total) {
        super("the search index is being rebuilt (" + indexed + " of " + total + " articles so far); searches "
                + "resume when it is complete");
        this.indexed = indexed;
        this.total = total;
    }

    public long indexed() {
        return indexed;
    }

    public long total() {
        return total;
    }
}
