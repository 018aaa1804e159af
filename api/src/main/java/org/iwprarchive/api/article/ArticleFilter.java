package org.iwprarchive.api.article;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.iwprarchive.domain.article.Article;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which articles a list or an export holds, read from PostgreSQL: by author, place (a region includes the
 * places within it), topic, quoted source, publication dates and language. Every part is optional; within a
 * part, any of its values matches.
 *
 * @param places  the places asked for and the slugs of every place within them
 * @param sources ids of quoted sources
 */
public record ArticleFilter(List<String> authors, Collection<String> places, List<String> topics,
                            List<Long> sources, LocalDate from, LocalDate to, String lang) {

    Specification<Article> specification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!authors.isEmpty()) {
                all.add(tagged(root, query.subquery(Long.class), cb, "authors", authors));
            }
            if (!places.isEmpty()) {
                all.add(tagged(root, query.subquery(Long.class), cb, "locations", places));
            }
            if (!topics.isEmpty()) {
                all.add(tagged(root, query.subquery(Long.class), cb, "topics", topics));
            }
            if (!sources.isEmpty()) {
                Subquery<Long> quoting = query.subquery(Long.class);
                Root<Article> quoted = quoting.from(Article.class);
                quoting.select(quoted.get("id")).where(quoted.join("quotations").get("source").get("id").in(sources));
                all.add(root.get("id").in(quoting));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("publishedOn"), from));
            }
            if (to != null) {
                all.add(cb.lessThanOrEqualTo(root.get("publishedOn"), to));
            }
            if (lang != null) {
                all.add(cb.equal(root.get("language"), lang));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The article has a tag of this kind with one of these slugs; a subquery, so no article is listed twice. */
    private static Predicate tagged(Root<Article> root, Subquery<Long> subquery, CriteriaBuilder cb, String tags,
                                    Collection<String> slugs) {
        Root<Article> tagged = subquery.from(Article.class);
        subquery.select(tagged.get("id")).where(tagged.join(tags).get("slug").in(slugs));
        return root.get("id").in(subquery);
    }
}
