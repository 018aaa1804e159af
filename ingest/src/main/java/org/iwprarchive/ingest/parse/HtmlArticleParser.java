package org.iwprarchive.ingest.parse;

import static org.iwprarchive.ingest.parse.FieldTrace.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;
import org.iwprarchive.domain.text.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an IWPR article page in layers: structured data first (JSON-LD, OpenGraph, {@code article:*} meta, the
 * canonical link), then the Drupal field markup named in the {@link SiteProfile}, then text heuristics.
 */
final class HtmlArticleParser {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Css CANONICAL = Css.of("link[rel=canonical]");
    private static final Css TIME = Css.of("time[datetime]");
    private static final Css ITEMPROP_DATE = Css.of("meta[itemprop=datePublished][content]");
    /** The meta names news templates give a page's date under, beside the standard ones. */
    private static final List<String> DATE_METAS = List.of("pubdate", "publishdate", "publish-date", "publish_date",
            "date", "article.published", "sailthru.date", "original-publish-date");
    private static final Css RDFA_DATE = Css.of("[property~=(^|\\s)dc:(date|created|issued)(\\s|$)][content]");
    private static final Css HTML = Css.of("html");
    private static final Css JSON_LD = Css.of("script[type=application/ld+json]");
    private static final Css PARAGRAPHS = Css.of("p");
    /** Paragraphs, and the headings a headline may stand in among them. */
    private static final Css PARAGRAPHS_AND_HEADINGS = Css.of("p, h1, h2, h3, h4");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css BYLINE_BLOCKS = Css.of("p, .byline");
    private static final Css TEXT_BLOCKS = Css.of("p, div, span");
    /** A link's number in a print view's text, "... Democracy [1].", listed with its address after the body. */
    private static final Pattern LINK_NUMBER = Pattern.compile("\\s?\\[\\d{1,3}\\](?=[\\s.,;:!?)]|$)");
    /** The longest text taken for a pull quote when another paragraph holds it. */
    private static final int MOST_PULL_QUOTE = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The most paragraphs a block may show above the headline it holds that are not the article's text. */
    private static final int MOST_BEFORE_HEADLINE = 2;
    /** Body containers as wide as a whole page, narrowed to their densest block of paragraphs. */
    private static final Set<String> PAGE_WIDE = Set.of("article", "main", "#content", "body");
    private static final Css EDITIONS = Css.of("link[rel=alternate][hreflang][href]");
    private static final Css FORMATTED_NAMES = Css.of(".fn");
    /** The hAtom and hNews date: {@code <abbr class="published" title="2010-08-06T09:30:00+04:00">6 August</abbr>}. */
    private static final Css MICROFORMAT_DATE = Css.of("abbr.published[title], abbr.dtstamp[title], abbr.updated[title]");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SiteProfile profile;
    private final ArticleUrls urls;
    private final ArticleAssembly assembly;
    private final List<Css> titles;
    private final List<Css> standfirsts;
    private final List<Css> dates;
    private final List<Css> authorBlocks;
    private final List<Css> authorBios;
    private final List<Css> bodies;
    /** Everything inside a body container that is not body text, as one selector: one pass removes it all. */
    private final Css notBodyText;
    private final Headlines headlines;
    private final TagFields tags;

    HtmlArticleParser(SiteProfile profile, ArticleUrls urls, ArticleAssembly assembly) {
        this.profile = profile;
        this.urls = urls;
        this.assembly = assembly;
        List<String> selectors = new ArrayList<>(profile.noiseSelectors());
        selectors.addAll(profile.locationSelectors());
        selectors.addAll(profile.topicSelectors());
        selectors.addAll(profile.titleSelectors());
        selectors.addAll(profile.standfirstSelectors());
        selectors.addAll(profile.dateSelectors());
        selectors.addAll(profile.authorBioSelectors());
        this.notBodyText = Css.of(String.join(", ", selectors));
        this.titles = Css.all(profile.titleSelectors());
        this.standfirsts = Css.all(profile.standfirstSelectors());
        this.dates = Css.all(profile.dateSelectors());
        this.authorBlocks = Css.all(profile.authorSelectors());
        this.authorBios = Css.all(profile.authorBioSelectors());
        this.bodies = Css.all(profile.bodySelectors());
        this.headlines = new Headlines(profile.titleSuffixes());
        this.tags = new TagFields(profile, assembly);
    }

    /**
     * @param sourceUrl the page's address on the site, or null for a saved file
     * @param asGiven   the address as the caller gave it (a Wayback Machine address for a page saved from one)
     */
    ParsedArticle parse(String html, String sourceUrl, String asGiven) {
        Document page = Jsoup.parse(html, sourceUrl == null ? "" : sourceUrl);
        // each of these walks the whole page; the markup tells first whether there can be anything for it to do
        if (hasTag(html, "pre")) {
            GenericLayout.paragraphsFromPre(page);
        }
        // a page saved from a Wayback Machine: its links back to the originals, its toolbar gone
        Optional<java.time.Instant> wayback = WaybackPages.mayBeIn(html, asGiven)
                ? WaybackPages.unwrap(page, asGiven) : Optional.empty();
        // or by archive.today: its header gone, its links back to the originals
        Optional<ArchiveTodayPages.Capture> archiveToday = ArchiveTodayPages.mayBeIn(html, asGiven)
                ? ArchiveTodayPages.unwrap(page, asGiven) : Optional.empty();
        // or by Google's cache: its notice gone
        Optional<GoogleCachePages.Capture> googleCache = html.contains(GoogleCachePages.NOTICE)
                ? GoogleCachePages.unwrap(page) : Optional.empty();
        // a page a script renders from its data: the article the data holds, written in as a browser shows it
        Optional<String> renderedFrom = RenderedPages.mayBeIn(html) ? RenderedPages.render(page) : Optional.empty();
        boolean rendered = renderedFrom.isPresent();
        // what the template selectors' class names and ids are looked up in before a walk over the page
        Css.Markup markup = new Css.Markup(rendered ? page.outerHtml() : html);
        Optional<java.time.Instant> capturedAt = wayback.or(() -> archiveToday.flatMap(ArchiveTodayPages.Capture::capturedAt))
                .or(() -> googleCache.flatMap(GoogleCachePages.Capture::capturedAt));
        FieldTrace trace = new FieldTrace();
        Map<String, String> metas = metas(page);
        Optional<String> savedFrom = SavedPages.savedFrom(page);
        if (sourceUrl == null) {
            // a saved file: its own canonical address is the base its relative links resolve against
            String own = CANONICAL.in(page.head()).attr("href");
            page.setBaseUri(!own.isBlank() ? own : metas.getOrDefault("og:url", savedFrom
                    .or(() -> archiveToday.map(ArchiveTodayPages.Capture::original))
                    .or(() -> googleCache.map(GoogleCachePages.Capture::original)).orElse("")));
        }
        Optional<JsonNode> ld = rendered || html.contains("ld+json") || html.contains("LD+JSON") ? jsonLdArticle(page)
                : Optional.empty();
        renderedFrom.ifPresent(source -> trace.record("renderedFrom", source));
        // most pages have no microdata: the text says so without a walk over every element
        Optional<Microdata> microdata = html.contains("itemscope") ? Microdata.of(page) : Optional.empty();
        DublinCore dc = DublinCore.of(page);

        String canonical = trace.first("canonicalUrl",
                rule("link[rel=canonical]", () -> siteUrl(CANONICAL.in(page.head()).attr("abs:href"))),
                rule("og:url", () -> siteUrl(meta(metas, "og:url").orElse(""))),
                rule("json-ld:url", () -> ld.flatMap(n -> text(n, "url")).flatMap(this::siteUrl)),
                // a print view's "Source URL: https://iwpr.net/..." (Drupal's print module)
                rule("label:source-url", () -> GenericLayout.sourceUrlLabel(page).flatMap(this::siteUrl)),
                rule("source-url", () -> Optional.ofNullable(sourceUrl).map(urls::canonical)),
                rule("comment:saved-from", () -> savedFrom.flatMap(this::siteUrl)),
                rule("archive-today:saved-from", () -> archiveToday.map(ArchiveTodayPages.Capture::original)
                        .flatMap(this::siteUrl)),
                rule("google-cache:cache-of", () -> googleCache.map(GoogleCachePages.Capture::original)
                        .flatMap(this::siteUrl)))
                .orElseThrow(() -> new InvalidArticleUrlException("the page names no address on the site and none was given"));

        String title = trace.first("title",
                rule("json-ld:headline", () -> ld.flatMap(n -> text(n, "headline"))),
                rule("og:title", () -> meta(metas, "og:title")),
                rule("microdata:headline", () -> microdata.flatMap(m -> m.text("headline"))),
                rule("dc:title", () -> dc.first("title")),
                // the headline markup, unless it is a logo or a section's name the <title> does not repeat
                rule("markup:title", () -> firstText(page, markup, titles).filter(t -> !headlines.isSiteName(t)
                        && headlines.titleAllows(page.title(), t))),
                rule("layout:heading-repeating-title", () -> headlines.headlineRepeatingTitle(page)),
                rule("html:title", () -> Optional.of(headlines.withoutSiteNames(stripSuffix(page.title())))
                        .filter(t -> !t.isBlank() && headlines.titleNamesTheArticle(page)
                                && !headlines.titleGivesWayToAHeading(page, t))),
                // a <title> naming only a series or an issue: the headline as the page prints it, else that name
                rule("layout:prominent-heading", () -> headlines.prominentHeading(page)),
                rule("html:title-of-a-series", () -> Optional.of(headlines.withoutSiteNames(stripSuffix(page.title())))
                        .filter(t -> !t.isBlank())))
                .orElseThrow(() -> new UnparseablePageException("the page has no title"));

        String standfirst = trace.first("standfirst",
                rule("drupal:standfirst", () -> firstText(page, markup, standfirsts)),
                rule("json-ld:description", () -> ld.flatMap(n -> text(n, "description"))),
                rule("og:description", () -> meta(metas, "og:description")),
                // Twitter's card, which some templates print without Open Graph
                rule("twitter:description", () -> meta(metas, "twitter:description")),
                rule("microdata:description", () -> microdata.flatMap(m -> m.text("description"))),
                rule("dc:description", () -> dc.first("description", "abstract")),
                rule("class:standfirst", () -> Headlines.classStandfirst(page)),
                // a description that only names the site is the site's, not the article's
                rule("meta:description", () -> meta(metas, "description").filter(d -> !headlines.isSiteDescription(d))),
                rule("layout:under-headline", () -> Headlines.headingOf(page, title)
                        .flatMap(Headlines::standfirstUnder))).orElse(null);

        List<ParsedAuthor> authors = new ArrayList<>(trace.first("authors",
                rule("json-ld:author", () -> ld.map(this::jsonLdAuthors).filter(a -> !a.isEmpty())),
                rule("microdata:author", () -> microdata.map(Microdata::authors).filter(a -> !a.isEmpty())),
                rule("drupal:authors", () -> drupalAuthors(page, markup)),
                rule("dc:creator", () -> Optional.of(dc.all("creator")).filter(c -> !c.isEmpty())
                        .map(Bylines::authors)),
                // (a publisher named as the author, "Institute for War & Peace Reporting", is nobody's byline)
                rule("meta:author", () -> meta(metas, "author").filter(n -> !headlines.namesOnlyTheSite(n))
                        .map(n -> List.of(Bylines.author(n, null)))),
                // Parse.ly's analytics tags, which name the author and the date of templates that print no other
                rule("meta:parsely-author", () -> meta(metas, "parsely-author")
                        .map(n -> List.of(Bylines.author(n, null)))),
                rule("text:byline", () -> bylineAuthors(page)),
                rule("layout:by-line", () -> GenericLayout.bylineAnywhere(page)
                        .map(Bylines::authors)),
                rule("label:author", () -> GenericLayout.labelledText(page, GenericLayout.AUTHOR_LABELS)
                        .flatMap(names -> Bylines.names("By " + names))
                        .map(Bylines::authors)),
                rule("class:author", () -> GenericLayout.classedAuthors(page).map(Bylines::authors)),
                rule("link:author-page", () -> Optional.of(GenericLayout.profileLinkNames(page)).filter(n -> !n.isEmpty())
                        .map(Bylines::authors)))
                .orElse(List.of()));
        drupalBio(page, markup).ifPresent(bio -> {
            if (!authors.isEmpty() && authors.get(0).bio() == null) {
                authors.set(0, authors.get(0).withBio(bio));
                trace.record("authors.bio", "drupal:author-bio");
            }
        });

        LocalDate published = trace.first("publishedOn",
                rule("json-ld:datePublished", () -> ld.flatMap(n -> text(n, "datePublished")).flatMap(DateLines::iso)),
                rule("meta:article:published_time", () -> meta(metas, "article:published_time").flatMap(DateLines::iso)),
                rule("meta:parsely-pub-date", () -> meta(metas, "parsely-pub-date").flatMap(DateLines::iso)),
                rule("microdata:datePublished", () -> microdata.flatMap(m -> m.text("datePublished"))
                        .flatMap(HtmlArticleParser::date)),
                rule("dc:date", () -> dc.first("date", "issued", "created").flatMap(HtmlArticleParser::date)),
                // schema.org's date as a meta of its own, which templates put in the head outside any item
                rule("meta:itemprop-datePublished", () -> DateLines.iso(ITEMPROP_DATE.in(page).attr("content"))),
                rule("time[datetime]", () -> DateLines.iso(TIME.in(page).attr("datetime"))),
                rule("microformat:published", () -> DateLines.iso(MICROFORMAT_DATE.in(page).attr("title"))),
                // RDFa, as Drupal 7 prints a node's date: <span property="dc:date dc:created" content="2010-...">
                rule("rdfa:dc:date", () -> DateLines.iso(RDFA_DATE.in(page).attr("content"))),
                // news sites' own meta names for the date: "pubdate" (often "20080512"), "publishdate", "date"
                rule("meta:pubdate", () -> DATE_METAS.stream().map(metas::get).filter(Objects::nonNull)
                        .map(d -> DateLines.iso(d).or(() -> DateLines.compact(d))).flatMap(Optional::stream)
                        .findFirst()),
                rule("drupal:date", () -> firstText(page, markup, dates)
                        .flatMap(d -> DateLines.written(d).or(() -> DateLines.numericIn(d)))),
                rule("class:date", () -> GenericLayout.DATE_CLASSES.in(page).stream()
                        .map(e -> clean(e.text())).filter(t -> t.length() <= 60)
                        .map(t -> DateLines.written(t).or(() -> DateLines.numericIn(t))).flatMap(Optional::stream)
                        .findFirst()),
                rule("text:date-line", () -> dateLine(page)),
                rule("label:date", () -> GenericLayout.labelledText(page, GenericLayout.DATE_LABELS)
                        .flatMap(d -> DateLines.written(d).or(() -> DateLines.numeric(d)))),
                rule("layout:byline-date", () -> GenericLayout.bylineDate(page)),
                rule("text:issue-date", () -> GenericLayout.issueDate(page)),
                rule("text:run-in-dateline", () -> GenericLayout.runInDate(page)),
                // a blog's permalink: "/2011/06/14/syrian-refugees-find-work/"
                rule("url:date", () -> DateLines.inPath(canonical))).orElse(null);

        String declared = trace.first("language",
                rule("json-ld:inLanguage", () -> ld.flatMap(n -> text(n, "inLanguage")).flatMap(HtmlArticleParser::lang)),
                rule("microdata:inLanguage", () -> microdata.flatMap(m -> m.text("inLanguage"))
                        .flatMap(HtmlArticleParser::lang)),
                rule("html[lang]", () -> Optional.of(HTML.in(page).attr("lang")).filter(l -> !l.isBlank())
                        .flatMap(HtmlArticleParser::lang)),
                rule("og:locale", () -> meta(metas, "og:locale").flatMap(HtmlArticleParser::lang)),
                rule("dc:language", () -> dc.first("language").flatMap(HtmlArticleParser::lang)),
                rule("url:language-prefix", () -> Optional.ofNullable(urls.languageOf(canonical))))
                .orElse(null);

        List<String> paragraphs = body(page, markup, microdata.flatMap(Microdata::body), trace, title, standfirst);
        if (html.contains("[1] http")) {
            // a print view lists the body's links after it, "[1] https://...": their numbers are not the text
            paragraphs = paragraphs.stream().map(p -> LINK_NUMBER.matcher(p).replaceAll("")).toList();
        }
        paragraphs = assembly.takeBios(paragraphs, authors, trace, "text:bio-paragraph");
        if (authors.stream().anyMatch(a -> a.bio() == null)) {
            // a template that prints the authors' notes in a block of their own, after the body
            assembly.takeBios(GenericLayout.paragraphsOutsideFrame(page), authors, trace, "layout:bio-paragraph");
        }
        TextLanguage.Decision language = TextLanguage.settle(declared, trace.rules().get("language"),
                title + "\n" + String.join("\n", paragraphs));
        trace.record("language", language.rule());

        List<ParsedLocation> locations = tags.locations(page, markup, title, dc, metas, trace);
        List<ParsedTopic> topics = tags.topics(page, markup, dc, trace);

        if (wayback.isPresent()) {
            trace.record("capturedAt", "wayback:timestamp");
        } else if (archiveToday.flatMap(ArchiveTodayPages.Capture::capturedAt).isPresent()) {
            trace.record("capturedAt", "archive-today:header");
        } else if (capturedAt.isPresent()) {
            trace.record("capturedAt", "google-cache:notice");
        }
        Map<String, String> editions = editions(page, canonical, language.language());
        if (!editions.isEmpty()) {
            trace.record("editions", "link[rel=alternate][hreflang]");
        }
        ParsedArticle parsed = assembly.finish(canonical, title, standfirst, paragraphs, published, language.language(),
                authors, locations, topics, trace).withEditions(editions);
        return capturedAt.map(parsed::capturedAt).orElse(parsed);
    }

    /** The body's paragraphs: from the microdata article's body when it has one, else the first container found. */
    private List<String> body(Document page, Css.Markup markup, Optional<Element> microdataBody, FieldTrace trace, String title,
                              String standfirst) {
        if (microdataBody.isPresent()) {
            List<String> paragraphs = paragraphs(prepared(microdataBody.get()), title, standfirst);
            if (!paragraphs.isEmpty()) {
                trace.record("body", "microdata:articleBody");
                return paragraphs;
            }
        }
        for (Css selector : bodies) {
            Element container = selector.mayMatch(markup) ? selector.firstIn(page) : null;
            if (container == null) {
                continue;
            }
            // a container as wide as the page holds its navigation, related links and comments too: the block
            // with most of its paragraph text is the article's
            boolean pageWide = PAGE_WIDE.contains(selector.text());
            Element text = prepared(container);
            List<String> paragraphs = paragraphs(pageWide ? GenericLayout.densestBlock(text) : text, title, standfirst);
            if (!paragraphs.isEmpty()) {
                trace.record("body", selector.text().startsWith(".field") ? "drupal:" + selector.text()
                        : pageWide ? "layout:densest-block-of-" + selector.text() : "html:" + selector.text());
                return paragraphs;
            }
        }
        return List.of();
    }

    /**
     * A copy of a body container without what is not article text, its text between breaks and in blocks of sentences
     * made paragraphs.
     */
    private Element prepared(Element container) {
        Element body = container.clone();
        notBodyText.in(body).remove();
        GenericLayout.paragraphsFromBreaks(body);
        GenericLayout.paragraphsFromTextDivs(body);
        return body;
    }

    private List<String> paragraphs(Element body, String title, String standfirst) {
        List<String> paragraphs = new ArrayList<>();
        List<String> setApart = new ArrayList<>();
        for (Element p : PARAGRAPHS_AND_HEADINGS.in(body)) {
            String text = GenericLayout.withoutRunIn(clean(p.text()));
            if (text.equalsIgnoreCase(title) && paragraphs.size() <= MOST_BEFORE_HEADLINE) {
                // a section's name or a kicker above the headline in the same block: not the article's text
                paragraphs.clear();
                setApart.clear();
            }
            if (!p.nameIs("p")) {
                continue; // a heading is no paragraph of the text
            }
            if (!text.isEmpty() && !text.equalsIgnoreCase(title) && !text.equals(standfirst)
                    && Bylines.names(Bylines.asByline(text)).isEmpty() && !GenericLayout.isAuthorLine(text)
                    && !DateLines.isDateLine(text)
                    && !assembly.isBoilerplate(text)
                    && !GenericLayout.isFurniture(p, text)) {
                paragraphs.add(text);
                if (text.length() <= MOST_PULL_QUOTE && isSetApart(p)) {
                    setApart.add(text);
                }
            }
        }
        return setApart.isEmpty() ? paragraphs : withoutPullQuotes(paragraphs, setApart);
    }

    /**
     * Whether the markup has an element of that (lower-case) name written in lower or upper case ({@code <pre>},
     * {@code <PRE class=x>}; a mixed-case {@code <Pre>} is not looked for): two searches of the text, a fraction of
     * a walk over the parsed page.
     */
    static boolean hasTag(String html, String name) {
        return hasTagAsWritten(html, "<" + name) || hasTagAsWritten(html, "<" + name.toUpperCase(Locale.ROOT));
    }

    private static boolean hasTagAsWritten(String html, String open) {
        for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
            int end = at + open.length();
            if (end < html.length() && !Character.isLetterOrDigit(html.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph stands in a block set apart from the text: a blockquote, or a "pull" or "quote" class. */
    private static boolean isSetApart(Element paragraph) {
        Element at = paragraph;
        for (int depth = 0; at != null && depth < 3; depth++, at = at.parent()) {
            String classes = at.className();
            if (at.tagName().equals("blockquote") || classes.contains("pull") || classes.contains("quote")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs without pull quotes: a short paragraph of four words or more, set apart from the text, whose
     * whole text another paragraph holds ("By morning the road to the valley was gone.", in large type) repeats it.
     */
    private static List<String> withoutPullQuotes(List<String> paragraphs, List<String> setApart) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            boolean repeats = setApart.contains(paragraph) && SPACES.split(paragraph).length >= 4
                    && paragraphs.stream().anyMatch(other -> other.length() > paragraph.length()
                    && other.contains(paragraph));
            if (!repeats) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    /** A date written as ISO 8601 ("2009-10-12", "2009-10-12T09:00:00Z") or in words ("12 October 2009"). */
    private static Optional<LocalDate> date(String value) {
        return DateLines.iso(value).or(() -> DateLines.written(value));
    }

    private Optional<JsonNode> jsonLdArticle(Document page) {
        for (Element script : JSON_LD.in(page)) {
            try {
                JsonNode tree = JSON.readTree(script.data());
                Optional<JsonNode> found = findArticle(tree).map(article -> withAuthorsResolved(article, tree));
                if (found.isPresent()) {
                    return found;
                }
            } catch (JacksonException e) {
                // malformed structured data is skipped; the markup layers still apply
            }
        }
        return Optional.empty();
    }

    /**
     * The article with each author given only by a reference ({@code {"@id": ...}}, as Yoast's "@graph" writes it)
     * replaced by the node of the same document with that "@id" (a Person with its name).
     */
    private static JsonNode withAuthorsResolved(JsonNode article, JsonNode tree) {
        JsonNode author = article.path("author");
        List<JsonNode> given = author.isArray() ? author.valueStream().toList() : List.of(author);
        if (given.stream().noneMatch(a -> a.has("@id") && !a.has("name"))) {
            return article;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        collectIds(tree, byId);
        ArrayNode resolved = JSON.createArrayNode();
        given.forEach(a -> resolved.add(a.has("@id") && !a.has("name")
                ? byId.getOrDefault(a.path("@id").asString(""), a) : a));
        ObjectNode copy = (ObjectNode) article.deepCopy();
        copy.set("author", resolved);
        return copy;
    }

    private static void collectIds(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isArray()) {
            node.forEach(item -> collectIds(item, byId));
        } else if (node.isObject()) {
            if (node.has("@id") && node.size() > 1) {
                byId.putIfAbsent(node.path("@id").asString(""), node);
            }
            node.path("@graph").forEach(item -> collectIds(item, byId));
        }
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").isArray() ? node.path("@type").path(0).asString("")
                : node.path("@type").asString("");
        return type.endsWith("Article") ? Optional.of(node) : Optional.empty();
    }

    private List<ParsedAuthor> jsonLdAuthors(JsonNode article) {
        JsonNode author = article.path("author");
        List<ParsedAuthor> found = new ArrayList<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isString() ? one.asString() : one.path("name").asString("");
            // an organisation named as the author ("IWPR") is the publisher: the page's byline names the people
            boolean organisation = one.path("@type").asString("").equals("Organization") || headlines.isSiteName(name);
            if (!name.isBlank() && !organisation) {
                String url = one.path("url").asString("");
                found.add(Bylines.author(name, url.isBlank() ? null : url));
            }
        }
        return found;
    }

    private Optional<List<ParsedAuthor>> drupalAuthors(Document page, Css.Markup markup) {
        for (Css selector : authorBlocks) {
            Elements blocks = selector.mayMatch(markup) ? selector.in(page) : new Elements();
            if (blocks.isEmpty()) {
                continue;
            }
            Elements links = LINKS.inEach(blocks);
            // an hCard names its person in its "fn" ("<p class="vcard author"><span class="fn">A</span>, 6 May</p>")
            Elements formatted = FORMATTED_NAMES.inEach(blocks);
            if (links.isEmpty() && !formatted.isEmpty()) {
                blocks = formatted;
            }
            // a block of names as text is a byline ("By A and B in City") or one name
            List<ParsedAuthor> authors = links.isEmpty()
                    ? blocks.stream().map(b -> clean(b.text())).filter(n -> !n.isEmpty())
                            .flatMap(n -> Bylines.names(n).orElse(List.of(n)).stream())
                            .map(n -> Bylines.author(n, null)).toList()
                    : links.stream().filter(a -> !clean(a.text()).isEmpty())
                            .map(a -> Bylines.author(clean(a.text()), a.attr("abs:href"))).toList();
            if (!authors.isEmpty()) {
                return Optional.of(authors);
            }
        }
        return Optional.empty();
    }

    private Optional<String> drupalBio(Document page, Css.Markup markup) {
        return firstText(page, markup, authorBios);
    }

    private Optional<List<ParsedAuthor>> bylineAuthors(Document page) {
        for (Element p : BYLINE_BLOCKS.in(page)) {
            Optional<List<String>> names = Bylines.names(clean(p.text()));
            if (names.isPresent()) {
                return names.map(Bylines::authors);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateLine(Document page) {
        for (Element block : TEXT_BLOCKS.in(page)) {
            if (block.childrenSize() == 0 && DateLines.isDateLine(block.text())) {
                return DateLines.written(block.text()).or(() -> DateLines.numericIn(block.text()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> siteUrl(String url) {
        if (url == null || url.isBlank() || !urls.isSiteUrl(url)) {
            return Optional.empty();
        }
        return Optional.of(urls.canonical(url));
    }

    /** Every {@code meta} of the page by its property or name, read in one pass; the first of a name wins. */
    private static Map<String, String> metas(Document page) {
        Map<String, String> found = new HashMap<>();
        // metadata belongs in the head; reading only the head keeps this off the (much larger) body
        for (Element meta : page.head().getElementsByTag("meta")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            String content = clean(meta.attr("content"));
            if (!key.isEmpty() && !content.isEmpty()) {
                found.putIfAbsent(key, content);
            }
        }
        return found;
    }

    private static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isObject()) {
            value = value.path("@id").isMissingNode() ? value.path("name") : value.path("@id");
        }
        return Optional.of(clean(value.asString(""))).filter(s -> !s.isEmpty());
    }

    /** The text of the first of the selectors that finds an element with text; {@code markup} as {@link Css#mayMatch}. */
    private static Optional<String> firstText(Document page, Css.Markup markup, List<Css> selectors) {
        for (Css selector : selectors) {
            Element element = selector.mayMatch(markup) ? selector.firstIn(page) : null;
            if (element != null && !clean(element.text()).isEmpty()) {
                return Optional.of(clean(element.text()));
            }
        }
        return Optional.empty();
    }

    private String stripSuffix(String title) {
        String stripped = clean(title);
        for (String suffix : profile.titleSuffixes()) {
            if (stripped.endsWith(suffix)) {
                return stripped.substring(0, stripped.length() - suffix.length()).strip();
            }
        }
        return stripped;
    }

    /**
     * The page's editions in other languages, as its head links them ({@code <link rel="alternate" hreflang="ru"
     * href="...">}): language to canonical address, without this page's own language, {@code x-default} or an
     * address off the site.
     */
    private Map<String, String> editions(Document page, String canonical, String language) {
        Map<String, String> editions = new java.util.TreeMap<>();
        for (Element link : EDITIONS.in(page)) {
            Optional<String> edition = lang(link.attr("hreflang"));
            String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
            if (edition.isEmpty() || edition.get().equals(language) || !urls.isSiteUrl(href)) {
                continue;
            }
            String address = urls.canonical(href);
            if (!address.equals(canonical)) {
                editions.putIfAbsent(edition.get(), address);
            }
        }
        return editions;
    }

    /** The language of a tag ("en-GB", "ru_RU"): its first subtag, when it is one (two or three letters). */
    private static Optional<String> lang(String tag) {
        String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGE.matcher(language).matches() ? Optional.of(language) : Optional.empty();
    }

    static String clean(String text) {
        return text == null ? "" : Spaces.single(text.replace('\u00a0', ' ')).strip();
    }
}
