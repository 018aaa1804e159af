package org.iwprarchive.ingest.fetch;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Wayback Machine backfills read from (the Internet Archive's by default; a pywb or OpenWayback instance
 * speaks the same protocols).
 *
 * @param endpoint where it answers: its CDX API at {@code /cdx/search/cdx}, its captures at {@code /web/}
 * @param hosts    the hosts fetched for backfills, and only for them (the endpoint's, and any its answers
 *                 redirect to); the site's allow-list ({@code iwpr.fetch.allowed-hosts}) stays as it is
 * @param pageSize captures listed by one CDX request
 */
@ConfigurationProperties("iwpr.wayback")
public record WaybackProperties(@DefaultValue("https://web.archive.org") URI endpoint,
                                @DefaultValue("web.archive.org") List<String> hosts,
                                @DefaultValue("500") int pageSize) {

    public static WaybackProperties internetArchive() {
        return new WaybackProperties(URI.create("https://web.archive.org"), List.of("web.archive.org"), 500);
    }
}
