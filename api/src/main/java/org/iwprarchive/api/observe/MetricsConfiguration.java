package org.iwprarchive.api.observe;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the public metrics may say about the machine the service runs on. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Disk space is worth watching; where the service's files live on the machine is nobody's business. */
    @Bean
    MeterFilter noFileSystemPaths() {
        return MeterFilter.ignoreTags("path");
    }
}
