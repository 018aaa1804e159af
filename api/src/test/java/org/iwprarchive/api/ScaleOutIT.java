package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.iwprarchive.IwprArchiveApplication;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.iwprarchive.opensearch.OpenSearchTestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service over HTTP, as docker-compose.scale-out.yml runs them: one PostgreSQL, one OpenSearch
 * node, outbox-polling coordination. A fetch job started on one instance goes on when that instance stops or dies,
 * the other takes it over and finishes it, and every page it archived, on either instance, is found by searches on
 * the one left. The instance that dies is the packaged jar in a process of its own, killed with SIGKILL.
 */
class ScaleOutIT {

    private static final int PAGES = 40;
    private static final Duration WITHIN = Duration.ofSeconds(60);
    /** A whole service started in a JVM of its own, on a machine whose two cores other tests may be using. */
    private static final Duration STARTING = Duration.ofSeconds(180);

    @TempDir
    Path directory;

    @Test
    void aJobGoesOnWhenItsInstanceIsKilledAndWhatItArchivedIsFoundOnTheOther() throws Exception {
        String database = TestDatabase.newDatabase();
        String prefix = "scale-out-killed-" + ProcessHandle.current().pid() + "-";
        try (FixtureSite site = slowSite()) {
            int port = OpenSearchTestNode.freePort();
            Process first = startProcess("first", database, prefix, port);
            ConfigurableApplicationContext second = null;
            try {
                ApiClient one = new ApiClient(() -> port);
                awaitTrue(() -> status(one, "/actuator/health/readiness") == 200, STARTING);
                String job = submit(one, site);
                awaitTrue(() -> done(one, job) >= 2);
                first.destroyForcibly().waitFor();

                // the claim the dead instance no longer renews runs out, and the job is the other's
                second = start("second", database, prefix);
                ApiClient two = client(second);
                assertThat(json(two.get(job)).path("done").asInt()).as("pages archived before the first died")
                        .isLessThan(PAGES);
                JsonNode finished = two.awaitFinished(job);
                assertThat(finished.path("status").asString()).isEqualTo("SUCCEEDED");
                assertThat(finished.path("done").asInt()).isEqualTo(PAGES);
                awaitTrue(() -> total(two, "reservoir") == PAGES);
            } finally {
                if (second != null) {
                    second.close();
                }
                first.destroyForcibly().waitFor();
            }
        }
    }

    /** The packaged service (the jar the build made before its integration tests) in a JVM of its own. */
    private Process startProcess(String name, String database, String prefix, int port) throws Exception {
        Path jar = Path.of("target", "iwpr-archive.jar");
        assertThat(jar).as("the packaged service").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--iwpr.security.api-key=" + TestApiKey.VALUE,
                "--iwpr.rate-limits.ingest.capacity=100000", "--iwpr.rate-limits.search.capacity=100000"));
        command.addAll(arguments(name, database, prefix));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile()).start();
    }

    private static String submit(ApiClient api, FixtureSite site) throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            urls.add("\"" + site.url("/global-voices/scale-out-" + i) + "\"");
        }
        HttpResponse<String> accepted = api.post("/api/ingest", "application/json",
                ("{\"urls\": [" + String.join(", ", urls) + "]}").getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).isEqualTo(202);
        return accepted.headers().firstValue("Location").orElseThrow();
    }

    private static int status(ApiClient api, String path) {
        try {
            return api.get(path).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aJobGoesOnWhenItsInstanceStopsAndWhatItArchivedIsFoundOnTheOther() throws Exception {
        String database = TestDatabase.newDatabase();
        String prefix = "scale-out-" + ProcessHandle.current().pid() + "-";
        try (FixtureSite site = slowSite()) {
            ConfigurableApplicationContext first = start("first", database, prefix);
            ConfigurableApplicationContext second = null;
            try {
                ApiClient one = client(first);
                String job = submit(one, site);
                awaitTrue(() -> done(one, job) >= 2);

                second = start("second", database, prefix);
                ApiClient two = client(second);
                int doneByFirst = done(one, job);
                assertThat(doneByFirst).as("pages the first instance archived before it stopped").isLessThan(PAGES);
                first.close();

                JsonNode finished = two.awaitFinished(job);
                assertThat(finished.path("status").asString()).isEqualTo("SUCCEEDED");
                assertThat(finished.path("done").asInt()).isEqualTo(PAGES);
                JdbcTemplate sql = new JdbcTemplate(second.getBean(DataSource.class));
                assertThat(sql.queryForObject("select claimed_by from ingest_job where id = ?", String.class,
                        Long.parseLong(job.substring(job.lastIndexOf('/') + 1)))).isIn("second", null);
                // the pages of both instances, in the one index, through the outbox
                awaitTrue(() -> total(two, "reservoir") == PAGES);
                assertThat(sql.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero();
            } finally {
                if (second != null) {
                    second.close();
                }
                first.close();
            }
        }
    }

    /** Forty article pages, each served after 300 ms, so that the job is under way when its instance stops. */
    private static FixtureSite slowSite() {
        FixtureSite site = FixtureSite.iwpr();
        site.routeUnder("/global-voices/scale-out-", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String path = exchange.getRequestURI().getPath();
            String title = "Reservoir dispute " + path.substring(path.lastIndexOf('-') + 1);
            FixtureSite.send(exchange, 200, "text/html; charset=utf-8", ("<html><head><title>" + title
                    + "</title><link rel=\"canonical\" href=\"https://iwpr.net" + path + "\"></head><body><article>"
                    + "<h1>" + title + "</h1><p>Farmers below the reservoir say the water is released too late for "
                    + "their fields, and officials upstream say the dam needs repairs.</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        });
        return site;
    }

    private ConfigurableApplicationContext start(String name, String database, String prefix) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        arguments.addAll(arguments(name, database, prefix));
        return new SpringApplicationBuilder(IwprArchiveApplication.class).run(arguments.toArray(String[]::new));
    }

    /** What every instance of the test is started with: the shared database and index, a short claim lease. */
    private List<String> arguments(String name, String database, String prefix) {
        return List.of("--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--iwpr.search.index-directory=" + directory.resolve(name + "-index"),
                "--iwpr.example-data.enabled=false",
                "--iwpr.search.backend=opensearch", "--iwpr.search.opensearch.uris=" + OpenSearchTestNode.shared().uri(),
                "--iwpr.search.opensearch.index-prefix=" + prefix, "--iwpr.search.coordination=outbox-polling",
                "--iwpr.ingest.instance-id=" + name, "--iwpr.ingest.claim-lease=3s",
                "--iwpr.fetch.allowed-hosts=127.0.0.1:*", "--iwpr.fetch.allow-private-addresses=true",
                "--iwpr.fetch.politeness-delay=0s");
    }

    private static ApiClient client(ConfigurableApplicationContext instance) {
        return new ApiClient(() -> Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0")));
    }

    private static int done(ApiClient api, String job) {
        try {
            return json(api.get(job)).path("done").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(ApiClient api, String text) {
        try {
            return json(api.get("/api/search?q=" + text + "&facets=none")).path("totalItems").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        awaitTrue(condition, WITHIN);
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within " + within).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
