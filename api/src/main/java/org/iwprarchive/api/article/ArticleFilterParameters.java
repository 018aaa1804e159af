package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters the article list and the NDJSON export share, bound from the query string. */
public record ArticleFilterParameters(
        @Parameter(description = "Author slug", example = "saule-mukhametrakhimova") String author,
        @Parameter(description = "Place slug; a region includes its countries and cities", example = "central-asia")
        String location,
        @Parameter(description = "Topic slug", example = "security") String topic,
        @Parameter(description = "Published on or after this date (ISO)", example = "2002-01-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Published on or before this date (ISO)", example = "2005-12-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "Language code", example = "en") String lang) {
}
