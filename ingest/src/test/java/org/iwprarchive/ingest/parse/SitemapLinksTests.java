package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SitemapLinksTests {

    private static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://iwpr.net/sitemap.xml?page=1</loc></sitemap>
              <sitemap><loc>https://iwpr.net/sitemap.xml?page=2</loc></sitemap>
            </sitemapindex>
            """;
    private static final String PAGES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://iwpr.net/global-voices/old</loc><lastmod>2004-03-01</lastmod></url>
              <url><loc>https://iwpr.net/global-voices/new</loc><lastmod>2021-06-15T10:00:00+00:00</lastmod></url>
              <url><loc>https://iwpr.net/global-voices/undated</loc></url>
            </urlset>
            """;

    @Test
    void readsTheSitemapsOfAnIndex() {
        SitemapLinks links = SitemapLinks.of(bytes(INDEX), "application/xml", "https://iwpr.net/sitemap.xml");

        assertThat(links.sitemaps()).containsExactly("https://iwpr.net/sitemap.xml?page=1",
                "https://iwpr.net/sitemap.xml?page=2");
        assertThat(links.pages()).isEmpty();
    }

    @Test
    void readsThePagesOfASitemapWithTheDayTheyLastChanged() {
        SitemapLinks links = SitemapLinks.of(bytes(PAGES), "application/xml", "https://iwpr.net/sitemap.xml?page=1");

        assertThat(links.pages()).containsExactly(
                new SitemapLinks.Page("https://iwpr.net/global-voices/old", LocalDate.of(2004, 3, 1)),
                new SitemapLinks.Page("https://iwpr.net/global-voices/new", LocalDate.of(2021, 6, 15)),
                new SitemapLinks.Page("https://iwpr.net/global-voices/undated", null));
        assertThat(links.pagesSince(LocalDate.of(2020, 1, 1))).containsExactly(
                "https://iwpr.net/global-voices/new", "https://iwpr.net/global-voices/undated");
        assertThat(links.pagesSince(null)).hasSize(3);
    }

    @Test
    void refusesWhatIsNotASitemap() {
        assertThatThrownBy(() -> SitemapLinks.of(bytes("<html><body>no</body></html>"), "text/html",
                "https://iwpr.net/sitemap.xml")).isInstanceOf(UnparseablePageException.class)
                .hasMessageStartingWith("the sitemap cannot be read");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
