package org.iwprarchive.api.tag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.tag.TagReader.AuthorDetail;
import org.iwprarchive.api.tag.TagReader.AuthorSummary;
import org.iwprarchive.api.tag.TagReader.LocationNode;
import org.iwprarchive.api.tag.TagReader.TopicSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tags", description = "Authors, places and topics, with how many articles carry each")
class TagController {

    private final TagReader reader;

    TagController(TagReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/authors", produces = "application/json")
    @Operation(operationId = "listAuthors", summary = "Authors, most published first",
            description = "Use an author's `slug` as the `author` filter of `/api/articles` and `/api/search`.")
    @ApiResponse(responseCode = "200", description = "A page of authors")
    @ApiResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<AuthorSummary> authors(
            @Parameter(description = "Part of the name, case ignored", example = "saule")
            @RequestParam(required = false) String name,
            @Parameter(description = "Order: articles (most first) or name", example = "articles")
            @RequestParam(defaultValue = "articles") @Pattern(regexp = "articles|name") String sort,
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        return reader.authors(name, sort, paging.number(), paging.count());
    }

    @GetMapping(path = "/api/authors/{slug}", produces = "application/json")
    @Operation(operationId = "getAuthor", summary = "One author with the bio IWPR prints")
    @ApiResponse(responseCode = "200", description = "The author")
    @ApiResponse(responseCode = "404", description = "No author has this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AuthorDetail author(@Parameter(example = "saule-mukhametrakhimova") @PathVariable String slug) {
        return reader.author(slug);
    }

    @GetMapping(path = "/api/topics", produces = "application/json")
    @Operation(operationId = "listTopics", summary = "Topics, most used first")
    @ApiResponse(responseCode = "200", description = "A page of topics")
    @ApiResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<TopicSummary> topics(
            @Parameter(description = "Order: articles (most first) or name", example = "articles")
            @RequestParam(defaultValue = "articles") @Pattern(regexp = "articles|name") String sort,
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        return reader.topics(sort, paging.number(), paging.count());
    }

    @GetMapping(path = "/api/locations", produces = "application/json")
    @Operation(operationId = "getLocationTree", summary = "Every place as a tree",
            description = "Regions contain countries, countries contain places, as IWPR's tag links show them. "
                    + "A place's `slug` is the `location` filter of `/api/articles` and `/api/search`, which "
                    + "includes the places within it.")
    @ApiResponse(responseCode = "200", description = "The top-level places with everything within them")
    PageResponse<LocationNode> locations() {
        // the whole tree on one page, in the shape every list of the API has
        List<LocationNode> tree = reader.locationTree();
        return PageResponse.of(tree, 0, Math.max(1, tree.size()), tree.size());
    }

    @GetMapping(path = "/api/locations/{slug}", produces = "application/json")
    @Operation(operationId = "getLocation", summary = "One place with the places within it")
    @ApiResponse(responseCode = "200", description = "The place")
    @ApiResponse(responseCode = "404", description = "No place has this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    LocationNode location(@Parameter(example = "central-asia") @PathVariable String slug) {
        return reader.location(slug);
    }
}
