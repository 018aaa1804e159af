package org.iwprarchive.api.limits;

import jakarta.servlet.DispatcherType;
import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Size limits run before security (an oversize request is refused whoever sends it); rate limits after it, so
 * that a refused write without a key does not use up the client's allowance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({RateLimitProperties.class, RequestLimitsProperties.class})
class LimitsConfiguration {

    /** First of all: until a request's body is in, nothing else runs for it, and no thread waits for it. */
    @Bean
    FilterRegistrationBean<BodyReadFilter> bodyReadFilter(RequestLimitsProperties limits, ProblemResponses problems) {
        FilterRegistrationBean<BodyReadFilter> registration =
                new FilterRegistrationBean<>(new BodyReadFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(RequestLimitsProperties limits,
                                                                   ProblemResponses problems) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Before security, so that a wrong method is answered 405 whoever sends it. */
    @Bean
    FilterRegistrationBean<UnsupportedMethodFilter> unsupportedMethodFilter(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping, ProblemResponses problems) {
        FilterRegistrationBean<UnsupportedMethodFilter> registration =
                new FilterRegistrationBean<>(new UnsupportedMethodFilter(mapping, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, ProblemResponses problems) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, problems));
        registration.setOrder(0);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
