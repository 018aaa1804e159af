package org.iwprarchive.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces requests to one host as polite crawlers do (Nutch's fetcher, Heritrix's politeness): one request at a time
 * per host, and the next one no sooner than the delay after the previous one has ended. Counting from the end, not
 * from when a request was let go, keeps the gap the host sees at least the delay whatever a connection's set-up or a
 * slow answer costs; and a slow host gets fewer requests, not more.
 */
final class HostThrottle {

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        private final ReentrantLock turn = new ReentrantLock(true);
        private long nextAllowedNanos = System.nanoTime();
    }

    /**
     * Sends {@code request} to {@code host} once the host's previous request ended at least {@code delay} ago, and
     * holds the host's other requests until it has ended.
     */
    <T> T call(String host, Duration delay, Callable<T> request) throws Exception {
        if (delay.isZero() || delay.isNegative()) {
            return request.call();
        }
        Host state = hosts.computeIfAbsent(AddressGuard.bareHost(host), key -> new Host());
        state.turn.lockInterruptibly();
        try {
            long wait = state.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return request.call();
        } finally {
            state.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            state.turn.unlock();
        }
    }
}
