package org.iwprarchive.ingest.fetch;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches pages politely and safely: allow-listed hosts on public addresses only (checked again after every
 * redirect), robots.txt obeyed, one request per host per politeness delay, a bounded body, a deadline for the
 * whole exchange, gzip, conditional requests, and retries with backoff on 429, 5xx and network errors that
 * honour {@code Retry-After}.
 */
@Component
public class PageFetcher {

    private static final Logger log = LoggerFactory.getLogger(PageFetcher.class);
    private static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml", "text/plain");
    private static final List<String> SITEMAP_TYPES = List.of("application/xml", "text/xml", "application/gzip",
            "application/x-gzip");
    private static final List<String> CDX_TYPES = List.of("application/json", "text/json", "text/plain");

    private final FetchProperties properties;
    private final AddressGuard guard;
    /** The hosts of the Wayback Machine, fetched by backfills only. */
    private final AddressGuard archiveGuard;
    private final HostThrottle throttle = new HostThrottle();
    private final RobotsRules robots;
    private final HttpClient client;
    private final Retry retry;

    public PageFetcher(FetchProperties properties) {
        this(properties, WaybackProperties.internetArchive());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public PageFetcher(FetchProperties properties, WaybackProperties wayback) {
        this.properties = properties;
        this.guard = new AddressGuard(properties);
        this.archiveGuard = new AddressGuard(wayback.hosts(), properties.allowPrivateAddresses(), false);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .build();
        this.retry = Retry.of("page-fetch", RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.maxAttempts()))
                .retryOnException(e -> e instanceof RetryableStatus || e instanceof IOException)
                .intervalBiFunction(backoff())
                .build());
        this.robots = new RobotsRules(properties.userAgent(), this::downloadRobots);
    }

    /** The scheme and host checks, for refusing a request before it is queued. */
    public URI checkAddress(String url) {
        return guard.checkSyntax(url);
    }

    /** The checks of {@link #checkAddress} for an address of the Wayback Machine, which backfills fetch. */
    public URI checkArchiveAddress(String url) {
        return archiveGuard.checkSyntax(url);
    }

    /** Fetches an article or listing page (HTML or text). */
    public FetchedPage fetchPage(String url, Validators prior) {
        return fetch(url, prior, PAGE_TYPES, guard);
    }

    /** Fetches a sitemap or sitemap index (XML, possibly gzipped). */
    public FetchedPage fetchSitemap(String url) {
        return fetch(url, Validators.NONE, SITEMAP_TYPES, guard);
    }

    /** Fetches a page's capture from the Wayback Machine, as politely and safely as a page of the site. */
    public FetchedPage fetchCapture(String url, Validators prior) {
        return fetch(url, prior, PAGE_TYPES, archiveGuard);
    }

    /** Fetches a page of the Wayback Machine's CDX listing (JSON). */
    public FetchedPage fetchCdx(String url) {
        return fetch(url, Validators.NONE, CDX_TYPES, archiveGuard);
    }

    private FetchedPage fetch(String url, Validators prior, List<String> acceptedTypes, AddressGuard guard) {
        URI target = guard.check(url);
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            if (properties.respectRobotsTxt() && !robots.allows(target)) {
                throw new FetchRefusedException("robots.txt of " + target.getHost() + " disallows " + target);
            }
            Exchange exchange = exchangeWithRetries(target, hop == 0 ? prior : Validators.NONE);
            int status = exchange.status();
            if (status >= 300 && status < 400 && status != 304) {
                String location = exchange.header("location")
                        .orElseThrow(() -> new FetchFailedException("HTTP " + status + " without a Location from " + url));
                target = guard.check(target.resolve(location.strip()).toString());
                continue;
            }
            if (status == 304) {
                return new FetchedPage(url, target.toString(), 304, "", new byte[0], prior.etag(),
                        prior.lastModified(), null, Instant.now(), true);
            }
            if (status != 200) {
                throw new FetchFailedException("HTTP " + status + " from " + target);
            }
            String contentType = exchange.header("content-type").orElse("application/octet-stream");
            String bareType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!acceptedTypes.contains(bareType)) {
                throw new FetchRefusedException(target + " is " + bareType + ", not one of " + acceptedTypes);
            }
            String encoding = exchange.header("content-encoding").orElse(null);
            byte[] body = decode(exchange.body(), encoding, target);
            return new FetchedPage(url, target.toString(), 200, contentType, body, exchange.header("etag").orElse(null),
                    exchange.header("last-modified").orElse(null), encoding, Instant.now(), false);
        }
        throw new FetchFailedException("more than " + properties.maxRedirects() + " redirects from " + url);
    }

    private Exchange exchangeWithRetries(URI target, Validators prior) {
        try {
            return retry.executeCallable(() -> {
                Exchange exchange = throttle.call(target.getHost(), delayFor(target), () -> exchange(target, prior));
                if (exchange.status() == 429 || exchange.status() >= 500) {
                    throw new RetryableStatus(exchange.status(), retryAfter(exchange));
                }
                return exchange;
            });
        } catch (RetryableStatus e) {
            throw new FetchFailedException("HTTP " + e.status + " from " + target + " after "
                    + properties.maxAttempts() + " tries");
        } catch (HttpTimeoutException | TimeoutException e) {
            throw new FetchFailedException("no answer from " + target + " within " + properties.readTimeout().toSeconds()
                    + " s", e);
        } catch (FetchRefusedException | FetchFailedException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted while fetching " + target, e);
        } catch (Exception e) {
            throw new FetchFailedException("could not fetch " + target + ": " + e, e);
        }
    }

    private Duration delayFor(URI target) {
        Duration configured = properties.politenessDelay();
        if (!properties.respectRobotsTxt()) {
            return configured;
        }
        Duration asked = robots.crawlDelay(target);
        return asked.compareTo(configured) > 0 ? asked : configured;
    }

    /** One request and response, with a deadline on the whole exchange and a cap on the body. */
    private Exchange exchange(URI target, Validators prior) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/xml;q=0.8")
                .header("Accept-Encoding", "gzip")
                .GET();
        if (prior.etag() != null) {
            request.header("If-None-Match", prior.etag());
        }
        if (prior.lastModified() != null) {
            request.header("If-Modified-Since", prior.lastModified());
        }
        long limit = properties.maxBodySize().toBytes();
        // The request's own timeout covers the wait for the headers; the body must then arrive within the read
        // timeout too, or the fetch fails (a server that drips a page cannot hold a worker). send() rather than
        // sendAsync(): on a machine with fewer than three cores sendAsync() hands each response to a thread of its
        // own, started for it and ended after it.
        long deadline = properties.readTimeout().toMillis();
        try {
            HttpResponse<byte[]> answered = client.send(request.build(),
                    info -> new BoundedBody(limit, info.headers().firstValueAsLong("content-length").orElse(-1),
                            deadline));
            return new Exchange(answered.statusCode(), answered.headers(), answered.body());
        } catch (IOException e) {
            if (e.getCause() instanceof BodyTooLarge || e instanceof BodyTooLarge) {
                throw new FetchRefusedException(target + " is larger than " + limit / (1024 * 1024) + " MB");
            }
            if (e.getCause() instanceof TimeoutException slow) {
                throw slow;
            }
            throw e;
        }
    }

    private byte[] decode(byte[] body, String encoding, URI target) {
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return body;
        }
        if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
            throw new FetchFailedException(target + " came with the unsupported encoding " + encoding);
        }
        long limit = properties.maxBodySize().toBytes();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] decoded = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (decoded.length > limit) {
                throw new FetchRefusedException(target + " unpacks to more than " + limit / (1024 * 1024) + " MB");
            }
            return decoded;
        } catch (IOException e) {
            throw new FetchFailedException(target + " sent a broken gzip body", e);
        }
    }

    private RobotsRules.RobotsFile downloadRobots(URI robotsUrl) {
        try {
            Exchange exchange = throttle.call(robotsUrl.getHost(), properties.politenessDelay(),
                    () -> exchange(robotsUrl, Validators.NONE));
            if (exchange.status() == 200) {
                return new RobotsRules.RobotsFile(200, decode(exchange.body(),
                        exchange.header("content-encoding").orElse(null), robotsUrl),
                        exchange.header("content-type").orElse("text/plain"));
            }
            return new RobotsRules.RobotsFile(exchange.status(), new byte[0], "text/plain");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RobotsRules.RobotsFile(503, new byte[0], "text/plain");
        } catch (Exception e) {
            log.info("robots.txt at {} could not be read ({}); treating the host as unavailable", robotsUrl, e.toString());
            return new RobotsRules.RobotsFile(503, new byte[0], "text/plain");
        }
    }

    private IntervalBiFunction<Object> backoff() {
        return (attempt, outcome) -> {
            long exponential = properties.initialBackoff().toMillis() << Math.min(20, Math.max(0, attempt - 1));
            long wait = exponential;
            if (outcome.isLeft() && outcome.getLeft() instanceof RetryableStatus status && status.retryAfter != null) {
                wait = status.retryAfter.toMillis();
            }
            return Math.min(wait, properties.maxBackoff().toMillis());
        };
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static Duration retryAfter(Exchange exchange) {
        Optional<String> value = exchange.header("retry-after");
        if (value.isEmpty()) {
            return null;
        }
        String text = value.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    record Exchange(int status, java.net.http.HttpHeaders headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** A 429 or 5xx answer, retried; carries the wait the server asked for. */
    static final class RetryableStatus extends Exception {
        final int status;
        final transient Duration retryAfter;

        RetryableStatus(int status, Duration retryAfter) {
            super("HTTP " + status, null, false, false);
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("body over the size limit");
        }
    }

    /** Collects a body up to a limit, and gives up as soon as the limit (or the announced length) passes it. */
    static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private final long announced;
        private volatile Flow.Subscription subscription;

        /** @param deadlineMillis the time the whole body may take, after which it fails with a TimeoutException */
        BoundedBody(long limit, long announced, long deadlineMillis) {
            this.limit = limit;
            this.announced = announced;
            // the JDK's shared delay thread completes it; a body that is cut stops the transfer
            result.orTimeout(deadlineMillis, TimeUnit.MILLISECONDS).whenComplete((body, error) -> {
                if (error != null && subscription != null) {
                    subscription.cancel();
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            this.subscription = newSubscription;
            if (result.isDone()) {
                newSubscription.cancel(); // past the deadline already
                return;
            }
            if (announced > limit) {
                newSubscription.cancel();
                result.completeExceptionally(new BodyTooLarge());
                return;
            }
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
            if (buffer.size() > limit) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLarge());
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
