package org.iwprarchive.domain.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SnapshotRepository extends JpaRepository<Snapshot, Long> {

    /** The snapshot that holds the bytes of a page with this digest, if the archive has one. */
    Optional<Snapshot> findFirstBySha256AndRevisitOfIsNullOrderByIdAsc(String sha256);

    List<Snapshot> findByArticleIdOrderByFetchedAtDescIdDesc(Long articleId);

    /** The latest fetch of an address, whose validators make the next fetch conditional. */
    Optional<Snapshot> findFirstByRequestedUrlAndOriginOrderByFetchedAtDescIdDesc(String requestedUrl,
                                                                                  SnapshotOrigin origin);

    /** The newest snapshot of each article, what a reparse reads. */
    Optional<Snapshot> findFirstByArticleIdOrderByFetchedAtDescIdDesc(Long articleId);

    /** The next snapshots after an id, in id order: a WARC export walks the archive with this. */
    List<Snapshot> findTop50ByIdGreaterThanOrderByIdAsc(long afterId);

    List<Snapshot> findTop50ByArticleIdAndIdGreaterThanOrderByIdAsc(long articleId, long afterId);
}
