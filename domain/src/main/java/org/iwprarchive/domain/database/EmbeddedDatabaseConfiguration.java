package org.iwprarchive.domain.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code spring.datasource.url}, the service runs its own PostgreSQL so that it starts on a machine
 * that has only a JDK. With the URL set, Spring Boot's own data source configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setMaximumPoolSize(10);
        // a request that cannot have a connection soon is answered 503 at once rather than after 30 s, so that a
        // lost database shows as unavailable instead of as a hung service
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return dataSource;
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
