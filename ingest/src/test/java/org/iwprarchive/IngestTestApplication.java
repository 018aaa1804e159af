package org.iwprarchive;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain and ingest modules alone, at the root package as the real application is. */
@SpringBootApplication
class IngestTestApplication {
}
