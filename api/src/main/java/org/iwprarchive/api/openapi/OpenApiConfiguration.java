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
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY = "ApiKey";
    private static final String ADMIN = "Admin";
    /**
     * In the order an analyst needs them: finding, reading, who is quoted, the tags, the archive behind the
     * articles, taking it out, adding to it, running it.
     */
    private static final List<Tag> TAGS = List.of(
            new Tag().name("Search").description("Full-text search over the archive"),
            new Tag().name("Articles").description("The archived articles"),
            new Tag().name("Sources").description("Who the reporting quotes: people, organisations and anonymous "
                    + "sources"),
            new Tag().name("Tags").description("Authors, places and topics, with how many articles carry each"),
            new Tag().name("Archive").description("Earlier versions of articles and the raw pages they came from"),
            new Tag().name("Export").description("Taking the archive out: articles as NDJSON, archived pages as "
                    + "WARC"),
            new Tag().name("Ingest").description("Adding pages to the archive (needs the API key)"),
            new Tag().name(ADMIN).description("Running the service: the search index, reparsing (needs the API "
                    + "key)"));
    /** A pattern that only lists words ({@code relevance|newest|oldest}) is a closed set: an enum. */
    private static final java.util.regex.Pattern WORD_LIST = java.util.regex.Pattern.compile("[a-z]+(\\|[a-z]+)+");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";
    /** Paths whose requests count against a per-client rate limit. */
    private static final Set<String> RATE_LIMITED = Set.of("/api/search", "/api/suggest", "/api/articles/{id}/related",
            "/api/ingest", "/api/ingest/page", "/api/ingest/crawl", "/api/export/articles", "/api/export/snapshots");

    /**
     * Examples for properties of schemas whose types live outside this module (search results, job progress)
     * or had none; Swagger UI builds its sample bodies from them.
     */
    private static final Map<String, Map<String, Object>> EXAMPLES = Map.ofEntries(
            Map.entry("IngestJobError", Map.of("url", "https://iwpr.net/global-voices/missing-page",
                    "message", "HTTP 404 from https://iwpr.net/global-voices/missing-page",
                    "at", "2026-11-26T10:15:30Z")),
            Map.entry("IngestJob", Map.ofEntries(Map.entry("id", 7), Map.entry("kind", "CRAWL"),
                    Map.entry("status", "RUNNING"),
                    Map.entry("request", "{\"start\":\"https://iwpr.net/global-voices/europe-eurasia/central-asia\"}"),
                    Map.entry("maxPages", 100), Map.entry("maxDepth", 3), Map.entry("total", 120),
                    Map.entry("done", 57), Map.entry("failed", 1), Map.entry("skipped", 2), Map.entry("pending", 60),
                    Map.entry("createdAt", "2026-11-26T10:00:00Z"), Map.entry("startedAt", "2026-11-26T10:00:01Z"),
                    Map.entry("finishedAt", "2026-11-26T10:02:10Z"), Map.entry("ratePerSecond", 0.9),
                    Map.entry("etaSeconds", 67))),
            Map.entry("ReindexProgress", Map.of("running", false, "startedAt", "2026-11-26T10:00:00Z",
                    "finishedAt", "2026-11-26T10:00:14Z", "total", 10000, "indexed", 10000,
                    "error", "Index rebuild failed: see the log")),
            Map.entry("SearchHit", Map.of("standfirst", "The strategically-important former Soviet republics now "
                    + "have the opportunity to work more closely with the alliance.", "score", 3.71)),
            Map.entry("SearchPage", Map.of("page", 0, "size", 20, "totalItems", 1, "totalPages", 1,
                    "totalExact", true)),
            Map.entry("Article", Map.of("standfirst", "The strategically-important former Soviet republics now "
                    + "have the opportunity to work more closely with the alliance.",
                    "firstSeenAt", "2026-11-26T09:00:00Z", "lastFetchedAt", "2026-11-26T09:00:00Z")),
            Map.entry("AuthorRef", Map.of("id", 2)),
            Map.entry("LocationRef", Map.of("id", 7)),
            Map.entry("TopicRef", Map.of("id", 4)),
            Map.entry("IngestedPage", Map.of("revisit", false)),
            Map.entry("Source", Map.of("id", 3, "name", "Stefanie Babst", "kind", "PERSON",
                    "latestRole", "NATO spokeswoman", "articles", 1, "quotationCount", 2)),
            Map.entry("SourceQuotation", Map.of("articleId", 1, "articleTitle", "NATO Looks to Central Asia",
                    "articleUrl", "https://iwpr.net/global-voices/nato-looks-central-asia",
                    "publishedOn", "2002-12-06", "role", "NATO spokeswoman",
                    "text", "It is via this route that drugs find their way onto the streets of European cities",
                    "kind", "DIRECT", "cue", "said")),
            Map.entry("Snapshot", Map.ofEntries(Map.entry("id", 1), Map.entry("articleId", 1),
                    Map.entry("articleVersion", 1),
                    Map.entry("requestedUrl", "https://iwpr.net/global-voices/nato-looks-central-asia"),
                    Map.entry("finalUrl", "https://iwpr.net/global-voices/nato-looks-central-asia"),
                    Map.entry("fetchedAt", "2026-11-26T09:00:00Z"), Map.entry("httpStatus", 200),
                    Map.entry("contentType", "text/html; charset=utf-8"),
                    Map.entry("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                    Map.entry("contentLength", 48213), Map.entry("revisit", false),
                    Map.entry("etag", "\"5e1f-61c\""), Map.entry("lastModified", "Fri, 06 Dec 2002 10:00:00 GMT"),
                    Map.entry("parserVersion", "iwpr-parser/70"))),
            Map.entry("AuthorDetail", Map.of("id", 2, "name", "Saule Mukhametrakhimova",
                    "slug", "saule-mukhametrakhimova", "articles", 14)),
            Map.entry("VersionSummary", Map.of("title", "NATO Looks to Central Asia",
                    "createdAt", "2026-11-26T09:00:00Z",
                    "contentHash", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "snapshotId", 1)),
            Map.entry("ArticleVersion", Map.of("articleId", 1, "version", 1, "title", "NATO Looks to Central Asia",
                    "standfirst", "The strategically-important former Soviet republics now have the opportunity "
                            + "to work more closely with the alliance.", "publishedOn", "2002-12-06",
                    "language", "en", "contentHash", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                    "createdAt", "2026-11-26T09:00:00Z", "snapshotId", 1)));

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
                .tags(TAGS);
    }

    /**
     * What the annotations cannot say once for all operations: which need the key (with their 401 and 403),
     * which are rate-limited (429), one declaration per tag, and array parameters with array examples.
     */
    @Bean
    OpenApiCustomizer securityLimitsAndTags() {
        return openApi -> {
            openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
            everyMemberRequired(openApi);
            EXAMPLES.forEach((schemaName, examples) -> {
                Schema<?> schema = openApi.getComponents().getSchemas().get(schemaName);
                if (schema != null && schema.getProperties() != null) {
                    examples.forEach((property, example) -> {
                        Schema<?> field = schema.getProperties().get(property);
                        if (field != null && field.getExample() == null) {
                            field.setExample(example);
                        }
                    });
                }
            });
            // one declaration a tag, in the order the document declares them first (the controllers' own come
            // after springdoc has gathered them)
            Map<String, Tag> tags = new LinkedHashMap<>();
            TAGS.forEach(tag -> tags.put(tag.getName(), tag));
            openApi.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            openApi.setTags(new ArrayList<>(tags.values()));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                if (path.startsWith("/api/admin/")) {
                    operation.setTags(List.of(ADMIN));
                }
                optionalParametersWithoutValues(operation);
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
                // any request can carry a query string that is not text, or a parameter that does not fit
                responses.putIfAbsent("400", problem("A parameter or the body cannot be read"));
                if (path.contains("{")) {
                    responses.putIfAbsent("404", problem("Nothing has this id, slug or address"));
                }
                if (operation.getRequestBody() != null) {
                    responses.putIfAbsent("408", problem("The body did not arrive in time; nothing was changed"));
                    responses.putIfAbsent("413", problem("The body is larger than this operation takes"));
                    responses.putIfAbsent("415", problem("The body is of a type this operation does not take"));
                }
                ApiResponse unavailable = problem("The database cannot be reached at the moment (or, for searches, "
                        + "the index is being rebuilt); nothing was changed; retry after the seconds given");
                unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                        .schema(new IntegerSchema()));
                responses.putIfAbsent("503", unavailable);
                arrayExamples(operation);
                responses.forEach((code, response) -> {
                    problemExample(code, path, response);
                    documentHeaders(code, path, response);
                });
            }));
        };
    }

    /**
     * The service writes every member of its answers, null or not (Jackson's default), so every member of a
     * response record is required; those that may be null say so in their type. Problems are the exception:
     * their extension members appear where they apply.
     */
    private static void everyMemberRequired(OpenAPI openApi) {
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (!name.equals("ProblemDetail") && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && !isRequestBody(name)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** Request bodies, whose members a client may leave out. */
    private static boolean isRequestBody(String schemaName) {
        return schemaName.endsWith("Request");
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

    /**
     * Swagger UI fills every parameter that has an example into "Try it out": an analyst who types a query and
     * presses Execute would send every optional filter with it and find nothing. An optional parameter's example
     * goes into its description instead; a parameter whose pattern lists words becomes a choice of them.
     */
    private static void optionalParametersWithoutValues(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            closedSet(parameter.getSchema());
            if (!Boolean.TRUE.equals(parameter.getRequired()) && parameter.getExample() != null) {
                Object example = parameter.getExample();
                String shown = example instanceof List<?> values ? values.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) : String.valueOf(example);
                String description = parameter.getDescription() == null ? "" : parameter.getDescription().strip();
                parameter.setDescription(description + (description.isEmpty() || description.endsWith(".") ? "" : ".")
                        + " For example `" + shown + "`.");
                parameter.setExample(null);
                parameter.setExamples(null);
            }
        }
    }

    private static void closedSet(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        closedSet(schema.getItems());
        String pattern = schema.getPattern();
        if (pattern != null && WORD_LIST.matcher(pattern).matches()) {
            @SuppressWarnings("unchecked")
            Schema<Object> words = (Schema<Object>) schema;
            words.setEnum(new ArrayList<>(List.of(pattern.split("\\|"))));
            words.setPattern(null);
        }
    }

    /**
     * The headers every answer carries ({@code X-Request-Id}), those of rate-limited operations
     * ({@code X-RateLimit-Remaining}) and of created or accepted resources ({@code Location}); and no body on a 304.
     */
    private static void documentHeaders(String code, String path, ApiResponse response) {
        response.addHeaderObject("X-Request-Id", new Header().description("The request's id, as in the logs and in "
                + "a problem's requestId: the caller's own when it sent a plain token").schema(new StringSchema()));
        if (RATE_LIMITED.contains(path)) {
            response.addHeaderObject("X-RateLimit-Remaining", new Header().description("Requests of this kind "
                    + "the client has left in the current period").schema(new IntegerSchema()));
        }
        if (code.equals("201") || code.equals("202")) {
            response.addHeaderObject("Location", new Header().description("Where the created article or the queued "
                    + "job can be read").schema(new StringSchema()));
        }
        if (code.equals("304")) {
            response.setContent(null);
        }
    }

    /** What a problem of each status looks like, so that each error response shows its own, not a 400's. */
    private static final Map<String, List<String>> PROBLEM_EXAMPLES = Map.ofEntries(
            Map.entry("400", List.of("invalid-parameter", "Invalid request parameter",
                    "size must be less than or equal to 100.")),
            Map.entry("401", List.of("api-key-required", "API key required",
                    "POST /api/ingest changes the archive or administers it and needs the service's key in the "
                            + "X-API-Key header.")),
            Map.entry("403", List.of("invalid-api-key", "Invalid API key", "The X-API-Key sent is not this "
                    + "service's key.")),
            Map.entry("404", List.of("not-found", "Not found", "No article has the id 987654.")),
            Map.entry("408", List.of("body-timeout", "Request body too slow",
                    "The request body did not arrive within 60 s; nothing was changed.")),
            Map.entry("409", List.of("concurrent-write", "Concurrent write", "Another request stored the same "
                    + "article at the same moment; nothing of this one was kept. Send it again.")),
            Map.entry("413", List.of("body-too-large", "Request body too large",
                    "The body has 6291456 bytes; at most 5242880 are read.")),
            Map.entry("415", List.of("unsupported-media-type", "Unsupported Media Type",
                    "Content-Type 'application/xml' is not supported.")),
            Map.entry("422", List.of("unreadable-page", "Not a readable article",
                    "The page was not archived: the page has no article text.")),
            Map.entry("429", List.of("rate-limited", "Too many requests", "This client made more than 120 search "
                    + "requests in PT1M; try again in 12 s.")),
            Map.entry("502", List.of("fetch-failed", "The page could not be fetched",
                    "HTTP 503 from https://iwpr.net/global-voices/example.")),
            Map.entry("503", List.of("database-unavailable", "Database unavailable", "The archive's database "
                    + "cannot be reached at the moment; nothing was changed. Try again in 5 seconds.")));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private static void problemExample(String code, String path, ApiResponse response) {
        List<String> example = PROBLEM_EXAMPLES.get(code);
        MediaType problem = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
        if (example == null || problem == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + example.get(0));
        body.put("title", example.get(1));
        body.put("status", Integer.parseInt(code));
        body.put("detail", example.get(2));
        body.put("instance", PATH_VARIABLE.matcher(path).replaceAll(variable ->
                variable.group(1).equals("slug") ? "no-such-slug" : variable.group(1).equals("from") ? "1" : "9"));
        body.put("requestId", "3f0c6d2e-8f4a-4a51-9a43-2b1f0f6e9d10");
        problem.setExample(body);
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
