package org.iwprarchive.domain.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    List<ArticleVersion> findByArticleIdOrderByVersionDesc(Long articleId);

    Optional<ArticleVersion> findByArticleIdAndVersion(Long articleId, int version);
}
