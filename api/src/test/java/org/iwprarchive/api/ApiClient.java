package org.iwprarchive.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the service under test over real HTTP, as the API tests make them; writes carry the test key. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final IntSupplier port;

    /** @param port the service's port, read at each request (Spring injects it after the test is created) */
    ApiClient(IntSupplier port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port.getAsInt() + path);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A POST with the API key. */
    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header(TestApiKey.HEADER, TestApiKey.VALUE).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A page sent to {@code POST /api/ingest/page} as if fetched from {@code url}. */
    HttpResponse<String> upload(String url, String contentType, byte[] page) throws IOException, InterruptedException {
        return post("/api/ingest/page?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), contentType, page);
    }

    /** The job at {@code location} once it has finished; fails after 60 s. */
    JsonNode awaitFinished(String location) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json(get(location));
            if (!job.path("finishedAt").isNull() && !job.path("finishedAt").isMissingNode()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job at " + location + " did not finish");
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
