package org.iwprarchive.domain.location;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LocationRepository extends JpaRepository<Location, Long> {

    Optional<Location> findBySlug(String slug);

    /** Creates the place unless one with the slug exists; safe under concurrent creation of the same place. */
    @Modifying
    @Query(value = "insert into location (name, slug, kind) values (:name, :slug, :kind) on conflict (slug) do nothing",
            nativeQuery = true)
    int insertIfAbsent(String name, String slug, String kind);
}
