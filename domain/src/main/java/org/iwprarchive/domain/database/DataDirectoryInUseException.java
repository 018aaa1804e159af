package org.iwprarchive.domain.database;

import java.nio.file.Path;

/** Another running instance holds the embedded database directory. */
public class DataDirectoryInUseException extends IllegalStateException {

    public DataDirectoryInUseException(Path directory, Throwable cause) {
        super("The database directory " + directory + " is in use by another running instance of the service. "
                + "Stop that instance, or point this one at another directory with IWPR_DATABASE_EMBEDDED_DATA_DIRECTORY "
                + "(or at a PostgreSQL server with SPRING_DATASOURCE_URL).", cause);
    }
}
