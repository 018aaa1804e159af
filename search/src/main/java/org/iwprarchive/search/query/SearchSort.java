package org.iwprarchive.search.query;

public enum SearchSort {
    RELEVANCE,
    NEWEST,
    OLDEST
}
