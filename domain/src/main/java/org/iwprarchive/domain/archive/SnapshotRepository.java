package org.iwprarchive.domain.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SnapshotRepository extends JpaRepository<Snapshot, Long> {

    /**
     * The snapshots that hold the bytes of pages with these digests, where the archive has them: one query for
     * many pages, and without reading the bytes.
     */
    @Query(value = "select distinct on (sha256) sha256 as \"sha256\", id as \"id\" from snapshot "
            + "where sha256 = any(cast(:digests as text[])) and revisit_of is null order by sha256, id",
            nativeQuery = true)
    List<Original> findOriginals(String[] digests);

    /** The snapshot that keeps the bytes of pages with this digest. */
    interface Original {
        String getSha256();

        Long getId();
    }

    List<Snapshot> findByArticleIdOrderByFetchedAtDescIdDesc(Long articleId);

    /**
     * The validators of the latest fetch of each of these addresses that was fetched before, which make the next
     * fetch conditional: one query for many addresses, and without reading the archived bytes.
     */
    @Query(value = "select distinct on (requested_url) requested_url as \"url\", etag as \"etag\", "
            + "last_modified as \"lastModified\" from snapshot "
            + "where requested_url = any(cast(:urls as text[])) and origin = 'FETCH' "
            + "order by requested_url, fetched_at desc, id desc", nativeQuery = true)
    List<FetchValidators> findLatestValidators(String[] urls);

    /** What a conditional re-fetch of an address sends. */
    interface FetchValidators {
        String getUrl();

        String getEtag();

        String getLastModified();
    }

    /** The newest snapshot of each article, what a reparse reads. */
    Optional<Snapshot> findFirstByArticleIdOrderByFetchedAtDescIdDesc(Long articleId);

    /** The next snapshots after an id, in id order: a WARC export walks the archive with this. */
    List<Snapshot> findTop50ByIdGreaterThanOrderByIdAsc(long afterId);

    List<Snapshot> findTop50ByArticleIdAndIdGreaterThanOrderByIdAsc(long articleId, long afterId);

    /**
     * The newest snapshot of an address captured at or before a moment: the capture a web archive's revisit
     * record repeats.
     */
    @Query(value = "select * from snapshot where requested_url = ?1 and fetched_at <= ?2 "
            + "order by fetched_at desc, id desc limit 1", nativeQuery = true)
    Optional<Snapshot> findCapturedAtOrBefore(String url, Instant at);
}
