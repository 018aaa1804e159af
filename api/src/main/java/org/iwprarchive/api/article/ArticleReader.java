package org.iwprarchive.api.article;

import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.ArticleSummary;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.ingest.parse.ArticleParser;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles and maps them to responses inside one read-only transaction. */
@Service
public class ArticleReader {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.desc("id"));

    private final ArticleRepository articles;
    private final ArticleParser parser;

    ArticleReader(ArticleRepository articles, ArticleParser parser) {
        this.articles = articles;
        this.parser = parser;
    }

    @Transactional(readOnly = true)
    public PageResponse<ArticleSummary> page(int page, int size) {
        Page<ArticleSummary> found = articles.findAll(PageRequest.of(page, size, NEWEST_FIRST))
                .map(ArticleResponses::summary);
        return PageResponse.of(found.getContent(), page, size, found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public ArticleDetail detail(long id) {
        return articles.findById(id).map(ArticleResponses::detail)
                .orElseThrow(() -> new NotFoundException("No article has the id " + id + "."));
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
        return articles.findByCanonicalUrl(canonical).map(ArticleResponses::detail)
                .orElseThrow(() -> new NotFoundException("No article is archived at " + canonical + "."));
    }
}
