package org.iwprarchive.api;

/** The bounds every paged endpoint shares. */
public final class Paging {

    /** The largest page a client may ask for; larger sizes are refused with a 400 problem. */
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    /** Deep pages cost the index more than they give a reader; page * size may not pass this. */
    public static final int MAX_OFFSET = 10_000;

    private Paging() {
    }
}
