package org.iwprarchive.domain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
    void refusesADatabaseNameThatIsNotAPlainIdentifier() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
            assertThatThrownBy(() -> server.createDatabaseIfMissing("x; drop database postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(directory.resolve("pg"), "iwpr", Duration.ofSeconds(60));
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
