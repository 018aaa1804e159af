package org.iwprarchive.api.article;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.ArticleSummary;
import org.iwprarchive.api.article.ArticleResponses.TranslationRef;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.EditionRow;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles and maps them to responses inside one read-only transaction. */
@Service
public class ArticleReader {

    /** The orders a list can take. */
    public enum ListOrder {
        NEWEST(Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.desc("id"))),
        OLDEST(Sort.by(Sort.Order.asc("publishedOn").nullsLast(), Sort.Order.asc("id"))),
        TITLE(Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"))),
        UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));

        final Sort sort;

        ListOrder(Sort sort) {
            this.sort = sort;
        }
    }

    private final ArticleRepository articles;
    private final LocationRepository locations;
    private final ArticleParser parser;
    private final FilterValues filterValues;

    ArticleReader(ArticleRepository articles, LocationRepository locations, ArticleParser parser,
                  FilterValues filterValues) {
        this.articles = articles;
        this.locations = locations;
        this.parser = parser;
        this.filterValues = filterValues;
    }

    /** A filter whose place takes in every place within it (Central Asia finds articles tagged Uzbekistan). */
    @Transactional(readOnly = true)
    public ArticleFilter filter(ArticleFilterParameters given) {
        given.checkDates();
        filterValues.check(given.author(), given.location(), given.topic(), given.source());
        Set<String> places = new LinkedHashSet<>();
        present(given.location()).forEach(location -> places.addAll(selfAndWithin(location)));
        return new ArticleFilter(present(given.author()), places, present(given.topic()),
                present(given.source()).stream().map(Long::valueOf).toList(), given.from(), given.to(),
                blankToNull(given.lang()));
    }

    @Transactional(readOnly = true)
    public PageResponse<ArticleSummary> page(ArticleFilter filter, ListOrder order, int page, int size) {
        Page<ArticleSummary> found = articles.findAll(filter.specification(), PageRequest.of(page, size, order.sort))
                .map(ArticleResponses::summary);
        return PageResponse.of(found.getContent(), page, size, found.getTotalElements());
    }

    /** The next articles of an export after the given id, in id order; each call is its own short transaction. */
    @Transactional(readOnly = true)
    public List<ArticleDetail> exportBatch(ArticleFilter filter, long afterId, int limit) {
        Specification<Article> after = (root, query, cb) -> cb.greaterThan(root.get("id"), afterId);
        return articles.findAll(filter.specification().and(after),
                        PageRequest.of(0, limit, Sort.by(Sort.Order.asc("id"))))
                .map(ArticleResponses::detail).getContent();
    }

    /** The articles with these ids in the order given; one removed since the ids were read is left out. */
    @Transactional(readOnly = true)
    public List<ArticleDetail> details(List<Long> ids) {
        Map<Long, ArticleDetail> byId = new HashMap<>();
        articles.findAllById(ids).forEach(article -> byId.put(article.getId(), ArticleResponses.detail(article)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public ArticleDetail detail(long id) {
        return articles.findById(id).map(this::withTranslations)
                .orElseThrow(() -> new NotFoundException("No article has the id " + id + "."));
    }

    /**
     * An article with its other language editions: those its page links (archived or not) and the archived pages
     * that link it, one a language, each with its id when archived.
     */
    private ArticleDetail withTranslations(Article article) {
        ArticleDetail detail = ArticleResponses.detail(article);
        Map<String, TranslationRef> byLanguage = new TreeMap<>();
        Map<String, EditionRow> archived = new HashMap<>();
        if (!article.getEditions().isEmpty()) {
            articles.findEditionsAt(article.getEditions().values()).forEach(row -> archived.put(row.canonicalUrl(), row));
        }
        article.getEditions().forEach((language, url) -> {
            EditionRow row = archived.get(url);
            byLanguage.put(language, new TranslationRef(language, url, row == null ? null : row.id(),
                    row == null ? null : row.title()));
        });
        for (EditionRow row : articles.findLinkingTo(article.getCanonicalUrl())) {
            if (row.id() != article.getId() && !row.language().equals(article.getLanguage())) {
                byLanguage.putIfAbsent(row.language(), new TranslationRef(row.language(), row.canonicalUrl(), row.id(),
                        row.title()));
            }
        }
        return ArticleResponses.withTranslations(detail, List.copyOf(byLanguage.values()));
    }

    /** The article at any address of it: host variants, tracking parameters and trailing slashes are ignored. */
    @Transactional(readOnly = true)
    public ArticleDetail byUrl(String url) {
        String canonical;
        try {
            canonical = parser.canonicalUrl(url);
        } catch (InvalidArticleUrlException e) {
            throw new NotFoundException("No article is archived at " + url + ": " + e.getMessage() + ".");
        }
        return articles.findByCanonicalUrl(canonical).map(this::withTranslations)
                .orElseThrow(() -> new NotFoundException("No article is archived at " + canonical + "."));
    }

    /**
     * Removes an article with its versions and quotations, from PostgreSQL and (in the same transaction) from
     * the search index. The raw snapshots it came from stay in the archive, no longer linked to it.
     */
    @Transactional
    public void delete(long id) {
        Article article = articles.findById(id)
                .orElseThrow(() -> new NotFoundException("No article has the id " + id + "."));
        articles.delete(article);
    }

    private Set<String> selfAndWithin(String slug) {
        Set<String> slugs = new LinkedHashSet<>();
        slugs.add(slug);
        slugs.addAll(locations.findSlugsWithin(slug));
        return slugs;
    }

    /** The values given, without blanks and repeats. */
    private static List<String> present(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
