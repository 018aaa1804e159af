package org.iwprarchive;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the search module's integration tests start: the domain and search modules, nothing
 * else. It sits at the root package, as the real application does, so entities and repositories are found.
 */
@SpringBootApplication
public class SearchTestApplication {
}
