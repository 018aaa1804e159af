package org.iwprarchive.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.limits.RateLimitProperties.Limit;
import org.iwprarchive.api.dispatch.FirstPassFilter;
import org.iwprarchive.api.problem.ProblemResponses;
import org.iwprarchive.search.query.InvalidQueryException;
import org.iwprarchive.search.query.QueryBudget;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Per-client token buckets (Bucket4j) for the expensive requests: searches, ingest requests and exports. Each
 * client address has one bucket per class, kept while it is in use; a search takes more of it the more it costs
 * the index ({@link QueryBudget#weight()}); a request that finds its bucket empty is
 * answered 429 with the seconds to wait in {@code Retry-After}, and does no work.
 */
final class RateLimitFilter extends FirstPassFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final List<RequestClass> classes;
    private final ProblemResponses problems;

    RateLimitFilter(RateLimitProperties properties, ProblemResponses problems) {
        this.problems = problems;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.classes = List.of(
                // the analyst interface's search page and its completions run the same searches
                new RequestClass("search", "GET", List.of(parser.parse("/api/search"), parser.parse("/api/suggest"),
                        parser.parse("/api/articles/{id}/related"), parser.parse("/"), parser.parse("/suggestions")),
                        properties.search()),
                new RequestClass("ingest", "POST", List.of(parser.parse("/api/ingest/**")), properties.ingest()),
                new RequestClass("export", "GET", List.of(parser.parse("/api/export/**")), properties.export()))
                .stream().filter(c -> c.limit.enabled()).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (RequestClass requestClass : classes) {
            if (requestClass.matches(request.getMethod(), path)) {
                ConsumptionProbe probe = requestClass.bucketOf(request.getRemoteAddr())
                        .tryConsumeAndReturnRemaining(Math.min(requestClass.limit.capacity(), cost(request)));
                if (!probe.isConsumed()) {
                    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    response.setHeader(REMAINING, "0");
                    problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "This client made more than " + requestClass.limit.capacity() + " " + requestClass.name
                                    + " requests in " + requestClass.limit.period() + "; try again in " + seconds
                                    + " s.", Map.of("retryAfterSeconds", seconds));
                    return;
                }
                response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
                break;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * What a request takes of its allowance: one, except a search with prefix or fuzzy terms, which costs the
     * index many times a plain one. A query that cannot be read costs one, and is refused by the search itself.
     */
    private static long cost(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!(path.equals("/api/search") || path.equals("/")) || request.getParameter("q") == null) {
            return 1;
        }
        try {
            return QueryBudget.of(request.getParameter("q")).weight();
        } catch (InvalidQueryException e) {
            return 1;
        }
    }

    private static final class RequestClass {

        private final String name;
        private final String method;
        private final List<PathPattern> paths;
        private final Limit limit;
        private final Cache<String, Bucket> buckets;

        RequestClass(String name, String method, List<PathPattern> paths, Limit limit) {
            this.name = name;
            this.method = method;
            this.paths = paths;
            this.limit = limit;
            // a bucket left alone for two periods is full again, so forgetting it changes nothing
            this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limit.period().multipliedBy(2))
                    .build();
        }

        boolean matches(String requestMethod, PathContainer path) {
            return method.equals(requestMethod) && paths.stream().anyMatch(p -> p.matches(path));
        }

        Bucket bucketOf(String client) {
            return buckets.get(client, c -> Bucket.builder()
                    .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                    .build());
        }
    }
}
