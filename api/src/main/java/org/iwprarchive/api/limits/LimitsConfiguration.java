package org.iwprarchive.api.limits;

import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Size limits run before security (an oversize request is refused whoever sends it); rate limits after it, so
 * that a refused write without a key does not use up the client's allowance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({RateLimitProperties.class, RequestLimitsProperties.class})
class LimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(RequestLimitsProperties limits,
                                                                   ProblemResponses problems) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, ProblemResponses problems) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, problems));
        registration.setOrder(0);
        return registration;
    }
}
