package org.iwprarchive.domain.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findByCanonicalUrl(String canonicalUrl);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();

    /**
     * Serialises the writes of one article (by its canonical URL) until the calling transaction ends, so that
     * concurrent ingests of the same article make one row and one version, while other articles go on.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(hashtextextended(:canonicalUrl, 7308761442))) as locked",
            nativeQuery = true)
    int lockArticle(String canonicalUrl);
}
