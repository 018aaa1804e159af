package org.iwprarchive.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiKey         the key that writes and admin actions need in the {@code X-API-Key} header; when empty
 *                       the service makes one at start-up and prints it once in the log
 * @param allowedOrigins browser origins allowed to call the API across sites (CORS); none by default
 */
@ConfigurationProperties("iwpr.security")
public record ApiSecurityProperties(String apiKey, List<String> allowedOrigins) {

    public ApiSecurityProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
