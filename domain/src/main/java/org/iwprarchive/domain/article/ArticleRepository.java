package org.iwprarchive.domain.article;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByCanonicalUrl(String canonicalUrl);

    @EntityGraph(attributePaths = {"authors"})
    @Query("select a from Article a")
    Page<Article> findPage(Pageable pageable);
}
