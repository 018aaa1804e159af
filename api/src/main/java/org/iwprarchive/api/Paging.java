package org.iwprarchive.api;

/** The bounds every paged endpoint shares. */
public final class Paging {

    /** The largest page a client may ask for; larger sizes are refused with a 400 problem. */
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    /** Deep pages cost the index more than they give a reader; page * size may not pass this. */
    public static final int MAX_OFFSET = 10_000;

    /** Refuses a page that starts beyond {@link #MAX_OFFSET}. */
    public static void requireWithinOffset(int page, int size) {
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidRequestException("page", "times size may not pass " + MAX_OFFSET + " (page " + page
                    + " of size " + size + "); narrow the filters instead");
        }
    }

    private Paging() {
    }
}
