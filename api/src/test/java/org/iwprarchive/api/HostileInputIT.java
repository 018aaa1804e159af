package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.iwprarchive.domain.TextLimits;
import org.iwprarchive.ingest.fixtures.HostilePages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Input built to break the service, over HTTP: pages with fields of any length, parameters that are not text,
 * queries built to be expensive. Each gets a 4xx problem or is archived within bounds; none gets a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void archivesPagesWithFieldsOfAnyLengthWithinTheArchivesBounds() throws Exception {
        String[][] pages = {
                {"long-author", null},
                {"random-author", null},
                {"long-canonical", null},
                {"long-links", null},
                {"long-language", null}};
        byte[][] bodies = {
                HostilePages.withAuthor("long-author", HostilePages.LONG_WORDS),
                HostilePages.withAuthor("random-author", HostilePages.RANDOM_LETTERS),
                HostilePages.withCanonicalLink("long-canonical", "https://iwpr.net/global-voices/" + "a".repeat(40_000)),
                HostilePages.withTagLinks("long-links", "/global-voices/topics/" + HostilePages.LONG_WORDS.replace(' ', '-'),
                        "/global-voices/" + HostilePages.RANDOM_LETTERS),
                HostilePages.withLanguage("long-language", "en-GB-x-" + "a".repeat(30))};
        for (int i = 0; i < pages.length; i++) {
            HttpResponse<String> stored = api.upload("https://iwpr.net/global-voices/" + pages[i][0], "text/html",
                    bodies[i]);
            assertThat(stored.statusCode()).as(pages[i][0] + ": " + stored.body()).isEqualTo(201);
            JsonNode article = json(stored).path("article");
            assertThat(article.path("url").asString()).isEqualTo("https://iwpr.net/global-voices/" + pages[i][0]);
            for (JsonNode author : article.path("authors")) {
                assertThat(author.path("name").asString().length()).isLessThanOrEqualTo(TextLimits.NAME);
            }
        }
        JsonNode found = json(api.get("/api/search?q=hostile+narcotics&size=20"));
        assertThat(found.path("totalItems").asLong()).isEqualTo(pages.length);
        assertThat(jdbc.queryForObject("select max(length(name)) from author", Integer.class))
                .isLessThanOrEqualTo(TextLimits.NAME);
    }

    @Test
    void refusesParametersThatAreNotText() throws Exception {
        for (String query : new String[] {"/api/search?q=a%00b", "/api/suggest?q=ka%00r", "/api/authors?name=%00",
                "/api/articles?author=x%00", "/api/search?q=caf%C3"}) {
            HttpResponse<String> refused = api.get(query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(json(refused).path("type").asString()).as(query).isEqualTo("/problems/invalid-parameter");
        }
        assertThat(rawStatus("/api/search?q=50%")).isEqualTo(400);
    }

    @Test
    void acceptsTheQuerySyntaxTypedIntoTheAddressBarUnencoded() throws Exception {
        assertThat(api.send(HttpRequest.newBuilder(java.net.URI.create(api.uri("/api/search").toString()
                + "?q=nato%7Ctaliban")).build()).statusCode()).isEqualTo(200);
        // the JDK client refuses a raw | or " in a URI, as a browser would encode it; the container's own check
        // is what a raw one meets, so it is sent over a socket
        assertThat(rawStatus("/api/search?q=nato|taliban")).isEqualTo(200);
        assertThat(rawStatus("/api/search?q=\"drug+trafficking\"")).isEqualTo(200);
    }

    @Test
    void refusesQueriesBuiltToBeExpensiveWithAProblemNamingTheBound() throws Exception {
        String[] expensive = {
                String.join(" ", Collections.nCopies(150, "word")),
                String.join(" ", Collections.nCopies(60, "narcotcs~")),
                String.join(" ", Collections.nCopies(100, "narc*")),
                "a*"};
        for (String query : expensive) {
            HttpResponse<String> refused = api.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(json(refused).path("type").asString()).isEqualTo("/problems/query-too-expensive");
        }
        String suggestion = "/api/suggest?q=" + URLEncoder.encode("kar ".repeat(25), StandardCharsets.UTF_8);
        assertThat(api.get(suggestion).statusCode()).isEqualTo(200);
    }

    @Test
    void servesARawPageWhoseStoredTypeIsNotAMediaTypeAsBytes() throws Exception {
        long id = json(api.upload("https://iwpr.net/global-voices/odd-type", "text/html",
                HostilePages.withAuthor("odd-type", "Ann Smith"))).path("snapshotId").asLong();
        for (String stored : new String[] {"html", "text/html; charset=x-no-such-charset", "text/html; q=\""}) {
            jdbc.update("update snapshot set content_type = ? where id = ?", stored, id);

            HttpResponse<String> raw = api.get("/api/snapshots/" + id + "/raw");
            assertThat(raw.statusCode()).as(stored + ": " + raw.body()).isEqualTo(200);
            assertThat(raw.headers().firstValue("Content-Type")).as(stored).hasValue("application/octet-stream");
        }
    }

    private int rawStatus(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
