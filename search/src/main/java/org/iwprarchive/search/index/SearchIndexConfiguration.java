package org.iwprarchive.search.index;

import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands Hibernate Search its backend, directory or cluster, mapping and analysis settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchIndexConfiguration {

    @Bean
    HibernatePropertiesCustomizer hibernateSearchProperties(SearchProperties properties, IndexProblems problems) {
        return hibernate -> {
            if (properties.local()) {
                hibernate.put("hibernate.search.backend.type", "lucene");
                hibernate.put("hibernate.search.backend.directory.type", "local-filesystem");
                // the index is derived data, rebuilt from PostgreSQL, so it may always follow the bundled Lucene
                hibernate.put("hibernate.search.backend.lucene_version", "LATEST");
                hibernate.put("hibernate.search.backend.directory.root",
                        properties.indexDirectory().toAbsolutePath().normalize().toString());
                hibernate.put("hibernate.search.backend.analysis.configurer", new IwprAnalysisConfigurer());
                // a rebuild or a bulk import fills the writer's buffer (ingest commits long before): 128 MB, not
                // Lucene's 16, flushes fewer, larger segments, so less is merged (a rebuild's merges 0.31 ms of CPU
                // an article against 0.36, in one run, within its noise); a tenth of the heap at most
                hibernate.put("hibernate.search.backend.io.writer.ram_buffer_size",
                        String.valueOf(Math.max(16, Math.min(128, Runtime.getRuntime().maxMemory() / 10 >> 20))));
            } else {
                SearchProperties.OpenSearch cluster = properties.opensearch();
                hibernate.put("hibernate.search.backend.type", "elasticsearch");
                hibernate.put("hibernate.search.backend.uris", cluster.uris().stream().map(URI::toString)
                        .collect(Collectors.joining(",")));
                if (cluster.username() != null && !cluster.username().isBlank()) {
                    hibernate.put("hibernate.search.backend.username", cluster.username());
                    hibernate.put("hibernate.search.backend.password", cluster.password());
                }
                hibernate.put("hibernate.search.backend.analysis.configurer", new OpenSearchAnalysisConfigurer());
                hibernate.put("hibernate.search.backend.layout.strategy",
                        new VersionedIndexLayout(cluster.indexPrefix()));
                // one primary shard, so that facet counts are exact (a terms aggregation over several is not), and
                // room for the last page the API allows in a date order, which asks one hit more
                hibernate.put("hibernate.search.backend.schema_management.settings_file",
                        "org/iwprarchive/search/index/opensearch-index-settings.json");
            }
            hibernate.put("hibernate.search.mapping.configurer", new ArticleIndexMapping(properties.backend()));
            if (properties.coordination() == SearchProperties.Coordination.OUTBOX_POLLING) {
                // changes go to the outbox table in the writing transaction (migration V10); the event processors
                // of the running instances share its events out and index each once
                hibernate.put("hibernate.search.coordination.strategy", "outbox-polling");
            } else {
                // a write returns once its documents are visible to searches; an article the index refuses is
                // reported, not thrown at a caller whose write PostgreSQL has already committed
                hibernate.put("hibernate.search.indexing.plan.synchronization.strategy",
                        new ReportingReadSync(problems));
            }
            hibernate.put("hibernate.search.background_failure_handler", problems);
        };
    }
}
