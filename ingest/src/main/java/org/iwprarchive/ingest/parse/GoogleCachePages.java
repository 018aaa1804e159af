package org.iwprarchive.ingest.parse;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages as Google's cache served them ({@code webcache.googleusercontent.com/search?q=cache:<id>:<original>}): the
 * cached page's markup with a notice of the cache's own put before it, "This is Google's cache of <original>. It is
 * a snapshot of the page as it appeared on 12 Mar 2015 10:21:04 GMT." Read here back into the page it cached: the
 * notice gone, the original address and the time of the snapshot returned.
 */
final class GoogleCachePages {

    private static final String HOST = "webcache.googleusercontent.com";
    private static final Pattern CACHED = Pattern.compile("(?:^|[?&])q=cache:[^:&]*:([^&]+)");
    /** How the cache's notice opens; a page without it is no cached page. */
    static final String NOTICE = "This is Google's cache of";
    private static final Pattern SNAPSHOT_TIME = Pattern.compile("as it appeared on (\\d{1,2} \\p{L}{3} \\d{4} "
            + "\\d{2}:\\d{2}:\\d{2}) GMT");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css BLOCKS = Css.of("div");

    private GoogleCachePages() {
    }

    /** A cached page's original address and the time of the snapshot, when the notice gives it. */
    record Capture(String original, Optional<Instant> capturedAt) {
    }

    /** Whether an address is one of Google's cache. */
    static boolean isCacheAddress(String url) {
        try {
            String host = url == null ? null : URI.create(url.strip()).getHost();
            return HOST.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The original address in a cache address's query ({@code q=cache:<id>:<original>}). */
    static Optional<String> original(String url) {
        try {
            String query = url == null ? null : URI.create(url.strip()).getRawQuery();
            Matcher m = query == null ? null : CACHED.matcher(query);
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            String original = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            return Optional.of(original.matches("(?i)https?://.*") ? original : "https://" + original);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes a page served by Google's cache the page it cached: the notice removed.
     *
     * @return the original address and the snapshot's time, or empty when the page holds no cache notice
     */
    static Optional<Capture> unwrap(Document page) {
        for (Element block : BLOCKS.in(page)) {
            if (!block.ownText().startsWith(NOTICE)) {
                continue;
            }
            String original = LINKS.in(block).stream().map(link -> link.attr("abs:href"))
                    .filter(href -> href.startsWith("http") && !isCacheAddress(href)).findFirst().orElse(null);
            Matcher time = SNAPSHOT_TIME.matcher(block.text());
            Optional<Instant> at = time.find() ? ArchiveTodayPages.parseTime(time.group(1)) : Optional.empty();
            Element outermost = block;
            while (outermost.parent() != null && !outermost.parent().tagName().matches("body|head|html|#root")) {
                outermost = outermost.parent();
            }
            outermost.remove();
            return original == null ? Optional.empty() : Optional.of(new Capture(original, at));
        }
        return Optional.empty();
    }
}
