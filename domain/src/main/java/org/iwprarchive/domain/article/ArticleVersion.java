package org.iwprarchive.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The text an article had in one of its versions; the newest equals the article itself. */
@Entity
@Table(name = "article_version")
public class ArticleVersion {

    @Id
    // drawn in blocks, so that inserts can be batched (migration V3)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_version_ids")
    @SequenceGenerator(name = "article_version_ids", sequenceName = "article_version_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String title;

    private String standfirst;

    @Column(nullable = false)
    private String body;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(nullable = false)
    private String language;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "snapshot_id")
    private Long snapshotId;

    protected ArticleVersion() {
    }

    /** Records the article's current text as its current version. */
    public static ArticleVersion of(Article article, Long snapshotId) {
        ArticleVersion v = new ArticleVersion();
        v.article = article;
        v.version = article.getVersion();
        v.title = article.getTitle();
        v.standfirst = article.getStandfirst();
        v.body = article.getBody();
        v.publishedOn = article.getPublishedOn();
        v.language = article.getLanguage();
        v.contentHash = article.getContentHash();
        v.createdAt = article.getUpdatedAt();
        v.snapshotId = snapshotId;
        return v;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getStandfirst() {
        return standfirst;
    }

    public List<String> getParagraphs() {
        return Article.paragraphsOf(body);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }
}
