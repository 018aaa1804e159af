package org.iwprarchive.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.junit.jupiter.api.Test;

/**
 * Extraction throughput on one core over a ~100 KB article page. Not part of the test run; run it with
 * {@code ./mvnw -q -pl ingest -am test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints (recorded in docs/benchmarks.md).
 */
class ExtractionBenchmark {

    @Test
    void extractsA100KilobytePage() {
        byte[] page = hundredKilobytePage();
        ArticleParser parser = new ArticleParser();
        String url = "https://iwpr.net/global-voices/nato-looks-central-asia";
        ParsedArticle check = parser.parse(page, "text/html", url);
        assertThat(check.content().title()).isEqualTo("NATO Looks to Central Asia");

        run(parser, page, url, 3_000);                 // warm-up
        long[] result = run(parser, page, url, 10_000); // measured
        double seconds = result[1] / 1e9;
        System.out.printf("extraction: page %d bytes, %d pages in %.2f s on one thread = %.0f pages/s (%.1f MB/s)%n",
                page.length, result[0], seconds, result[0] / seconds, result[0] * (double) page.length / seconds / 1e6);
    }

    private static long[] run(ArticleParser parser, byte[] page, String url, long millis) {
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        long pages = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            sink += parser.parse(page, "text/html", url).content().paragraphs().size();
            pages++;
        }
        if (sink == 42) {
            System.out.println(); // keeps the work from being optimised away
        }
        return new long[] {pages, System.nanoTime() - start};
    }

    /**
     * The modern-template fixture grown to the size of a real IWPR page: the site's navigation menus, a
     * related-articles block and a longer body, as the live template carries around the article.
     */
    static byte[] hundredKilobytePage() {
        String html = new String(Fixtures.bytes("nato-looks-central-asia.html"), StandardCharsets.UTF_8);
        StringBuilder menu = new StringBuilder("<nav class=\"menu--main\"><ul>");
        for (int i = 0; i < 400; i++) {
            menu.append("<li class=\"menu-item\"><a href=\"/global-voices/topics/topic-").append(i)
                    .append("\" data-drupal-link-system-path=\"taxonomy/term/").append(i).append("\">Topic number ")
                    .append(i).append("</a></li>\n");
        }
        menu.append("</ul></nav>");
        StringBuilder related = new StringBuilder("<aside class=\"related\"><h2>Related</h2>");
        for (int i = 0; i < 120; i++) {
            related.append("<div class=\"views-row\"><a href=\"/global-voices/related-story-").append(i)
                    .append("\">A related story about Central Asia, number ").append(i)
                    .append("</a><p>A teaser sentence of the related story, as the listing shows it.</p></div>\n");
        }
        related.append("</aside>");
        String grown = html.replace("<header role=\"banner\">", "<header role=\"banner\">" + menu)
                .replace("</main>", related + "</main>");
        StringBuilder body = new StringBuilder();
        while (grown.length() + body.length() < 100_000) {
            body.append("<p>Analysts in Tashkent and Almaty said the security agreement would shape the region's "
                    + "relations with the alliance for years, and that the question of bases would return.</p>\n");
        }
        return grown.replace("<div class=\"field field--name-field-funding\">", body + "<div class=\"field field--name-field-funding\">")
                .getBytes(StandardCharsets.UTF_8);
    }
}
