package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class WaybackPagesTests {

    private static final String NATO = "https://iwpr.net/global-voices/nato-looks-central-asia";
    private static final String STAMP = "20100318103000";
    private static final Instant CAPTURED = Instant.parse("2010-03-18T10:30:00Z");

    private final ArticleParser parser = new ArticleParser();

    /** The NATO page as the Wayback Machine serves it: addresses rewritten, its scripts, toolbar and banner added. */
    private static byte[] asWaybackServesIt() {
        String page = new String(Fixtures.bytes("nato-looks-central-asia.html"), StandardCharsets.UTF_8)
                .replace("href=\"https://iwpr.net/", "href=\"https://web.archive.org/web/" + STAMP + "/https://iwpr.net/")
                .replace("content=\"https://iwpr.net/", "content=\"https://web.archive.org/web/" + STAMP
                        + "/https://iwpr.net/")
                .replace("href=\"/", "href=\"/web/" + STAMP + "/https://iwpr.net/")
                .replace("src=\"/", "src=\"/web/" + STAMP + "im_/https://iwpr.net/")
                .replace("<head>", "<head><script src=\"//archive.org/includes/athena.js\"></script>"
                        + "<script>__wm.init(\"https://web.archive.org/web\");</script>"
                        + "<link rel=\"stylesheet\" href=\"https://web.archive.org/_static/css/banner-styles.css\"/>"
                        + "<script>__wm.wombat(\"" + NATO + "\",\"" + STAMP + "\",\"https://web.archive.org/\","
                        + "\"web\",\"/_static/\",\"1268908200\");</script>"
                        + "<!-- End Wayback Rewrite JS Include -->");
        int body = page.indexOf('>', page.indexOf("<body")) + 1;
        return (page.substring(0, body) + "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><div "
                + "id=\"wm-ipp\"><p>The Wayback Machine - https://web.archive.org/web/" + STAMP + "/" + NATO + "</p>"
                + "<table><tr><td><a href=\"/web/20100301000000*/" + NATO + "\">142 captures</a></td></tr></table>"
                + "</div></div><div id=\"wm-ipp-print\">The Wayback Machine</div><p>Toolbar remnant</p>"
                + "<!-- END WAYBACK TOOLBAR INSERT -->" + page.substring(body)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageSavedFromTheWaybackMachineYieldsTheOriginalArticleAtItsCaptureTime() {
        ParsedArticle original = parser.parse(Fixtures.bytes("nato-looks-central-asia.html"), "text/html", null);

        for (String given : new String[] {null, "https://web.archive.org/web/" + STAMP + "/" + NATO}) {
            ParsedArticle saved = parser.parse(asWaybackServesIt(), "text/html", given);

            assertThat(saved.canonicalUrl()).isEqualTo(NATO);
            assertThat(saved.content()).isEqualTo(original.content());
            assertThat(saved.authors()).isEqualTo(original.authors());
            assertThat(saved.locations()).isEqualTo(original.locations());
            assertThat(saved.topics()).isEqualTo(original.topics());
            assertThat(saved.capturedAt()).isEqualTo(CAPTURED);
            assertThat(saved.fieldRules()).containsEntry("capturedAt", "wayback:timestamp");
        }
        assertThat(original.capturedAt()).isNull();
    }

    @Test
    void readsWaybackAddressesInTheirForms() {
        Map<String, WaybackPages.Capture> forms = Map.of(
                "https://web.archive.org/web/20100318103000/https://iwpr.net/a?b=1",
                new WaybackPages.Capture("https://iwpr.net/a?b=1", CAPTURED),
                "http://web.archive.org/web/20100318103000id_/http://www.iwpr.net/a",
                new WaybackPages.Capture("http://www.iwpr.net/a", CAPTURED),
                "/web/2010im_/https:/iwpr.net/logo.png",
                new WaybackPages.Capture("https://iwpr.net/logo.png", Instant.parse("2010-01-01T00:00:00Z")),
                "https://wayback.example.org/web/20100318/iwpr.net/a",
                new WaybackPages.Capture("http://iwpr.net/a", Instant.parse("2010-03-18T00:00:00Z")),
                // pywb's collections: Archive-It's, a national library's
                "https://wayback.archive-it.org/2135/20100318103000/https://iwpr.net/a",
                new WaybackPages.Capture("https://iwpr.net/a", CAPTURED),
                "https://www.webarchive.org.uk/wayback/archive/20100318103000mp_/https://iwpr.net/a",
                new WaybackPages.Capture("https://iwpr.net/a", CAPTURED));
        forms.forEach((address, capture) -> assertThat(WaybackPages.address(address)).as(address).contains(capture));

        assertThat(WaybackPages.address("https://iwpr.net/web/2010/annual-report")).isEmpty();
        assertThat(WaybackPages.address("https://iwpr.net/global-voices/2015/kyrgyz-teachers")).isEmpty();
        assertThat(WaybackPages.address("https://iwpr.net/global-voices/a")).isEmpty();
        assertThat(WaybackPages.address(null)).isEmpty();
    }

    @Test
    void looksThroughTheMarkupOnlyOfPagesThatCanBeWaybackPages() {
        assertThat(WaybackPages.mayBeIn(new String(Fixtures.bytes("nato-looks-central-asia.html"),
                StandardCharsets.UTF_8), NATO)).isFalse();
        assertThat(WaybackPages.mayBeIn("<a href=\"/global-voices/2015-report\">2015</a> <p>12/2015 a/b</p>", null))
                .isFalse();
        for (String address : new String[] {"/web/20100318103000/https://iwpr.net/a", "/web/2010im_/https:/iwpr.net/l",
                "https://wayback.archive-it.org/2135/20100318103000/https://iwpr.net/a",
                "/web/20100318103000*/https://iwpr.net/a"}) {
            assertThat(WaybackPages.mayBeIn("<p><a href=\"" + address + "\">a</a></p>", null)).as(address).isTrue();
        }
        assertThat(WaybackPages.mayBeIn("<script>wbinfo.timestamp = \"2010\";</script>", null)).isTrue();
        assertThat(WaybackPages.mayBeIn("<p>a</p>", "https://web.archive.org/web/" + STAMP + "/" + NATO)).isTrue();
        assertThat(asWaybackServesIt()).satisfies(page -> assertThat(WaybackPages.mayBeIn(
                new String(page, StandardCharsets.UTF_8), null)).isTrue());
    }
}
