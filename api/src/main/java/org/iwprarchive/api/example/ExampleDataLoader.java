package org.iwprarchive.api.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.ingest.archive.ArchivedPage;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives a new, empty archive one real IWPR article, so a first look in Swagger UI finds something. */
@Component
@Order(100)
class ExampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleDataLoader.class);
    static final String EXAMPLE_URL = "https://iwpr.net/global-voices/nato-looks-central-asia";
    private static final String EXAMPLE_RESOURCE = "/example/nato-looks-central-asia.txt";

    private final ExampleDataProperties properties;
    private final ArticleRepository articles;
    private final ArticleArchiver archiver;

    ExampleDataLoader(ExampleDataProperties properties, ArticleRepository articles, ArticleArchiver archiver) {
        this.properties = properties;
        this.articles = articles;
        this.archiver = archiver;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || articles.count() > 0) {
            return;
        }
        ArchivedPage page = archiver.archive(PageCapture.received(EXAMPLE_URL, "text/plain; charset=utf-8",
                exampleBytes(), SnapshotOrigin.EXAMPLE, Instant.now()));
        log.info("The archive was empty: added the example article {} (id {}). "
                + "Set iwpr.example-data.enabled=false to start empty.", EXAMPLE_URL, page.articleId());
    }

    private static byte[] exampleBytes() {
        try (InputStream in = ExampleDataLoader.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE_RESOURCE + " is missing from the application jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
