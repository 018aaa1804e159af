package org.iwprarchive.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.iwprarchive.domain.source.Source;

/** One attribution in one article: who said what, in which role, introduced by which cue. */
@Entity
@Table(name = "quotation")
public class Quotation {

    @Id
    // drawn in blocks, so that inserts can be batched (migration V3)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_ids")
    @SequenceGenerator(name = "quotation_ids", sequenceName = "quotation_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuotationKind kind;

    private String role;

    private String cue;

    @Column(nullable = false)
    private int position;

    protected Quotation() {
    }

    public Quotation(Article article, Source source, String text, QuotationKind kind, String role, String cue, int position) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quotation text must not be blank");
        }
        if (position < 0) {
            throw new IllegalArgumentException("quotation position must not be negative");
        }
        this.article = Objects.requireNonNull(article, "article");
        this.source = Objects.requireNonNull(source, "source");
        this.text = text.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = role;
        this.cue = cue;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Source getSource() {
        return source;
    }

    public String getText() {
        return text;
    }

    public QuotationKind getKind() {
        return kind;
    }

    public String getRole() {
        return role;
    }

    public String getCue() {
        return cue;
    }

    public int getPosition() {
        return position;
    }
}
