package org.iwprarchive.ingest.parse;

import org.iwprarchive.domain.location.LocationKind;

/**
 * A place tag as read from a page, with the places above it when the page or the gazetteer shows them.
 *
 * @param url    the tag's listing path on the site, when known
 * @param parent the enclosing place, or null
 */
public record ParsedLocation(String name, String slug, LocationKind kind, String url, ParsedLocation parent) {
}
