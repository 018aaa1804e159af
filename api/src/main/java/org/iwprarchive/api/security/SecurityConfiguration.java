package org.iwprarchive.api.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Reads are public; everything that changes the archive (ingest, crawl, reparse, reindex, delete) and the admin
 * area need the API key. No sessions, no cookies, no login page: each request stands alone, so CSRF protection
 * has nothing to protect. Cross-site browser calls are refused unless origins are configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ApiSecurityProperties.class)
class SecurityConfiguration {

    private static final String KEY_SCHEME = "ApiKey header=\"" + ApiKey.HEADER + "\"";

    @Bean
    ApiKey apiKey(ApiSecurityProperties properties) {
        return ApiKey.configuredOrGenerated(properties.apiKey());
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKey key, ApiSecurityProperties properties,
                                    ProblemResponses problems) {
        String writer = ApiKeyFilter.WRITER;
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // article reads set their own validators and Cache-Control; the default no-store would undo them
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(interfacePages(),
                                new StaticHeadersWriter("Content-Security-Policy", INTERFACE_POLICY))))
                .addFilterBefore(new ApiKeyFilter(key), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(refusal(problems))
                        .accessDeniedHandler(denied(problems)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/api/admin/**").hasAuthority(writer)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .anyRequest().hasAuthority(writer));
        if (properties.allowedOrigins().isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(cors -> cors.configurationSource(cors(properties.allowedOrigins())));
        }
        return http.build();
    }

    /**
     * The analyst interface's pages load nothing from elsewhere and run no script of their own text: only the
     * service's own scripts and styles, so a {@code <script>} in an archived article can never run, even if a page
     * failed to escape it.
     */
    private static final String INTERFACE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Everything but the API, its documentation and the operators' endpoints, which set their own. */
    private static RequestMatcher interfacePages() {
        var paths = PathPatternRequestMatcher.withDefaults();
        return new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/v3/**"),
                paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"), paths.matcher("/actuator/**")));
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "DELETE"));
        configuration.setAllowedHeaders(List.of(ApiKey.HEADER, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_NONE_MATCH,
                HttpHeaders.IF_MODIFIED_SINCE, "X-Request-Id"));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER, "X-Request-Id", "X-RateLimit-Remaining"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    /** No key, or a wrong one, on a request that needs it. */
    private static AuthenticationEntryPoint refusal(ProblemResponses problems) {
        return (request, response, exception) -> {
            if (request.getAttribute(ApiKeyFilter.WRONG_KEY) != null) {
                problems.write(response, HttpStatus.FORBIDDEN, "invalid-api-key", "Invalid API key",
                        "The key in the " + ApiKey.HEADER + " header is not the key of this service; nothing was "
                                + "changed.");
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, KEY_SCHEME);
                problems.write(response, HttpStatus.UNAUTHORIZED, "api-key-required", "API key required",
                        request.getMethod() + " " + request.getRequestURI() + " changes the archive or administers "
                                + "it and needs the service's key in the " + ApiKey.HEADER + " header.");
            }
        };
    }

    private static AccessDeniedHandler denied(ProblemResponses problems) {
        return (request, response, exception) -> problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "This key may not " + request.getMethod() + " " + request.getRequestURI() + ".");
    }
}
