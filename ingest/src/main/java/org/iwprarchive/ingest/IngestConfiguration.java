package org.iwprarchive.ingest;

import org.iwprarchive.ingest.fetch.AddressGuard;
import org.iwprarchive.ingest.fetch.FetchProperties;
import org.iwprarchive.ingest.fetch.WaybackProperties;
import org.iwprarchive.ingest.job.JobProperties;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.Gazetteer;
import org.iwprarchive.ingest.parse.SiteProfile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FetchProperties.class, JobProperties.class, WaybackProperties.class})
class IngestConfiguration {

    /** The hosts the service may fetch are the hosts whose pages it reads as the site's own. */
    @Bean
    ArticleParser articleParser(FetchProperties fetch) {
        return new ArticleParser(SiteProfile.iwpr().withHosts(fetch.allowedHosts().stream().map(AddressGuard::hostOf).toList()), Gazetteer.iwpr());
    }
}
