package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.iwprarchive.IwprArchiveApplication;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the OpenAPI document the service serves, for every operation in it (jqwik draws the
 * parameters and bodies each operation declares, in and out of their schemas), sent over HTTP to the running
 * service. Every answer must keep the contract: never a 5xx, every error an RFC 9457 problem, every JSON answer
 * (and every line of an NDJSON stream) valid against the schema the document gives it (a JSON Schema validator,
 * not hand-written checks).
 */
class ApiFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT_IRI = "https://iwpr-archive.test/openapi.json";
    /** Characters a client can send that a parser or a database may choke on. */
    private static final String AWKWARD = "\u0000\u0001\t\n\r \"'<>&|*~:()-+%\\/?#[]{}^`;=,.\u00a0\u00e9\u0416"
            + "\u062f\u4e2d\ufeff\ufffd\ud83d\ude00";

    private static ConfigurableApplicationContext service;
    private static HttpClient http;
    private static int port;
    private static List<Operation> operations;
    private static SchemaRegistry schemas;
    private static final Map<String, Integer> answered = new ConcurrentHashMap<>();

    @BeforeContainer
    static void start() throws Exception {
        // jobs stay queued: a fetch would go to iwpr.net, which tests never reach
        service = new SpringApplicationBuilder(IwprArchiveApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.newDatabase(), "--spring.datasource.username=postgres",
                "--iwpr.search.index-directory=" + TestDatabase.newIndexDirectory(), "--iwpr.ingest.run-jobs=false",
                "--iwpr.ingest.upload-directory=" + TestDatabase.newDirectory("uploads"));
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port", "0"));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String document = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, document)));
        operations = Operation.all(JSON.readTree(document));
    }

    @AfterContainer
    static void stop() {
        try {
            assertThat(answered.keySet()).as("operations exercised")
                    .containsAll(operations.stream().map(Operation::name).toList());
        } finally {
            service.close();
        }
    }

    @Property(tries = 1500, seed = "20261129", shrinking = ShrinkingMode.BOUNDED)
    void everyAnswerKeepsTheContract(@ForAll("requests") Call call) throws Exception {
        HttpResponse<byte[]> response = http.send(call.request(port), HttpResponse.BodyHandlers.ofByteArray());
        answered.merge(call.operation().name(), 1, Integer::sum);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(status).as("%s answered %d: %s", call, status, abbreviate(body)).isLessThan(500);
        if (status >= 400) {
            assertThat(type).as("%s answered %d as %s: %s", call, status, type, abbreviate(body))
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            for (String member : List.of("type", "title", "status", "detail", "requestId")) {
                assertThat(problem.has(member)).as("%s answered a problem without %s: %s", call, member, body).isTrue();
            }
            assertThat(problem.path("status").asInt()).isEqualTo(status);
        }
        if (type.startsWith("application/json") || type.startsWith("application/problem+json")) {
            Schema schema = call.operation().responseSchema(status, type);
            assertThat(schema).as("%s answered %d as %s, which its operation does not document", call, status, type)
                    .isNotNull();
            List<Error> errors = schema.validate(JSON.readTree(body));
            assertThat(errors).as("%s answered %d not as documented: %s", call, status, abbreviate(body)).isEmpty();
        }
        if (type.startsWith("application/x-ndjson")) {
            // each line of a stream is one object of the documented schema
            Schema schema = call.operation().responseSchema(status, type);
            assertThat(schema).as("%s answered %d as %s, which its operation does not document", call, status, type)
                    .isNotNull();
            for (String line : body.lines().toList()) {
                assertThat(schema.validate(JSON.readTree(line))).as("%s streamed a line not as documented: %s", call,
                        abbreviate(line)).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<Call> requests() {
        return Arbitraries.of(operations).flatMap(Operation::calls);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    /** One request drawn for an operation. */
    record Call(Operation operation, String query, Map<String, String> pathValues, String contentType, byte[] body,
                boolean withKey) {

        HttpRequest request(int port) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", encode(value.getValue()).replace("+", "%20"));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                    + (query.isEmpty() ? "" : "?" + query))).timeout(Duration.ofSeconds(30));
            if (withKey) {
                request.header(TestApiKey.HEADER, TestApiKey.VALUE);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            return request.method(operation.method().toUpperCase(java.util.Locale.ROOT), publisher).build();
        }

        @Override
        public String toString() {
            return operation.method().toUpperCase(java.util.Locale.ROOT) + " " + operation.path() + " " + pathValues
                    + (query.isEmpty() ? "" : " ?" + abbreviate(query)) + (contentType == null ? "" : " [" + contentType
                    + ", " + body.length + " bytes]") + (withKey ? " with key" : "");
        }
    }

    /** An operation of the document, and the requests that can be drawn for it. */
    record Operation(String path, String method, JsonNode node, JsonNode document) {

        static List<Operation> all(JsonNode document) {
            List<Operation> found = new ArrayList<>();
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                    found.add(new Operation(path.getKey(), method.getKey(), method.getValue(), document))));
            return found;
        }

        String name() {
            return method + " " + path;
        }

        Arbitrary<Call> calls() {
            List<Arbitrary<String>> query = new ArrayList<>();
            Map<String, Arbitrary<String>> pathValues = new LinkedHashMap<>();
            for (JsonNode parameter : node.path("parameters")) {
                String name = parameter.path("name").asString();
                JsonNode schema = resolve(parameter.path("schema"));
                switch (parameter.path("in").asString()) {
                    case "path" -> pathValues.put(name, single(schema, parameter.path("example")));
                    case "query" -> query.add(queryParameter(name, schema, parameter.path("example"),
                            parameter.path("required").asBoolean(false)));
                    default -> {
                        // headers are the service's own (the key, the request id); they are drawn below
                    }
                }
            }
            // now and then a parameter the operation does not have
            query.add(Arbitraries.frequencyOf(
                    Tuple.of(9, Arbitraries.just("")),
                    Tuple.of(1, awkwardText(20).map(value -> "unknown=" + encode(value)))));
            Arbitrary<String> queryString = Combinators.combine(query).as(parts -> parts.stream()
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining("&")));
            Arbitrary<Map<String, String>> paths = pathValues.isEmpty() ? Arbitraries.just(Map.of())
                    : Combinators.combine(new ArrayList<>(pathValues.values())).as(values -> {
                        Map<String, String> named = new LinkedHashMap<>();
                        Iterator<String> value = values.iterator();
                        pathValues.keySet().forEach(name -> named.put(name, value.next()));
                        return named;
                    });
            Arbitrary<Body> bodies = bodies();
            // writes and reads alike, with and without the key; never the key on admin writes, which would
            // rebuild the index under the other requests
            boolean adminWrite = path.startsWith("/api/admin/") && !method.equals("get");
            Arbitrary<Boolean> key = adminWrite ? Arbitraries.just(false) : Arbitraries.of(true, false);
            return Combinators.combine(queryString, paths, bodies, key).as((q, p, b, k) ->
                    new Call(this, q, p, b.contentType(), b.content(), k));
        }

        private Arbitrary<String> queryParameter(String name, JsonNode schema, JsonNode example, boolean required) {
            Arbitrary<String> present;
            if (schema.path("type").asString("").equals("array")) {
                JsonNode items = resolve(schema.path("items"));
                present = single(items, example.isArray() && !example.isEmpty() ? example.get(0) : example).list()
                        .ofMinSize(1).ofMaxSize(3).map(values -> values.stream()
                                .map(value -> name + "=" + encode(value)).collect(Collectors.joining("&")));
            } else {
                present = single(schema, example).map(value -> name + "=" + encode(value));
            }
            return Arbitraries.frequencyOf(Tuple.of(required ? 9 : 5, present),
                    Tuple.of(required ? 1 : 5, Arbitraries.just("")));
        }

        /** One value of a schema: mostly within it, sometimes at and past its bounds, sometimes anything. */
        private static Arbitrary<String> single(JsonNode schema, JsonNode example) {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            if (example != null && !example.isMissingNode() && !example.isNull() && !example.isContainer()) {
                choices.add(Tuple.of(3, Arbitraries.just(example.asString())));
            }
            if (schema.has("enum")) {
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(value -> values.add(value.asString()));
                choices.add(Tuple.of(6, Arbitraries.of(values)));
                choices.add(Tuple.of(1, Arbitraries.of(values).map(v -> v.toUpperCase(java.util.Locale.ROOT))));
            }
            switch (schema.path("type").asString("string")) {
                case "integer", "number" -> {
                    long min = schema.path("minimum").asLong(-1000);
                    long max = schema.path("maximum").asLong(100_000);
                    choices.add(Tuple.of(6, Arbitraries.longs().between(Math.max(min, 0),
                            Math.max(min, Math.min(max, 50))).map(String::valueOf)));
                    choices.add(Tuple.of(2, Arbitraries.of(min - 1, min, max, max + 1, Long.MAX_VALUE,
                            Long.MIN_VALUE).map(String::valueOf)));
                    choices.add(Tuple.of(1, Arbitraries.of("1.5", "1e3", "0x10", "", " 1", "NaN")));
                }
                case "boolean" -> choices.add(Tuple.of(6, Arbitraries.of("true", "false", "yes", "")));
                default -> {
                    if (schema.path("format").asString("").equals("date")) {
                        choices.add(Tuple.of(6, Arbitraries.integers().between(1990, 2030)
                                .map(year -> LocalDate.of(year, 1 + year % 12, 1 + year % 28).toString())));
                        choices.add(Tuple.of(1, Arbitraries.of("2005-02-30", "0000-01-01",
                                "99999-01-01", "yesterday", "2005-2-3")));
                    }
                    int maxLength = schema.path("maxLength").asInt(300);
                    choices.add(Tuple.of(4, awkwardText(Math.min(maxLength, 60))));
                    choices.add(Tuple.of(1, Arbitraries.strings().withChars('a', 'z', '*', '~', ' ')
                            .ofMinLength(Math.max(0, maxLength - 5)).ofMaxLength(maxLength + 5)));
                    choices.add(Tuple.of(2, Arbitraries.of("nato", "narcotics~", "karim*",
                            "\"drug trafficking\"", "title:nato -body:earthquake", "a*", "(nato", "nato |", "OR",
                            "author:", "central-asia", "saule-mukhametrakhimova", "1", "0", "-1",
                            "https://iwpr.net/global-voices/nato-looks-central-asia")));
                }
            }
            return Arbitraries.frequencyOf(choices.toArray(Tuple2[]::new));
        }

        private static Arbitrary<String> awkwardText(int maxLength) {
            return Arbitraries.strings().withChars(AWKWARD.toCharArray()).withCharRange('a', 'z')
                    .ofMinLength(0).ofMaxLength(maxLength);
        }

        /** A body for each content type the operation takes, drawn from its schema, and bodies it does not take. */
        private Arbitrary<Body> bodies() {
            JsonNode content = node.path("requestBody").path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Body.NONE)),
                        Tuple.of(1, awkwardText(50).map(text -> new Body("text/plain",
                                text.getBytes(StandardCharsets.UTF_8)))));
            }
            List<Tuple2<Integer, Arbitrary<Body>>> choices = new ArrayList<>();
            content.properties().forEach(entry -> {
                String type = entry.getKey();
                if (type.contains("json")) {
                    choices.add(Tuple.of(6, json(resolve(entry.getValue().path("schema")))
                            .map(value -> new Body(type, value.getBytes(StandardCharsets.UTF_8)))));
                } else {
                    choices.add(Tuple.of(3, Arbitraries.of(
                            Fixtures.bytes("nato-looks-central-asia.txt"),
                            Fixtures.bytes("kazakstan-oil-town-two-authors.html"),
                            Fixtures.bytes("old-template-byline.html"), new byte[0], new byte[] {0, 1, 2, 3},
                            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).map(bytes -> new Body(type, bytes))));
                    choices.add(Tuple.of(2, awkwardText(200).map(text -> new Body(type,
                            text.getBytes(StandardCharsets.UTF_8)))));
                }
            });
            choices.add(Tuple.of(1, Arbitraries.of(Body.NONE, new Body("application/xml",
                    "<a/>".getBytes(StandardCharsets.UTF_8)), new Body("application/json",
                    "{\"urls\": [".getBytes(StandardCharsets.UTF_8)))));
            return Arbitraries.frequencyOf(choices.toArray(Tuple2[]::new));
        }

        /** JSON text for a schema: an object with its properties drawn as their types say, or not quite. */
        private Arbitrary<String> json(JsonNode schema) {
            Map<String, Arbitrary<JsonNode>> properties = new LinkedHashMap<>();
            schema.path("properties").properties().forEach(property -> properties.put(property.getKey(),
                    jsonValue(resolve(property.getValue()))));
            if (properties.isEmpty()) {
                return Arbitraries.of("{}", "[]", "null", "\"x\"");
            }
            List<String> names = new ArrayList<>(properties.keySet());
            Arbitrary<String> objects = Combinators.combine(names.stream().map(name -> Arbitraries.frequencyOf(
                            Tuple.of(4, properties.get(name)),
                            Tuple.of(1, Arbitraries.just((JsonNode) null)))).toList())
                    .as(values -> {
                        ObjectNode object = JSON.createObjectNode();
                        for (int i = 0; i < names.size(); i++) {
                            if (values.get(i) != null) {
                                object.set(names.get(i), values.get(i));
                            }
                        }
                        return JSON.writeValueAsString(object);
                    });
            return Arbitraries.frequencyOf(Tuple.of(9, objects),
                    Tuple.of(1, Arbitraries.of("", "{", "[1,2]", "{\"maxPages\": \"many\"}")));
        }

        private Arbitrary<JsonNode> jsonValue(JsonNode schema) {
            return switch (schema.path("type").asString("string")) {
                case "array" -> single(resolve(schema.path("items")), schema.path("example").path(0)).list()
                        .ofMaxSize(3).map(values -> {
                            var array = JSON.createArrayNode();
                            values.forEach(array::add);
                            return array;
                        });
                case "integer", "number" -> Arbitraries.oneOf(Arbitraries.integers().between(-5, 20_000)
                        .map(n -> (JsonNode) JSON.getNodeFactory().numberNode(n)),
                        Arbitraries.just(JSON.getNodeFactory().textNode("7")));
                case "boolean" -> Arbitraries.of(true, false).map(b -> JSON.getNodeFactory().booleanNode(b));
                default -> single(schema, schema.path("example")).map(text -> JSON.getNodeFactory().textNode(text));
            };
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            if (!ref.startsWith("#/")) {
                return schema;
            }
            return resolve(document.at(ref.substring(1)));
        }

        /** The schema the document gives this operation's answer of {@code status} as {@code type}, or null. */
        Schema responseSchema(int status, String type) {
            JsonNode responses = node.path("responses");
            String code = responses.has(Integer.toString(status)) ? Integer.toString(status)
                    : responses.has("default") ? "default" : null;
            if (code == null) {
                return null;
            }
            String mediaType = type.split(";")[0].strip();
            JsonNode content = responses.path(code).path("content");
            String declared = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
            if (declared == null) {
                return null;
            }
            String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + code + "/content/"
                    + escape(declared) + "/schema";
            return schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer));
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }

    record Body(String contentType, byte[] content) {
        static final Body NONE = new Body(null, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
