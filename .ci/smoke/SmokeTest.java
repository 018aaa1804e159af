import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the endpoints of a running service and checks what a client relies on. Needs only a JDK:
 * {@code java .ci/smoke/SmokeTest.java http://localhost:8080 [first-start|after-restart]}.
 */
public class SmokeTest {

    private static final String UPLOAD_URL = "https://iwpr.net/global-voices/smoke-test-zhetysu-water-dispute";
    private static final String PAGE = """
            Smoke Test: Zhetysu Farmers Dispute Water Quotas

            Author: [Aigerim Toleukhanova](#)

            Farmers in southern Kazakstan say new irrigation quotas favour large estates.

            Farmers in the Zhetysu region met officials on Tuesday to protest against the new irrigation quotas.

            "We were given half the water we need," said Bolat Nurmanov, who grows rice near the river.

            Location: Kazakstan

            Source URL: <https://iwpr.net/global-voices/smoke-test-zhetysu-water-dispute>
            """;

    /** The key the service was started with; writes need it. */
    private static final String API_KEY = System.getenv().getOrDefault("IWPR_SECURITY_API_KEY", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<String> failures = new ArrayList<>();
    private int passed;

    SmokeTest(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws Exception {
        SmokeTest smoke = new SmokeTest(args.length > 0 ? args[0] : "http://localhost:8080");
        String phase = args.length > 1 ? args[1] : "first-start";
        if (phase.equals("after-restart")) {
            smoke.afterRestart();
        } else {
            smoke.firstStart();
        }
        System.out.println();
        smoke.failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println("smoke: " + smoke.passed + " passed, " + smoke.failures.size() + " failed");
        System.exit(smoke.failures.isEmpty() ? 0 : 1);
    }

    void firstStart() throws Exception {
        Reply health = get("/actuator/health");
        check("health is UP", health.status == 200 && health.body.contains("\"status\":\"UP\""), health);

        Reply example = get("/api/search?q=narcotics");
        check("the example article is searchable", example.status == 200 && total(example) == 1
                && example.body.contains("NATO Looks to Central Asia"), example);
        Reply front = get("/?q=narcotics");
        check("the analyst interface at / finds it too", front.status == 200
                && front.contentType.startsWith("text/html") && front.body.contains("<mark>narcotics</mark>")
                && front.body.contains("NATO Looks to Central Asia"), front);

        Reply keyless = send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/page?url=" + encode(UPLOAD_URL)))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(PAGE)));
        check("a write without the API key gives a 401 problem", keyless.status == 401 && keyless.isProblem(),
                keyless);

        Reply upload = post("/api/ingest/page?url=" + encode(UPLOAD_URL), "text/plain; charset=utf-8", PAGE);
        check("a print-view upload is archived (201)", upload.status == 201
                && upload.body.contains("\"outcome\":\"CREATED\""), upload);
        long id = number(upload.body, "\"article\":\\{\"id\":(\\d+)");

        Reply list = get("/api/articles?size=10");
        check("the list holds both articles", list.status == 200 && total(list) == 2
                && list.body.contains("Smoke Test: Zhetysu Farmers Dispute Water Quotas"), list);

        Reply one = get("/api/articles/" + id);
        check("the uploaded article reads back", one.status == 200
                && one.body.contains("\"name\":\"Aigerim Toleukhanova\"")
                && one.body.contains("\"name\":\"Kazakstan\""), one);
        Reply unchanged = send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id))
                .header("If-None-Match", one.etag));
        check("a read with the article's ETag gives 304", !one.etag.isEmpty() && unchanged.status == 304, unchanged);

        Reply filtered = get("/api/articles?location=central-asia&sort=oldest");
        check("the list filters by region (Kazakstan is in Central Asia)", filtered.status == 200
                && total(filtered) == 2, filtered);
        Reply authors = get("/api/authors?name=toleukhanova");
        check("authors are listed with their article counts", authors.status == 200
                && authors.body.contains("\"slug\":\"aigerim-toleukhanova\",\"articles\":1"), authors);
        Reply places = get("/api/locations/central-asia");
        check("the place tree shows Kazakstan within Central Asia", places.status == 200
                && places.body.contains("\"slug\":\"kazakstan\""), places);

        Reply ndjson = get("/api/export/articles");
        check("the NDJSON export has one line per article", ndjson.status == 200
                && ndjson.contentType.startsWith("application/x-ndjson")
                && ndjson.body.strip().split("\n").length == 2, ndjson);
        HttpResponse<byte[]> warc = http.send(HttpRequest.newBuilder(URI.create(base + "/api/export/snapshots"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = warc.body();
        check("the WARC export answers gzip records", warc.statusCode() == 200 && bytes.length > 2
                && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b,
                new Reply(warc.statusCode(), "", bytes.length + " bytes", ""));
        Reply metrics = get("/actuator/prometheus");
        check("Prometheus metrics include search and ingest timers", metrics.status == 200
                && metrics.body.contains("iwpr_search_requests_seconds_count")
                && metrics.body.contains("iwpr_ingest_pages_seconds_count"), metrics);

        Reply found = get("/api/search?q=irrigation");
        check("search finds the upload", found.status == 200 && total(found) == 1
                && found.body.contains("\"id\":" + id), found);

        Reply none = get("/api/search?q=zeppelin");
        check("a word in no article gives 200 and total 0", none.status == 200 && total(none) == 0, none);

        Reply missing = get("/api/articles/987654321");
        check("an unknown id gives a 404 problem", missing.status == 404 && missing.isProblem()
                && missing.body.contains("No article has the id 987654321"), missing);

        Reply badSize = get("/api/articles?size=0");
        check("size=0 gives a 400 problem", badSize.status == 400 && badSize.isProblem(), badSize);

        Reply empty = post("/api/ingest/page?url=" + encode(UPLOAD_URL), "text/plain", "");
        check("an empty upload gives a 400 problem", empty.status == 400 && empty.isProblem(), empty);

        Reply noUrl = post("/api/ingest/page", "text/plain", PAGE);
        check("an upload without url gives a 400 problem", noUrl.status == 400 && noUrl.isProblem(), noUrl);

        Reply ui = get("/swagger-ui/index.html");
        check("Swagger UI answers", ui.status == 200 && ui.body.contains("Swagger UI"), ui);

        Reply spec = get("/v3/api-docs");
        check("the OpenAPI document answers", spec.status == 200 && spec.body.contains("\"/api/search\""), spec);
    }

    void afterRestart() throws Exception {
        Reply found = get("/api/search?q=irrigation");
        check("after a restart search still finds the upload", found.status == 200 && total(found) == 1, found);
        Reply list = get("/api/articles");
        check("after a restart both articles are still listed", list.status == 200 && total(list) == 2, list);
    }

    private void check(String what, boolean ok, Reply reply) {
        if (ok) {
            passed++;
            System.out.println("ok    " + what);
        } else {
            failures.add(what + " -> HTTP " + reply.status + " " + abbreviate(reply.body));
            System.out.println("FAIL  " + what);
        }
    }

    private Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private Reply post(String path, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .header("X-API-Key", API_KEY).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("ETag").orElse(""));
    }

    private static long total(Reply reply) {
        return number(reply.body, "\"totalItems\":(\\d+)");
    }

    private static long number(String body, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    record Reply(int status, String contentType, String body, String etag) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
