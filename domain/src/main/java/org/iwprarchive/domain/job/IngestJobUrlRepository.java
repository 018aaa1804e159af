package org.iwprarchive.domain.job;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IngestJobUrlRepository extends JpaRepository<IngestJobUrl, Long> {

    List<IngestJobUrl> findTop64ByJobIdAndStatusOrderByIdAsc(Long jobId, IngestJobUrl.Status status);

    /**
     * Adds the addresses the job has not seen yet to its frontier, pending, in the order given: one statement for a
     * whole listing, sitemap or request, and safe when two workers find the same address at once.
     *
     * @return how many were new
     */
    @Modifying
    @Query(value = "insert into ingest_job_url (job_id, url, kind, depth, status, updated_at) "
            + "select :jobId, u.url, :kind, :depth, 'PENDING', :now "
            + "from unnest(cast(:urls as text[])) with ordinality as u(url, position) order by u.position "
            + "on conflict (job_id, url) do nothing", nativeQuery = true)
    int enqueue(long jobId, String[] urls, String kind, int depth, Instant now);

    long countByJobId(Long jobId);

    long countByJobIdAndStatus(Long jobId, IngestJobUrl.Status status);

    long countByJobIdAndKindAndStatus(Long jobId, IngestJobUrl.Kind kind, IngestJobUrl.Status status);

    List<IngestJobUrl> findByJobIdOrderByIdAsc(Long jobId);
}
