package org.iwprarchive.search.query;

import org.iwprarchive.search.index.SearchIndexer;

/**
 * The index is being rebuilt from PostgreSQL and holds only part of the archive: a search now would answer with
 * some of its matches as if they were all, so it is not run.
 *
 * @see SearchIndexer
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

    /** Searches are refused while a rebuild has emptied the index and refills it (a Lucene index's rebuild). */
    static void unlessComplete(SearchIndexer indexer) {
        SearchIndexer.Progress rebuild = indexer.progress();
        if (rebuild.running() && !indexer.searchableWhileRebuilding()) {
            throw new IndexRebuildingException(rebuild.indexed(), rebuild.total());
        }
    }

    public long indexed() {
        return indexed;
    }

    public long total() {
        return total;
    }
}
