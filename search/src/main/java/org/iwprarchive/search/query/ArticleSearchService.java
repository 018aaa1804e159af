package org.iwprarchive.search.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ReportEdition;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.search.index.HitFields;
import org.iwprarchive.search.index.HitText;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.SearchIndexer;
import org.iwprarchive.search.index.SearchProperties;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every query over the article index: search with filters, facets and highlights, related articles. */
@Service
public class ArticleSearchService {

    /** Totals are exact up to this many hits, and a lower bound beyond. */
    public static final int TOTAL_EXACT_UP_TO = 10_000;
    private static final int FACET_VALUES = 20;
    /**
     * The most editions of reports with several matching editions one search reads to fold them into one hit a
     * report (a search window of both backends); beyond, a report's editions are hits of their own.
     */
    private static final int MOST_SHARED_EDITIONS = 10_000;
    /** Where the words an article shares with related ones are looked for, and their weights. */
    private static final Map<String, Float> RELATED_WORDS = Map.of(IndexFields.TITLE_WORDS, 2.0f,
            IndexFields.BODY_WORDS, 1.0f);
    /* Highlights: up to two body fragments of about 160 characters a hit (IndexBackend, docs/search.md). */
    static final int BODY_FRAGMENT = 160;
    static final int BODY_FRAGMENTS = 2;

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchMetrics metrics;
    private final FacetLabels labels;
    private final IndexBackend backend;

    private final long timeoutMillis;
    private final SearchIndexer indexer;
    private final ArticleQueries queries;
    private final ArticleRepository articles;

    ArticleSearchService(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchMetrics metrics,
                         FacetLabels labels, SearchProperties properties, SearchIndexer indexer,
                         ArticleQueries queries, IndexBackend backend, ArticleRepository articles) {
        this.backend = backend;
        this.articles = articles;
        this.indexer = indexer;
        this.queries = queries;
        this.timeoutMillis = properties.queryTimeout().toMillis();
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.metrics = metrics;
        this.labels = labels;
    }

    /**
     * @throws InvalidQueryException when the query text cannot be read
     */
    public ArticleSearchResult search(ArticleQuery query) {
        return search(query, null);
    }

    /**
     * A page of a search in date order that starts after a position, however deep; with a null position, the
     * query's own page. The total and the facets are those of the whole search either way.
     *
     * @throws InvalidQueryException when the query text cannot be read
     * @throws IllegalArgumentException when the position belongs to another order, or comes with a page number
     */
    public ArticleSearchResult search(ArticleQuery query, SearchAfter after) {
        if (after != null && (after.sort() != query.effectiveSort() || query.page() != 0)) {
            throw new IllegalArgumentException("a position is read in its own order, from the first page");
        }
        IndexRebuildingException.unlessComplete(indexer);
        ArticleSearchResult result = metrics.time("search", () -> {
            // hits, highlights and facet values all come from the index: a session of its own without a
            // transaction, so a search takes no database connection
            try (EntityManager session = entityManagerFactory.createEntityManager()) {
                return bounded(() -> run(query, after, Search.session(session)));
            }
        });
        metrics.matched(result.total());
        return result;
    }

    private ArticleSearchResult run(ArticleQuery query, SearchAfter after, SearchSession session) {
        QueryText text = QueryText.parse(query.text());
        SearchScope<Article> scope = session.scope(Article.class);
        boolean highlight = !query.listsAll();
        SearchPredicate everyEdition = queries.predicate(scope.predicate(), text, query, null);
        SearchPredicate matching = query.allEditions() ? everyEdition : oneHitPerReport(session, scope, everyEdition);
        SearchSort order = query.effectiveSort();
        // in a date order, one hit more than the page says whether another page follows
        int wanted = query.size() + (order == SearchSort.RELEVANCE ? 0 : 1);
        SearchPredicate where = after == null ? matching : scope.predicate().bool().must(matching)
                .filter(ArticleQueries.after(scope.predicate(), after)).toPredicate();
        var sort = ArticleQueries.order(scope.sort(), order);
        // after a position, the total and the facets are counted over the whole search, below
        List<SearchFacet> counted = after != null ? List.of()
                : java.util.Arrays.stream(SearchFacet.values()).filter(query::counts).toList();
        List<SearchFacet> plain = counted.stream().filter(facet -> !activeFilter(query, facet)).toList();
        int exactUpTo = after == null ? TOTAL_EXACT_UP_TO : 0;
        // hits are read from the index alone: no database round trip per result page. Where the backend can, it
        // ranks, counts the plain facets and highlights over one view of the index
        Optional<IndexBackend.Page> read = backend.page(scope, new IndexBackend.PageRequest(where, sort,
                query.page() * query.size(), wanted, exactUpTo, plain, FACET_VALUES, highlight ? text : null,
                timeoutMillis));
        List<HitText> fetched;
        long total;
        boolean exact;
        Map<Long, HitHighlighter.Highlights> highlighted = Map.of();
        if (read.isPresent()) {
            fetched = read.get().hits();
            total = read.get().total();
            exact = read.get().exact();
            highlighted = read.get().highlights();
        } else {
            SearchResult<HitText> result = session.search(scope).select(HitText.class).where(where).sort(sort)
                    .totalHitCountThreshold(exactUpTo)
                    .failAfter(timeoutMillis, TimeUnit.MILLISECONDS)
                    .fetch(query.page() * query.size(), wanted);
            fetched = result.hits();
            exact = result.total().isHitCountExact();
            total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
            if (highlight) {
                Map<Long, HitHighlighter.Texts> texts = new java.util.HashMap<>();
                fetched.subList(0, Math.min(query.size(), fetched.size())).forEach(hit -> texts.put(
                        hit.fields().id(), new HitHighlighter.Texts(hit.fields().title(), hit.body(),
                                hit.fields().language())));
                highlighted = backend.highlight(scope, text, texts);
            }
        }
        List<HitText> page = fetched.subList(0, Math.min(query.size(), fetched.size()));

        Map<Long, HitHighlighter.Highlights> highlights = highlighted;
        List<ArticleHit> hits = withEditions(page.stream().map(hit -> hit(hit.fields(), highlight,
                highlights.getOrDefault(hit.fields().id(), HitHighlighter.Highlights.NONE))).toList(),
                page.stream().map(HitText::fields).toList());
        SearchAfter next = null;
        if (fetched.size() > query.size()) {
            HitFields last = page.get(page.size() - 1).fields();
            next = new SearchAfter(order, last.publishedOn(), last.id());
        }
        if (after != null) {
            ArticleSearchResult whole = run(query.totalsOnly(), null, session);
            return new ArticleSearchResult(whole.total(), whole.totalExact(), hits, whole.facets(), next);
        }
        List<Facet> facets = facets(session, scope, text, query, matching, counted,
                read.map(IndexBackend.Page::counts).orElse(null));
        return new ArticleSearchResult(total, exact, hits, facets, next);
    }

    /**
     * The matches without the editions that another edition of the same report stands for: of the editions of a
     * report that match, the one that matches best (then the English one, then the first archived) is the hit.
     * Reports are few beside the articles: the backend reads only the matches that have one.
     */
    private SearchPredicate oneHitPerReport(SearchSession session, SearchScope<Article> scope,
                                            SearchPredicate matching) {
        List<IndexBackend.ReportMatch> editions = backend.sharedReports(session, scope, matching,
                MOST_SHARED_EDITIONS, timeoutMillis);
        if (editions.isEmpty()) {
            return matching;
        }
        Map<Long, IndexBackend.ReportMatch> best = new java.util.HashMap<>();
        for (IndexBackend.ReportMatch edition : editions) {
            best.merge(edition.report(), edition, (one, other) -> better(one, other) ? one : other);
        }
        List<Long> others = editions.stream().filter(edition -> best.get(edition.report()) != edition)
                .map(IndexBackend.ReportMatch::id).toList();
        var f = scope.predicate();
        return f.bool().must(matching).mustNot(backend.articles(f, others)).toPredicate();
    }

    /** Whether one edition stands for its report rather than the other: the better match, English, the first. */
    private static boolean better(IndexBackend.ReportMatch one, IndexBackend.ReportMatch other) {
        int byScore = Float.compare(one.score(), other.score());
        if (byScore != 0) {
            return byScore > 0;
        }
        boolean oneEnglish = "en".equals(one.language());
        if (oneEnglish != "en".equals(other.language())) {
            return oneEnglish;
        }
        return one.id() < other.id();
    }

    /** The hits, each with the other archived editions of its report: one query for the page, when any has one. */
    private List<ArticleHit> withEditions(List<ArticleHit> hits, List<HitFields> fields) {
        List<Long> reports = fields.stream().map(HitFields::report).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (reports.isEmpty()) {
            return hits;
        }
        Map<Long, List<ReportEdition>> byReport = new java.util.HashMap<>();
        articles.findEditionsOfReports(reports)
                .forEach(edition -> byReport.computeIfAbsent(edition.report(), r -> new ArrayList<>()).add(edition));
        List<ArticleHit> withEditions = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            ArticleHit hit = hits.get(i);
            Long report = fields.get(i).report();
            List<ArticleHit.Edition> others = report == null ? List.of() : byReport.getOrDefault(report, List.of())
                    .stream().filter(edition -> edition.id() != hit.id())
                    .map(edition -> new ArticleHit.Edition(edition.id(), edition.language(), edition.canonicalUrl(),
                            edition.title())).toList();
            withEditions.add(others.isEmpty() ? hit : hit.withEditions(others));
        }
        return withEditions;
    }

    /**
     * Articles like this one: its title and opening words, its places and the sources it quotes, ranked by how
     * much they share with it.
     */
    @Transactional(readOnly = true)
    public List<ArticleHit> related(long articleId, int size) {
        IndexRebuildingException.unlessComplete(indexer);
        return metrics.time("related", () -> bounded(() -> findRelated(articleId, size)));
    }

    private List<ArticleHit> findRelated(long articleId, int size) {
        Article article = entityManager.find(Article.class, articleId);
        if (article == null) {
            return null;
        }
        Query words = queries.anyWordQuery(RELATED_WORDS, significantWords(article.getTitle() + " "
                + article.getStandfirst() + " " + String.join(" ", article.getParagraphs().stream().limit(3).toList())));
        List<String> placeSlugs = article.getLocations().stream().map(Location::getSlug).toList();
        List<String> sourceKeys = article.getQuotations().stream().map(q -> q.getSource().getId().toString())
                .distinct().toList();
        SearchSession session = Search.session(entityManager);
        List<HitFields> rows = session.search(Article.class)
                .select(HitFields.class)
                .where(f -> f.bool(b -> {
                    b.mustNot(f.id().matching(articleId));
                    if (article.getReportId() != null) {
                        // its editions in other languages are the same report, not related ones
                        b.mustNot(f.match().field(IndexFields.REPORT).matching(article.getReportId()));
                    }
                    if (words != null) {
                        b.should(queries.textPredicate(f, words));
                    }
                    if (!placeSlugs.isEmpty()) {
                        b.should(f.terms().field(IndexFields.LOCATION_SLUG).matchingAny(placeSlugs).boost(0.5f));
                    }
                    if (!sourceKeys.isEmpty()) {
                        b.should(f.terms().field(IndexFields.SOURCE_KEY).matchingAny(sourceKeys, ValueModel.INDEX)
                                .boost(1.5f));
                    }
                    b.minimumShouldMatchNumber(1);
                }))
                .failAfter(timeoutMillis, TimeUnit.MILLISECONDS)
                .fetchHits(size);
        return rows.stream().map(row -> hit(row, false, HitHighlighter.Highlights.NONE)).toList();
    }

    /**
     * Runs a query within the bounds of the index: one that passes Lucene's clause limit or the time a search may
     * take is refused as too expensive, as the query text's own budget refuses the forms known to be.
     */
    private <T> T bounded(Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchTimeoutException e) {
            throw QueryTooExpensiveException.timedOut(timeoutMillis);
        } catch (RuntimeException e) {
            throw QueryTooExpensiveException.orCause(e);
        }
    }

    /** The weight of a match in each field the free text is looked for in. */
    private static boolean activeFilter(ArticleQuery query, SearchFacet facet) {
        return switch (facet) {
            case LOCATION -> !query.locations().isEmpty();
            case AUTHOR -> !query.authors().isEmpty();
            case TOPIC -> !query.topics().isEmpty();
            case SOURCE -> !query.sources().isEmpty();
            case LANGUAGE -> query.language() != null;
            // the year facet shows the spread within the chosen dates; widening them is the client's move
            case YEAR -> false;
        };
    }

    /**
     * The facets of a search: those whose own filter is not active over the matches; each one whose filter is
     * active over the matches with every other filter (so the facet's other values keep their counts).
     *
     * @param plainCounted the counts of the facets whose filter is not active, when the search counted them as it
     *                     ranked the hits; null when they are to be counted here
     */
    private List<Facet> facets(SearchSession session, SearchScope<Article> scope, QueryText text, ArticleQuery query,
                               SearchPredicate matching, List<SearchFacet> counted,
                               Map<SearchFacet, Map<Object, Long>> plainCounted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        List<SearchFacet> plain = plainCounted != null ? List.of()
                : counted.stream().filter(facet -> !activeFilter(query, facet)).toList();
        List<SearchFacet> selected = counted.stream().filter(facet -> activeFilter(query, facet)).toList();
        Map<SearchFacet, Map<Object, Long>> counts = new java.util.HashMap<>();
        if (plainCounted != null) {
            counts.putAll(plainCounted);
        }
        if (!plain.isEmpty() || !selected.isEmpty()) {
            counts.putAll(backend.countFacets(session, scope, matching, plain, selected,
                    facet -> queries.predicate(scope.predicate(), text, query, facet), query::forCounting,
                    FACET_VALUES, timeoutMillis));
        }
        List<Facet> facets = new ArrayList<>();
        for (SearchFacet facet : counted) {
            Map<Object, Long> values = new LinkedHashMap<>(counts.get(facet));
            Long undated = values.remove(FacetCounter.UNDATED);
            facets.add(new Facet(facet.parameter(), values(facet, values),
                    facet == SearchFacet.YEAR ? (undated == null ? 0L : undated) : null));
        }
        return facets;
    }

    private List<Facet.Value> values(SearchFacet facet, Map<Object, Long> counts) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        counts.forEach((value, count) -> byValue.put(String.valueOf(value), count));
        Map<String, String> names = labels.of(facet, byValue.keySet());
        return byValue.entrySet().stream()
                .map(e -> new Facet.Value(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private static ArticleHit hit(HitFields fields, boolean highlighted, HitHighlighter.Highlights marked) {
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (highlighted) {
            List<String> title = marked.title();
            List<String> body = withinParagraphs(marked.body());
            if (!title.isEmpty()) {
                highlights.put(IndexFields.TITLE, title);
            }
            if (!body.isEmpty()) {
                highlights.put(IndexFields.BODY, body);
            }
        }
        return new ArticleHit(fields.id(), fields.canonicalUrl(), fields.title(), fields.standfirst(),
                fields.publishedOn(), fields.datedBy(), fields.language(), ArticleHit.tags(fields.authors(), fields.authorSlugs()),
                ArticleHit.tags(fields.places(), fields.placeSlugs()), ArticleHit.tags(fields.topics(), fields.topicSlugs()),
                highlighted ? fields.score() : null, highlights, List.of());
    }

    /**
     * A fragment never runs across paragraphs: one that does is cut at the paragraph breaks, and the pieces
     * without a match are dropped unless none has one.
     */
    private static List<String> withinParagraphs(List<String> fragments) {
        List<String> pieces = fragments.stream().flatMap(f -> java.util.Arrays.stream(f.split("\\n\\s*\\n")))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> marked = pieces.stream().filter(p -> p.contains("<mark>")).toList();
        return (marked.isEmpty() ? pieces : marked).stream().limit(BODY_FRAGMENTS).toList();
    }

    /** The longer words of a text, at most 40, with the query syntax characters taken out. */
    private static List<String> significantWords(String text) {
        return java.util.Arrays.stream(text.replaceAll("[^\\p{L}\\p{N}\\s]", " ").split("\\s+"))
                .filter(w -> w.length() > 3)
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .limit(40)
                .toList();
    }
}
