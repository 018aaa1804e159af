package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The analyst interface's pages over plain HTTP, as a browser without JavaScript (or a reader's screen reader, or
 * a link checker) gets them: readable HTML with the answer in it, a policy that runs no script of the archive's
 * text, and every mistake in an address answered with a page that says what was wrong and the right status.
 */
// its own archive: the Russian article it adds would change what other tests' searches and exports find
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "iwpr.test.context=pages")
@DirtiesContext
class AnalystPagesIT {

    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Test
    void answersASearchInTheHtmlItselfUnderAPolicyThatRunsNoInlineScript() throws Exception {
        HttpResponse<String> page = api.get("/?q=narcotics&location=central-asia");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(page.body()).contains("<mark>narcotics</mark>", "NATO Looks to Central Asia",
                "Place: Central Asia", "href=\"/api/export/articles?q=narcotics&amp;location=central-asia&amp;format=csv\"");
        assertThat(page.body()).doesNotContain("<script>", "style=\"");
        assertThat(api.get("/api/search?q=narcotics").headers().firstValue("Content-Security-Policy"))
                .as("the API's answers keep their own headers").isEmpty();
    }

    @Test
    void servesTheAuthorPlaceAndSourcePagesAnArticleLinksTo() throws Exception {
        long id = ApiClient.json(api.get("/api/articles/lookup?url=https://iwpr.net/global-voices/nato-looks-central-asia"))
                .path("id").asLong();
        HttpResponse<String> article = api.get("/articles/" + id);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("href=\"/authors/saule-mukhametrakhimova\"", "href=\"/places/uzbekistan\"",
                "class=\"quotation\"", "/api/snapshots/");

        HttpResponse<String> author = api.get("/authors/saule-mukhametrakhimova");
        assertThat(author.statusCode()).isEqualTo(200);
        assertThat(author.body()).contains("Saule Mukhametrakhimova is IWPR", "NATO Looks to Central Asia");
        HttpResponse<String> region = api.get("/places/central-asia");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(region.body()).contains("Places within", "href=\"/places/uzbekistan\"", "NATO Looks to Central Asia");
        assertThat(api.get("/suggestions?q=kari").body()).contains("value=\"source:&quot;Islam Karimov&quot;\"");
    }

    @Test
    void findsARussianArticleInItsOwnWordsAndNarrowsByLanguage() throws Exception {
        String url = "https://iwpr.net/ru/global-voices/spor-o-vode-v-ferganskoi-doline";
        // 200 when the test of its editions archived it first
        assertThat(api.upload(url, "text/html", Fixtures.bytes("ru-fergana-water-dispute.html")).statusCode())
                .isIn(200, 201);
        JsonNode article = ApiClient.json(api.get("/api/articles/lookup?url=" + url));
        assertThat(article.path("language").asString()).as("the page says en; its text is Russian").isEqualTo("ru");
        // quoted by the Russian rules: «...», — сказал фермер Абдулла Каримов из Баткенской области
        assertThat(article.path("quotations").path(0).path("source").asString()).isEqualTo("Абдулла Каримов");
        assertThat(article.path("quotations").path(0).path("role").asString()).isEqualTo("фермер");

        // the text has "воды" and "воду"; the query asks for "вода"
        HttpResponse<String> found = api.get("/api/search?q=" + URLEncoder.encode("вода", StandardCharsets.UTF_8)
                + "&facets=lang");
        assertThat(found.body()).contains("Спор о воде в Ферганской долине", "\"value\":\"ru\",\"label\":\"Russian\"");
        JsonNode hit = ApiClient.json(found).path("items").path(0);
        assertThat(hit.path("language").asString()).isEqualTo("ru");
        // marked in the form the text has, not the one typed
        assertThat(hit.path("highlights").path("body").toString()).containsAnyOf("<mark>воды</mark>", "<mark>воду</mark>");
        HttpResponse<String> interfacePage = api.get("/?q=" + URLEncoder.encode("вода", StandardCharsets.UTF_8)
                + "&lang=ru");
        assertThat(interfacePage.statusCode()).isEqualTo(200);
        // "воде" marked for "вода"
        assertThat(interfacePage.body()).contains("Спор о <mark>воде</mark> в Ферганской долине", "Language: Russian",
                " · in Russian");
    }

    @Test
    void quotesAUkrainianArticleByTheUkrainianRules() throws Exception {
        String url = "https://iwpr.net/uk/global-voices/krymski-tatary";
        assertThat(api.upload(url, "text/plain", Fixtures.bytes("uk-print-view-crimea.txt")).statusCode())
                .isEqualTo(201);
        JsonNode article = ApiClient.json(api.get("/api/articles/lookup?url=" + url));
        assertThat(article.path("language").asString()).isEqualTo("uk");
        // «...», — сказала мешканка Бахчисарая, яка попросила не називати її імені.
        JsonNode quotation = article.path("quotations").path(0);
        assertThat(article.path("quotations").size()).isEqualTo(1);
        assertThat(quotation.path("source").asString()).isEqualTo("мешканка Бахчисарая");
        assertThat(quotation.path("sourceKind").asString()).isEqualTo("ANONYMOUS");
        assertThat(quotation.path("text").asString()).isEqualTo("Ми не знаємо, кого заберуть наступним");
    }

    @Test
    void quotesAnArabicArticleByTheArabicRules() throws Exception {
        String url = "https://iwpr.net/ar/global-voices/mzarew-dyr-alzwr";
        assertThat(api.upload(url, "text/plain", Fixtures.bytes("ar-print-view-deir-ezzor.txt")).statusCode())
                .isEqualTo(201);
        JsonNode article = ApiClient.json(api.get("/api/articles/lookup?url=" + url));
        assertThat(article.path("language").asString()).isEqualTo("ar");
        // a farmer by name and role, his next words by the verb alone, a body; not "يقول مزارعون" (a plural group)
        JsonNode quotations = article.path("quotations");
        assertThat(quotations.valueStream().map(q -> q.path("source").asString() + " / " + q.path("sourceKind")
                .asString() + " / " + q.path("kind").asString()).toList()).containsExactly(
                "حسان العبد / PERSON / INDIRECT", "حسان العبد / PERSON / DIRECT", "مديرية الزراعة / ORGANISATION / INDIRECT");
        assertThat(quotations.path(0).path("role").asString()).isEqualTo("مزارع من بلدة الشحيل");
        assertThat(quotations.path(1).path("text").asString()).isEqualTo("بعت نصف أرضي لأسدد ديون الموسم الماضي");
    }

    @Test
    void quotesADariPageByThePersianRules() throws Exception {
        String url = "https://iwpr.net/prs/global-voices/herat-flood";
        assertThat(api.upload(url, "text/html", Fixtures.bytes("prs-herat-flood.html")).statusCode()).isEqualTo(201);
        JsonNode article = ApiClient.json(api.get("/api/articles/lookup?url=" + url));
        // the page declares Dari by its ISO 639-3 code, which the service keeps
        assertThat(article.path("language").asString()).isEqualTo("prs");
        // a villager by name and role, his next words by "وی", a body; not "باشندگان قریه می‌گویند" (a plural group)
        JsonNode quotations = article.path("quotations");
        assertThat(quotations.valueStream().map(q -> q.path("source").asString() + " / " + q.path("sourceKind")
                .asString() + " / " + q.path("kind").asString()).toList()).containsExactly(
                "نورالله حیدری / PERSON / DIRECT", "نورالله حیدری / PERSON / INDIRECT",
                "ریاست مبارزه با حوادث هرات / ORGANISATION / INDIRECT");
        assertThat(quotations.path(0).path("role").asString()).isEqualTo("باشنده قریه سیاوشان");
        assertThat(quotations.path(0).path("text").asString()).isEqualTo("آب در یک شب همه چیز ما را با خود برد");
    }

    @Test
    void quotesAFrenchArticleByTheFrenchRules() throws Exception {
        String url = "https://iwpr.net/fr/global-voices/les-pecheurs-duvira";
        assertThat(api.upload(url, "text/plain", Fixtures.bytes("fr-print-view-uvira.txt")).statusCode())
                .isEqualTo(201);
        JsonNode article = ApiClient.json(api.get("/api/articles/lookup?url=" + url));
        assertThat(article.path("language").asString()).isEqualTo("fr");
        // a trader by name and role, the burgomaster named after his office; not "Les pêcheurs disent" (a group)
        JsonNode quotations = article.path("quotations");
        assertThat(quotations.valueStream().map(q -> q.path("source").asString() + " / " + q.path("role").asString()
                + " / " + q.path("kind").asString()).toList()).containsExactly(
                "Furaha Mwamini / une commerçante du quartier Kalundu / DIRECT",
                "Kiza Muhato / Le bourgmestre d'Uvira / INDIRECT");
        assertThat(quotations.path(0).path("text").asString())
                .isEqualTo("L'eau est entrée dans la maison en une seule nuit");
    }

    @Test
    void linksTheEditionsOfAReportBothWays() throws Exception {
        String russian = "https://iwpr.net/ru/global-voices/spor-o-vode-v-ferganskoi-doline";
        String english = "https://iwpr.net/global-voices/water-dispute-fergana-valley";
        // the Russian page links its English and Kyrgyz editions; the English page links none
        assertThat(api.upload(russian, "text/html", Fixtures.bytes("ru-fergana-water-dispute.html")).statusCode())
                .isIn(200, 201);
        assertThat(api.upload(english, "text/html", Fixtures.natoAt(english).getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(201);
        JsonNode ru = ApiClient.json(api.get("/api/articles/lookup?url=" + russian));
        JsonNode en = ApiClient.json(api.get("/api/articles/lookup?url=" + english));

        assertThat(ru.path("translations").size()).isEqualTo(2);
        assertThat(ru.path("translations").path(0).path("language").asString()).isEqualTo("en");
        assertThat(ru.path("translations").path(0).path("articleId").asLong()).isEqualTo(en.path("id").asLong());
        assertThat(ru.path("translations").path(1).path("language").asString()).isEqualTo("ky");
        assertThat(ru.path("translations").path(1).path("articleId").isNull()).as("not archived").isTrue();
        assertThat(en.path("translations").size()).as("found from the page that links it").isEqualTo(1);
        assertThat(en.path("translations").path(0).path("articleId").asLong()).isEqualTo(ru.path("id").asLong());
        assertThat(api.get("/articles/" + en.path("id").asLong()).body())
                .contains("Also in", "href=\"/articles/" + ru.path("id").asLong() + "\"", ">Russian</a>");

        // one report, so one hit, which names the other edition: the linking page was archived first
        long ruId = ru.path("id").asLong();
        long enId = en.path("id").asLong();
        JsonNode every = ApiClient.json(api.get("/api/search?facets=none&size=100&editions=all"));
        assertThat(every.path("items").valueStream().map(hit -> hit.path("id").asLong()).toList())
                .contains(ruId, enId);
        JsonNode one = ApiClient.json(api.get("/api/search?facets=none&size=100"));
        List<JsonNode> editions = one.path("items").valueStream()
                .filter(hit -> hit.path("id").asLong() == ruId || hit.path("id").asLong() == enId).toList();
        assertThat(editions).singleElement().satisfies(hit -> assertThat(hit.path("editions").path(0)
                .path("articleId").asLong()).isEqualTo(hit.path("id").asLong() == ruId ? enId : ruId));
        assertThat(one.path("totalItems").asLong()).isEqualTo(every.path("totalItems").asLong() - 1);
        assertThat(api.get("/").body()).contains(" · also in");
    }

    @Test
    void saysWhatIsWrongWithAnAddressOnAPageWithTheRightStatus() throws Exception {
        expect("/articles/987654", 404, "No article has the id 987654.");
        expect("/authors/nobody-at-all", 404, "No author has the slug &#39;nobody-at-all&#39;.");
        expect("/?q=%22drug+trafficking", 400, "The query cannot be read");
        expect("/?location=atlantis", 400, "atlantis");
        expect("/?from=yesterday", 400, "from cannot be &#39;yesterday&#39;: a date is written 2002-12-31.");
        expect("/?colour=red", 400, "colour is not a parameter of this operation");
        expect("/?sort=loudest", 400, "sort must be relevance, newest or oldest.");
        expect("/sources/abc", 400, "cannot be &#39;abc&#39;");
        expect("/?page=100000", 400, "page");
    }

    private void expect(String path, int status, String says) throws Exception {
        HttpResponse<String> page = api.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        assertThat(page.body()).as(path).contains(says).contains("<form").doesNotContain("Exception", "at org.");
    }
}
