package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Lists with filters, tags, conditional reads, delete and both exports, over HTTP, on three fixture articles:
 * the example (print view, no date), an old-template page (2005, no places) and a modern one (2012, Kazakstan).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "iwpr.example-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourcesAndExportIT {

    private static final String KAZAK = "Kazak Oil Town Counts the Cost of Boom";
    private static final String KYRGYZ = "Kyrgyz Opposition Rallies in Bishkek";
    private static final String NATO = "NATO Looks to Central Asia";
    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private SnapshotRepository snapshots;

    @BeforeAll
    void uploadFixtures() throws Exception {
        assertThat(upload("https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek",
                Fixtures.bytes("old-template-byline.html")).statusCode()).isEqualTo(201);
        assertThat(upload("https://iwpr.net/global-voices/kazakstan-oil-town-two-authors",
                Fixtures.bytes("kazakstan-oil-town-two-authors.html")).statusCode()).isEqualTo(201);
    }

    @Test
    void listsFilterByTagAndDateAndSortFromTheDatabase() throws Exception {
        assertThat(titles("/api/articles?sort=oldest")).containsExactly(KYRGYZ, KAZAK, NATO);
        assertThat(titles("/api/articles?sort=newest")).containsExactly(KAZAK, KYRGYZ, NATO);
        assertThat(titles("/api/articles?sort=title")).containsExactly(KAZAK, KYRGYZ, NATO);
        // a region takes in its countries: Kazak Oil is tagged Kazakstan only
        assertThat(titles("/api/articles?location=central-asia")).containsExactly(KAZAK, NATO);
        assertThat(titles("/api/articles?location=europe-eurasia")).containsExactly(KAZAK, NATO);
        assertThat(titles("/api/articles?location=kazakstan")).containsExactly(KAZAK);
        assertThat(titles("/api/articles?author=aida-kasymalieva")).containsExactly(KYRGYZ);
        assertThat(titles("/api/articles?topic=economy")).containsExactly(KAZAK);
        assertThat(titles("/api/articles?from=2005-01-01&to=2010-12-31")).containsExactly(KYRGYZ);
        assertThat(titles("/api/articles?lang=ru")).isEmpty();

        // the same filters, the same meaning, on the list, the search and the export: any of a repeated value
        assertThat(titles("/api/articles?location=kazakstan&location=caucasus")).containsExactly(KAZAK, NATO);
        assertThat(titles("/api/search?location=kazakstan&location=caucasus&sort=newest")).containsExactly(KAZAK, NATO);
        assertThat(api.get("/api/export/articles?location=kazakstan&location=caucasus").body().split("\n"))
                .hasSize(2);
        assertThat(titles("/api/articles?author=aida-kasymalieva&author=saule-mukhametrakhimova"))
                .containsExactly(KYRGYZ, NATO);
        long quoted = json(api.get("/api/sources?name=babst")).path("items").path(0).path("id").asLong();
        assertThat(titles("/api/articles?source=" + quoted)).containsExactly(NATO);
        assertThat(titles("/api/search?source=" + quoted)).containsExactly(NATO);
        for (String path : new String[] {"/api/articles?lang=EN", "/api/search?lang=EN", "/api/export/articles?lang=EN"}) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(400);
        }

        // a value that names nothing is refused where it would have filtered everything out, on every endpoint
        for (String path : new String[] {"/api/articles", "/api/search", "/api/export/articles"}) {
            HttpResponse<String> atlantis = api.get(path + "?location=atlantis&author=aida-kasymalieva");
            assertThat(atlantis.statusCode()).as(path).isEqualTo(400);
            assertThat(json(atlantis).path("type").asString()).isEqualTo("/problems/unknown-filter-value");
            assertThat(json(atlantis).path("errors")).hasSize(1);
            assertThat(json(atlantis).path("errors").path(0).path("value").asString()).isEqualTo("atlantis");
            assertThat(json(atlantis).path("errors").path(0).has("use")).isFalse();
        }
        // a name where the slug belongs is answered with the slug to use
        HttpResponse<String> named = api.get("/api/search?location=Kazakstan&author=Aida%20Kasymalieva&topic=ECONOMY"
                + "&source=" + (quoted + 1000));
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(json(named).path("errors").valueStream()
                .map(error -> error.path("parameter").asString() + "=" + error.path("use").asString("-")))
                .containsExactly("author=aida-kasymalieva", "location=kazakstan", "topic=economy", "source=-");
        assertThat(json(named).path("detail").asString())
                .contains("location=Kazakstan: no place has this slug", "send location=kazakstan");

        HttpResponse<String> backwards = api.get("/api/articles?from=2010-01-01&to=2005-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json(backwards).path("errors").path(0).path("parameter").asString()).isEqualTo("from");
        assertThat(api.get("/api/articles?sort=random").statusCode()).isEqualTo(400);
        HttpResponse<String> unreadableDate = api.get("/api/articles?from=yesterday");
        assertThat(unreadableDate.statusCode()).isEqualTo(400);
        assertThat(unreadableDate.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.get("/api/export/articles?to=someday").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/articles?page=200&size=100").statusCode()).isEqualTo(400);
    }

    @Test
    void authorsTopicsAndThePlaceTreeCountTheirArticles() throws Exception {
        JsonNode authors = json(api.get("/api/authors?sort=name"));
        assertThat(authors.path("totalItems").asInt()).isEqualTo(5);
        assertThat(authors.path("items").valueStream().map(a -> a.path("name").asString() + ":"
                + a.path("articles").asInt()).toList()).containsExactly("Aida Kasymalieva:1", "Dana Ismailova:1",
                "Leila Saralaeva:1", "Saule Mukhametrakhimova:1", "Timur Nurbekov:1");
        JsonNode dana = json(api.get("/api/authors/dana-ismailova"));
        assertThat(dana.path("profileUrl").asString()).isEqualTo("https://iwpr.net/authors/dana-ismailova");
        assertThat(dana.path("articles").asInt()).isEqualTo(1);
        assertThat(api.get("/api/authors/nobody").statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/authors?name=SAULE")).path("items").path(0).path("slug").asString())
                .isEqualTo("saule-mukhametrakhimova");

        JsonNode topics = json(api.get("/api/topics?sort=name"));
        assertThat(topics.path("items").valueStream().map(t -> t.path("slug").asString() + ":"
                + t.path("articles").asInt()).toList()).containsExactly("development:1", "economy:1");

        JsonNode centralAsia = json(api.get("/api/locations/central-asia"));
        assertThat(centralAsia.path("kind").asString()).isEqualTo("REGION");
        assertThat(centralAsia.path("within").valueStream().map(JsonNode::asString).toList())
                .containsExactly("europe-eurasia");
        assertThat(centralAsia.path("articles").asInt()).isEqualTo(1);
        assertThat(centralAsia.path("children").valueStream().map(c -> c.path("slug").asString() + ":"
                + c.path("articles").asInt()).toList())
                .containsExactly("kazakstan:1", "turkmenistan:1", "uzbekistan:1");
        assertThat(centralAsia.path("articlesWithin").asInt()).isEqualTo(4);
        JsonNode tree = json(api.get("/api/locations"));
        assertThat(tree.path("items").valueStream().map(n -> n.path("slug").asString()).toList())
                .contains("europe-eurasia");
        assertThat(api.get("/api/locations/atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void articleReadsAreConditional() throws Exception {
        long id = json(api.get("/api/articles?topic=economy")).path("items").path(0).path("id").asLong();
        HttpResponse<String> first = api.get("/api/articles/" + id);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

        HttpResponse<String> again = api.send(HttpRequest.newBuilder(api.uri("/api/articles/" + id))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/articles/" + id)).header("If-Modified-Since", lastModified)
                .build()).statusCode()).isEqualTo(304);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/articles/" + id)).header("If-None-Match", "\"other\"")
                .build()).statusCode()).isEqualTo(200);
        HttpResponse<String> lookup = api.send(HttpRequest.newBuilder(api.uri("/api/articles/lookup?url="
                + URLEncoder.encode("https://iwpr.net/global-voices/kazakstan-oil-town-two-authors",
                StandardCharsets.UTF_8))).header("If-None-Match", etag).build());
        assertThat(lookup.statusCode()).isEqualTo(304);
    }

    @Test
    void theNdjsonExportHasOneParsableLinePerArticle() throws Exception {
        HttpResponse<String> export = api.get("/api/export/articles");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).contains("application/x-ndjson");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"iwpr-articles.ndjson\"");
        String[] lines = export.body().split("\n");
        assertThat(lines).hasSize((int) articles.count());
        List<Long> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode article = json(line);
            ids.add(article.path("id").asLong());
            assertThat(article.path("paragraphs").size()).isPositive();
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        String economy = api.get("/api/export/articles?topic=economy").body();
        assertThat(economy.split("\n")).hasSize(1);
        assertThat(json(economy).path("title").asString()).isEqualTo(KAZAK);
        assertThat(json(economy).path("authors").size()).isEqualTo(2);
        assertThat(api.get("/api/export/articles?from=2010-01-01&to=2005-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void aCursorReadsADateOrderPageAfterPageAsOnePageListsIt() throws Exception {
        for (String sort : new String[] {"newest", "oldest"}) {
            List<String> atOnce = titles("/api/search?facets=none&sort=" + sort);
            List<String> walked = new ArrayList<>();
            JsonNode page = json(api.get("/api/search?facets=none&size=1&sort=" + sort));
            for (int pages = 0; pages <= atOnce.size(); pages++) {
                page.path("items").forEach(hit -> walked.add(hit.path("title").asString()));
                assertThat(page.path("totalItems").asLong()).isEqualTo(atOnce.size());
                if (page.path("nextCursor").isNull()) {
                    break;
                }
                page = json(api.get("/api/search?facets=none&size=1&sort=" + sort + "&cursor="
                        + page.path("nextCursor").asString()));
            }
            assertThat(walked).as(sort).hasSize(3).isEqualTo(atOnce);
        }
        assertThat(json(api.get("/api/search?q=oil")).path("nextCursor").isNull()).as("relevance").isTrue();
    }

    @Test
    void anExportOfASearchHoldsEveryMatchInTheSearchOrderAsNdjsonOrCsv() throws Exception {
        List<Long> found = new ArrayList<>();
        json(api.get("/api/search?q=opposition%20OR%20oil%20OR%20NATO&facets=none")).path("items")
                .forEach(hit -> found.add(hit.path("id").asLong()));
        assertThat(found).hasSize(3);

        HttpResponse<String> ndjson = api.get("/api/export/articles?q=opposition%20OR%20oil%20OR%20NATO");
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(ndjson.body().lines().map(line -> json(line).path("id").asLong()).toList()).isEqualTo(found);

        HttpResponse<String> csv = api.get("/api/export/articles?q=opposition%20OR%20oil%20OR%20NATO&format=csv"
                + "&location=central-asia");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"iwpr-articles.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(row -> row.get("title")).containsExactlyInAnyOrder(KAZAK, NATO);
        List<Long> csvIds = rows.stream().map(row -> Long.valueOf(row.get("id"))).toList();
        assertThat(csvIds).as("in the search's order").isEqualTo(found.stream().filter(csvIds::contains).toList());
        CSVRecord kazak = rows.stream().filter(row -> row.get("title").equals(KAZAK)).findFirst().orElseThrow();
        assertThat(kazak.get("authors").split("; ")).hasSize(2);
        assertThat(kazak.get("text")).contains("\n\n");

        // the whole archive as CSV, in id order, as the NDJSON export
        List<CSVRecord> everything = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(api.get("/api/export/articles?format=csv").body())).getRecords();
        assertThat(everything).hasSize((int) articles.count());
        assertThat(everything).extracting(row -> Long.valueOf(row.get("id"))).isSorted();

        // a query that cannot be read is refused before the file starts, not cut off within it
        HttpResponse<String> unreadable = api.get("/api/export/articles?q=%22opposition&format=csv");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(json(unreadable).path("type").asString()).isEqualTo("/problems/invalid-query");
        assertThat(api.get("/api/export/articles?format=xlsx").statusCode()).isEqualTo(400);
    }

    @Test
    void theWarcExportHoldsEverySnapshotAndReadsBackWithAWarcReader() throws Exception {
        String url = "https://iwpr.net/global-voices/kazakstan-oil-town-two-authors";
        byte[] page = Fixtures.bytes("kazakstan-oil-town-two-authors.html");
        assertThat(upload(url, page).statusCode()).isEqualTo(200); // the same bytes again: a revisit

        HttpResponse<byte[]> export = api.sendForBytes(HttpRequest.newBuilder(api.uri("/api/export/snapshots")).build());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).contains("application/warc");

        List<WarcRecord> records = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(export.body()))) {
            for (WarcRecord record : reader) {
                records.add(record);
                payloads.add(record.body().stream().readAllBytes());
            }
        }
        assertThat(records.get(0)).isInstanceOf(Warcinfo.class);
        assertThat(records).hasSize(1 + (int) snapshots.count());
        List<WarcResource> resources = records.stream().filter(WarcResource.class::isInstance)
                .map(WarcResource.class::cast).toList();
        List<WarcRevisit> revisits = records.stream().filter(WarcRevisit.class::isInstance)
                .map(WarcRevisit.class::cast).toList();
        assertThat(resources).hasSize((int) snapshots.count() - 1);
        assertThat(revisits).hasSize(1);

        WarcRevisit revisit = revisits.get(0);
        assertThat(revisit.target()).isEqualTo(url);
        assertThat(revisit.profile()).isEqualTo(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1);
        int original = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(revisit.refersTo().orElseThrow())) {
                original = i;
            }
        }
        assertThat(original).isPositive();
        assertThat(((WarcResource) records.get(original)).target()).isEqualTo(url);
        assertThat(payloads.get(original)).isEqualTo(page);
        assertThat(((WarcResource) records.get(original)).payloadDigest().orElseThrow().algorithm())
                .isEqualTo("sha256");
        // a revisit points at its original exactly: the same id, address and date as that record carries
        assertThat(revisit.headers().first("WARC-Refers-To-Date"))
                .isEqualTo(records.get(original).headers().first("WARC-Date"));
        assertThat(revisit.headers().first("WARC-Refers-To-Target-URI"))
                .isEqualTo(records.get(original).headers().first("WARC-Target-URI"));
        for (int i = 0; i < records.size(); i++) {
            WarcRecord record = records.get(i);
            // every record in the version the file claims, and every payload the one its digest names
            assertThat(record.version()).as(record.type()).isEqualTo(MessageVersion.WARC_1_1);
            if (record instanceof WarcResource resource) {
                WarcDigest digest = resource.payloadDigest().orElseThrow();
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payloads.get(i))))
                        .as(resource.target()).isEqualTo(digest.hex());
            }
        }

        long articleId = articles.findByCanonicalUrl(url).orElseThrow().getId();
        HttpResponse<byte[]> one = api.sendForBytes(HttpRequest.newBuilder(api.uri("/api/export/snapshots?article=" + articleId))
                .build());
        int count = 0;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(one.body()))) {
            for (WarcRecord record : reader) {
                count++;
            }
        }
        assertThat(count).isEqualTo(3); // warcinfo, the upload, the revisit
        assertThat(api.get("/api/export/snapshots?article=987654").statusCode()).isEqualTo(404);
    }

    @Test
    void deleteRemovesTheArticleFromTheDatabaseAndTheIndexButKeepsItsPages() throws Exception {
        String url = "https://iwpr.net/global-voices/delete-me-test";
        byte[] page = ("Delete Me: Quarantine of Zerafshan Orchards\n\nA short text about apricot orchards in "
                + "the Zerafshan valley.\n\nSource URL: <" + url + ">\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = api.send(HttpRequest.newBuilder(api.uri("/api/ingest/page?url="
                        + URLEncoder.encode(url, StandardCharsets.UTF_8))).header("Content-Type", "text/plain")
                .header(TestApiKey.HEADER, TestApiKey.VALUE).POST(HttpRequest.BodyPublishers.ofByteArray(page)).build());
        long id = json(created).path("article").path("id").asLong();
        long snapshotsBefore = snapshots.count();
        assertThat(json(api.get("/api/search?q=Zerafshan")).path("totalItems").asInt()).isEqualTo(1);

        HttpResponse<String> deleted = api.send(HttpRequest.newBuilder(api.uri("/api/articles/" + id))
                .header(TestApiKey.HEADER, TestApiKey.VALUE).DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api.get("/api/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/search?q=Zerafshan")).path("totalItems").asInt()).isZero();
        assertThat(articles.existsById(id)).isFalse();
        assertThat(snapshots.count()).isEqualTo(snapshotsBefore);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/articles/" + id)).header(TestApiKey.HEADER, TestApiKey.VALUE)
                .DELETE().build()).statusCode()).isEqualTo(404);
    }

    private List<String> titles(String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json(response).path("items").valueStream().map(i -> i.path("title").asString()).toList();
    }

    private HttpResponse<String> upload(String url, byte[] page) throws Exception {
        return api.upload(url, "text/html", page);
    }
}
