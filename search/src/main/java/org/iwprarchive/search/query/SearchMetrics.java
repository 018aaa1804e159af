package org.iwprarchive.search.query;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Latency and outcome of every query the index answers ({@code iwpr.search.requests}, by kind and outcome,
 * with a histogram for percentiles) and how many articles searches match ({@code iwpr.search.hits}).
 */
@Component
class SearchMetrics {

    private final MeterRegistry meters;
    private final DistributionSummary hits;

    SearchMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.hits = DistributionSummary.builder("iwpr.search.hits")
                .description("Articles matched by a search (exact up to the total threshold)")
                .register(this.meters);
    }

    <T> T time(String kind, Supplier<T> query) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            T result = query.get();
            outcome = "ok";
            return result;
        } catch (InvalidQueryException e) {
            outcome = "invalid-query";
            throw e;
        } finally {
            sample.stop(Timer.builder("iwpr.search.requests")
                    .description("Queries answered from the search index")
                    .tag("kind", kind)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(meters));
        }
    }

    void matched(long total) {
        hits.record(total);
    }
}
