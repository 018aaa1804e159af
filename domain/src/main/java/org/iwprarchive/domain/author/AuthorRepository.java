package org.iwprarchive.domain.author;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    Optional<Author> findBySlug(String slug);

    /**
     * Creates the author unless one with the slug exists; safe when several transactions create the same
     * author at once (the later ones wait for the first and then do nothing).
     */
    @Modifying
    @Query(value = "insert into author (name, slug, created_at) values (:name, :slug, now()) on conflict (slug) do nothing",
            nativeQuery = true)
    int insertIfAbsent(String name, String slug);
}
