package org.iwprarchive.api.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.source.SourceReader.SourceDetail;
import org.iwprarchive.api.source.SourceReader.SourceSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/sources", produces = "application/json")
@Tag(name = "Sources", description = "Who the reporting quotes: people, organisations and anonymous sources")
class SourceController {

    private final SourceReader reader;

    SourceController(SourceReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(operationId = "listSources", summary = "Quoted sources, most quoted first",
            description = "Each source with the number of articles that quote it and of quotations in all. One "
                    + "person quoted in many articles is one source (spellings such as Nazarbaev and Nazarbayev are "
                    + "one); anonymous sources are never merged across articles.")
    @ApiResponse(responseCode = "200", description = "A page of sources")
    @ApiResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<SourceSummary> list(
            @Parameter(description = "Part of the name, case ignored", example = "karimov")
            @RequestParam(required = false) String name,
            @Parameter(description = "Order: articles (most articles first), quotations, or name", example = "articles")
            @RequestParam(defaultValue = "articles") @Pattern(regexp = "articles|quotations|name") String sort,
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        return reader.list(name, sort, paging.number(), paging.count());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSource", summary = "One source with its quotations and the articles they are in",
            description = "Quotations newest article first, paged with `page` and `size`.")
    @ApiResponse(responseCode = "200", description = "The source")
    @ApiResponse(responseCode = "404", description = "No source has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SourceDetail get(@Parameter(example = "1") @PathVariable long id,
                     @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        return reader.detail(id, paging.number(), paging.count());
    }
}
