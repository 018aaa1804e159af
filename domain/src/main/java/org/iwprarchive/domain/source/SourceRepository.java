package org.iwprarchive.domain.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByNormalizedName(String normalizedName);
}
