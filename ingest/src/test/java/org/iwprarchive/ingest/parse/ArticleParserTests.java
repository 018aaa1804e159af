package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.iwprarchive.ingest.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.domain.location.LocationKind;
import org.junit.jupiter.api.Test;

class ArticleParserTests {

    private static final String NATO_URL = "https://iwpr.net/global-voices/nato-looks-central-asia";
    private static final String STANDFIRST = "The strategically-important former Soviet republics now have the "
            + "opportunity to work more closely with the alliance.";
    private static final String BIO = "Saule Mukhametrakhimova is IWPR's Central Asia Project Manager in London.";
    private static final String FIRST_PARAGRAPH = "The ongoing \"war on terror\" has led to a change in how NATO "
            + "views the Central Asian nations.";
    private static final String LAST_PARAGRAPH = "An official from a western political institution told IWPR "
            + "admitted there is not much the alliance can do to encourage Central Asian leaders to improve "
            + "democracy in the region. \"NATO is an inter-governmental organisation. It does not have the apparatus "
            + "to influence these countries in the same way as the individual countries in the alliance can,\" he "
            + "said.";

    private final ArticleParser parser = new ArticleParser();

    @Test
    void readsEveryFieldOfThePrintView() {
        ParsedArticle article = parser.parse(Fixtures.bytes("nato-looks-central-asia.txt"), "text/plain",
                "https://www.iwpr.net./global-voices/nato-looks-central-asia");

        assertThat(article.canonicalUrl()).isEqualTo(NATO_URL);
        assertThat(article.slug()).isEqualTo("nato-looks-central-asia");
        assertThat(article.content().title()).isEqualTo("NATO Looks to Central Asia");
        assertThat(article.content().standfirst()).isEqualTo(STANDFIRST);
        assertThat(article.content().publishedOn()).isNull();
        assertThat(article.content().language()).isEqualTo("en");
        assertThat(article.authors()).containsExactly(
                new ParsedAuthor("Saule Mukhametrakhimova", "saule-mukhametrakhimova", BIO, null));
        assertThat(article.content().paragraphs()).hasSize(17)
                .startsWith(FIRST_PARAGRAPH)
                .endsWith(LAST_PARAGRAPH)
                .doesNotContain(BIO, STANDFIRST);
        assertThat(article.locations()).extracting(ParsedLocation::name)
                .containsExactly("Caucasus", "Central Asia", "Uzbekistan", "Turkmenistan");
        assertThat(article.locations()).extracting(ParsedLocation::kind)
                .containsExactly(LocationKind.REGION, LocationKind.REGION, LocationKind.COUNTRY, LocationKind.COUNTRY);
        assertThat(article.locations().get(2).parent().slug()).isEqualTo("central-asia");
        assertThat(article.topics()).isEmpty();
        assertThat(article.fieldRules())
                .containsEntry("title", "print:first-line")
                .containsEntry("authors", "print:author-label")
                .containsEntry("authors.bio", "text:bio-paragraph")
                .containsEntry("canonicalUrl", "print:source-url")
                .containsEntry("standfirst", "print:first-paragraph")
                .containsEntry("locations", "print:location-label");
    }

    @Test
    void readsTheModernTemplateFromStructuredDataAndDrupalFields() {
        ParsedArticle article = parser.parse(Fixtures.bytes("nato-looks-central-asia.html"), "text/html; charset=utf-8",
                "https://iwpr.net/a1b2c3d4");

        assertThat(article.canonicalUrl()).isEqualTo(NATO_URL);
        assertThat(article.content().title()).isEqualTo("NATO Looks to Central Asia");
        assertThat(article.content().standfirst()).isEqualTo(STANDFIRST);
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2002, 12, 6));
        assertThat(article.content().language()).isEqualTo("en");
        assertThat(article.authors()).containsExactly(new ParsedAuthor("Saule Mukhametrakhimova",
                "saule-mukhametrakhimova", BIO, "https://iwpr.net/authors/saule-mukhametrakhimova"));
        assertThat(article.content().paragraphs()).hasSize(17)
                .startsWith(FIRST_PARAGRAPH)
                .endsWith(LAST_PARAGRAPH)
                .noneMatch(p -> p.contains("(Photo:"))
                .noneMatch(p -> p.startsWith("This publication was prepared"))
                .noneMatch(p -> p.equals("Stefanie Babst, NATO spokeswoman"))
                .noneMatch(p -> p.equals("Support our journalists"));
        assertThat(article.locations()).extracting(ParsedLocation::slug)
                .containsExactly("caucasus", "central-asia", "uzbekistan", "turkmenistan");
        assertThat(article.locations().get(3).parent().name()).isEqualTo("Central Asia");
        assertThat(article.topics()).containsExactly(new ParsedTopic("Conflict", "conflict"),
                new ParsedTopic("International Relations", "international-relations"));
        assertThat(article.fieldRules())
                .containsEntry("canonicalUrl", "link[rel=canonical]")
                .containsEntry("title", "json-ld:headline")
                .containsEntry("standfirst", "drupal:standfirst")
                .containsEntry("publishedOn", "json-ld:datePublished")
                .containsEntry("authors", "json-ld:author")
                .containsEntry("authors.bio", "drupal:author-bio")
                .containsEntry("body", "drupal:.field--name-body")
                .containsEntry("locations", "drupal:location-tags")
                .containsEntry("topics", "drupal:topic-tags")
                .containsEntry("language", "json-ld:inLanguage");
    }

    @Test
    void readsAnOldTemplateWithABylineOfTwoAuthorsAndAWrittenDate() {
        ParsedArticle article = parser.parse(Fixtures.bytes("old-template-byline.html"), "text/html",
                "http://www.iwpr.net./global-voices/kyrgyz-opposition-rallies-bishkek/?utm_campaign=x#top");

        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek");
        assertThat(article.content().title()).isEqualTo("Kyrgyz Opposition Rallies in Bishkek");
        assertThat(article.content().standfirst()).isNull();
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2005, 2, 21));
        assertThat(article.authors()).containsExactly(
                new ParsedAuthor("Aida Kasymalieva", "aida-kasymalieva", "Aida Kasymalieva is an IWPR contributor in Bishkek.", null),
                new ParsedAuthor("Leila Saralaeva", "leila-saralaeva", "Leila Saralaeva is a freelance journalist.", null));
        assertThat(article.content().paragraphs()).containsExactly(
                "Several thousand opposition supporters gathered in the centre of the Kyrgyz capital on Sunday to "
                        + "protest against the conduct of the parliamentary election.",
                "\"We will not accept these results,\" said opposition leader Roza Otunbaeva.");
        assertThat(article.fieldRules())
                .containsEntry("title", "markup:title")
                .containsEntry("authors", "text:byline")
                .containsEntry("publishedOn", "text:date-line")
                .containsEntry("canonicalUrl", "source-url")
                .containsEntry("body", "layout:densest-block-of-#content");
    }

    @Test
    void dropsTheOldSitesNavigationStateAndReadsARearrangedListingPathAndAnAuthorsNoteAfterTheBody() {
        String html = "<html><head><title>Teachers Leave Kharkiv | IWPR</title></head><body><main><article>"
                + "<a href=\"/global-voices/europe-eurasia/ukraine\">Ukraine</a><h1>Teachers Leave Kharkiv</h1>"
                + "<p>By Iryna Bondar</p><div class=text><p>" + "Teachers are leaving the city's schools. ".repeat(4)
                + "</p><p>" + "Those who stay teach online. ".repeat(4) + "</p></div><div class=note><p>Iryna Bondar is "
                + "an IWPR contributor in Kharkiv.</p></div></article></main></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html",
                "http://www.iwpr.net/?p=rca&s=f&o=259893&apc_state=henprca259893");

        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/?p=rca&s=f&o=259893");
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Ukraine");
        assertThat(article.authors()).extracting(ParsedAuthor::bio)
                .containsExactly("Iryna Bondar is an IWPR contributor in Kharkiv.");
        assertThat(article.content().paragraphs()).hasSize(2);
        assertThat(article.fieldRules())
                .containsEntry("locations", "link:location-path")
                .containsEntry("authors.bio", "layout:bio-paragraph");
    }

    @Test
    void readsAnHCardsFormattedNameAndAnHAtomDate() {
        String html = "<html><head><title>Villagers Wait | IWPR</title></head><body><div class=hentry>"
                + "<h2 class=entry-title>Villagers Wait</h2><p class=\"byline vcard author\"><span class=fn>Nino "
                + "Gerzmava</span>, <abbr class=published title=\"2010-08-06T09:30:00+04:00\">6 August</abbr></p>"
                + "<div class=entry-content><p>" + "The houses still stand empty near the boundary line. ".repeat(3)
                + "</p></div></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html",
                "https://iwpr.net/global-voices/villagers-wait");

        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Nino Gerzmava");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2010, 8, 6));
        assertThat(article.fieldRules()).containsEntry("publishedOn", "microformat:published");
    }

    @Test
    void readsTheEarlierDrupalTemplateWithItsBylineFieldRdfaDateAndLabelledTaxonomyFields() {
        ParsedArticle article = parser.parse(Fixtures.bytes("drupal7-template.html"), "text/html",
                "https://iwpr.net/node/151604");

        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/global-voices/tajik-farmers-count-cost-cotton-debt");
        assertThat(article.content().title()).isEqualTo("Tajik Farmers Count Cost of Cotton Debt");
        assertThat(article.content().standfirst()).isEqualTo("Growers say the state's cotton targets leave them "
                + "owing more each season than their harvest earns.");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2010, 3, 18));
        assertThat(article.authors()).containsExactly(
                new ParsedAuthor("Nargis Hamroboeva", "nargis-hamroboeva",
                        "Nargis Hamroboeva is an IWPR contributor in Dushanbe.", null),
                new ParsedAuthor("Lola Olimova", "lola-olimova", "Lola Olimova is IWPR's Tajikistan editor.", null));
        assertThat(article.content().paragraphs()).hasSize(3)
                .startsWith("Farmers in southern Tajikistan say debts to cotton investors have grown so large that "
                        + "many families can no longer pay for seed.")
                .noneMatch(p -> p.contains("Photo") || p.contains("Printer-friendly") || p.contains("Gray's Inn"));
        assertThat(article.locations()).extracting(ParsedLocation::name, ParsedLocation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tajikistan", LocationKind.COUNTRY));
        assertThat(article.locations().get(0).parent().slug()).isEqualTo("central-asia");
        assertThat(article.topics()).containsExactly(new ParsedTopic("Economy", "economy"),
                new ParsedTopic("Agriculture", "agriculture"));
        assertThat(article.fieldRules())
                .containsEntry("standfirst", "drupal:standfirst")
                .containsEntry("authors", "drupal:authors")
                .containsEntry("publishedOn", "rdfa:dc:date")
                .containsEntry("body", "drupal:.field-name-body")
                .containsEntry("locations", "label:location")
                .containsEntry("topics", "label:topic");
    }

    @Test
    void readsTheArticleASchemaOrgMicrodataTemplateDescribesAndOnlyTheLinksAfterEachLabel() {
        ParsedArticle article = parser.parse(Fixtures.bytes("microdata-template.html"), "text/html",
                "https://iwpr.net/global-voices/uzbek-farmers-count-cost-cotton-quota");

        assertThat(article.content().title()).isEqualTo("Uzbek Farmers Count Cost of Cotton Quota");
        assertThat(article.content().standfirst()).isEqualTo("State demands for ever bigger harvests leave growers "
                + "in debt to the local authorities.");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2009, 10, 12));
        assertThat(article.authors()).containsExactly(
                new ParsedAuthor("Galima Ismailova", "galima-ismailova", null,
                        "https://iwpr.net/global-voices/authors/galima-ismailova"),
                new ParsedAuthor("Rustam Nazarov", "rustam-nazarov", null, null));
        // the body is the article's, without the page's footer or sidebar
        assertThat(article.content().paragraphs()).hasSize(3)
                .noneMatch(p -> p.contains("Gray's Inn") || p.contains("Most read"));
        // two labels in one block: each takes the links after it, up to the next
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Uzbekistan");
        assertThat(article.topics()).containsExactly(new ParsedTopic("Economy", "economy"),
                new ParsedTopic("Human Rights", "human-rights"));
        assertThat(article.fieldRules())
                .containsEntry("title", "microdata:headline")
                .containsEntry("standfirst", "microdata:description")
                .containsEntry("authors", "microdata:author")
                .containsEntry("publishedOn", "microdata:datePublished")
                .containsEntry("body", "microdata:articleBody")
                .containsEntry("locations", "label:location")
                .containsEntry("topics", "label:topic");
    }

    @Test
    void readsTheDublinCoreMetadataOfAnOldTableTemplate() {
        ParsedArticle article = parser.parse(Fixtures.bytes("dublin-core-template.html"), "text/html",
                "https://iwpr.net/global-voices/herat-traders-fear-new-border-rules");

        // the page's own title names the series, not the report
        assertThat(article.content().title()).isEqualTo("Herat Traders Fear New Border Rules");
        assertThat(article.content().standfirst()).isEqualTo("Merchants say customs changes on the Iranian frontier "
                + "are driving trade underground.");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2003, 7, 15));
        assertThat(article.authors()).extracting(ParsedAuthor::name)
                .containsExactly("Mohammad Shakib", "Hafizullah Gardesh");
        assertThat(article.content().paragraphs()).hasSize(3);
        // its subjects: the place the gazetteer knows is a place, the other a topic
        assertThat(article.locations()).extracting(ParsedLocation::name, ParsedLocation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Afghanistan", LocationKind.COUNTRY));
        assertThat(article.topics()).containsExactly(new ParsedTopic("Trade", "trade"));
        assertThat(article.fieldRules())
                .containsEntry("title", "dc:title")
                .containsEntry("standfirst", "dc:description")
                .containsEntry("authors", "dc:creator")
                .containsEntry("publishedOn", "dc:date")
                .containsEntry("locations", "dc:subject")
                .containsEntry("topics", "dc:subject");
    }

    @Test
    void readsAnArchiveTodayCaptureAsThePageItCapturedAtItsTime() {
        byte[] capture = Fixtures.bytes("templates-holdout-2/archive-today-2015.html");
        for (String given : new String[] {"https://archive.ph/abc12", null,
                "https://archive.is/2015.03.12-140211/https://iwpr.net/global-voices/tajik-migrants-return-home-rouble-falls"}) {
            ParsedArticle article = parser.parse(capture, "text/html", given);
            assertThat(article.canonicalUrl())
                    .isEqualTo("https://iwpr.net/global-voices/tajik-migrants-return-home-rouble-falls");
            assertThat(article.capturedAt()).isEqualTo(java.time.Instant.parse("2015-03-12T14:02:11Z"));
            assertThat(article.content().paragraphs()).noneMatch(p -> p.contains("archive.today"));
            assertThat(article.fieldRules()).containsEntry("capturedAt", "archive-today:header")
                    .containsEntry("locations", "layout:breadcrumb");
        }
        assertThat(parser.parse(capture, "text/html", null).fieldRules())
                .containsEntry("canonicalUrl", "archive-today:saved-from");
        // a capture of another site, or one that names no address: refused as any page off the site is
        String elsewhere = new String(capture, StandardCharsets.UTF_8)
                .replace("https://iwpr.net/global-voices/tajik-migrants-return-home-rouble-falls", "https://example.org/a");
        assertThatThrownBy(() -> parser.parse(elsewhere.getBytes(StandardCharsets.UTF_8), "text/html",
                "https://archive.ph/abc12")).isInstanceOf(InvalidArticleUrlException.class);
        assertThatThrownBy(() -> parser.parse("<html><body><h1>A page</h1><p>Text of it.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html", "https://archive.ph/abc12"))
                .isInstanceOf(InvalidArticleUrlException.class);
    }

    @Test
    void readsWrittenDatesWithAbbreviatedMonths() {
        byte[] page = ("<html><head><title>Dated</title></head><body><h1>Dated</h1><div class=\"submitted\">"
                + "Submitted on Sept. 3, 2009</div><p>Some text of the report.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ParsedArticle article = parser.parse(page, "text/html", "https://iwpr.net/global-voices/dated");

        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2009, 9, 3));
        assertThat(article.fieldRules()).containsEntry("publishedOn", "drupal:date");
    }

    @Test
    void readsTwoAuthorsWithAJointBioAndDropsCaptionsPullQuotesCreditsAndFunding() {
        ParsedArticle article = parser.parse(Fixtures.bytes("kazakstan-oil-town-two-authors.html"), "text/html",
                "https://iwpr.net/global-voices/kazakstan-oil-town-two-authors");

        String bio = "Dana Ismailova and Timur Nurbekov are IWPR-trained journalists in Atyrau.";
        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/global-voices/kazakstan-oil-town-two-authors");
        assertThat(article.content().title()).isEqualTo("Kazak Oil Town Counts the Cost of Boom");
        assertThat(article.content().standfirst()).isEqualTo("Residents of Atyrau say the money has not reached them.");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2012, 5, 14));
        assertThat(article.authors()).containsExactly(
                new ParsedAuthor("Dana Ismailova", "dana-ismailova", bio, "https://iwpr.net/authors/dana-ismailova"),
                new ParsedAuthor("Timur Nurbekov", "timur-nurbekov", bio, "https://iwpr.net/authors/timur-nurbekov"));
        assertThat(article.content().paragraphs()).containsExactly(
                "Atyrau has grown rich on oil, but many of its residents still live without running water.",
                "\u201cThe pipes were promised in 2008. We are still waiting,\u201d said Gulnara Sadykova, a teacher who "
                        + "lives on the outskirts of the town.",
                "Local officials say a new water main will be finished next year.");
        assertThat(article.locations()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Kazakstan");
            assertThat(l.kind()).isEqualTo(LocationKind.COUNTRY);
            assertThat(l.parent().slug()).isEqualTo("central-asia");
            assertThat(l.parent().parent().slug()).isEqualTo("europe-eurasia");
        });
        assertThat(article.topics()).extracting(ParsedTopic::slug).containsExactly("economy", "development");
        assertThat(article.fieldRules())
                .containsEntry("title", "og:title")
                .containsEntry("canonicalUrl", "link[rel=canonical]")
                .containsEntry("publishedOn", "meta:article:published_time")
                .containsEntry("authors", "drupal:authors")
                .containsEntry("authors.bio", "text:bio-paragraph");
    }

    @Test
    void findsTheArticlesAndTheNextPageOfAListing() {
        ListingLinks first = parser.listingLinks(Fixtures.bytes("listing-central-asia-page-0.html"),
                "https://iwpr.net/global-voices/europe-eurasia/central-asia");
        ListingLinks last = parser.listingLinks(Fixtures.bytes("listing-central-asia-page-1.html"),
                "https://iwpr.net/global-voices/europe-eurasia/central-asia?page=1");

        assertThat(first.articles()).containsExactly(
                "https://iwpr.net/global-voices/kazakstan-oil-town-two-authors",
                "https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek");
        assertThat(first.nextPages()).containsExactly("https://iwpr.net/global-voices/europe-eurasia/central-asia?page=1");
        assertThat(last.articles()).containsExactly("https://iwpr.net/global-voices/nato-looks-central-asia");
        assertThat(last.nextPages()).isEmpty();
    }

    @Test
    void tellsArticleAddressesFromListingsAndOtherPages() {
        assertThat(parser.isArticleUrl("https://iwpr.net/global-voices/nato-looks-central-asia")).isTrue();
        assertThat(parser.isArticleUrl("https://www.iwpr.net/ru/global-voices/nato-looks-central-asia")).isTrue();
        assertThat(parser.isArticleUrl("https://iwpr.net/global-voices/europe-eurasia")).isFalse();
        assertThat(parser.isArticleUrl("https://iwpr.net/global-voices/europe-eurasia/central-asia")).isFalse();
        assertThat(parser.isArticleUrl("https://iwpr.net/global-voices/topics")).isFalse();
        assertThat(parser.isArticleUrl("https://iwpr.net/about-us")).isFalse();
        assertThat(parser.isArticleUrl("https://example.org/global-voices/nato-looks-central-asia")).isFalse();
    }

    @Test
    void refusesAPageWithoutTitleOrText() {
        assertThatThrownBy(() -> parse("<html><body><p>   </p></body></html>", "text/html"))
                .isInstanceOf(UnparseablePageException.class).hasMessage("the page has no title");
        assertThatThrownBy(() -> parse("<html><head><title>Only a title</title></head><body></body></html>", "text/html"))
                .isInstanceOf(UnparseablePageException.class).hasMessage("the page has no article text");
        assertThatThrownBy(() -> parse("", "text/plain"))
                .isInstanceOf(UnparseablePageException.class).hasMessage("the page is empty");
    }

    @Test
    void refusesBinaryContentAndUnknownTypes() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        assertThatThrownBy(() -> parser.parse(binary, "text/html", NATO_URL))
                .isInstanceOf(UnparseablePageException.class).hasMessage("the page is binary data, not text");
        assertThatThrownBy(() -> parse("<p>x</p>", "application/json"))
                .isInstanceOf(UnparseablePageException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void refusesSourceUrlsOffTheSite() {
        // a web archive's capture of another site is off the site too, whichever archive replays it
        for (String url : List.of("https://example.org/global-voices/x", "file:///etc/passwd", "ftp://iwpr.net/x",
                "not a url", "", "https://web.archive.org/web/20150312140211/https://example.org/x",
                "https://wayback.archive-it.org/2135/20150312140211/https://example.org/x")) {
            assertThatThrownBy(() -> parser.parse("Title\n\nBody.".getBytes(StandardCharsets.UTF_8), "text/plain", url))
                    .as(url).isInstanceOf(InvalidArticleUrlException.class);
        }
    }

    @Test
    void readsAPrintViewsSourceAddressWithoutItsLinkNumbersAndDropsAPullQuote() {
        String html = "<html><head><title>Tbilisi Rents Soar</title></head><body><h1 class=print-title>Tbilisi Rents "
                + "Soar</h1><div class=print-created>Created 05/06/2014 - 09:15</div><div class=print-content><p>"
                + "Rents in the capital rose by a third this year, the statistics office says [1]. Landlords "
                + "blame the new arrivals from Russia.</p><blockquote><p>Rents in the capital rose by a third this "
                + "year</p></blockquote><p>Students have moved to the suburbs, a union says [2].</p></div><div>"
                + "<strong>Source URL:</strong> <a href=\"https://iwpr.net/global-voices/tbilisi-rents-soar\">"
                + "https://iwpr.net/global-voices/tbilisi-rents-soar</a></div><p><strong>Links:</strong><br>[1] "
                + "https://geostat.ge/rents<br>[2] https://union.ge/students</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html",
                "https://iwpr.net/print/global-voices/tbilisi-rents-soar");

        assertThat(article.canonicalUrl()).isEqualTo("https://iwpr.net/global-voices/tbilisi-rents-soar");
        assertThat(article.content().publishedOn()).isEqualTo(java.time.LocalDate.of(2014, 5, 6));
        assertThat(article.content().paragraphs()).containsExactly("Rents in the capital rose by a third this year, "
                + "the statistics office says. Landlords blame the new arrivals from Russia.",
                "Students have moved to the suburbs, a union says.");
        assertThat(article.fieldRules()).containsEntry("canonicalUrl", "label:source-url");
    }

    @Test
    void readsAPageFromGooglesCacheAsThePageItCachedWithItsSnapshotTime() {
        String address = "https://iwpr.net/global-voices/tbilisi-rents-soar";
        String html = "<html><head><div><div>This is Google's cache of <a href=\"" + address + "\">" + address
                + "</a>. It is a snapshot of the page as it appeared on 4 Jun 2016 08:15:00 GMT. The current page could "
                + "have changed in the meantime.</div></div><title>Tbilisi Rents Soar | IWPR</title></head><body><h1>"
                + "Tbilisi Rents Soar</h1><p>By Lela Kunchulia</p><p>" + "Rents rose by a third this year. ".repeat(3)
                + "</p><p>" + "Students have moved to the suburbs. ".repeat(3) + "</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html",
                "http://webcache.googleusercontent.com/search?q=cache:Xy12:" + address + "&hl=en");

        assertThat(article.canonicalUrl()).isEqualTo(address);
        assertThat(article.content().title()).isEqualTo("Tbilisi Rents Soar");
        assertThat(article.content().paragraphs()).hasSize(2).noneMatch(p -> p.contains("Google"));
        assertThat(article.capturedAt()).isEqualTo(java.time.Instant.parse("2016-06-04T08:15:00Z"));
        assertThat(article.fieldRules()).containsEntry("capturedAt", "google-cache:notice");
    }

    @Test
    void takesThePeopleOfTheBylineOverAnOrganisationStructuredDataNamesAndLeavesOutEditorsNotes() {
        String html = "<html><head><title>Tbilisi Rents Soar | IWPR</title><meta name=description content=\"IWPR: "
                + "independent reporting from the world's conflict zones.\"><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Tbilisi Rents Soar\",\"author\":{\"@type\":"
                + "\"Organization\",\"name\":\"Institute for War and Peace Reporting\"}}</script></head><body><h1>"
                + "Tbilisi Rents Soar</h1><div class=dek><h3><a href=/global-voices/other>Georgian Wine Exports Fall"
                + "</a></h3></div><p>By Lela Kunchulia in Tbilisi and Nino Abuladze in Batumi</p><p>"
                + "Rents rose by a third this year. ".repeat(3) + "</p><p>" + "Students have moved out. ".repeat(3)
                + "</p><p>This article was corrected on 2 May to give the right figure for rents.</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Lela Kunchulia", "Nino Abuladze");
        assertThat(article.content().standfirst()).isNull();
        assertThat(article.content().paragraphs()).hasSize(2);
    }

    @Test
    void readsABylineAndDatelineRunIntoTheFirstParagraphAndLeavesOutAnEditorsNote() {
        String html = "<html><head><title>Osh Bazaar Burns | IWPR</title></head><body><h1>Osh Bazaar Burns</h1>"
                + "<div class=story><p><b>By Aibek Asanov</b> \u2014 OSH, 14 April 2016 \u2014 A fire destroyed half of "
                + "the city's main bazaar overnight.</p><p>" + "Traders counted their losses. ".repeat(3) + "</p>"
                + "<p class=note>Aibek Asanov spoke to traders for this report. It has been edited for length.</p>"
                + "</div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().publishedOn()).isEqualTo(java.time.LocalDate.of(2016, 4, 14));
        assertThat(article.content().paragraphs()).hasSize(2)
                .first().isEqualTo("A fire destroyed half of the city's main bazaar overnight.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Aibek Asanov");
    }

    @Test
    void placesAnEditionsLocationLinkByItsListingPath() {
        String html = "<html><head><title>T | IWPR</title></head><body><h1>T</h1><p>" + "Text of the report. ".repeat(5)
                + "</p><div class=\"field field-name-field-location\"><a href=\"/ar/global-voices/europe-eurasia/"
                + "central-asia/kyrgyzstan\">\u0642\u064a\u0631\u063a\u064a\u0632\u0633\u062a\u0627\u0646</a></div>"
                + "</body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Kyrgyzstan");
    }

    @Test
    void takesTheHeadlineOverASeriesNameTheNavigationLinksToAndDropsWhatStandsAboveIt() {
        String html = "<html><head><title>IWPR - Afghan Recovery Report</title></head><body><table><tr><td>"
                + "<a href=\"/index.php?apc_state=henarr\">Afghan Recovery Report</a></td><td>"
                + "<p><b>AFGHAN RECOVERY REPORT</b></p><p><span class=headline>Kabul Bakers Raise Bread Prices</span></p>"
                + "<p>" + "Flour has doubled in price since the spring. ".repeat(3) + "</p>"
                + "<p>" + "Bakers say they cannot absorb the cost. ".repeat(3) + "</p></td></tr></table></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().title()).isEqualTo("Kabul Bakers Raise Bread Prices");
        assertThat(article.content().paragraphs()).hasSize(2).first().asString().startsWith("Flour has doubled");
    }

    @Test
    void leavesAnAppealForDonationsAndACookieNoticeOutOfTheText() {
        String html = "<html><head><title>Tbilisi Rents Soar | IWPR</title></head><body><h1>Tbilisi Rents Soar</h1>"
                + "<div class=field--name-body><p>" + "Rents in Tbilisi have doubled in a year. ".repeat(3) + "</p>"
                + "<div class=\"support-us donation-appeal\"><p>Your gift keeps our reporters working.</p></div>"
                + "<div class=cookie-consent><p>We use cookies on this site.</p></div>"
                + "<p>Landlords blame demand from new arrivals.</p></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().paragraphs()).hasSize(2).last().isEqualTo("Landlords blame demand from new arrivals.");
    }

    @Test
    void readsAnAuthorTheStructuredDatasGraphGivesByReference() {
        String html = "<html><head><title>Dushanbe Floods | IWPR</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"headline\":"
                + "\"Dushanbe Floods\",\"author\":[{\"@id\":\"#p1\"},{\"@id\":\"#p2\"}]},{\"@type\":\"Person\","
                + "\"@id\":\"#p1\",\"name\":\"Lola Olimova\"},{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":"
                + "\"Nigina Bakhrieva\"}]}</script></head><body><h1>Dushanbe Floods</h1><p>"
                + "The river burst its banks overnight. ".repeat(4) + "</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Lola Olimova", "Nigina Bakhrieva");
    }

    @Test
    void readsTheAuthorAndPlaceLabelsOfTheCentralAsianEditions() {
        String html = "<html><head><title>Suv tanqisligi | IWPR</title></head><body><h1>Suv tanqisligi</h1>"
                + "<div class=info>Muallif: Bahodir Karimov</div><p>" + "Fermerlar suvsiz qoldi. ".repeat(5) + "</p>"
                + "<div class=tags>Mamlakat: <a href=\"/uz/global-voices/europe-eurasia/central-asia/uzbekistan\">"
                + "O‘zbekiston</a></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Bahodir Karimov");
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Uzbekistan");
    }

    @Test
    void readsTheAuthorInAnArticlesAddressAndALabelArmenianSetsOff() {
        String instant = "<html><head><link rel=canonical href=\"" + NATO_URL + "\"></head><body><article><header>"
                + "<h1>Lake Sevan Shrinks</h1><address><a>Gayane Mkrtchyan</a></address></header><p>"
                + "The lake has lost a metre this year. ".repeat(4) + "</p></article>"
                + "<footer><address>48 Gray's Inn Road, London</address></footer></body></html>";
        assertThat(parser.parse(instant.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL).authors())
                .extracting(ParsedAuthor::name).containsExactly("Gayane Mkrtchyan");

        String armenian = "<html><head><title>Սևան | IWPR</title></head><body><h1>Սևան</h1>"
                + "<div class=info>Հեղինակ՝ Արմեն Պետրոսյան</div><p>" + "Լիճը ծանծաղում է։ ".repeat(6) + "</p></body></html>";
        assertThat(parser.parse(armenian.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL).authors())
                .extracting(ParsedAuthor::name).containsExactly("Արմեն Պետրոսյան");
    }

    @Test
    void readsAReportKeptAsPreformattedTextWithItsHeadlineInCapitals() {
        String html = "<html><head><title>IWPR: Caucasus Reporting Service</title></head><body><pre>\n"
                + "CAUCASUS REPORTING SERVICE, No. 12, 3-Feb-00\n\nGEORGIAN MINERS WALK OUT\n\n"
                + "Workers at the Chiatura mines say they have not been paid since the autumn.\n\n"
                + "By Nino Khutsidze in Tbilisi\n\nSome 3,000 miners stopped work on Monday and\nblocked the road "
                + "to the town.\n\nThe company says it is waiting for money from\nthe state budget.\n</pre></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().title()).isEqualTo("GEORGIAN MINERS WALK OUT");
        assertThat(article.content().standfirst())
                .isEqualTo("Workers at the Chiatura mines say they have not been paid since the autumn.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Nino Khutsidze");
        assertThat(article.content().publishedOn()).isEqualTo(java.time.LocalDate.of(2000, 2, 3));
        assertThat(article.content().paragraphs()).containsExactly(
                "Some 3,000 miners stopped work on Monday and blocked the road to the town.",
                "The company says it is waiting for money from the state budget.");
    }

    @Test
    void leavesADatelineWithItsPlaceAndACreditAfterTheTextOutOfIt() {
        String html = "<html><head><title>Osh Traders Protest | IWPR</title></head><body><h1>Osh Traders Protest</h1>"
                + "<div class=story><p>Osh, 4 May 2011</p><p>" + "Traders closed their stalls in protest. ".repeat(3)
                + "</p><p><em>Reporting by Ulugbek Babakulov in Osh.</em></p></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().paragraphs()).hasSize(1).first().asString().startsWith("Traders closed");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Ulugbek Babakulov");
    }

    @Test
    void readsAFrenchEditionsPageItsLabelsAndAPlaceByItsListingsLastSegment() {
        String html = "<html lang=fr><head><title>Les enseignants de Tbilissi | IWPR</title></head><body>"
                + "<h1>Les enseignants de Tbilissi</h1><p class=byline>Par Nino Beridze et Claire Morel</p>"
                + "<p class=date>1er mars 2021</p><div class=texte><p>" + "Les enseignants ont fait grève. ".repeat(3)
                + "</p></div><p>Pays : <a href=\"/fr/global-voices/lieu/georgia\">Géorgie</a><br>"
                + "Thème : <a href=\"/fr/global-voices/topics/education\">Éducation</a></p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Nino Beridze", "Claire Morel");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Georgia");
        assertThat(article.topics()).extracting(ParsedTopic::name).containsExactly("Éducation");
    }

    @Test
    void readsTheBalkanAlbanianAndDariEditionsLabelsDatesAndPlaces() {
        // the Bosnian edition: an issue line dated with the ordinal point, "Piše:", a bio whose verb is "je"
        String bosnian = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                + "<title>IWPR</title></head><body><p>Balkanski izvještaj br. 120, 14. septembar 2006.</p>"
                + "<h2>Povratnici u Srebrenicu čekaju struju</h2><p>Piše: Emir Suljagić u Srebrenici</p><p>"
                + "Povratnici žive bez struje već treću zimu. ".repeat(3) + "</p><p>"
                + "Opština kaže da nema novca za priključke. ".repeat(2) + "</p>"
                + "<p><i>Emir Suljagić je novinar iz Sarajeva.</i></p></body></html>";
        ParsedArticle balkan = parser.parse(bosnian.getBytes(java.nio.charset.Charset.forName("windows-1250")),
                "text/html", NATO_URL);
        assertThat(balkan.content().title()).isEqualTo("Povratnici u Srebrenicu čekaju struju");
        assertThat(balkan.authors()).extracting(ParsedAuthor::name).containsExactly("Emir Suljagić");
        assertThat(balkan.content().publishedOn()).isEqualTo(LocalDate.of(2006, 9, 14));
        assertThat(balkan.content().paragraphs()).hasSize(2);

        // the Dari edition: labels before the author, the place and the topic, a place named by its listing's last
        // segment, a solar Hijri date
        String dari = "<html lang=fa dir=rtl><head><title>نرخ آرد در کابل بالا رفت</title></head><body>"
                + "<h1>نرخ آرد در کابل بالا رفت</h1><div><span class=meta>نویسنده: احمد رشید</span> "
                + "<span class=time>۵ ثور ۱۳۹۲</span></div><div class=content><p>"
                + "نرخ آرد در بازارهای کابل در یک هفته دو برابر شد. ".repeat(3) + "</p></div>"
                + "<div>کشور: <a href=\"/ps/location/pakistan\">پاکستان</a> "
                + "موضوعات: <a href=\"/fa/topic/economy\">اقتصاد</a></div></body></html>";
        ParsedArticle afghan = parser.parse(dari.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(afghan.authors()).extracting(ParsedAuthor::name).containsExactly("احمد رشید");
        assertThat(afghan.content().publishedOn()).isEqualTo(LocalDate.of(2013, 4, 25));
        assertThat(afghan.locations()).extracting(ParsedLocation::name).containsExactly("Pakistan");
        assertThat(afghan.topics()).extracting(ParsedTopic::name).containsExactly("اقتصاد");
    }

    @Test
    void takesNoSeriesNameWhoseIssueLineThePagePrintsForTheHeadline() {
        // the series' name in bold first and in the <title>, its issue line after it: the headline is the heading
        String html = "<html><head><title>IWPR - Извештај са Трибунала</title></head><body>"
                + "<p><b>ИЗВЕШТАЈ СА ТРИБУНАЛА</b></p><p>Извештај са Трибунала бр. 310, 4. април 2003.</p>"
                + "<h3>Сведок описао затварање у Кератерму</h3><p>Пише: Марко Илић у Хагу</p><p>"
                + "Бивши заточеник описао је услове у логору. ".repeat(3) + "</p><p>"
                + "Одбрана ће унакрсно испитати сведока следеће недеље. ".repeat(2) + "</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().title()).isEqualTo("Сведок описао затварање у Кератерму");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Марко Илић");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2003, 4, 4));
    }

    @Test
    void readsALowerCaseBylineWithItsDateInDigitsAndTheFrenchEditionsChapeauAndByline() {
        String english = "<html><head><title>Kyrgyz Herders Lose Pastures | IWPR</title></head><body>"
                + "<h1>Kyrgyz Herders Lose Pastures</h1><p class=meta>by <a href=\"/users/ainura-asankojoeva\">Ainura "
                + "Asankojoeva</a> | 03/11/2015</p><div class=body><p>" + "Herders say the pastures are gone. ".repeat(3)
                + "</p></div></body></html>";
        ParsedArticle herders = parser.parse(english.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(herders.content().publishedOn()).isEqualTo(LocalDate.of(2015, 11, 3));

        String french = "<html lang=fr><head><title>Les mineurs de Kolwezi | IWPR</title></head><body>"
                + "<h1>Les mineurs de Kolwezi</h1><div class=chapeau>Les creuseurs travaillent sans protection.</div>"
                + "<div><span>Par Chantal Kaboyi, à Kolwezi</span><br><span>Publié le 12 mars 2012</span></div>"
                + "<div class=texte><p>" + "Les creuseurs descendent dans les puits. ".repeat(3) + "</p></div>"
                + "<p>Lieu : <a href=\"/fr/lieu/rdc\">République démocratique du Congo</a></p></body></html>";
        ParsedArticle miners = parser.parse(french.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(miners.content().standfirst()).isEqualTo("Les creuseurs travaillent sans protection.");
        assertThat(miners.authors()).extracting(ParsedAuthor::name).containsExactly("Chantal Kaboyi");
        assertThat(miners.content().publishedOn()).isEqualTo(LocalDate.of(2012, 3, 12));
        assertThat(miners.locations()).extracting(ParsedLocation::name).containsExactly("Democratic Republic of Congo");
    }

    @Test
    void readsAnExcerptAClassedAuthorNewsKeywordsAndABodyWrittenInBlocks() {
        String html = "<html><head><title>Kabul Bakers Go Solar | IWPR</title><meta name=news_keywords content=\""
                + "energy, Afghanistan, bread\"></head><body><div class=item><div class=item-title>Kabul Bakers Go Solar"
                + "</div><div class=item-excerpt>Power cuts drive bakeries to the roof.</div><div class=item-info>"
                + "<span class=item-author>Hamid Sadat</span> <span class=item-time>14 Sep 2014</span></div><div "
                + "class=item-body>" + "<div>Bakers in the old city have put panels on their roofs this summer.</div>"
                .repeat(3) + "</div></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().standfirst()).isEqualTo("Power cuts drive bakeries to the roof.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Hamid Sadat");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2014, 9, 14));
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Afghanistan");
        assertThat(article.content().paragraphs()).hasSize(3);
        assertThat(article.fieldRules()).containsEntry("authors", "class:author")
                .containsEntry("locations", "meta:news_keywords").containsEntry("publishedOn", "class:date");
    }

    @Test
    void readsADateLineOfDigitsAnItempropDateAndACreditAtTheEnd() {
        String html = "<html><head><title>Ошские врачи | ИВПР</title></head><body><h1>Ошские врачи</h1><p>05.11.2009"
                + "</p><p>" + "Врачи уезжают из Оша в Россию. ".repeat(3) + "</p><p>Материал подготовил Бакыт Асанов."
                + "</p></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2009, 11, 5));
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Бакыт Асанов");
        assertThat(article.content().paragraphs()).hasSize(1);

        String itemprop = "<html><head><title>Coal | IWPR</title><meta itemprop=datePublished content=2014-10-02>"
                + "</head><body><h1>Coal</h1><p>" + "Miners went on strike. ".repeat(4) + "</p></body></html>";
        ParsedArticle coal = parser.parse(itemprop.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(coal.content().publishedOn()).isEqualTo(LocalDate.of(2014, 10, 2));
        assertThat(coal.fieldRules()).containsEntry("publishedOn", "meta:itemprop-datePublished");
    }

    @Test
    void readsThePageAScriptRendersFromItsDataAndAGeorgianAuthor() {
        String rendered = "<html><head><title>IWPR</title></head><body><div id=app>Loading</div><script type="
                + "\"application/json\" id=__NUXT_DATA__>{\"state\":{\"post\":{\"headline\":\"Armenian Vintners Look "
                + "East\",\"excerpt\":\"Exports to Russia fall.\",\"date\":\"2021-05-04\",\"author\":\"Lilit "
                + "Arakelyan\",\"content\":\"" + "<p>Vintners in Areni are searching for new buyers.</p>".repeat(3)
                + "\"}}}</script></body></html>";
        ParsedArticle article = parser.parse(rendered.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(article.content().title()).isEqualTo("Armenian Vintners Look East");
        assertThat(article.content().standfirst()).isEqualTo("Exports to Russia fall.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Lilit Arakelyan");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(article.content().paragraphs()).hasSize(3);
        assertThat(article.fieldRules()).containsEntry("renderedFrom", "script:application/json");

        // a page with text of its own is read as it is, whatever data its scripts carry
        String own = "<html><head><title>Vintners | IWPR</title></head><body><h1>Vintners</h1><p>"
                + "Vintners in Areni are searching for new buyers abroad. ".repeat(5) + "</p><script type="
                + "\"application/json\">{\"title\":\"Other\",\"body\":\"<p>Other text.</p>\"}</script></body></html>";
        ParsedArticle article2 = parser.parse(own.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(article2.content().title()).isEqualTo("Vintners");
        assertThat(article2.fieldRules()).doesNotContainKey("renderedFrom");

        // data that is not JSON, or holds no article, leaves a bare page as bare as it was: refused, as before
        for (String data : List.of("{\"title\": \"Broken", "{\"title\":\"No body\",\"body\":\"plain text\"}",
                "[".repeat(2000) + "]".repeat(2000))) {
            String bare = "<html><head><title>IWPR</title></head><body><div>Loading</div><script type=\""
                    + "application/json\">" + data + "</script></body></html>";
            assertThatThrownBy(() -> parser.parse(bare.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL))
                    .isInstanceOf(UnparseablePageException.class);
        }

        String georgian = "<html lang=ka><head><title>ქირა იზრდება | IWPR</title></head><body><h1>ქირა იზრდება</h1>"
                + "<p>ავტორი: გიორგი ბერიძე</p><p>" + "ქირა ქალაქის ცენტრში გაიზარდა. ".repeat(4) + "</p></body></html>";
        assertThat(parser.parse(georgian.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL).authors())
                .extracting(ParsedAuthor::name).containsExactly("გიორგი ბერიძე");
    }

    @Test
    void readsThePageAScriptRendersFromAStateAssignedToAGlobal() {
        String state = "<html><head><title>IWPR</title><script>window.dataLayer = [];</script></head><body><div "
                + "id=root></div><script>window.__INITIAL_STATE__ = {\"router\":{},\"entities\":{\"story\":{"
                + "\"title\":\"Herders Move Higher\",\"publishedAt\":\"2018-07-02\",\"authors\":[{\"name\":"
                + "\"Bermet Talant\"}],\"bodyHtml\":\"" + "<p>Herders in Naryn drive their flocks higher.</p>".repeat(2)
                + "\"}}};</script><script src=/app.js></script></body></html>";
        ParsedArticle article = parser.parse(state.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);
        assertThat(article.content().title()).isEqualTo("Herders Move Higher");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Bermet Talant");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(article.content().paragraphs()).hasSize(2);
        assertThat(article.fieldRules()).containsEntry("renderedFrom", "script:window.__INITIAL_STATE__");

        // a state written as JavaScript rather than JSON is not read: the bare page is refused, as before
        String literal = "<html><head><title>IWPR</title></head><body><div id=root></div><script>"
                + "window.__INITIAL_STATE__ = {story: {title: 'Herders', bodyHtml: '<p>Herders.</p>'}};</script>"
                + "</body></html>";
        assertThatThrownBy(() -> parser.parse(literal.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL))
                .isInstanceOf(UnparseablePageException.class);
    }

    @Test
    void readsTheEditionsClassNamesGeoPlacenameAndOpenGraphArticleTags() {
        String html = "<html><head><title>Kur do të hapet ura? | IWPR</title><meta name=geo.placename content=\""
                + "Mitrovicë, Kosovë\"><meta property=article:tag content=Infrastruktura><meta property=article:tag "
                + "content=Kosova></head><body><h1>Kur do të hapet ura?</h1><p class=\"post-lede\">Banorët presin prej "
                + "vitesh.</p><p><span class=autori>Arben Hoxha</span> <span class=fecha>3.5.2013.</span></p><div><p>"
                + "Ura mbi lumin Ibër mbetet e mbyllur për makinat. ".repeat(3) + "</p></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().standfirst()).isEqualTo("Banorët presin prej vitesh.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Arben Hoxha");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2013, 5, 3));
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Kosovo");
        assertThat(article.topics()).extracting(ParsedTopic::name).containsExactly("Infrastruktura");
        assertThat(article.fieldRules()).containsEntry("locations", "meta:geo.placename")
                .containsEntry("topics", "meta:article:tag").containsEntry("publishedOn", "class:date");
    }

    @Test
    void takesNoPublisherForAnAuthorAndReadsARussianTemplatesCellsAndAnEightDigitDate() {
        String html = "<html><head><title>ИВПР :: Новости Кавказа</title><meta name=author content=\"IWPR\">"
                + "<meta name=pubdate content=20091103></head><body><table><tr><td class=zagolovok>Засуха ударила по "
                + "фермерам Кахети</td></tr><tr><td class=avtor-name>Нино Гелашвили, Телави</td></tr><tr><td><p>"
                + "Фермеры Кахети потеряли половину урожая винограда из-за засухи. ".repeat(3)
                + "</p></td></tr></table></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().title()).isEqualTo("Засуха ударила по фермерам Кахети");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Нино Гелашвили");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2009, 11, 3));
        assertThat(article.fieldRules()).containsEntry("title", "layout:prominent-heading")
                .containsEntry("authors", "class:author").containsEntry("publishedOn", "meta:pubdate");
        // a person's short name in the same meta is the author
        String person = "<html><head><title>Bread | IWPR</title><meta name=author content=\"Ali Ahmad\"></head><body>"
                + "<h1>Bread</h1><p>" + "Bakers raised prices again. ".repeat(4) + "</p></body></html>";
        assertThat(parser.parse(person.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL).authors())
                .extracting(ParsedAuthor::name).containsExactly("Ali Ahmad");
        // a <title> whose words the text prints stays the headline, whatever else is set out
        String printed = html.replace("ИВПР :: Новости Кавказа", "ИВПР :: Фермеры Кахети потеряли половину урожая");
        assertThat(parser.parse(printed.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL).content().title())
                .isEqualTo("Фермеры Кахети потеряли половину урожая");
    }

    @Test
    void readsAPageInTheEncodingItDeclaresItsIssueLineAuthorLineAndHeadlineInAHeading() {
        // declared in the page (windows-1251, which has "№") or only by the content type (KOI8-R, which has not)
        for (String[] encoding : new String[][] {{"windows-1251", "\u2116", "text/html"},
                {"KOI8-R", "No.", "text/html; charset=KOI8-R"}}) {
            String meta = encoding[2].contains("charset") ? ""
                    : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + encoding[0] + "\">";
            String html = "<html><head>" + meta + "<title>ИВПР: Учителя Хорога ждут зарплату</title></head><body>"
                    + "<div class=cell><p>РЕПОРТАЖИ О ЦЕНТРАЛЬНОЙ АЗИИ " + encoding[1] + " 412, 3 марта 2006 г.</p>"
                    + "<h2>Учителя Хорога ждут зарплату</h2><p><i>Автор: Гульнора Рахимова, Хорог</i></p><p>"
                    + "Учителя не получают зарплату третий месяц. ".repeat(3) + "</p><p>"
                    + "В управлении образования обещают погасить долги. ".repeat(2) + "</p></div></body></html>";
            ParsedArticle article = parser.parse(html.getBytes(java.nio.charset.Charset.forName(encoding[0])),
                    encoding[2], NATO_URL);

            assertThat(article.content().title()).as(encoding[0]).isEqualTo("Учителя Хорога ждут зарплату");
            assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Гульнора Рахимова");
            assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2006, 3, 3));
            assertThat(article.content().paragraphs()).hasSize(2).first().asString().startsWith("Учителя не получают");
        }
    }

    @Test
    void readsAnUndeclaredPageThatIsNotUtf8AsWindows1252() {
        String html = "<html><head><title>Caf\u00e9 Owners Protest | IWPR</title></head><body><h1>Caf\u00e9 Owners"
                + " Protest</h1><div class=story><p>" + "\u201cWe will not pay,\u201d the owners said. ".repeat(3)
                + "</p></div></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "text/html", NATO_URL);

        assertThat(article.content().title()).isEqualTo("Caf\u00e9 Owners Protest");
        assertThat(article.content().paragraphs()).first().asString().startsWith("\u201cWe will not pay,\u201d");
    }

    @Test
    void readsTwitterAndParselyMetadataAndFieldsInAFooterSetApartByBars() {
        String html = "<html><head><title>Osh Bazaar Burns | IWPR</title>"
                + "<meta name=\"twitter:description\" content=\"Traders count their losses.\">"
                + "<meta name=\"parsely-author\" content=\"Ulugbek Babakulov\">"
                + "<meta name=\"parsely-pub-date\" content=\"2018-05-03T08:00:00Z\"></head><body>"
                + "<h1>Osh Bazaar Burns</h1><div class=text><p>" + "The fire spread through the stalls at night. ".repeat(3)
                + "</p></div><footer>Region: <a href=\"/uk/global-voices/location/kyrgyzstan\">Киргизстан</a> | Topics:"
                + " <a href=\"/global-voices/topics/economy\">Economy</a></footer></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", NATO_URL);

        assertThat(article.content().standfirst()).isEqualTo("Traders count their losses.");
        assertThat(article.authors()).extracting(ParsedAuthor::name).containsExactly("Ulugbek Babakulov");
        assertThat(article.content().publishedOn()).isEqualTo(LocalDate.of(2018, 5, 3));
        assertThat(article.locations()).extracting(ParsedLocation::name).containsExactly("Kyrgyzstan");
    }

    private ParsedArticle parse(String page, String type) {
        return parser.parse(page.getBytes(StandardCharsets.UTF_8), type, NATO_URL);
    }
}
