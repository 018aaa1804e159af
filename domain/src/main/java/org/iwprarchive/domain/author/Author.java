package org.iwprarchive.domain.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A writer of IWPR reporting, identified by the slug of their name. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    private String bio;

    @Column(name = "profile_url")
    private String profileUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Author() {
    }

    public Author(String name, String slug) {
        this.name = requireText(name, "name");
        this.slug = requireText(slug, "slug");
        this.createdAt = Instant.now();
    }

    /** Keeps what a newer page says about the author; a page that says nothing erases nothing. */
    public void describe(String bio, String profileUrl) {
        if (bio != null && !bio.isBlank()) {
            this.bio = bio.strip();
        }
        if (profileUrl != null && !profileUrl.isBlank()) {
            this.profileUrl = profileUrl.strip();
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("author " + what + " must not be blank");
        }
        return value.strip();
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

    public String getBio() {
        return bio;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Author author && Objects.equals(slug, author.slug));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
