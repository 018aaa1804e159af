package org.iwprarchive.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.quote.QuoteExtractor;
import org.junit.jupiter.api.Test;

/**
 * Extraction throughput on one core over a ~100 KB article page, and quotation finding over the labelled English
 * evaluation texts (what an import's readers do after it, per page). Not part of the test run; run it with
 * {@code ./mvnw -q -pl ingest -am test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints (recorded in docs/benchmarks.md).
 */
class ExtractionBenchmark {

    /** The time the measuring thread itself ran: what another program on a shared machine takes does not count. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        System.out.printf("extraction: page %d bytes, %d pages in %.2f s on one thread = %.0f pages/s (%.1f MB/s),"
                + " %.0f pages a CPU second%n", page.length, result[0], seconds, result[0] / seconds,
                result[0] * (double) page.length / seconds / 1e6, result[0] / (result[2] / 1e9));
    }

    /**
     * Extraction over the held-out template sets' pages (IWPR's templates of other eras, other editions, pages saved
     * by browsers and web archives), each with the address its set gives it: what an import of web archives meets,
     * where the modern template's selectors mostly find nothing.
     */
    @Test
    void extractsThePagesOfOtherTemplates() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int set = 1; set <= 40; set++) {
            String folder = "templates-holdout" + (set == 1 ? "" : "-" + set) + "/";
            try (var expected = getClass().getResourceAsStream("/fixtures/" + folder + "expected.tsv")) {
                if (expected == null) {
                    continue;
                }
                java.util.Map<String, String> addresses = new java.util.LinkedHashMap<>();
                for (String line : new String(expected.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cells = line.split("\t");
                    if (!line.startsWith("#") && cells.length >= 2) {
                        addresses.putIfAbsent(cells[0], cells[1].equals("-") ? null : cells[1]);
                    }
                }
                addresses.forEach((file, url) -> {
                    pages.add(Fixtures.bytes(folder + file));
                    urls.add(url);
                });
            }
        }
        assertThat(pages).hasSizeGreaterThan(20);
        ArticleParser parser = new ArticleParser();
        templates(parser, pages, urls, 3_000);                  // warm-up
        long[] result = templates(parser, pages, urls, 10_000); // measured
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        System.out.printf("templates: %d pages (%d KB in all), %d pages read in %.2f s on one thread = %.0f pages/s,"
                + " %.0f pages a CPU second%n", pages.size(), bytes / 1024, result[0], result[1] / 1e9,
                result[0] / (result[1] / 1e9), result[0] / (result[2] / 1e9));
    }

    private static long[] templates(ArticleParser parser, List<byte[]> pages, List<String> urls, long millis) {
        return timed(millis, pages.size(), i -> {
            try {
                return parser.parse(pages.get(i), "text/html", urls.get(i)).content().paragraphs().size();
            } catch (RuntimeException refused) {
                return 1; // a page its set expects to be refused costs its reading too
            }
        });
    }

    /**
     * Runs {@code work} over items 0 to {@code items - 1}, round after round, for {@code millis}: how many items were
     * done, in how many nanoseconds, and in how many of the measuring thread's CPU time. What the work returns is
     * summed, which keeps it from being optimised away.
     */
    private static long[] timed(long millis, int items, java.util.function.IntToLongFunction work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < items; i++) {
                sink += work.applyAsLong(i);
                done++;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        return new long[] {done, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    @Test
    void findsTheQuotationsOfTheLabelledTexts() throws IOException {
        List<List<String>> articles = new ArrayList<>();
        for (String folder : List.of("quotes/", "quotes/holdout/", "quotes/holdout-2/", "quotes/holdout-3/",
                "quotes/holdout-4/", "quotes/holdout-5/", "quotes/holdout-6/", "quotes/holdout-7/")) {
            for (int i = 1; i <= 40; i++) {
                String text = labelled(folder, i);
                if (text != null) {
                    articles.add(Arrays.stream(text.split("\n", 2)[1].split("\n\\s*\n")).map(String::strip)
                            .filter(p -> !p.isEmpty()).toList());
                }
            }
        }
        assertThat(articles).hasSizeGreaterThan(20);
        long words = articles.stream().flatMap(List::stream).mapToLong(p -> p.split("\\s+").length).sum();
        quotes(articles, 3_000);                  // warm-up
        long[] result = quotes(articles, 10_000); // measured
        double seconds = result[1] / 1e9;
        System.out.printf("quotes: %d texts (%d words), %d texts read in %.2f s on one thread = %.0f texts/s,"
                + " %.3f ms a text, %.1f us per 100 words, %.3f CPU ms a text%n", articles.size(), words, result[0],
                seconds, result[0] / seconds, seconds * 1000 / result[0], seconds * 1e6 / (result[0]
                        / (double) articles.size() * words / 100), result[2] / 1e6 / result[0]);
    }

    private static long[] quotes(List<List<String>> articles, long millis) {
        return timed(millis, articles.size(),
                i -> new QuoteExtractor().extract(articles.get(i), List.of("Staff Reporter")).size());
    }

    /** The labelled text of that number in the folder, whatever its name; null when there is none. */
    private static String labelled(String folder, int number) throws IOException {
        String prefix = String.format("%02d-", number);
        ClassLoader loader = ExtractionBenchmark.class.getClassLoader();
        try (var in = loader.getResourceAsStream(folder)) {
            if (in == null) {
                return null;
            }
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.startsWith(prefix) && name.endsWith(".txt")) {
                    try (var text = loader.getResourceAsStream(folder + name)) {
                        return new String(text.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }

    private static long[] run(ArticleParser parser, byte[] page, String url, long millis) {
        return timed(millis, 1, i -> parser.parse(page, "text/html", url).content().paragraphs().size());
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
