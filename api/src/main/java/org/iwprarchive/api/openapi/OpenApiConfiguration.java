package org.iwprarchive.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY = "ApiKey";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";
    /** Paths whose requests count against a per-client rate limit. */
    private static final Set<String> RATE_LIMITED = Set.of("/api/search", "/api/suggest", "/api/articles/{id}/related",
            "/api/ingest", "/api/ingest/page", "/api/ingest/crawl", "/api/export/articles", "/api/export/snapshots");

    @Bean
    OpenAPI iwprArchiveOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("IWPR archive")
                        .version("v1")
                        .description("An archive and search service for the reporting of the Institute for War & "
                                + "Peace Reporting (iwpr.net): articles with their authors, places, topics and quoted "
                                + "sources, the raw pages they came from, and full-text search.\n\n"
                                + "* Every list has one page shape (`items`, `page`, `size`, `totalItems`, "
                                + "`totalPages`); every error is an RFC 9457 problem (`application/problem+json`) "
                                + "with a `requestId` that matches the `X-Request-Id` response header and the logs.\n"
                                + "* Reads are public. Writes and the admin area need the service's key in the "
                                + "`X-API-Key` header (Authorize button).\n"
                                + "* Searches, ingest requests and exports are rate-limited per client: over the "
                                + "limit the answer is 429 with `Retry-After`."))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("The service's key: iwpr.security.api-key, or the key printed at start-up "
                                + "when none is configured")))
                // reads need nothing; the operations that need the key say so themselves
                .security(List.of(new SecurityRequirement()))
                .tags(List.of(
                        new Tag().name("Articles").description("The archived articles"),
                        new Tag().name("Search").description("Full-text search over the archive"),
                        new Tag().name("Sources").description("Who the reporting quotes: people, organisations and "
                                + "anonymous sources"),
                        new Tag().name("Tags").description("Authors, places and topics, with how many articles carry "
                                + "each"),
                        new Tag().name("Archive").description("Earlier versions of articles and the raw pages they "
                                + "came from"),
                        new Tag().name("Export").description("Taking the archive out: articles as NDJSON, archived "
                                + "pages as WARC"),
                        new Tag().name("Ingest").description("Adding pages to the archive (needs the API key)")));
    }

    /**
     * What the annotations cannot say once for all operations: which need the key (with their 401 and 403),
     * which are rate-limited (429), one declaration per tag, and array parameters with array examples.
     */
    @Bean
    OpenApiCustomizer securityLimitsAndTags() {
        return openApi -> {
            openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
            Map<String, Tag> tags = new LinkedHashMap<>();
            openApi.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            openApi.setTags(new ArrayList<>(tags.values()));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                if (needsKey(path, method)) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY)));
                    responses.putIfAbsent("401", problem("No API key was sent"));
                    responses.putIfAbsent("403", problem("The API key is not the service's key"));
                }
                if (RATE_LIMITED.contains(path)) {
                    ApiResponse tooMany = problem("Over this client's rate limit; retry after the seconds given");
                    tooMany.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                            .schema(new IntegerSchema()));
                    responses.putIfAbsent("429", tooMany);
                }
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    responses.put("400", problem("The request cannot be read"));
                }
                arrayExamples(operation);
            }));
        };
    }

    /** The problem body as the service writes it: RFC 9457 members, then this service's extension members. */
    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong with this request. `type` names the kind of "
                        + "problem (see the README's table); the members after `instance` appear where they apply.")
                .addProperty("type", new StringSchema().format("uri-reference").example("/problems/invalid-parameter"))
                .addProperty("title", new StringSchema().example("Invalid request parameter"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("size must be less than or equal to 100."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/articles"))
                .addProperty("requestId", new StringSchema()
                        .description("The id of the request, as in the X-Request-Id header and the logs")
                        .example("3f0c6d2e-8f4a-4a51-9a43-2b1f0f6e9d10"))
                .addProperty("errors", new ArraySchema().items(new Schema<>())
                        .description("Each invalid parameter ({parameter, message}) or each refused address (text)"))
                .addProperty("position", new IntegerSchema()
                        .description("For an unreadable query: the character where reading failed").example(5))
                .addProperty("retryAfterSeconds", new IntegerSchema()
                        .description("For 429: the seconds to wait, as in Retry-After").example(12));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static boolean needsKey(String path, PathItem.HttpMethod method) {
        return path.startsWith("/api/admin/") || (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
    }

    /** A repeatable parameter documented with one value gets that value as a one-element array. */
    private static void arrayExamples(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            boolean array = schema != null && ("array".equals(schema.getType())
                    || (schema.getTypes() != null && schema.getTypes().contains("array")));
            if (array && parameter.getExample() != null && !(parameter.getExample() instanceof List)) {
                parameter.setExample(List.of(String.valueOf(parameter.getExample())));
            }
        }
    }
}
