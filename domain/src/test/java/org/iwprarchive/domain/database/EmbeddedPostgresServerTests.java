package org.iwprarchive.domain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossARestartOverTheSameDirectory() throws SQLException {
        EmbeddedDatabaseProperties properties = properties();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            execute(server, "create table kept (word text); insert into kept values ('narcotics')");
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(properties);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl("iwpr"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("narcotics");
        }
    }

    @Test
    void refusesADirectoryThatAnotherRunningServerHolds() {
        EmbeddedDatabaseProperties properties = properties();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(properties)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("is in use by another running instance")
                    .hasMessageContaining(first.dataDirectory().toString());
        }
    }

    @Test
    void isDurableByDefault() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties());
             Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"))) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aDisposableServerSkipsTheFlushes() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties().disposable());
             Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"))) {
            assertThat(setting(connection, "fsync")).isEqualTo("off");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void startsOverADirectoryWhoseServerOutlivedAKilledService() throws Exception {
        Path pg = directory.resolve("pg");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerInAnotherProcess.class.getName(), pg.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(service.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the other process started its server").isEqualTo("ready");
        }
        service.destroyForcibly().waitFor(); // SIGKILL: nothing of the service's own shutdown runs
        assertThat(LeftoverPostmaster.runningIn(pg)).as("its server outlives it").isTrue();
        long leftover = LeftoverPostmaster.in(pg).orElseThrow().pid();

        long started = System.nanoTime();
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(properties());
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl("iwpr"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select word from kept")) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("acknowledged");
            assertThat(LeftoverPostmaster.in(pg).orElseThrow().pid()).as("a server of its own").isNotEqualTo(leftover);
        }
    }

    @Test
    void startsItsServerAgainWhenItDies() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.resolve("pg"), "iwpr",
                Duration.ofSeconds(60), true, Duration.ofMillis(200), 0);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            execute(server, "create table kept (word text); insert into kept values ('committed')");
            ProcessHandle postmaster = ProcessHandle.of(LeftoverPostmaster.in(server.dataDirectory()).orElseThrow()
                    .pid()).orElseThrow();
            postmaster.destroyForcibly(); // SIGKILL, as the out-of-memory killer would
            postmaster.onExit().get(10, TimeUnit.SECONDS);

            String word = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (word == null && System.nanoTime() < deadline) {
                try (Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"));
                     Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select word from kept")) {
                    word = rows.next() ? rows.getString(1) : "";
                } catch (SQLException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(word).isEqualTo("committed");
            assertThat(server.restarts()).isEqualTo(1);
        }
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainIdentifier() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
            assertThatThrownBy(() -> server.createDatabaseIfMissing("x; drop database postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(directory.resolve("pg"), "iwpr", Duration.ofSeconds(60));
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
