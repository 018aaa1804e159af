package org.iwprarchive.domain.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A person or organisation quoted in the reporting; one person quoted in many articles is one Source. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The key that merges spellings of one name across articles. */
    @Column(name = "normalized_name", nullable = false, unique = true)
    private String normalizedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @Column(name = "latest_role")
    private String latestRole;

    protected Source() {
    }

    public Source(String name, String normalizedName, SourceKind kind) {
        if (name == null || name.isBlank() || normalizedName == null || normalizedName.isBlank()) {
            throw new IllegalArgumentException("source name must not be blank");
        }
        this.name = name.strip();
        this.normalizedName = normalizedName;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Records the role the source was given most recently; a quotation without a role keeps the old one. */
    public void seenInRole(String role) {
        if (role != null && !role.isBlank()) {
            this.latestRole = role.strip();
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getLatestRole() {
        return latestRole;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Source source && Objects.equals(normalizedName, source.normalizedName));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(normalizedName);
    }
}
