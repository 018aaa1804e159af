package org.iwprarchive.search.query;

/**
 * One completion of what a user is typing.
 *
 * @param type  title, author, place, topic or source
 * @param text  what to show
 * @param value what to pass on: the slug of an author, place or topic, the id of a source or of a titled article
 */
public record Suggestion(String type, String text, String value) {
}
