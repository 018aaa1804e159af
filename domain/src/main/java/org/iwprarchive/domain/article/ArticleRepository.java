package org.iwprarchive.domain.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findByCanonicalUrl(String canonicalUrl);

    List<Article> findByCanonicalUrlIn(Collection<String> canonicalUrls);

    /** The archived articles at these canonical addresses, as editions. */
    @Query("select new org.iwprarchive.domain.article.EditionRow(a.id, a.canonicalUrl, a.language, a.title)"
            + " from Article a where a.canonicalUrl in :urls")
    List<EditionRow> findEditionsAt(Collection<String> urls);

    /** The archived articles whose pages link this address as one of their editions. */
    @Query("select new org.iwprarchive.domain.article.EditionRow(a.id, a.canonicalUrl, a.language, a.title)"
            + " from Article a join a.editions e where value(e) = :url")
    List<EditionRow> findLinkingTo(String url);

    /** The archived articles these articles' pages link as editions: pairs (linking article, linked article). */
    @Query("select a.id, t.id from Article a join a.editions e, Article t"
            + " where a.id in :ids and t.canonicalUrl = value(e) and a.id <> t.id")
    List<Object[]> findEditionLinksFrom(Collection<Long> ids);

    /** The archived articles whose pages link these articles as editions: pairs (linking article, linked article). */
    @Query("select a.id, t.id from Article t, Article a join a.editions e"
            + " where t.id in :ids and value(e) = t.canonicalUrl and a.id <> t.id")
    List<Object[]> findEditionLinksTo(Collection<Long> ids);

    /**
     * The articles that look like editions of these English ones in another language although no page links them:
     * published the same day, not in English, with an author and a place in common (a name written in Cyrillic
     * and in Latin letters is one author or place, by its slug). Pairs (one of these, the other). The other
     * languages' articles of a day are found by an index of their own (V11): an archive may hold thousands of
     * English articles of one day (a bulk import of one template, captures dated by one crawl) and few others.
     */
    @Query("select a.id, b.id from Article a, Article b"
            + " where a.id in :ids and a.language = 'en' and b.publishedOn = a.publishedOn and b.language <> 'en'"
            + " and exists (select x.id from Author x where x member of a.authors and x member of b.authors)"
            + " and exists (select y.id from Location y where y member of a.locations and y member of b.locations)")
    List<Object[]> findLikelyEditionsOfEnglish(Collection<Long> ids);

    /** As {@link #findLikelyEditionsOfEnglish}, for these articles in other languages: in any language but theirs. */
    @Query("select a.id, b.id from Article a, Article b"
            + " where a.id in :ids and a.language <> 'en' and b.publishedOn = a.publishedOn"
            + " and b.language <> a.language"
            + " and exists (select x.id from Author x where x member of a.authors and x member of b.authors)"
            + " and exists (select y.id from Location y where y member of a.locations and y member of b.locations)")
    List<Object[]> findLikelyEditionsOfOthers(Collection<Long> ids);

    /**
     * Pairs of these English articles and articles in other languages published within three days of them whose
     * texts say the same things: at least four anchors ({@link Article#getAnchors()}) in common, and as many as half
     * of the two articles' anchors together (shared over all, the Jaccard index, at least 0.5). Two editions of one
     * report quote the same people and give the same figures; two reports of one day on one place share a few of
     * them at most.
     */
    @Query(value = "select a.id, b.id from article a join article b on b.published_on between a.published_on - 3"
            + " and a.published_on + 3 and b.language <> 'en' and b.anchors && a.anchors"
            + " where a.id in (:ids) and a.language = 'en' and cardinality(a.anchors) >= " + FEWEST_SHARED_ANCHORS
            + " and " + SAY_THE_SAME, nativeQuery = true)
    List<Object[]> findEditionsOfEnglishByText(Collection<Long> ids);

    /** As {@link #findEditionsOfEnglishByText}, for these articles in other languages: in any language but theirs. */
    @Query(value = "select a.id, b.id from article a join article b on b.published_on between a.published_on - 3"
            + " and a.published_on + 3 and b.language <> a.language and b.anchors && a.anchors"
            + " where a.id in (:ids) and a.language <> 'en' and cardinality(a.anchors) >= " + FEWEST_SHARED_ANCHORS
            + " and " + SAY_THE_SAME, nativeQuery = true)
    List<Object[]> findEditionsOfOthersByText(Collection<Long> ids);

    /** The fewest anchors two editions joined by their texts share; an article with fewer is never asked about. */
    int FEWEST_SHARED_ANCHORS = 4;

    /** The test of {@link #findEditionsOfEnglishByText} on a pair {@code a}, {@code b}. */
    String SAY_THE_SAME = "(select count(*) from (select unnest(a.anchors) intersect select unnest(b.anchors)) s)"
            + " * 3 >= cardinality(a.anchors) + cardinality(b.anchors)"
            + " and (select count(*) from (select unnest(a.anchors) intersect select unnest(b.anchors)) s) >= "
            + FEWEST_SHARED_ANCHORS;

    /** The archived editions of these reports. */
    @Query("select new org.iwprarchive.domain.article.ReportEdition(a.reportId, a.id, a.canonicalUrl, a.language,"
            + " a.title) from Article a where a.reportId in :reports order by a.reportId, a.language, a.id")
    List<ReportEdition> findEditionsOfReports(Collection<Long> reports);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();

    /**
     * Serialises the writes of these articles (by their canonical URLs) until the calling transaction ends, so
     * that concurrent ingests of the same article make one row and one version, while other articles go on. The
     * locks are taken in the order given, one statement for all; writers that pass their addresses sorted never
     * wait on each other in a circle.
     */
    @Query(value = "select count(pg_advisory_xact_lock(hashtextextended(url, 7308761442)))"
            + " from unnest(cast(:canonicalUrls as text[])) as url",
            nativeQuery = true)
    long lockArticles(String[] canonicalUrls);
}
