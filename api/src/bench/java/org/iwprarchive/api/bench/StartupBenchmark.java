package org.iwprarchive.api.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.iwprarchive.domain.database.EmbeddedDatabaseProperties;
import org.iwprarchive.domain.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How long the service built by this module takes to be ready (readiness UP: the start-up index check done, the
 * service taking traffic) in the starts an operator meets: the first one on an empty directory, the first over an
 * archive whose index must be built, a restart with a current index, and a restart after the service was killed
 * with SIGKILL. The archive is the search benchmark's generated corpus ({@code -Dbench.articles}, default
 * 100,000), loaded straight into the service's own embedded PostgreSQL. The service is the packaged jar, started as
 * the README says, so the figures include the JVM's own start.
 */
class StartupBenchmark {

    private static final Path JAR = Path.of("target", "iwpr-archive.jar").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void measuresTheStartsAnOperatorMeets() throws Exception {
        int articles = Integer.getInteger("bench.articles", 100_000);
        Path data = Path.of("target", "startup-bench").toAbsolutePath();
        deleteRecursively(data);

        Started first = start(data);
        report("first start, empty directory", first);
        first.stop();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(data.resolve("postgres"), "iwpr", Duration.ofSeconds(60)))) {
            long t0 = System.nanoTime();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl("iwpr")));
            new SyntheticCorpus(jdbc, 42, SyntheticCorpus.Vocabulary.NEWS).load(articles);
            jdbc.execute("vacuum analyze");
            System.out.printf(Locale.ROOT, "startup-bench: loaded %,d articles in %.1f s%n", articles,
                    (System.nanoTime() - t0) / 1e9);
        }

        Started building = start(data);
        report("first start over " + articles + " articles (index built)", building);
        building.stop();

        for (int i = 1; i <= 2; i++) {
            Started restart = start(data);
            report("restart " + i + ", index current", restart);
            restart.stop();
        }

        Started killed = start(data);
        killed.process().destroyForcibly().waitFor();
        Started afterCrash = start(data);
        report("restart after SIGKILL", afterCrash);
        afterCrash.stop();
    }

    private record Started(Process process, long millis, Path log) {
        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private Started start(Path data) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("startup-bench", ".log");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--server.port=" + port, "--iwpr.data-directory=" + data,
                "--iwpr.ingest.run-jobs=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended during its start; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return new Started(process, (System.nanoTime() - t0) / 1_000_000, log);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within 10 minutes; see " + log);
    }

    private static void report(String what, Started started) throws IOException {
        List<String> lines = Files.readAllLines(started.log());
        String springStart = lines.stream().filter(line -> line.contains("Started IwprArchiveApplication"))
                .map(line -> line.replaceAll(".*(Started IwprArchiveApplication in [0-9.]+ seconds).*", "$1"))
                .findFirst().orElse("");
        String index = lines.stream().filter(line -> line.contains("search index"))
                .map(line -> line.replaceAll(".*(The search index|Rebuilt the search index)", "$1"))
                .reduce((a, b) -> b).orElse("");
        System.out.printf(Locale.ROOT, "startup-bench: %-48s ready in %6.1f s  (%s; %s)%n", what,
                started.millis() / 1000.0, springStart, index);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
