package org.iwprarchive.domain.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A subject tag such as "Human Rights" or "Conflict". */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    protected Topic() {
    }

    public Topic(String name, String slug) {
        if (name == null || name.isBlank() || slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("topic name and slug must not be blank");
        }
        this.name = name.strip();
        this.slug = slug.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Topic topic && Objects.equals(slug, topic.slug));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
