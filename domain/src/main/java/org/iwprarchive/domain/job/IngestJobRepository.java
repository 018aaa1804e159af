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

    /**
     * Lets the calling transaction's commit return before PostgreSQL has written it to disk (its
     * {@code synchronous_commit} off until it ends). Only for a transaction that records with its writes how far its
     * job got: a crash may lose the last such transactions, each whole, with their record of progress, and the job
     * does their work again. PostgreSQL never applies part of one, nor one out of order.
     */
    @Query(value = "select set_config('synchronous_commit', 'off', true)", nativeQuery = true)
    String commitWithoutWaitingForDisk();
}
