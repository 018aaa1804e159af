package org.iwprarchive.ingest.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the service fetches pages. The defaults are polite and safe for the public site; tests widen the host
 * allow-list and the address policy for their local server explicitly.
 *
 * @param userAgent             sent with every request, so the site can tell who is fetching
 * @param allowedHosts          the only hosts fetched (case and a trailing dot ignored)
 * @param allowPrivateAddresses whether hosts may resolve to loopback, private, link-local or metadata addresses
 * @param politenessDelay       the least time between two requests to one host (robots.txt may ask for more)
 * @param maxBodySize           larger pages are refused
 * @param maxRedirects          redirects followed per fetch, each checked like the first address
 * @param maxAttempts           tries per request on 429, 5xx and network errors
 * @param initialBackoff        the first wait between tries, doubled each time
 * @param maxBackoff            the longest wait, also the most of a Retry-After that is honoured
 * @param respectRobotsTxt      whether robots.txt rules apply
 */
@ConfigurationProperties("iwpr.fetch")
public record FetchProperties(
        @DefaultValue("IWPR-Archive/0.1 (+https://iwpr.net; archive and search service)") String userAgent,
        @DefaultValue({"iwpr.net", "www.iwpr.net"}) List<String> allowedHosts,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("1s") Duration politenessDelay,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5MB") DataSize maxBodySize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("60s") Duration maxBackoff,
        @DefaultValue("true") boolean respectRobotsTxt) {
}
