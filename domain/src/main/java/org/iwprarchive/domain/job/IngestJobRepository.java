package org.iwprarchive.domain.job;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IngestJobRepository extends JpaRepository<IngestJob, Long> {

    List<IngestJob> findByStatusInOrderByIdAsc(List<IngestJobStatus> statuses);
}
