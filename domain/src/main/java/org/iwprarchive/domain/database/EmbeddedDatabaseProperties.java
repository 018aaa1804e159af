package org.iwprarchive.domain.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the service starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory  where the cluster lives; it survives restarts
 * @param database       the database the service uses inside that cluster
 * @param startupTimeout how long to wait for the server to accept connections
 */
@ConfigurationProperties("iwpr.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                         @DefaultValue("iwpr") String database,
                                         @DefaultValue("60s") Duration startupTimeout) {
}
