package org.iwprarchive.ingest.fetch;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spaces requests to one host: a token bucket of one token per host, refilled once per delay. */
final class HostThrottle {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Blocks until a request to {@code host} may go out, at least {@code delay} after the previous one. */
    void acquire(String host, Duration delay) throws InterruptedException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(AddressGuard.bareHost(host) + "|" + delay.toMillis(),
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(1).refillIntervally(1, delay))
                        .build());
        bucket.asBlocking().consume(1);
    }
}
