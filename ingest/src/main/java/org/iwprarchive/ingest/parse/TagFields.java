package org.iwprarchive.ingest.parse;

import static org.iwprarchive.ingest.parse.FieldTrace.rule;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The places and topics a page files its article under, each field by the first of its rules that finds any: the
 * template's tag fields, labelled fields, tag links, links to the site's listings, a breadcrumb, Dublin Core and
 * keywords. Places go through the gazetteer, which knows IWPR's places and their hierarchy.
 */
final class TagFields {

    private static final Pattern NUMBERED = Pattern.compile("/\\d+/?$");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css ARTICLE_LINKS = Css.of("article a[href], main a[href]");
    private static final Css LABELS = Css.of(".field-label, dt, th, strong, b, span, div");
    /** Open Graph's tags of an article, one meta each ("Afghanistan", "Refugees"). */
    private static final Css ARTICLE_TAGS = Css.of("meta[property=article:tag][content]");

    private final SiteProfile profile;
    private final ArticleAssembly assembly;
    private final List<Css> locationBlocks;
    private final List<Css> topicBlocks;
    private final Css topicPathLinks;

    TagFields(SiteProfile profile, ArticleAssembly assembly) {
        this.profile = profile;
        this.assembly = assembly;
        this.locationBlocks = Css.all(profile.locationSelectors());
        this.topicBlocks = Css.all(profile.topicSelectors());
        this.topicPathLinks = Css.of("a[href*=" + profile.topicPathPrefix() + "]");
    }

    /** The article's places; {@code title} is its headline, over which a breadcrumb may stand. */
    List<ParsedLocation> locations(Document page, Css.Markup markup, String title, DublinCore dc,
                                   Map<String, String> metas, FieldTrace trace) {
        return trace.first("locations",
                rule("drupal:location-tags", () -> tagLinks(page, markup, locationBlocks)
                        .map(this::linkedPlaces)),
                rule("label:location", () -> labelledLinks(page, profile.locationLabels())
                        .map(this::linkedPlaces)),
                rule("label:text-location", () -> GenericLayout.textLabelledLinks(page, profile.locationLabels())
                        .map(this::linkedPlaces)),
                rule("label:text-tags", () -> GenericLayout.textLabelledLinks(page, GenericLayout.MIXED_LABELS)
                        .map(this::knownPlaces).filter(l -> !l.isEmpty())),
                rule("rel:tag", () -> GenericLayout.tagLinks(page).map(this::knownPlaces).filter(l -> !l.isEmpty())),
                rule("link:location-path", () -> locationPathLinks(page)),
                // a breadcrumb over the headline ends with the place the report is filed under
                rule("layout:breadcrumb", () -> Headlines.headingOf(page, title)
                        .flatMap(GenericLayout::breadcrumbBefore).map(this::knownPlaces).filter(l -> !l.isEmpty())
                        .map(places -> List.of(places.get(places.size() - 1)))),
                // Dublin Core: where the report is about, and the subjects that are places the gazetteer knows
                rule("dc:coverage", () -> Optional.of(dc.terms("coverage").stream().map(assembly::locationNamed)
                        .toList()).filter(l -> !l.isEmpty())),
                rule("dc:subject", () -> Optional.of(dc.terms("subject").stream().map(assembly::knownLocationNamed)
                        .flatMap(Optional::stream).toList()).filter(l -> !l.isEmpty())),
                // keywords mix places, subjects and the site's own words: only the places the gazetteer knows count
                rule("meta:keywords", () -> keywordPlaces(metas.get("keywords"))),
                // Google News's keywords, which templates print beside or instead of the others
                rule("meta:news_keywords", () -> keywordPlaces(metas.get("news_keywords"))),
                // where the page says it is about ("Prishtinë, Kosovë"), and Open Graph's article tags
                rule("meta:geo.placename", () -> keywordPlaces(metas.get("geo.placename"))),
                rule("meta:article:tag", () -> Optional.of(articleTags(page).stream().map(assembly::knownLocationNamed)
                        .flatMap(Optional::stream).toList()).filter(l -> !l.isEmpty()))).orElse(List.of());
    }

    /** The places the gazetteer knows among a list of keywords ("Afghanistan, Herat, women's rights"). */
    private Optional<List<ParsedLocation>> keywordPlaces(String keywords) {
        return Optional.ofNullable(keywords).map(k -> List.of(k.split("\\s*[,;]\\s*")).stream()
                .map(assembly::knownLocationNamed).flatMap(Optional::stream).toList()).filter(l -> !l.isEmpty());
    }

    /** The article's Open Graph tags, in the order the page gives them. */
    private static List<String> articleTags(Document page) {
        return ARTICLE_TAGS.in(page.head()).stream().map(meta -> HtmlArticleParser.clean(meta.attr("content")))
                .filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    /** The article's topics. */
    List<ParsedTopic> topics(Document page, Css.Markup markup, DublinCore dc, FieldTrace trace) {
        return trace.first("topics",
                rule("drupal:topic-tags", () -> tagLinks(page, markup, topicBlocks).map(TagFields::topics)),
                rule("label:topic", () -> labelledLinks(page, profile.topicLabels()).map(TagFields::topics)),
                rule("label:text-topic", () -> GenericLayout.textLabelledLinks(page, profile.topicLabels())
                        .map(TagFields::topics)),
                rule("label:text-tags", () -> GenericLayout.textLabelledLinks(page, GenericLayout.MIXED_LABELS)
                        .map(this::notPlaces).filter(links -> !links.isEmpty()).map(TagFields::topics)),
                rule("rel:tag", () -> GenericLayout.tagLinks(page).map(this::notPlaces)
                        .filter(links -> !links.isEmpty()).map(TagFields::topics)),
                rule("link:topic-path", () -> Optional.of(topicPathLinks.in(page))
                        .filter(links -> !links.isEmpty()).map(TagFields::topics)),
                rule("dc:subject", () -> Optional.of(dc.terms("subject").stream()
                        .filter(term -> assembly.knownLocationNamed(term).isEmpty())
                        .map(term -> new ParsedTopic(term, Slugs.of(term))).toList()).filter(t -> !t.isEmpty())),
                rule("meta:article:tag", () -> Optional.of(articleTags(page).stream()
                        .filter(tag -> assembly.knownLocationNamed(tag).isEmpty())
                        .map(tag -> new ParsedTopic(tag, Slugs.of(tag))).toList()).filter(t -> !t.isEmpty())))
                .orElse(List.of());
    }

    /** The places tag links name, placed by their listing paths when the gazetteer knows them. */
    private List<ParsedLocation> linkedPlaces(Elements links) {
        return links.stream().map(a -> assembly.locationLinked(a.text(), path(a))).toList();
    }

    /** The places the gazetteer knows among tag links, by their address or their name. */
    private List<ParsedLocation> knownPlaces(Elements links) {
        return links.stream().map(a -> knownPlace(a)).flatMap(Optional::stream).toList();
    }

    private Optional<ParsedLocation> knownPlace(Element link) {
        return assembly.knownLocation(path(link)).or(() -> assembly.knownLocationNamed(HtmlArticleParser.clean(link.text())));
    }

    /** The tag links that name no place the gazetteer knows: topics. */
    private Elements notPlaces(Elements links) {
        Elements others = new Elements();
        links.stream().filter(a -> knownPlace(a).isEmpty()).forEach(others::add);
        return others;
    }

    private Optional<List<ParsedLocation>> locationPathLinks(Document page) {
        List<ParsedLocation> found = new ArrayList<>();
        for (Element a : ARTICLE_LINKS.in(page)) {
            String path = path(a);
            // article URLs share the listing prefix, so only places the gazetteer knows count here
            assembly.knownLocation(path).ifPresent(found::add);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /** The links inside the first of the tag blocks the page has; selecting blocks first keeps this to one pass. */
    private static Optional<Elements> tagLinks(Document page, Css.Markup markup, List<Css> blockSelectors) {
        for (Css selector : blockSelectors) {
            Elements blocks = selector.mayMatch(markup) ? selector.in(page) : new Elements();
            if (!blocks.isEmpty()) {
                Elements links = LINKS.inEach(blocks);
                if (!links.isEmpty()) {
                    return Optional.of(links);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The links of a labelled field: an element whose whole text is one of {@code labels} ("Location:", with or
     * without the colon, as Drupal's {@code field-label} or a definition list prints it) and the links beside it,
     * in its parent. Templates that name their fields in no class the profile knows still label them for readers.
     */
    private static Optional<Elements> labelledLinks(Document page, java.util.Set<String> labels) {
        for (Element label : LABELS.in(page)) {
            if (label.childrenSize() > 0 || label.parent() == null) {
                continue;
            }
            String text = HtmlArticleParser.clean(label.text()).replaceAll("\\s*:$", "").toLowerCase(Locale.ROOT);
            if (text.length() > 20 || !labels.contains(text)) {
                continue;
            }
            Elements links = label.tagName().equals("dt") && label.nextElementSibling() != null
                    ? LINKS.in(label.nextElementSibling()) : linksAfter(label);
            if (links.isEmpty()) {
                links = LINKS.in(label.parent());
            }
            if (!links.isEmpty()) {
                return Optional.of(links);
            }
        }
        return Optional.empty();
    }

    /**
     * The links that follow a label up to the next label like it ("Regions <a>..</a> Themes <a>..</a>" in one
     * block gives the regions only): the label's siblings after it, until one with the label's tag and class.
     */
    private static Elements linksAfter(Element label) {
        Elements links = new Elements();
        for (Element sibling = label.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling.tagName().equals(label.tagName()) && sibling.className().equals(label.className())) {
                break;
            }
            links.addAll(LINKS.in(sibling));
        }
        return links;
    }

    private static List<ParsedTopic> topics(Elements links) {
        return links.stream()
                .filter(a -> !HtmlArticleParser.clean(a.text()).isEmpty())
                .map(a -> {
                    String path = path(a);
                    // a term's address by number (/taxonomy/term/88) says nothing of it: its name makes the slug
                    String slug = path == null || NUMBERED.matcher(path).find() ? Slugs.of(a.text())
                            : Slugs.lastSegment(path);
                    return new ParsedTopic(HtmlArticleParser.clean(a.text()), slug);
                })
                .toList();
    }

    private static String path(Element link) {
        String href = link.attr("abs:href");
        if (href.isEmpty()) {
            return null;
        }
        try {
            return URI.create(href).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
