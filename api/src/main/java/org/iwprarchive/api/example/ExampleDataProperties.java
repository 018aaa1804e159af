package org.iwprarchive.api.example;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled whether an empty archive is given the bundled example article at start-up */
@ConfigurationProperties("iwpr.example-data")
public record ExampleDataProperties(@DefaultValue("true") boolean enabled) {
}
