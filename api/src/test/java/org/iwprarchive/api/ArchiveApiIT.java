package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The whole service over real HTTP, on a real PostgreSQL and a real Lucene index. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveApiIT {

    private static final String NATO_TITLE = "NATO Looks to Central Asia";
    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private SnapshotRepository snapshots;

    @Test
    void startsWithTheExampleArticleListedAndSearchable() throws Exception {
        JsonNode list = json(api.get("/api/articles"));
        assertThat(list.path("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(titles(list)).contains(NATO_TITLE);

        JsonNode narcotics = json(api.get("/api/search?q=narcotics"));
        assertThat(narcotics.path("totalItems").asLong()).isEqualTo(1);
        assertThat(titles(narcotics)).containsExactly(NATO_TITLE);
        assertThat(titles(json(api.get("/api/search?q=Karimov")))).containsExactly(NATO_TITLE);

        JsonNode applied = json(api.get("/api/search?q=+narcotics+&location=central-asia&facets=year")).path("search");
        assertThat(applied.path("q").asString()).isEqualTo("narcotics");
        assertThat(applied.path("sort").asString()).isEqualTo("relevance");
        assertThat(applied.path("location").path(0).asString()).isEqualTo("central-asia");
        assertThat(applied.path("facets").path(0).asString()).isEqualTo("year");
        assertThat(narcotics.path("items").path(0).path("authors").path(0).path("slug").asString())
                .isEqualTo("saule-mukhametrakhimova");

        HttpResponse<String> nothing = api.get("/api/search?q=zeppelin");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(json(nothing).path("totalItems").asLong()).isZero();
        assertThat(json(nothing).path("items").size()).isZero();
    }

    @Test
    void givesTheExampleArticleWithItsAuthorBioAndPlaces() throws Exception {
        JsonNode article = json(api.get("/api/articles/lookup?url="
                + URLEncoder.encode("http://www.iwpr.net./global-voices/nato-looks-central-asia/", StandardCharsets.UTF_8)));

        assertThat(article.path("title").asString()).isEqualTo(NATO_TITLE);
        assertThat(article.path("url").asString()).isEqualTo("https://iwpr.net/global-voices/nato-looks-central-asia");
        assertThat(article.path("authors").path(0).path("name").asString()).isEqualTo("Saule Mukhametrakhimova");
        assertThat(article.path("authors").path(0).path("bio").asString())
                .isEqualTo("Saule Mukhametrakhimova is IWPR's Central Asia Project Manager in London.");
        assertThat(article.path("paragraphs").size()).isEqualTo(17);
        JsonNode uzbekistan = article.path("locations").path(3);
        assertThat(uzbekistan.path("name").asString()).isEqualTo("Uzbekistan");
        assertThat(uzbekistan.path("within").path(0).asString()).isEqualTo("central-asia");

        HttpResponse<String> byId = api.get("/api/articles/" + article.path("id").asLong());
        assertThat(json(byId).path("title").asString()).isEqualTo(NATO_TITLE);
    }

    @Test
    void searchesWithFacetsHighlightsRelatedAndSuggestions() throws Exception {
        JsonNode result = json(api.get("/api/search?q=narcotics&location=central-asia"));
        assertThat(titles(result)).containsExactly(NATO_TITLE);
        assertThat(result.path("totalExact").asBoolean()).isTrue();
        assertThat(result.path("items").path(0).path("highlights").path("body").path(0).asString())
                .contains("<mark>narcotics</mark>");
        JsonNode locationFacet = result.path("facets").valueStream()
                .filter(f -> f.path("field").asString().equals("location")).findFirst().orElseThrow();
        assertThat(locationFacet.path("values").valueStream().map(v -> v.path("label").asString()).toList())
                .contains("Uzbekistan", "Central Asia");

        HttpResponse<String> broken = api.get("/api/search?q=" + URLEncoder.encode("drug \"trade", StandardCharsets.UTF_8));
        assertProblem(broken, 400, "The query cannot be read: the quotation mark at position 5 is never closed.");
        assertThat(json(broken).path("position").asInt()).isEqualTo(5);
        assertThat(api.get("/api/search?sort=loudest").statusCode()).isEqualTo(400);
        HttpResponse<String> editions = api.get("/api/search?editions=some");
        assertThat(editions.statusCode()).isEqualTo(400);
        assertThat(editions.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(editions.body()).contains("editions");
        JsonNode yearsOnly = json(api.get("/api/search?q=narcotics&facets=year"));
        assertThat(yearsOnly.path("facets").valueStream().map(f -> f.path("field").asString()).toList())
                .containsExactly("year");
        assertThat(json(api.get("/api/search?q=narcotics&facets=none")).path("facets").size()).isZero();
        assertThat(api.get("/api/search?q=narcotics&facets=colour").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/search?from=2005-01-01&to=2001-01-01").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/search?from=yesterday").statusCode()).isEqualTo(400);

        long id = result.path("items").path(0).path("id").asLong();
        assertThat(api.get("/api/articles/" + id + "/related").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/articles/987654/related").statusCode()).isEqualTo(404);
        JsonNode suggested = json(api.get("/api/suggest?q=jum"));
        assertThat(suggested.path("items").path(0).path("text").asString()).isEqualTo("Rustam Jumaev");
        // a suggestion carries what the filter it names takes: the source's id, which finds the article
        JsonNode jumaev = suggested.path("items").path(0);
        assertThat(jumaev.path("filter").asString()).isEqualTo("source");
        assertThat(json(api.get("/api/search?source=" + jumaev.path("value").asString())).path("totalItems").asLong())
                .isPositive();
        assertThat(json(api.get("/api/articles/" + id + "/related")).has("totalItems")).isTrue();

        HttpResponse<String> reindex = api.send(HttpRequest.newBuilder(api.uri("/api/admin/reindex"))
                .header(TestApiKey.HEADER, TestApiKey.VALUE).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(reindex.statusCode()).isIn(202, 409);
        for (int i = 0; i < 100 && json(admin("/api/admin/reindex")).path("running").asBoolean(); i++) {
            Thread.sleep(100);
        }
        JsonNode done = json(admin("/api/admin/reindex"));
        assertThat(done.path("running").asBoolean()).isFalse();
        assertThat(done.path("indexed").asLong()).isEqualTo(articles.count());
        assertThat(titles(json(api.get("/api/search?q=narcotics")))).contains(NATO_TITLE);
    }

    @Test
    void givesTheQuotedSourcesOfTheExampleArticleExactly() throws Exception {
        JsonNode article = json(api.get("/api/articles/lookup?url="
                + URLEncoder.encode("https://iwpr.net/global-voices/nato-looks-central-asia", StandardCharsets.UTF_8)));

        List<String> quotations = article.path("quotations").valueStream()
                .map(q -> q.path("source").asString() + " | " + q.path("sourceKind").asString() + " | "
                        + (q.path("role").isNull() ? "-" : q.path("role").asString()) + " | " + q.path("kind").asString()
                        + " | " + (q.path("cue").isNull() ? "-" : q.path("cue").asString()))
                .toList();
        assertThat(quotations).containsExactly(
                "NATO | ORGANISATION | - | DIRECT | read an alliance statement",
                "Donald Jensen | PERSON | Central Asian expert | INDIRECT | according to",
                "Rustam Jumaev | PERSON | a spokesperson for Uzbek president Islam Karimov | INDIRECT | told IWPR",
                "Rustam Jumaev | PERSON | - | INDIRECT | said",
                "Rustam Jumaev | PERSON | - | DIRECT | said",
                "Rustam Jumaev | PERSON | - | DIRECT | -",
                "Stefanie Babst | PERSON | NATO spokeswoman | DIRECT | said",
                "Stefanie Babst | PERSON | - | INDIRECT | added",
                "Nursultan Nazarbaev | PERSON | Kazak president | INDIRECT | said",
                "Islam Karimov | PERSON | President | INDIRECT | noting",
                "George W Bush | PERSON | President | DIRECT | said",
                "an official from a western political institution | ANONYMOUS | - | INDIRECT | told IWPR",
                "an official from a western political institution | ANONYMOUS | - | DIRECT | said");

        JsonNode jumaev = json(api.get("/api/sources?name=jumaev"));
        assertThat(jumaev.path("totalItems").asInt()).isEqualTo(1);
        JsonNode source = jumaev.path("items").path(0);
        assertThat(source.path("name").asString()).isEqualTo("Rustam Jumaev");
        assertThat(source.path("latestRole").asString()).isEqualTo("a spokesperson for Uzbek president Islam Karimov");
        assertThat(source.path("quotations").asInt()).isEqualTo(4);
        JsonNode detail = json(api.get("/api/sources/" + source.path("id").asLong()));
        assertThat(detail.path("quotations").path("totalItems").asInt()).isEqualTo(4);
        assertThat(detail.path("quotations").path("items").path(0).path("articleTitle").asString())
                .isEqualTo("NATO Looks to Central Asia");
        assertThat(api.get("/api/sources/987654").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/sources?sort=loudest").statusCode()).isEqualTo(400);
    }

    @Test
    void mergesOnePersonQuotedInTwoArticlesUnderTwoSpellings() throws Exception {
        api.upload("https://iwpr.net/global-voices/kazak-leader-rejects-early-vote", "text/plain", (
                "Kazak Leader Rejects Early Vote\n\nAuthor: [Dana Ismailova](#)\n\nNo early vote, says the president.\n\n"
                        + "President Nursultan Nazarbayev said there was no need for an early vote.\n\n"
                        + "Source URL: <https://iwpr.net/global-voices/kazak-leader-rejects-early-vote>")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode sources = json(api.get("/api/sources?name=nazarba"));

        assertThat(sources.path("totalItems").asInt()).isEqualTo(1);
        assertThat(sources.path("items").path(0).path("articles").asInt()).isEqualTo(2);
        assertThat(json(api.get("/api/sources?sort=articles")).path("items").path(0).path("articles").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void archivesAnUploadedPageAndRecordsARepeatAsARevisit() throws Exception {
        String url = "http://www.iwpr.net./global-voices/kyrgyz-opposition-rallies-bishkek";
        HttpResponse<String> created = api.upload(url, "text/html", Fixtures.bytes("old-template-byline.html"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        long id = body.path("article").path("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/articles/" + id);
        assertThat(body.path("outcome").asString()).isEqualTo("CREATED");
        assertThat(body.path("revisit").asBoolean()).isFalse();
        assertThat(body.path("article").path("url").asString())
                .isEqualTo("https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek");
        assertThat(body.path("article").path("publishedOn").asString()).isEqualTo("2005-02-21");
        assertThat(body.path("article").path("authors").size()).isEqualTo(2);

        HttpResponse<String> again = api.upload(url, "text/html", Fixtures.bytes("old-template-byline.html"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(json(again).path("revisit").asBoolean()).isTrue();
        assertThat(json(again).path("article").path("version").asInt()).isEqualTo(1);

        assertThat(titles(json(api.get("/api/search?q=Otunbaeva")))).containsExactly("Kyrgyz Opposition Rallies in Bishkek");
    }

    @Test
    void aFullerPageOfAKnownArticleFillsInItsDateWithoutANewVersion() throws Exception {
        HttpResponse<String> response = api.upload("https://iwpr.net/a1b2c3d4", "text/html",
                Fixtures.bytes("nato-looks-central-asia.html"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode article = json(response).path("article");
        assertThat(json(response).path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(article.path("publishedOn").asString()).isEqualTo("2002-12-06");
        assertThat(article.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aPageSavedByABrowserAsOneMhtmlFileIsArchivedAsSentAndReadAsTheArticle() throws Exception {
        byte[] mhtml = Fixtures.bytes("nato-looks-central-asia.mhtml");

        HttpResponse<String> response = api.upload("https://iwpr.net/a1b2c3d4", "multipart/related", mhtml);

        assertThat(response.statusCode()).isIn(200, 201);
        JsonNode article = json(response).path("article");
        assertThat(article.path("url").asString()).isEqualTo("https://iwpr.net/global-voices/nato-looks-central-asia");
        assertThat(article.path("title").asString()).isEqualTo(NATO_TITLE);
        assertThat(article.path("publishedOn").asString()).isEqualTo("2002-12-06");
        HttpResponse<byte[]> raw = api.sendForBytes(java.net.http.HttpRequest.newBuilder(api.uri("/api/snapshots/"
                + json(response).path("snapshotId").asLong() + "/raw")).GET().build());
        assertThat(raw.body()).isEqualTo(mhtml);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("multipart/related");
    }

    @Test
    void answersBadInputWithAProblemAndStoresNothing() throws Exception {
        long articlesBefore = articles.count();
        long snapshotsBefore = snapshots.count();

        assertProblem(api.get("/api/articles/999999"), 404, "No article has the id 999999.");
        assertProblem(api.get("/api/articles?size=0"), 400, "size must be greater than or equal to 1.");
        assertProblem(api.get("/api/articles?size=100000"), 400, "size must be less than or equal to 100.");
        assertProblem(api.get("/api/search?q=x&page=5000&size=100"), 400, "page reaches past item 10000 (page 5000 of "
                + "size 100); narrow the filters instead.");
        assertProblem(api.get("/api/articles?page=100&size=100"), 400, "page reaches past item 10000 (page 100 of "
                + "size 100); narrow the filters instead.");
        assertProblem(api.get("/api/articles/abc"), 400, "Failed to convert 'id' with value: 'abc'");
        assertProblem(api.upload("https://iwpr.net/global-voices/x", "text/plain", new byte[0]), 400,
                "The request body is empty: send the page itself, as text/html or as print-view text/plain.");
        assertProblem(api.post("/api/ingest/page", "text/plain", "Title\n\nBody.".getBytes(StandardCharsets.UTF_8)), 400,
                "Required parameter 'url' is not present.");
        assertProblem(api.upload("https://example.org/global-voices/x", "text/plain",
                "Title\n\nBody.".getBytes(StandardCharsets.UTF_8)), 400,
                "'https://example.org/global-voices/x' is not an address on iwpr.net.");
        assertProblem(api.upload("https://iwpr.net/global-voices/x", "text/html",
                "<html><head><title>Only a title</title></head><body></body></html>".getBytes(StandardCharsets.UTF_8)),
                422, "The page was not archived: the page has no article text.");
        assertProblem(api.upload("https://iwpr.net/global-voices/x", "text/html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}),
                422, "The page was not archived: the page is binary data, not text.");
        assertProblem(api.upload("https://iwpr.net/global-voices/x", "multipart/related",
                ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                        + "Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII)),
                422, "The page was not archived: the saved page (MHTML) holds no HTML page.");
        assertThat(api.upload("https://iwpr.net/global-voices/x", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(415);
        assertProblem(api.upload("https://iwpr.net/global-voices/x", "text/plain", new byte[6 * 1024 * 1024]), 413,
                "The page is larger than 5 MB; no IWPR article page is that large.");

        assertThat(articles.count()).isEqualTo(articlesBefore);
        assertThat(snapshots.count()).isEqualTo(snapshotsBefore);
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() throws Exception {
        JsonNode spec = json(api.get("/v3/api-docs"));
        assertThat(spec.path("paths").has("/api/articles")).isTrue();
        assertThat(spec.path("paths").has("/api/search")).isTrue();
        assertThat(spec.path("paths").has("/api/ingest/page")).isTrue();

        HttpResponse<String> ui = api.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
        assertThat(json(api.get("/actuator/health")).path("status").asString()).isEqualTo("UP");
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isEqualTo(detail);
    }

    private static java.util.List<String> titles(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("title").asString()).toList();
    }

    @Test
    void crossSiteBrowserCallsAreRefusedByDefault() throws Exception {
        HttpResponse<String> preflight = api.send(HttpRequest.newBuilder(api.uri("/api/search"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").build());
        // without Access-Control-Allow-* in the answer, the browser does not send the call
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        HttpResponse<String> read = api.send(HttpRequest.newBuilder(api.uri("/api/articles"))
                .header("Origin", "https://elsewhere.example").build());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> admin(String path) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header(TestApiKey.HEADER, TestApiKey.VALUE).GET().build());
    }
}
