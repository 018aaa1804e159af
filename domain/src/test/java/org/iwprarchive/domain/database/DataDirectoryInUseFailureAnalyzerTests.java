package org.iwprarchive.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryInUseFailureAnalyzerTests {

    @Test
    void namesTheDirectoryAndTheWaysOut() {
        DataDirectoryInUseException held = new DataDirectoryInUseException(Path.of("/srv/iwpr/postgres"), null);

        FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer()
                .analyze(new IllegalStateException("context failed", held));

        assertThat(analysis.getDescription()).startsWith("The database directory /srv/iwpr/postgres is in use by "
                + "another running instance of the service.");
        assertThat(analysis.getAction()).contains("IWPR_DATA_DIRECTORY").contains("SPRING_DATASOURCE_URL");
    }
}
