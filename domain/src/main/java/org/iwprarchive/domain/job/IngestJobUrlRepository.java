package org.iwprarchive.domain.job;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IngestJobUrlRepository extends JpaRepository<IngestJobUrl, Long> {

    List<IngestJobUrl> findTop64ByJobIdAndStatusOrderByIdAsc(Long jobId, IngestJobUrl.Status status);

    boolean existsByJobIdAndUrl(Long jobId, String url);

    long countByJobId(Long jobId);

    long countByJobIdAndStatus(Long jobId, IngestJobUrl.Status status);

    long countByJobIdAndKindAndStatus(Long jobId, IngestJobUrl.Kind kind, IngestJobUrl.Status status);

    List<IngestJobUrl> findByJobIdOrderByIdAsc(Long jobId);
}
