package org.iwprarchive.domain.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * A service stand-in for {@link EmbeddedPostgresServerTests}: starts the embedded server over the directory
 * given, writes a row, says so on standard output and waits to be killed.
 */
final class ServerInAnotherProcess {

    private ServerInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(Path.of(args[0]), "iwpr", Duration.ofSeconds(60)));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("iwpr"));
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (word text); insert into kept values ('acknowledged')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
