package org.iwprarchive.domain.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByCanonicalUrl(String canonicalUrl);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();

    /**
     * Serialises archive writes until the calling transaction ends, so that concurrent requests for the same
     * article, author or place make one row, not a unique-key failure.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(7308761442)) as locked", nativeQuery = true)
    int lockArchiveWrites();
}
