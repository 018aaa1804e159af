package org.iwprarchive.search.query;

/**
 * One completion of what a user is typing.
 *
 * @param type title, author, place, topic or source
 */
public record Suggestion(String type, String text) {
}
