package org.iwprarchive.api.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.search.query.SearchAfter;
import org.iwprarchive.search.query.SearchSort;

/**
 * The {@code cursor} a client passes back for the next page of a date-ordered search: the position the last page
 * ended at (order, day, id), as an opaque URL-safe token. It carries no query; the client sends the same
 * parameters with it.
 */
final class SearchCursor {

    private static final String VERSION = "1";

    private SearchCursor() {
    }

    static String encode(SearchAfter position) {
        String plain = String.join("|", VERSION, position.sort().name().toLowerCase(Locale.ROOT),
                position.publishedOn() == null ? "" : position.publishedOn().toString(), Long.toString(position.id()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws InvalidRequestException when the token is not one this service gave out
     */
    static SearchAfter decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw unreadable();
            }
            SearchSort sort = SearchSort.valueOf(parts[1].toUpperCase(Locale.ROOT));
            LocalDate day = parts[2].isEmpty() ? null : LocalDate.parse(parts[2]);
            long id = Long.parseLong(parts[3]);
            if (sort == SearchSort.RELEVANCE || id < 1) {
                throw unreadable();
            }
            return new SearchAfter(sort, day, id);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw unreadable();
        }
    }

    private static InvalidRequestException unreadable() {
        return new InvalidRequestException("cursor", "is not a cursor this service gave out; pass a page's "
                + "nextCursor as it was given");
    }
}
