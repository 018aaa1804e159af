package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationKind;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.domain.source.SourceRepository;
import org.iwprarchive.domain.topic.Topic;
import org.iwprarchive.domain.topic.TopicRepository;
import org.iwprarchive.search.index.HitFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facet counts against counts made by hand from what was stored: a random archive written in several
 * transactions (so the index has several segments), then partly deleted and retagged (so segments carry
 * deletions and values that no live article holds), searched with and without words and filters. Every facet's
 * top 20 must be exactly the hand count's, ties in the order of the values.
 */
@SpringBootTest(properties = "spring.application.name=facet-counts-it")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountsIT {

    /** What the test knows of each stored article. */
    private record Stored(boolean alpha, boolean beta, Set<String> authors, Set<String> places, Set<String> topics,
                          Set<String> sources, Integer year) {
    }

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private AuthorRepository authors;

    @Autowired
    private LocationRepository locations;

    @Autowired
    private TopicRepository topics;

    @Autowired
    private SourceRepository sources;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private ArticleQueries queries;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private final Map<Long, Stored> stored = new HashMap<>();
    private final Random random = new Random(20261130);

    @BeforeAll
    void storeARandomArchive() {
        List<Author> writers = transactions.execute(status -> {
            List<Author> made = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                made.add(authors.save(new Author("Author " + i, "author-" + i)));
            }
            return made;
        });
        List<Location> places = transactions.execute(status -> {
            List<Location> made = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                made.add(locations.save(new Location("Place " + i, "place-" + i, LocationKind.COUNTRY)));
            }
            return made;
        });
        List<Topic> subjects = transactions.execute(status -> {
            List<Topic> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                made.add(topics.save(new Topic("Topic " + i, "topic-" + i)));
            }
            return made;
        });
        List<Source> quoted = transactions.execute(status -> {
            List<Source> made = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                made.add(sources.save(new Source("Source " + i, "source " + i, SourceKind.PERSON)));
            }
            return made;
        });
        int n = 0;
        for (int batch = 0; batch < 6; batch++) {
            int first = n;
            n += 50;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < first + 50; i++) {
                    store(i, writers, places, subjects, quoted);
                }
            });
        }
        // deletions, and retagged articles whose old values stay in older segments
        List<Long> ids = new ArrayList<>(stored.keySet());
        ids.sort(Comparator.naturalOrder());
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                long id = ids.get(i * 7);
                articles.deleteById(id);
                stored.remove(id);
            }
        });
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                long id = ids.get(i * 7 + 3);
                Article article = articles.findById(id).orElseThrow();
                List<Author> credited = pick(writers, 2);
                article.creditAuthors(credited);
                Stored before = stored.get(id);
                stored.put(id, new Stored(before.alpha(), before.beta(), slugs(credited, Author::getSlug),
                        before.places(), before.topics(), before.sources(), before.year()));
            }
        });
    }

    @Test
    void everyFacetCountsAsTheArticlesSay() {
        Map<String, List<String>> everything = compare(new ArticleQuery("", null, null, null, null, null, null, null,
                null, 0, 10));
        assertThat(everything.get("author")).as("a facet's top is cut at 20").hasSize(20);
        assertThat(everything.get("year")).as("every year of the 25 is listed, for a timeline").hasSize(25);
        assertThat(everything.get("undated")).as("an eighth of the articles have no date").isNotEqualTo(List.of("0"));
        for (String text : List.of("alpha", "beta", "alpha beta")) {
            compare(new ArticleQuery(text, null, null, null, null, null, null, null, null, 0, 10));
        }
    }

    @Test
    void aFacetWithItsOwnFilterCountsOverEveryOtherFilter() {
        compare(new ArticleQuery("alpha", List.of("place-1", "place-2"), null, null, null, null, null, null, null,
                0, 10));
        compare(new ArticleQuery("", null, List.of("author-3"), List.of("topic-4"), List.of(), null, null, null, null,
                0, 10));
        compare(new ArticleQuery("beta", null, null, null, List.of(sourceId(5), sourceId(6)), null, null, null,
                null, 0, 10));
    }

    /**
     * A search with facets ranks its hits and counts its facets in one pass over the matches; a search without
     * them is ranked by Hibernate Search's own query. Both give the same hits in the same order, page by page,
     * with the same scores and total.
     */
    @Test
    void ranksTheHitsAsTheSearchWithoutFacetsDoes() {
        for (String text : List.of("alpha", "beta", "alpha beta", "report", "alpha | beta")) {
            for (int page = 0; page < 3; page++) {
                ArticleSearchResult withFacets = search.search(new ArticleQuery(text, null, null, null, null, null,
                        null, null, null, page, 10, null));
                ArticleSearchResult without = search.search(new ArticleQuery(text, null, null, null, null, null,
                        null, null, null, page, 10, Set.of()));
                assertThat(withFacets.facets()).isNotEmpty();
                assertThat(without.facets()).isEmpty();
                assertThat(withFacets.hits()).extracting(ArticleHit::id, ArticleHit::score)
                        .as(text + ", page " + page).isEqualTo(without.hits().stream()
                                .map(hit -> org.assertj.core.groups.Tuple.tuple(hit.id(), hit.score())).toList());
                assertThat(withFacets.total()).isEqualTo(without.total());
                if (page == 0) {
                    assertThat(withFacets.hits()).as(text).isNotEmpty();
                }
            }
        }
    }

    /**
     * Each hit as the backend reads it from its record (fields, tags in order, score, body for the highlights) is
     * the hit Hibernate Search's own query projects from stored fields for the same predicate and sort, in the
     * same order, over an index with several segments and deletions; in date order too.
     */
    @Test
    void readsEachHitAsHibernateSearchsOwnProjectionDoes() {
        for (String text : List.of("alpha", "alpha beta", "report")) {
            for (SearchSort sort : SearchSort.values()) {
                ArticleQuery query = new ArticleQuery(text, null, null, null, null, null, null, null, sort, 1, 15,
                        Set.of(), true);
                List<ArticleHit> read = search.search(query).hits();
                List<HitFields> projected;
                try (EntityManager session = entityManagerFactory.createEntityManager()) {
                    SearchSession searchSession = Search.session(session);
                    SearchScope<Article> scope = searchSession.scope(Article.class);
                    projected = searchSession.search(scope).select(HitFields.class)
                            .where(queries.predicate(scope.predicate(), QueryText.parse(text), query, null))
                            .sort(ArticleQueries.order(scope.sort(), sort)).fetchHits(15, 15);
                }
                assertThat(read).as(text + ", " + sort).isNotEmpty();
                assertThat(read).as(text + ", " + sort).map(hit -> List.of(hit.id(), hit.canonicalUrl(),
                                hit.title(), String.valueOf(hit.standfirst()), String.valueOf(hit.publishedOn()),
                                String.valueOf(hit.language()), hit.authors(), hit.places(), hit.topics(), hit.score()))
                        .isEqualTo(projected.stream().map(hit -> List.of(hit.id(), hit.canonicalUrl(), hit.title(),
                                String.valueOf(hit.standfirst()), String.valueOf(hit.publishedOn()),
                                String.valueOf(hit.language()), ArticleHit.tags(hit.authors(), hit.authorSlugs()),
                                ArticleHit.tags(hit.places(), hit.placeSlugs()),
                                ArticleHit.tags(hit.topics(), hit.topicSlugs()), hit.score())).toList());
                assertThat(read).as("highlights of " + text).allMatch(hit -> !hit.highlights().isEmpty());
            }
        }
    }

    private Map<String, List<String>> compare(ArticleQuery query) {
        ArticleSearchResult result = search.search(query);
        Map<String, List<String>> actual = new LinkedHashMap<>();
        result.facets().forEach(facet -> actual.put(facet.field(), facet.values().stream()
                .map(value -> value.value() + "=" + value.count()).toList()));
        actual.put("undated", List.of(String.valueOf(result.facets().stream()
                .filter(facet -> facet.field().equals("year")).findFirst().orElseThrow().undated())));

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("location", top(query, SearchFacet.LOCATION, Stored::places));
        expected.put("author", top(query, SearchFacet.AUTHOR, Stored::authors));
        expected.put("topic", top(query, SearchFacet.TOPIC, Stored::topics));
        expected.put("source", top(query, SearchFacet.SOURCE, Stored::sources));
        expected.put("year", top(query, SearchFacet.YEAR,
                s -> s.year() == null ? Set.of() : Set.of(Integer.toString(s.year()))));
        // every article of this archive is in English
        expected.put("lang", top(query, SearchFacet.LANGUAGE, s -> Set.of("en")));
        expected.put("undated", List.of(String.valueOf(stored.values().stream()
                .filter(s -> matches(s, query, SearchFacet.YEAR) && s.year() == null).count())));
        assertThat(actual).as(query.toString()).isEqualTo(expected);
        return actual;
    }

    /** The hand count: the 20 most frequent values (every year) among the articles that pass every filter but the facet's own. */
    private List<String> top(ArticleQuery query, SearchFacet facet, Function<Stored, Set<String>> values) {
        Map<String, Long> counts = stored.values().stream()
                .filter(s -> matches(s, query, facet))
                .flatMap(s -> values.apply(s).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Comparator<Map.Entry<String, Long>> order = Map.Entry.<String, Long>comparingByValue().reversed();
        order = facet == SearchFacet.YEAR
                ? order.thenComparing(entry -> Integer.parseInt(entry.getKey()))
                : order.thenComparing(Map.Entry.comparingByKey());
        return counts.entrySet().stream().sorted(order).limit(facet == SearchFacet.YEAR ? Long.MAX_VALUE : 20)
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
    }

    private static boolean matches(Stored s, ArticleQuery query, SearchFacet leaveOut) {
        return (!query.text().contains("alpha") || s.alpha())
                && (!query.text().contains("beta") || s.beta())
                && (leaveOut == SearchFacet.LOCATION || query.locations().isEmpty()
                        || query.locations().stream().anyMatch(s.places()::contains))
                && (leaveOut == SearchFacet.AUTHOR || query.authors().isEmpty()
                        || query.authors().stream().anyMatch(s.authors()::contains))
                && (leaveOut == SearchFacet.TOPIC || query.topics().isEmpty()
                        || query.topics().stream().anyMatch(s.topics()::contains))
                && (leaveOut == SearchFacet.SOURCE || query.sources().isEmpty()
                        || query.sources().stream().anyMatch(s.sources()::contains));
    }

    private void store(int i, List<Author> writers, List<Location> places, List<Topic> subjects,
                       List<Source> quoted) {
        boolean alpha = random.nextInt(2) == 0;
        boolean beta = random.nextInt(3) == 0;
        String text = "Report number " + i + (alpha ? " on alpha" : "") + (beta ? " with beta" : "") + ".";
        LocalDate day = random.nextInt(8) == 0 ? null : LocalDate.of(1995 + random.nextInt(25), 1, 1)
                .plusDays(random.nextInt(365));
        Article article = new Article("https://iwpr.net/global-voices/report-" + i, "report-" + i,
                new ArticleContent("Report " + i, null, List.of(text), day, "en"), Instant.now());
        // skewed, so that counts differ and some tie
        List<Author> credited = pick(writers, random.nextInt(4));
        List<Location> tagged = pick(places, random.nextInt(3));
        List<Topic> about = pick(subjects, random.nextInt(3));
        article.creditAuthors(credited);
        article.tagLocations(tagged);
        article.tagTopics(about);
        articles.save(article);
        List<Quotation> quotations = new ArrayList<>();
        List<Source> speakers = new ArrayList<>();
        for (int q = random.nextInt(5); q > 0; q--) {
            Source speaker = quoted.get(Math.min(random.nextInt(quoted.size()), random.nextInt(quoted.size())));
            speakers.add(speaker);
            quotations.add(new Quotation(article, speaker, "words " + q, QuotationKind.DIRECT, null, "said",
                    quotations.size()));
        }
        article.replaceQuotations(quotations);
        stored.put(article.getId(), new Stored(alpha, beta, slugs(credited, Author::getSlug),
                slugs(tagged, Location::getSlug), slugs(about, Topic::getSlug),
                slugs(speakers, source -> source.getId().toString()), day == null ? null : day.getYear()));
    }

    /** Up to n distinct elements, the first ones more often. */
    private <T> List<T> pick(List<T> from, int n) {
        List<T> picked = new ArrayList<>();
        while (picked.size() < n) {
            T one = from.get(Math.min(random.nextInt(from.size()), random.nextInt(from.size())));
            if (!picked.contains(one)) {
                picked.add(one);
            }
        }
        return picked;
    }

    private static <T> Set<String> slugs(List<T> tags, Function<T, String> slug) {
        return tags.stream().map(slug).collect(Collectors.toSet());
    }

    private String sourceId(int i) {
        return transactions.execute(status -> sources.findByNormalizedNames(new String[] {"source " + i}).get(0)
                .getId().toString());
    }
}
