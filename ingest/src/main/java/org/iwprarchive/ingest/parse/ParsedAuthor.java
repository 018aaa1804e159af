package org.iwprarchive.ingest.parse;

/**
 * An author credited on a page.
 *
 * @param bio        the bio sentence ("X is IWPR's Central Asia Project Manager in London."), or null
 * @param profileUrl the author's page on the site, or null
 */
public record ParsedAuthor(String name, String slug, String bio, String profileUrl) {

    public ParsedAuthor withBio(String newBio) {
        return new ParsedAuthor(name, slug, newBio, profileUrl);
    }
}
