package org.iwprarchive.api.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests each client (by address) may make per period, for each class of request. A client over its limit
 * gets 429 with {@code Retry-After}. A capacity of 0 turns that limit off.
 */
@ConfigurationProperties("iwpr.rate-limits")
public record RateLimitProperties(
        @DefaultValue({"120", "1m"}) Limit search,
        @DefaultValue({"30", "1m"}) Limit ingest,
        @DefaultValue({"10", "1m"}) Limit export) {

    /**
     * @param capacity requests allowed in a burst, and refilled over each period
     * @param period   the time over which the capacity refills
     */
    public record Limit(int capacity, Duration period) {

        public Limit {
            if (capacity < 0 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of 0 or more and a positive period");
            }
        }

        boolean enabled() {
            return capacity > 0;
        }
    }
}
