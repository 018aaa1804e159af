package org.iwprarchive.domain.location;

import java.util.List;
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

    /** The slugs of a place and of every place within it, at any depth; none when no place has the slug. */
    @Query(value = "with recursive within_place (id, slug) as ("
            + "select id, slug from location where slug = :slug "
            + "union select l.id, l.slug from location l join within_place w on l.parent_id = w.id) "
            + "select slug from within_place", nativeQuery = true)
    List<String> findSlugsWithin(String slug);
}
