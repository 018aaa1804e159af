package org.iwprarchive.api.article;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.api.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters the article list and the NDJSON export share with the search, bound from the query string: the same
 * names, the same meaning (each repeatable, any of its values; a place includes the places within it), the same
 * checks.
 */
public record ArticleFilterParameters(
        @Parameter(description = "Author slug; repeatable, any of them", example = "saule-mukhametrakhimova")
        List<String> author,
        @Parameter(description = "Place slug; repeatable, any of them; a region includes the places within it",
                example = "central-asia")
        List<String> location,
        @Parameter(description = "Topic slug; repeatable, any of them", example = "security") List<String> topic,
        @Parameter(description = "Quoted source id (see /api/sources); repeatable, any of them", example = "3")
        List<@Pattern(regexp = "\\d{1,18}") String> source,
        @Parameter(description = "Published on or after this date (ISO). A date filter leaves out the articles "
                + "with no date (the year facet's `undated` counts them)", example = "2002-01-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Published on or before this date (ISO); leaves out undated articles too",
                example = "2005-12-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "Language code", example = "en") @Pattern(regexp = "[a-z]{2,3}") String lang) {

    /** A range that ends before it starts is refused rather than answered with nothing. */
    public void checkDates() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to (" + from + " > " + to + ")");
        }
    }
}
