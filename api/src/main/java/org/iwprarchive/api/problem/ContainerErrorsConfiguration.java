package org.iwprarchive.api.problem;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Errors the servlet container answers itself are problems too (see {@link ProblemReportValve}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContainerErrorsConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return new Customizer();
    }

    /** Runs after Spring Boot's own customizers, so that its valve is the one nearest the request. */
    private static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> context.getParent().getPipeline()
                    .addValve(new ProblemReportValve()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
