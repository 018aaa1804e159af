package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.iwprarchive.SearchTestApplication;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.opensearch.OpenSearchTestNode;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the service, one PostgreSQL database and one OpenSearch index, coordinated through the outbox
 * table: what one instance writes the other finds, each change is taken from the outbox once, and a rebuild on one
 * instance leaves the other answering from a whole index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(20);

    private String database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstances() {
        database = TestDatabase.newDatabase();
        String prefix = "two-instances-" + ProcessHandle.current().pid() + "-";
        first = start("first", database, prefix, "outbox-polling");
        second = start("second", database, prefix, "outbox-polling");
    }

    @Test
    void anArchiveMovesToAnEmptyClusterByStartingAnInstanceOnIt() {
        inTransaction(first, () -> articles(first).save(article("moved", "Snow in the Pamirs",
                "The road to Khorog closed for a week.")));
        long inDatabase = inTransaction(first, () -> articles(first).count());

        // as an archive kept in a Lucene index until now starts with the OpenSearch backend: its index is empty
        // (one instance, not coordinated with the others: instances coordinated through one database share one index)
        try (ConfigurableApplicationContext moved = start("moved", database,
                "moved-" + ProcessHandle.current().pid() + "-", "none")) {
            assertThat(total(moved, "")).isEqualTo(inDatabase);
            assertThat(total(moved, "khorog")).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String name, String database, String prefix,
                                                        String coordination) {
        return new SpringApplicationBuilder(SearchTestApplication.class).properties(Map.of(
                "spring.application.name", "instance-" + name,
                "spring.datasource.url", database,
                "spring.datasource.username", "postgres",
                "iwpr.search.index-directory", TestDatabase.newIndexDirectory().toString(),
                "iwpr.search.backend", "opensearch",
                "iwpr.search.opensearch.uris", OpenSearchTestNode.shared().uri().toString(),
                "iwpr.search.opensearch.index-prefix", prefix,
                "iwpr.search.coordination", coordination,
                // what is tested is which answers come, not how soon: a node slowed by a busy machine is not refused
                "iwpr.search.query-timeout", "30s")).run();
    }

    @AfterAll
    void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void whatOneInstanceWritesTheOtherFindsAndEachChangeIsTakenOnce() {
        long id = inTransaction(first, () -> articles(first).save(article("outbox-one", "Border talks in Fergana",
                "Officials from three countries met on the border.")).getId());

        awaitTrue(() -> total(second, "fergana") == 1);

        inTransaction(second, () -> {
            Article article = articles(second).findById(id).orElseThrow();
            article.revise(new ArticleContent("Border talks in Osh", null,
                    List.of("Officials from three countries met on the border."), LocalDate.of(2024, 3, 1), "en"),
                    Instant.now());
            return article;
        });
        awaitTrue(() -> total(first, "osh") == 1 && total(first, "fergana") == 0);

        inTransaction(first, () -> {
            articles(first).deleteById(id);
            return null;
        });
        awaitTrue(() -> total(second, "border") == 0);
        // every change was taken from the outbox: none waits and none was given up
        JdbcTemplate sql = new JdbcTemplate(first.getBean(DataSource.class));
        awaitTrue(() -> sql.queryForObject("select count(*) from hsearch_outbox_event", Long.class) == 0);
    }

    @Test
    void aRebuildOnOneInstanceLeavesTheOtherAnsweringFromAWholeIndex() {
        int count = 120;
        inTransaction(first, () -> {
            for (int i = 0; i < count; i++) {
                articles(first).save(article("rebuild-" + i, "Water dispute " + i,
                        "Farmers along the canal argued about water."));
            }
            return null;
        });
        awaitTrue(() -> total(second, "canal") == count);
        // an article gone from the database without a word to the index (as if deleted by hand)
        JdbcTemplate sql = new JdbcTemplate(first.getBean(DataSource.class));
        long gone = inTransaction(first, () -> articles(first).findAll().stream()
                .filter(a -> a.getSlug().equals("rebuild-0")).findFirst().orElseThrow().getId());
        sql.update("delete from article where id = ?", gone);

        List<Long> totalsDuringRebuild = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> first.getBean(SearchIndexer.class).rebuild());
        while (!rebuild.isDone()) {
            try {
                totalsDuringRebuild.add(total(second, "canal"));
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
        rebuild.join();

        assertThat(failures).hasValue(0);
        assertThat(totalsDuringRebuild).isNotEmpty().allSatisfy(total -> assertThat(total).isBetween(
                (long) count - 1, (long) count));
        awaitTrue(() -> total(second, "canal") == count - 1);
        assertThat(first.getBean(SearchIndexer.class).progress().error()).isNull();
    }

    private static Article article(String slug, String title, String paragraph) {
        return new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, null, List.of(paragraph), LocalDate.of(2024, 3, 1), "en"), Instant.now());
    }

    private static ArticleRepository articles(ConfigurableApplicationContext instance) {
        return instance.getBean(ArticleRepository.class);
    }

    private static <T> T inTransaction(ConfigurableApplicationContext instance, java.util.function.Supplier<T> work) {
        return instance.getBean(TransactionTemplate.class).execute(status -> work.get());
    }

    private static long total(ConfigurableApplicationContext instance, String text) {
        return instance.getBean(ArticleSearchService.class).search(ArticleQuery.text(text, 0, 10)).total();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so within " + INDEXED_WITHIN);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
