package org.iwprarchive.domain.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByCanonicalUrl(String canonicalUrl);
}
