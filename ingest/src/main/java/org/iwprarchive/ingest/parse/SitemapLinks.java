package org.iwprarchive.ingest.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The addresses a sitemap leads to (crawler-commons reads the XML, plain text and gzip forms): the sitemaps of a
 * sitemap index, or the pages of a sitemap with their last modification day when it gives one.
 *
 * @param sitemaps the sitemaps an index lists; empty for a sitemap of pages
 * @param pages    the pages a sitemap lists; empty for an index
 */
public record SitemapLinks(List<String> sitemaps, List<Page> pages) {

    /** @param lastModified the day the sitemap says the page last changed, or null */
    public record Page(String url, LocalDate lastModified) {
    }

    /**
     * @throws UnparseablePageException when the content is not a sitemap
     */
    public static SitemapLinks of(byte[] content, String contentType, String sitemapUrl) {
        AbstractSiteMap map;
        try {
            map = new SiteMapParser(false).parseSiteMap(contentType, content, URI.create(sitemapUrl).toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new UnparseablePageException("the sitemap cannot be read: " + e.getMessage());
        }
        if (map instanceof SiteMapIndex index) {
            return new SitemapLinks(index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList(), List.of());
        }
        return new SitemapLinks(List.of(), ((SiteMap) map).getSiteMapUrls().stream()
                .map(u -> new Page(u.getUrl().toString(), u.getLastModified() == null ? null
                        : u.getLastModified().toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .toList());
    }

    /** The pages not last changed before {@code since} (all of them when it is null, and those with no day). */
    public List<String> pagesSince(LocalDate since) {
        return pages.stream().filter(p -> since == null || p.lastModified() == null || !p.lastModified().isBefore(since))
                .map(Page::url).toList();
    }
}
