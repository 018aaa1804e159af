package org.iwprarchive.domain.job;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IngestJobRepository extends JpaRepository<IngestJob, Long> {
}
