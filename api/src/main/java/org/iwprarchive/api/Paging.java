package org.iwprarchive.api;

/** The bounds every paged endpoint shares. */
public final class Paging {

    /** The largest page a client may ask for; larger sizes are refused with a 400 problem. */
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    /** Deep pages cost the index and the database more than they give a reader; no page reaches past this item. */
    public static final int MAX_OFFSET = 10_000;

    /** Refuses a page whose last item lies past the {@link #MAX_OFFSET}th. */
    public static void requireWithinOffset(int page, int size) {
        if (((long) page + 1) * size > MAX_OFFSET) {
            throw new InvalidRequestException("page", "reaches past item " + MAX_OFFSET + " (page " + page
                    + " of size " + size + "); narrow the filters instead");
        }
    }

    private Paging() {
    }
}
