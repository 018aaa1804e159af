package org.iwprarchive.search.query;

import java.time.LocalDate;

/**
 * Where a page of a date-ordered search ended: the last hit's publication day (null for an undated article, which
 * comes after all dated ones) and id. The next page starts after it, however deep, and a page's hits stay where
 * they are while articles are added elsewhere in the order.
 *
 * @param sort the order it is a position in: {@link SearchSort#NEWEST} or {@link SearchSort#OLDEST}
 */
public record SearchAfter(SearchSort sort, LocalDate publishedOn, long id) {

    public SearchAfter {
        if (sort == SearchSort.RELEVANCE) {
            throw new IllegalArgumentException("a position is kept in a date order only");
        }
    }
}
