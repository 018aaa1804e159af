package org.iwprarchive.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Why one URL of a job could not be ingested. */
@Embeddable
public record IngestJobError(@Column(nullable = false) String url,
                             @Column(nullable = false) String message,
                             @Column(nullable = false) Instant at) {
}
