package org.iwprarchive.domain.topic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    /** Creates the topic unless one with the slug exists; safe under concurrent creation of the same topic. */
    @Modifying
    @Query(value = "insert into topic (name, slug) values (:name, :slug) on conflict (slug) do nothing",
            nativeQuery = true)
    int insertIfAbsent(String name, String slug);
}
