package org.iwprarchive.domain.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the service starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory  where the cluster lives; it survives restarts
 * @param database       the database the service uses inside that cluster
 * @param startupTimeout how long to wait for the server to accept connections
 * @param durable        whether a commit is on disk before it is acknowledged ({@code fsync} and
 *                       {@code synchronous_commit} on). Only throw-away databases (tests) turn it off.
 * @param watchInterval  how often the service checks that its server still runs, and starts it again if not
 * @param port           the port the server listens on (on the loopback interface); 0 takes a free one
 */
@ConfigurationProperties("iwpr.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                         @DefaultValue("iwpr") String database,
                                         @DefaultValue("60s") Duration startupTimeout,
                                         @DefaultValue("true") boolean durable,
                                         @DefaultValue("1s") Duration watchInterval,
                                         @DefaultValue("0") int port) {

    @ConstructorBinding
    public EmbeddedDatabaseProperties {
    }

    /** A durable server over {@code dataDirectory}, watched every second. */
    public EmbeddedDatabaseProperties(Path dataDirectory, String database, Duration startupTimeout) {
        this(dataDirectory, database, startupTimeout, true, Duration.ofSeconds(1), 0);
    }

    /** The same server without durability: for databases nobody needs after a crash. */
    public EmbeddedDatabaseProperties disposable() {
        return new EmbeddedDatabaseProperties(dataDirectory, database, startupTimeout, false, watchInterval, port);
    }

    /** The same server on {@code fixedPort}. */
    public EmbeddedDatabaseProperties onPort(int fixedPort) {
        return new EmbeddedDatabaseProperties(dataDirectory, database, startupTimeout, durable, watchInterval,
                fixedPort);
    }
}
