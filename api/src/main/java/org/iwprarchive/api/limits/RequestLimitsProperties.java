package org.iwprarchive.api.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxQueryLength characters a query string may have
 * @param maxJsonBody    bytes a JSON request body may have (page uploads have their own, larger limit)
 * @param maxBody        the largest body any endpoint takes (a page upload); larger ones are refused unread
 * @param maxBufferedBodies bytes of request bodies held in memory at once, across all requests
 * @param bodyTimeout    how long a client has to send a whole request body
 */
@ConfigurationProperties("iwpr.request-limits")
public record RequestLimitsProperties(@DefaultValue("4096") int maxQueryLength,
                                      @DefaultValue("256KB") DataSize maxJsonBody,
                                      @DefaultValue("5MB") DataSize maxBody,
                                      @DefaultValue("128MB") DataSize maxBufferedBodies,
                                      @DefaultValue("60s") Duration bodyTimeout) {
}
