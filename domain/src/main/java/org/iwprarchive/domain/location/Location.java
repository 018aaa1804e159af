package org.iwprarchive.domain.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A place tag (region, country, city), possibly inside a larger one. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LocationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Location parent;

    private String url;

    protected Location() {
    }

    public Location(String name, String slug, LocationKind kind) {
        if (name == null || name.isBlank() || slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("location name and slug must not be blank");
        }
        this.name = name.strip();
        this.slug = slug.strip();
        this.kind = kind == null ? LocationKind.UNKNOWN : kind;
    }

    /** Places this location inside another; refuses anything that would make the hierarchy a cycle. */
    public void placeIn(Location newParent) {
        for (Location ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this || (slug.equals(ancestor.slug))) {
                throw new IllegalArgumentException(slug + " cannot be inside " + newParent.slug + ": that is a cycle");
            }
        }
        this.parent = newParent;
    }

    /** Learns a more precise kind or the tag's page address; an UNKNOWN kind never overwrites a known one. */
    public void refine(LocationKind newKind, String newUrl) {
        if (newKind != null && newKind != LocationKind.UNKNOWN) {
            this.kind = newKind;
        }
        if (newUrl != null && !newUrl.isBlank()) {
            this.url = newUrl.strip();
        }
    }

    /** This location and everything above it, outermost last. */
    public List<Location> selfAndAncestors() {
        List<Location> chain = new ArrayList<>();
        for (Location at = this; at != null; at = at.parent) {
            chain.add(at);
        }
        return Collections.unmodifiableList(chain);
    }

    /** The slugs of this place and every place it lies in: what a search for a region matches. */
    public List<String> getSelfAndAncestorSlugs() {
        return selfAndAncestors().stream().map(Location::getSlug).toList();
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

    public LocationKind getKind() {
        return kind;
    }

    public Location getParent() {
        return parent;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Location location && Objects.equals(slug, location.slug));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
