package org.iwprarchive.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxQueryLength characters a query string may have
 * @param maxJsonBody    bytes a JSON request body may have (page uploads have their own, larger limit)
 */
@ConfigurationProperties("iwpr.request-limits")
public record RequestLimitsProperties(@DefaultValue("4096") int maxQueryLength,
                                      @DefaultValue("256KB") DataSize maxJsonBody) {
}
