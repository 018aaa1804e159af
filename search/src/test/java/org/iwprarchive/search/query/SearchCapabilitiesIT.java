package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.author.AuthorRepository;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.location.LocationKind;
import org.iwprarchive.domain.location.LocationRepository;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.Source;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.domain.source.SourceRepository;
import org.iwprarchive.domain.topic.Topic;
import org.iwprarchive.domain.topic.TopicRepository;
import org.iwprarchive.search.index.SearchIndexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Filters, facets, highlights, query syntax, related articles and suggestions, over five fixture articles. */
@SpringBootTest(properties = "iwpr.test.context=search-capabilities") // its own database and index
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCapabilitiesIT {

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private SuggestionService suggestions;

    @Autowired
    private SearchIndexer indexer;

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
    private EntityManager entityManager;

    @Autowired
    private TransactionTemplate transactions;

    private long nato;
    private long babstSourceId;

    @BeforeAll
    void storeFixtureArticles() {
        transactions.executeWithoutResult(status -> {
            Location asia = locations.save(new Location("Central Asia", "central-asia", LocationKind.REGION));
            Location uzbekistan = new Location("Uzbekistan", "uzbekistan", LocationKind.COUNTRY);
            uzbekistan.placeIn(asia);
            locations.save(uzbekistan);
            Location kazakstan = new Location("Kazakstan", "kazakstan", LocationKind.COUNTRY);
            kazakstan.placeIn(asia);
            locations.save(kazakstan);
            Location caucasus = locations.save(new Location("Caucasus", "caucasus", LocationKind.REGION));
            Location georgia = new Location("Georgia", "georgia", LocationKind.COUNTRY);
            georgia.placeIn(caucasus);
            locations.save(georgia);
            Topic security = topics.save(new Topic("Security", "security"));
            Topic elections = topics.save(new Topic("Elections", "elections"));
            Author saule = authors.save(new Author("Saule Mukhametrakhimova", "saule-mukhametrakhimova"));
            Author giorgi = authors.save(new Author("Giorgi Lomsadze", "giorgi-lomsadze"));
            Source babst = sources.save(new Source("Stefanie Babst", "stefanie babst", SourceKind.PERSON));
            Source nazarbaev = sources.save(new Source("Nursultan Nazarbaev", "nursultan nazarbaev", SourceKind.PERSON));
            babstSourceId = babst.getId();

            Article a = article("nato-looks-central-asia", "NATO Looks to Central Asia", LocalDate.of(2002, 12, 6),
                    "The region is a main transit route for smugglers taking narcotics from Afghanistan to Russia.",
                    "Kazak president Nursultan Nazarbaev said the volume of narcotics had increased.");
            a.creditAuthors(List.of(saule));
            a.tagLocations(List.of(uzbekistan, kazakstan));
            a.tagTopics(List.of(security));
            articles.save(a);
            a.replaceQuotations(List.of(
                    new Quotation(a, babst, "It is via this route that drugs find their way", QuotationKind.DIRECT,
                            "NATO spokeswoman", "said", 0),
                    new Quotation(a, nazarbaev, "the volume of narcotics had increased", QuotationKind.INDIRECT,
                            "Kazak president", "said", 1)));
            nato = a.getId();

            Article b = article("kazak-oil-boom", "Kazak Oil Town Counts the Cost of Boom", LocalDate.of(2012, 5, 14),
                    "Residents of Atyrau say the oil money has not reached them <yet>.",
                    "Nazarbaev promised that the money would reach ordinary people.");
            b.tagLocations(List.of(kazakstan));
            articles.save(b);
            b.replaceQuotations(List.of(new Quotation(b, nazarbaev, "the money would reach ordinary people",
                    QuotationKind.INDIRECT, null, "promised", 0)));

            Article c = article("georgia-election", "Georgia Votes in Tense Election", LocalDate.of(2008, 5, 21),
                    "Observers said the vote was marred by pressure on public sector employees.",
                    "Drug smuggling across the Black Sea was not an issue in the campaign.");
            c.creditAuthors(List.of(giorgi));
            c.tagLocations(List.of(georgia));
            c.tagTopics(List.of(elections));
            articles.save(c);

            Article d = article("uzbek-narcotics-trade", "Uzbek Border Guards Seize Narcotics",
                    LocalDate.of(2004, 3, 2), "Guards on the Afghan border seized two tonnes of heroin.",
                    "Officials said smugglers were using new routes through Uzbekistan.");
            d.tagLocations(List.of(uzbekistan));
            d.tagTopics(List.of(security));
            articles.save(d);

            Article e = article("undated-note", "An Undated Note on Smuggling", null, "Smuggling notes without a date.");
            articles.save(e);

            Article f = article("border-talks", "Border Talks Resume", LocalDate.of(2010, 4, 1),
                    "Negotiations between the two governments resumed after a year.");
            articles.save(f);
        });
    }

    @Test
    void aRegionFilterIncludesItsCountries() {
        ArticleSearchResult inRegion = search.search(query("", List.of("central-asia"), List.of(), List.of(), List.of()));
        ArticleSearchResult inCountry = search.search(query("", List.of("kazakstan"), List.of(), List.of(), List.of()));

        assertThat(titles(inRegion)).containsExactly("Kazak Oil Town Counts the Cost of Boom",
                "Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia");
        assertThat(titles(inCountry)).containsExactly("Kazak Oil Town Counts the Cost of Boom",
                "NATO Looks to Central Asia");
    }

    @Test
    void filtersByAuthorTopicSourceDatesAndLanguage() {
        assertThat(titles(search.search(query("", List.of(), List.of("giorgi-lomsadze"), List.of(), List.of()))))
                .containsExactly("Georgia Votes in Tense Election");
        assertThat(titles(search.search(query("", List.of(), List.of(), List.of("security"), List.of()))))
                .containsExactly("Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia");
        assertThat(titles(search.search(query("", List.of(), List.of(), List.of(), List.of(String.valueOf(babstSourceId))))))
                .containsExactly("NATO Looks to Central Asia");
        ArticleQuery dated = new ArticleQuery("", null, null, null, null, LocalDate.of(2004, 1, 1),
                LocalDate.of(2008, 12, 31), null, null, 0, 10);
        assertThat(titles(search.search(dated))).containsExactly("Georgia Votes in Tense Election",
                "Uzbek Border Guards Seize Narcotics");
        ArticleQuery russian = new ArticleQuery("", null, null, null, null, null, null, "ru", null, 0, 10);
        assertThat(search.search(russian).total()).isZero();
    }

    @Test
    void countsOnlyTheFacetsAskedForAndYearsWithinTheDates() {
        ArticleQuery dated = new ArticleQuery("", null, null, null, null, LocalDate.of(2004, 1, 1),
                LocalDate.of(2008, 12, 31), null, null, 0, 10, java.util.Set.of(SearchFacet.YEAR, SearchFacet.LOCATION));

        ArticleSearchResult result = search.search(dated);

        assertThat(result.facets()).extracting(Facet::field).containsExactly("location", "year");
        assertThat(facet(result, "year")).containsOnly(Map.entry("2004", 1L), Map.entry("2008", 1L));
        ArticleQuery none = new ArticleQuery("narcotics", null, null, null, null, null, null, null, null, 0, 10,
                java.util.Set.of());
        assertThat(search.search(none).facets()).isEmpty();
        assertThat(search.search(none).total()).isEqualTo(2);
    }

    @Test
    void countsFacetsWithEveryOtherFilter() {
        ArticleSearchResult result = search.search(query("narcotics", List.of("kazakstan"), List.of(), List.of(), List.of()));

        assertThat(titles(result)).containsExactly("NATO Looks to Central Asia");
        // the location facet ignores its own filter: Uzbekistan still counts both narcotics articles
        assertThat(facet(result, "location")).containsExactly(Map.entry("uzbekistan", 2L), Map.entry("kazakstan", 1L));
        // asked again, the counts come from the cache in the same order
        ArticleSearchResult again = search.search(query("narcotics", List.of("kazakstan"), List.of(), List.of(),
                List.of()));
        assertThat(facet(again, "location")).containsExactly(Map.entry("uzbekistan", 2L), Map.entry("kazakstan", 1L));
        assertThat(facet(result, "topic")).containsExactly(Map.entry("security", 1L));
        assertThat(facet(result, "year")).containsExactly(Map.entry("2002", 1L));
        assertThat(facet(result, "source")).containsEntry(String.valueOf(babstSourceId), 1L);
        assertThat(result.facets().stream().filter(f -> f.field().equals("location")).findFirst().orElseThrow()
                .values()).anySatisfy(v -> assertThat(v.label()).isEqualTo("Uzbekistan"));
    }

    @Test
    void highlightsMatchesAndEscapesTheRest() {
        ArticleSearchResult result = search.search(ArticleQuery.text("reached", 0, 10));

        ArticleHit hit = result.hits().get(0);
        assertThat(hit.highlights().get("body")).containsExactly(
                "Residents of Atyrau say the oil money has not <mark>reached</mark> them &lt;yet&gt;.",
                "Nazarbaev promised that the money would <mark>reach</mark> ordinary people.");
        assertThat(search.search(ArticleQuery.text("narcotics", 0, 10)).hits().get(0).highlights().get("title"))
                .containsExactly("Uzbek Border Guards Seize <mark>Narcotics</mark>");
    }

    @Test
    void marksEachWordInTheFieldThatHoldsItWhenTheWordsAreInDifferentFields() {
        // "narcotics" stands in the title only, "tonnes" in the body only: the article matches both words
        ArticleHit hit = search.search(ArticleQuery.text("narcotics tonnes -zeppelin", 0, 10)).hits().get(0);
        assertThat(hit.highlights().get("title")).containsExactly("Uzbek Border Guards Seize <mark>Narcotics</mark>");
        assertThat(hit.highlights().get("body"))
                .containsExactly("Guards on the Afghan border seized two <mark>tonnes</mark> of heroin.");
    }

    @Test
    void highlightsPhrasesPrefixesMisspellingsAndScopedTermsInTheirOwnFieldOnly() {
        ArticleHit phrase = search.search(ArticleQuery.text("\"transit route\"", 0, 10)).hits().get(0);
        assertThat(phrase.highlights()).containsOnlyKeys("body");
        // a phrase is marked as one
        assertThat(phrase.highlights().get("body")).containsExactly("The region is a main <mark>transit route</mark> "
                + "for smugglers taking narcotics from Afghanistan to Russia.");

        ArticleHit prefix = search.search(ArticleQuery.text("heroi*", 0, 10)).hits().get(0);
        assertThat(prefix.highlights().get("body"))
                .containsExactly("Guards on the Afghan border seized two tonnes of <mark>heroin</mark>.");

        List<ArticleHit> misspelt = search.search(ArticleQuery.text("narcotcs~", 0, 10)).hits();
        assertThat(misspelt).extracting(ArticleHit::title)
                .containsExactly("Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia");
        assertThat(misspelt.get(0).highlights().get("title"))
                .containsExactly("Uzbek Border Guards Seize <mark>Narcotics</mark>");

        // "vote" is in both the title and the body of the Georgia article; a scoped term marks its own field
        ArticleHit inTitle = search.search(ArticleQuery.text("title:vote", 0, 10)).hits().get(0);
        assertThat(inTitle.highlights()).containsOnlyKeys("title");
        assertThat(inTitle.highlights().get("title")).containsExactly("Georgia <mark>Votes</mark> in Tense Election");
        ArticleHit inBody = search.search(ArticleQuery.text("body:vote", 0, 10)).hits().get(0);
        assertThat(inBody.highlights()).containsOnlyKeys("body");
        assertThat(inBody.highlights().get("body"))
                .containsExactly("Observers said the <mark>vote</mark> was marred by pressure on public sector employees.");
    }

    @Test
    void hitsCarryTheirAuthorsPlacesAndTopicsWithTheSlugsThatFilterByThem() {
        ArticleHit nato = search.search(ArticleQuery.text("\"transit route\"", 0, 10)).hits().get(0);

        assertThat(nato.authors()).containsExactly(new ArticleHit.Tag("Saule Mukhametrakhimova",
                "saule-mukhametrakhimova"));
        assertThat(nato.places()).containsExactlyInAnyOrder(new ArticleHit.Tag("Uzbekistan", "uzbekistan"),
                new ArticleHit.Tag("Kazakstan", "kazakstan"));
        assertThat(nato.topics()).containsExactly(new ArticleHit.Tag("Security", "security"));
    }

    @Test
    void findsPrefixesAndMisspellingsOnTheWordsAsWrittenNotTheirStems() {
        // "negotiations" is indexed as the stem "negoti": a prefix longer than the stem still finds it
        assertThat(titles(search.search(ArticleQuery.text("negotiat*", 0, 10)))).containsExactly("Border Talks Resume");
        assertThat(titles(search.search(ArticleQuery.text("negotations~", 0, 10)))).containsExactly("Border Talks Resume");
        ArticleHit marked = search.search(ArticleQuery.text("negotiat*", 0, 10)).hits().get(0);
        assertThat(marked.highlights().get("body")).containsExactly(
                "<mark>Negotiations</mark> between the two governments resumed after a year.");
        // a short fuzzy word takes one edit and keeps its first letter: "nato~" is not "to", "at" or "not"
        assertThat(titles(search.search(ArticleQuery.text("nato~", 0, 10)))).containsExactly("NATO Looks to Central Asia");
        assertThat(search.search(ArticleQuery.text("nato~", 0, 10)).hits().get(0).highlights().get("body")).isNull();
        // a function word is looked for as written, never approximately
        assertThat(TextQueryParser.edits("nato")).isEqualTo(1);
        assertThat(TextQueryParser.edits("to")).isZero();
        assertThat(TextQueryParser.edits("narcotics")).isEqualTo(2);
    }

    @Test
    void sortsByRelevanceNewestAndOldest() {
        assertThat(titles(search.search(ArticleQuery.text("narcotics", 0, 10)))).containsExactly(
                "Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia");
        ArticleQuery newest = new ArticleQuery("smuggling | smugglers", null, null, null, null, null, null, null,
                SearchSort.NEWEST, 0, 10);
        ArticleQuery oldest = new ArticleQuery("smuggling | smugglers", null, null, null, null, null, null, null,
                SearchSort.OLDEST, 0, 10);
        assertThat(titles(search.search(newest))).containsExactly("Georgia Votes in Tense Election",
                "Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia", "An Undated Note on Smuggling");
        assertThat(titles(search.search(oldest))).containsExactly("NATO Looks to Central Asia",
                "Uzbek Border Guards Seize Narcotics", "Georgia Votes in Tense Election", "An Undated Note on Smuggling");
    }

    @Test
    void understandsPhrasesPrefixesFuzzyBooleansAndFields() {
        assertThat(titles(search.search(ArticleQuery.text("\"oil money\"", 0, 10))))
                .containsExactly("Kazak Oil Town Counts the Cost of Boom");
        assertThat(titles(search.search(ArticleQuery.text("atyr*", 0, 10))))
                .containsExactly("Kazak Oil Town Counts the Cost of Boom");
        assertThat(titles(search.search(ArticleQuery.text("narcotcs~", 0, 10))))
                .containsExactly("Uzbek Border Guards Seize Narcotics", "NATO Looks to Central Asia");
        assertThat(titles(search.search(ArticleQuery.text("heroin OR atyrau", 0, 10))))
                .containsExactlyInAnyOrder("Uzbek Border Guards Seize Narcotics", "Kazak Oil Town Counts the Cost of Boom");
        assertThat(titles(search.search(ArticleQuery.text("narcotics NOT heroin", 0, 10))))
                .containsExactly("NATO Looks to Central Asia");
        assertThat(titles(search.search(ArticleQuery.text("title:narcotics", 0, 10))))
                .containsExactly("Uzbek Border Guards Seize Narcotics");
        assertThat(titles(search.search(ArticleQuery.text("(smuggling | smugglers) -title:smuggling", 0, 10))))
                .containsExactlyInAnyOrder("Georgia Votes in Tense Election", "Uzbek Border Guards Seize Narcotics",
                        "NATO Looks to Central Asia");
        assertThat(titles(search.search(ArticleQuery.text("author:mukhametrakhimova", 0, 10))))
                .containsExactly("NATO Looks to Central Asia");
        assertThat(titles(search.search(ArticleQuery.text("location:georgia", 0, 10))))
                .containsExactly("Georgia Votes in Tense Election");
        assertThat(titles(search.search(ArticleQuery.text("source:\"Stefanie Babst\"", 0, 10))))
                .containsExactly("NATO Looks to Central Asia");
    }

    @Test
    void searchesSpellingVariantsAsOne() {
        assertThat(titles(search.search(ArticleQuery.text("Nazarbayev", 0, 10))))
                .containsExactlyInAnyOrder("NATO Looks to Central Asia", "Kazak Oil Town Counts the Cost of Boom");
        assertThat(titles(search.search(ArticleQuery.text("kazakh oil", 0, 10))))
                .containsExactly("Kazak Oil Town Counts the Cost of Boom");
    }

    @Test
    void matchesAVariantOfSeveralWordsEitherWay() {
        List<Long> ids = transactions.execute(status -> List.of(
                articles.save(article("old-capital", "Letter From the Old Capital", LocalDate.of(1996, 3, 1),
                        "Traders in Alma-Ata still call the city by its Soviet name.")).getId(),
                articles.save(article("new-capital", "Business Moves South", LocalDate.of(2015, 3, 1),
                        "Almaty remains the business capital.")).getId(),
                articles.save(article("apple-market", "Apples and Grandfathers", LocalDate.of(1996, 3, 2),
                        "An ata sold an alma in the bazaar.")).getId()));
        try {
            ArticleSearchResult byNewName = search.search(ArticleQuery.text("Almaty", 0, 10));
            // the variant's words are required, not side by side: the query builder makes no phrase of them
            assertThat(titles(byNewName)).containsExactlyInAnyOrder("Letter From the Old Capital",
                    "Business Moves South", "Apples and Grandfathers");
            assertThat(byNewName.hits().stream().filter(h -> h.title().startsWith("Letter")).findFirst()
                    .orElseThrow().highlights().get("body"))
                    .containsExactly("Traders in <mark>Alma</mark>-<mark>Ata</mark> still call the city by its Soviet name.");
            assertThat(titles(search.search(ArticleQuery.text("Alma-Ata business", 0, 10))))
                    .containsExactly("Business Moves South");
            // quoted, the old name is a phrase: both names of the city, not the two words apart
            assertThat(titles(search.search(ArticleQuery.text("\"alma ata\"", 0, 10))))
                    .containsExactlyInAnyOrder("Letter From the Old Capital", "Business Moves South");
        } finally {
            transactions.executeWithoutResult(status -> ids.forEach(articles::deleteById));
        }
    }

    @Test
    void saysWhereAQueryCannotBeRead() {
        assertThatThrownBy(() -> search.search(ArticleQuery.text("drug \"trade", 0, 10)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("the quotation mark at position 5 is never closed")
                .extracting(e -> ((InvalidQueryException) e).position()).isEqualTo(5);
        assertThatThrownBy(() -> search.search(ArticleQuery.text("(drug OR heroin", 0, 10)))
                .hasMessage("'(' at position 0 is never closed");
        assertThatThrownBy(() -> search.search(ArticleQuery.text("drug)", 0, 10)))
                .hasMessage("')' at position 4 closes nothing");
        assertThatThrownBy(() -> search.search(ArticleQuery.text("colour:red", 0, 10)))
                .hasMessageStartingWith("unknown field 'colour' at position 0");
    }

    @Test
    void findsRelatedArticlesByWordsPlacesAndSources() {
        List<ArticleHit> related = search.related(nato, 3);

        assertThat(related).extracting(ArticleHit::title).first().isIn("Uzbek Border Guards Seize Narcotics",
                "Kazak Oil Town Counts the Cost of Boom");
        assertThat(related).extracting(ArticleHit::id).doesNotContain(nato);
        assertThat(search.related(987654L, 3)).isNull();
    }

    @Test
    void suggestsNamesPlacesAndTitles() {
        long nazarbaev = sources.findByNormalizedNames(new String[] {"nursultan nazarbaev"}).get(0).getId();
        assertThat(suggestions.suggest("nazar", 10)).containsExactly(
                new Suggestion("source", "Nursultan Nazarbaev", Long.toString(nazarbaev)));
        long uzbek = articles.findByCanonicalUrl("https://iwpr.net/global-voices/uzbek-narcotics-trade").orElseThrow()
                .getId();
        assertThat(suggestions.suggest("uzb", 10)).containsExactly(new Suggestion("place", "Uzbekistan", "uzbekistan"),
                new Suggestion("title", "Uzbek Border Guards Seize Narcotics", Long.toString(uzbek)));
        assertThat(suggestions.suggest("k", 10)).isEmpty();
    }

    @Test
    void multiSelectFacetCountsFollowEveryWrite() {
        ArticleQuery inUzbekistan = query("heroin", List.of("uzbekistan"), List.of(), List.of(), List.of());
        assertThat(facet(search.search(inUzbekistan), "location")).containsEntry("uzbekistan", 1L)
                .doesNotContainKey("kazakstan");
        // the same counts again (from the cache: nothing was written)
        assertThat(facet(search.search(inUzbekistan), "location")).containsEntry("uzbekistan", 1L);

        long id = transactions.execute(status -> {
            Article added = article("kazak-heroin-seizure", "Kazak Police Seize Heroin", LocalDate.of(2010, 1, 1),
                    "Police in Shymkent seized heroin bound for Russia.");
            added.tagLocations(List.of(locations.findBySlug("kazakstan").orElseThrow()));
            return articles.save(added).getId();
        });
        try {
            // a new segment: the location pass is counted again and sees Kazakstan
            assertThat(facet(search.search(inUzbekistan), "location")).containsEntry("uzbekistan", 1L)
                    .containsEntry("kazakstan", 1L);
        } finally {
            transactions.executeWithoutResult(status -> articles.deleteById(id));
        }
        // a deletion changes the segment's reader too
        assertThat(facet(search.search(inUzbekistan), "location")).doesNotContainKey("kazakstan");
    }

    @Test
    void keepsTheIndexEqualToTheDatabaseThroughUpdateDeleteAndRebuild() {
        long before = articles.count();
        long id = transactions.execute(status -> articles.save(article("temporary-story", "Temporary Story",
                LocalDate.of(2020, 1, 1), "A zebra crossing in Dushanbe.")).getId());
        assertThat(search.search(ArticleQuery.text("zebra", 0, 10)).total()).isEqualTo(1);

        transactions.executeWithoutResult(status -> articles.findById(id).orElseThrow().revise(
                new ArticleContent("Temporary Story", null, List.of("A giraffe in Dushanbe."), null, "en"),
                Instant.now()));
        assertThat(search.search(ArticleQuery.text("zebra", 0, 10)).total()).isZero();
        assertThat(search.search(ArticleQuery.text("giraffe", 0, 10)).total()).isEqualTo(1);

        transactions.executeWithoutResult(status -> articles.deleteById(id));
        assertThat(search.search(ArticleQuery.text("giraffe", 0, 10)).total()).isZero();
        assertThat(search.search(ArticleQuery.text("", 0, 100)).total()).isEqualTo(articles.count()).isEqualTo(before);

        indexer.rebuild();
        ArticleSearchResult all = search.search(ArticleQuery.text("", 0, 100));
        assertThat(all.total()).isEqualTo(articles.count());
        assertThat(all.hits()).extracting(ArticleHit::id)
                .containsExactlyInAnyOrderElementsOf(articles.findAllIds());
        assertThat(titles(search.search(query("", List.of("central-asia"), List.of(), List.of(), List.of())))).hasSize(3);
    }

    private Article article(String slug, String title, LocalDate published, String... paragraphs) {
        return new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, null, List.of(paragraphs), published, "en"), Instant.now());
    }

    private static ArticleQuery query(String text, List<String> places, List<String> authors, List<String> topics,
                                      List<String> sources) {
        return new ArticleQuery(text, places, authors, topics, sources, null, null, null, null, 0, 10);
    }

    private static List<String> titles(ArticleSearchResult result) {
        return result.hits().stream().map(ArticleHit::title).toList();
    }

    private static Map<String, Long> facet(ArticleSearchResult result, String field) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        result.facets().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow()
                .values().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }
}
