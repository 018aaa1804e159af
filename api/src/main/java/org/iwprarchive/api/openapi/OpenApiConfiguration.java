package org.iwprarchive.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI iwprArchiveOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("IWPR archive")
                        .version("v1")
                        .description("An archive and search service for the reporting of the Institute for War & "
                                + "Peace Reporting (iwpr.net): articles with their authors, places and topics, the "
                                + "raw pages they came from, and full-text search. Every list has one page shape "
                                + "(`items`, `page`, `size`, `totalItems`, `totalPages`); every error is an RFC 9457 "
                                + "problem (`application/problem+json`).")
                        .license(new License().name("Service code: see repository; article texts: IWPR")))
                .tags(List.of(
                        new Tag().name("Articles").description("The archived articles"),
                        new Tag().name("Search").description("Full-text search over the archive"),
                        new Tag().name("Ingest").description("Adding pages to the archive"),
                        new Tag().name("Sources").description("Who the reporting quotes"),
                        new Tag().name("Archive").description("Versions of articles and the raw pages they came from")));
    }
}
