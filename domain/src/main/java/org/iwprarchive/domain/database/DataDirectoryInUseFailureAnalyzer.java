package org.iwprarchive.domain.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a held database directory into Spring Boot's short start-up failure report instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other instance, or start this one with another IWPR_DATA_DIRECTORY "
                        + "(or IWPR_DATABASE_EMBEDDED_DATA_DIRECTORY), or use a PostgreSQL server through "
                        + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                cause);
    }
}
