package org.iwprarchive.domain.job;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface IngestJobRepository extends JpaRepository<IngestJob, Long> {

    List<IngestJob> findByStatusInOrderByIdAsc(List<IngestJobStatus> statuses);

    /** The job, locked until the transaction ends, so that workers counting on it in parallel lose no count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from IngestJob j where j.id = :id")
    Optional<IngestJob> findByIdForUpdate(Long id);
}
