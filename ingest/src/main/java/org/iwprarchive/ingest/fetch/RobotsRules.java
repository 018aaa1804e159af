package org.iwprarchive.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt as crawler-commons reads it, fetched once per origin and kept for an hour. A missing file
 * allows everything; a server error disallows everything until the next try (RFC 9309).
 */
final class RobotsRules {

    private static final Duration KEEP = Duration.ofHours(1);
    /** A robots.txt asking for more than this between requests is held to it. */
    private static final Duration MOST_CRAWL_DELAY = Duration.ofSeconds(30);

    /** What fetching robots.txt gave: a status and, for 200, the bytes. */
    record RobotsFile(int status, byte[] content, String contentType) {
    }

    private record Cached(BaseRobotRules rules, Instant until) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> byOrigin = new ConcurrentHashMap<>();
    private final String agentName;
    private final Function<URI, RobotsFile> download;

    RobotsRules(String userAgent, Function<URI, RobotsFile> download) {
        this.agentName = userAgent.split("[/ ]")[0].toLowerCase(java.util.Locale.ROOT);
        this.download = download;
    }

    boolean allows(URI uri) {
        return rules(uri).isAllowed(uri.toString());
    }

    /** The crawl delay robots.txt asks of this agent, or zero. */
    Duration crawlDelay(URI uri) {
        long delay = rules(uri).getCrawlDelay();
        if (delay <= 0 || delay == BaseRobotRules.UNSET_CRAWL_DELAY) {
            return Duration.ZERO;
        }
        Duration asked = Duration.ofMillis(delay);
        return asked.compareTo(MOST_CRAWL_DELAY) > 0 ? MOST_CRAWL_DELAY : asked;
    }

    private BaseRobotRules rules(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Cached cached = byOrigin.get(origin);
        if (cached == null || cached.until().isBefore(Instant.now())) {
            URI robots = URI.create(origin + "/robots.txt");
            RobotsFile file = download.apply(robots);
            BaseRobotRules rules = file.status() == 200
                    ? parser.parseContent(robots.toString(), file.content(), file.contentType(), List.of(agentName))
                    : parser.failedFetch(file.status());
            cached = new Cached(rules, Instant.now().plus(KEEP));
            byOrigin.put(origin, cached);
        }
        return cached.rules();
    }
}
