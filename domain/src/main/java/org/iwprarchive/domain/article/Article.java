package org.iwprarchive.domain.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.text.Spaces;
import org.iwprarchive.domain.topic.Topic;

/** One IWPR article, known by its canonical URL, in its latest version. */
@Entity
@Table(name = "article")
public class Article {

    /** Paragraphs are stored as one text column, separated by a blank line (which no paragraph contains). */
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "canonical_url", nullable = false, unique = true)
    private String canonicalUrl;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String standfirst;

    @Column(nullable = false)
    private String body;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dated_by")
    private DateSource datedBy;

    @Column(nullable = false)
    private String language;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private int version;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_fetched_at", nullable = false)
    private Instant lastFetchedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_location",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_topic",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Quotation> quotations = new ArrayList<>();

    /** Its editions in other languages, as its page links them: language code to canonical address. */
    @ElementCollection
    @CollectionTable(name = "article_edition", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "url")
    private Map<String, String> editions = new TreeMap<>();

    /**
     * The report it is an edition of: the lowest id among the archived articles its edition links join it to
     * (either way, transitively), itself included; null while it is the only archived edition it has.
     */
    @Column(name = "report_id")
    private Long reportId;

    /**
     * What its text shares with its editions in other languages: numbers and quoted people's surnames, written
     * alike in every language (see {@code EditionAnchors}), sorted.
     */
    @Column(nullable = false)
    private String[] anchors = new String[0];

    protected Article() {
    }

    public Article(String canonicalUrl, String slug, ArticleContent content, Instant fetchedAt) {
        if (canonicalUrl == null || canonicalUrl.isBlank()) {
            throw new IllegalArgumentException("an article needs a canonical URL");
        }
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("an article needs a slug");
        }
        this.canonicalUrl = canonicalUrl;
        this.slug = slug;
        this.version = 1;
        this.firstSeenAt = fetchedAt;
        this.lastFetchedAt = fetchedAt;
        apply(content, fetchedAt);
    }

    /**
     * Takes the content of a newer fetch. A page whose normalised text is unchanged only moves
     * {@code lastFetchedAt}; a changed one becomes the next version.
     *
     * @return whether the content changed
     */
    public boolean revise(ArticleContent content, Instant fetchedAt) {
        this.lastFetchedAt = fetchedAt.isAfter(lastFetchedAt) ? fetchedAt : lastFetchedAt;
        if (hashOf(content).equals(contentHash)) {
            // same text: a page that knows more about the date (the print view has none) still fills it in
            if (content.publishedOn() != null && (!content.publishedOn().equals(publishedOn)
                    || datedBy != DateSource.PAGE)) {
                this.publishedOn = content.publishedOn();
                this.datedBy = DateSource.PAGE;
                this.updatedAt = fetchedAt;
            }
            return false;
        }
        version++;
        apply(content, fetchedAt);
        return true;
    }

    private void apply(ArticleContent content, Instant at) {
        this.title = content.title();
        this.standfirst = content.standfirst();
        this.body = String.join(PARAGRAPH_SEPARATOR, content.paragraphs());
        // a page that prints no date (a print view, an undated capture) does not take away the date an earlier
        // page of the article gave
        if (content.publishedOn() != null) {
            this.publishedOn = content.publishedOn();
            this.datedBy = DateSource.PAGE;
        }
        this.language = content.language();
        this.wordCount = countWords(content);
        this.contentHash = hashOf(content);
        this.updatedAt = at;
    }

    /**
     * A web archive captured a page of this article on {@code day}, so it was published then or before. While no
     * page of it prints a date, the earliest such day is its date ({@link DateSource#CAPTURE}).
     *
     * @return whether its date changed
     */
    public boolean capturedOn(LocalDate day) {
        if (datedBy == DateSource.PAGE || (publishedOn != null && !day.isBefore(publishedOn))) {
            return false;
        }
        this.publishedOn = day;
        this.datedBy = DateSource.CAPTURE;
        return true;
    }

    /**
     * A page of this article prints {@code day} as its date, a page older than the one its text comes from: taken
     * unless a page already gave it a printed date (the newest page's date stands).
     *
     * @return whether its date changed
     */
    public boolean printedOn(LocalDate day) {
        if (datedBy == DateSource.PAGE) {
            return false;
        }
        this.publishedOn = day;
        this.datedBy = DateSource.PAGE;
        return true;
    }

    public void creditAuthors(List<Author> newAuthors) {
        authors.clear();
        newAuthors.stream().distinct().forEach(authors::add);
    }

    public void tagLocations(Collection<Location> newLocations) {
        locations.clear();
        locations.addAll(newLocations);
    }

    public void tagTopics(Collection<Topic> newTopics) {
        topics.clear();
        topics.addAll(newTopics);
    }

    /**
     * Takes the editions a newer page links; a page that links none leaves those already known, as a print view
     * (which never links any) should not forget them.
     *
     * @return whether the links changed
     */
    public boolean linkEditions(Map<String, String> newEditions) {
        if (!newEditions.isEmpty() && !editions.equals(newEditions)) {
            editions.clear();
            editions.putAll(newEditions);
            return true;
        }
        return false;
    }

    /** Language code to the canonical address of the edition in that language. */
    public Map<String, String> getEditions() {
        return Collections.unmodifiableMap(editions);
    }

    /** The report whose edition it is (see {@link #reportId}); null when no other edition is archived. */
    public Long getReportId() {
        return reportId;
    }

    /** Joins it to the report of that id, or to none (null); true when that changed it. */
    public boolean joinReport(Long report) {
        if (java.util.Objects.equals(reportId, report)) {
            return false;
        }
        reportId = report;
        return true;
    }

    /** Takes the anchors its current text gives; true when they changed. */
    public boolean anchor(Collection<String> newAnchors) {
        String[] sorted = newAnchors.stream().distinct().sorted().toArray(String[]::new);
        if (Arrays.equals(anchors, sorted)) {
            return false;
        }
        anchors = sorted;
        return true;
    }

    public List<String> getAnchors() {
        return List.of(anchors);
    }

    /** Replaces the article's attributions; positions are the order given. */
    public void replaceQuotations(List<Quotation> newQuotations) {
        quotations.clear();
        quotations.addAll(newQuotations);
    }

    /** SHA-256 over the normalised text (NFC, white space folded), so markup-only changes are not new versions. */
    static String hashOf(ArticleContent content) {
        StringBuilder text = new StringBuilder();
        text.append(fold(content.title())).append('\n');
        text.append(fold(content.standfirst() == null ? "" : content.standfirst())).append('\n');
        content.paragraphs().forEach(p -> text.append(fold(p)).append('\n'));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String fold(String text) {
        return Spaces.single(Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
    }

    /**
     * Words of the body: runs between ASCII white space (as the regular expression {@code \\s} has it) that hold
     * at least one character which is not white space of any kind. Counted in one pass, without splitting.
     */
    private static int countWords(ArticleContent content) {
        int words = 0;
        for (String paragraph : content.paragraphs()) {
            boolean counted = false;
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                    counted = false;
                } else if (!counted && !Character.isWhitespace(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }

    public Long getId() {
        return id;
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getStandfirst() {
        return standfirst;
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String getBody() {
        return body;
    }

    public List<String> getParagraphs() {
        return paragraphsOf(body);
    }

    static List<String> paragraphsOf(String storedBody) {
        return List.of(storedBody.split(PARAGRAPH_SEPARATOR));
    }

    /** Where {@link #getPublishedOn()} comes from; null while the article has no date. */
    public DateSource getDatedBy() {
        return datedBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public int getWordCount() {
        return wordCount;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getVersion() {
        return version;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastFetchedAt() {
        return lastFetchedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Author> getAuthors() {
        return List.copyOf(authors);
    }

    public Set<Location> getLocations() {
        return Collections.unmodifiableSet(locations);
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public List<Quotation> getQuotations() {
        return List.copyOf(quotations);
    }
}
