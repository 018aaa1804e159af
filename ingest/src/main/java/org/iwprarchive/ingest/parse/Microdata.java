package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in schema.org microdata ({@code itemscope itemtype=".../NewsArticle"} and
 * {@code itemprop} attributes), as templates without JSON-LD print it: its headline, description, authors, date,
 * language and body. Only the article item's own properties count, not those of items inside it (an author's
 * {@code name} is read as the author's) or of other items on the page (a sidebar's teasers).
 */
final class Microdata {

    private static final Css ITEMS = Css.of("[itemscope][itemtype]");
    private static final Css PROPERTIES = Css.of("[itemprop]");

    private final Element article;

    private Microdata(Element article) {
        this.article = article;
    }

    /** The page's first item of a type ending in "Article" (Article, NewsArticle, ReportageNewsArticle, ...). */
    static Optional<Microdata> of(Document page) {
        for (Element item : ITEMS.in(page)) {
            String type = item.attr("itemtype").strip();
            if (type.endsWith("Article") || type.endsWith("Article/")) {
                return Optional.of(new Microdata(item));
            }
        }
        return Optional.empty();
    }

    /** The first value of one of the article's own properties, blank ones skipped. */
    Optional<String> text(String property) {
        return own(article, property).stream().map(Microdata::value).map(HtmlArticleParser::clean)
                .filter(v -> !v.isEmpty()).findFirst();
    }

    /** The article's own property element holding its body, if one does. */
    Optional<Element> body() {
        return own(article, "articleBody").stream().findFirst();
    }

    /** Its authors: a Person item's name and address, or the property's text. */
    List<ParsedAuthor> authors() {
        List<ParsedAuthor> found = new ArrayList<>();
        for (Element author : own(article, "author")) {
            String name;
            String url = null;
            if (author.hasAttr("itemscope")) {
                name = own(author, "name").stream().map(Microdata::value).findFirst().orElse("");
                url = own(author, "url").stream().map(Microdata::value).filter(u -> !u.isBlank()).findFirst()
                        .orElse(null);
            } else {
                name = value(author);
            }
            if (!HtmlArticleParser.clean(name).isEmpty()) {
                found.add(Bylines.author(HtmlArticleParser.clean(name), url));
            }
        }
        return found;
    }

    /** The properties named so whose item is {@code item} itself, not an item nested in it. */
    private static List<Element> own(Element item, String property) {
        List<Element> found = new ArrayList<>();
        for (Element element : PROPERTIES.in(item)) {
            if (element != item && hasProperty(element, property) && itemOf(element) == item) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean hasProperty(Element element, String property) {
        for (String name : element.attr("itemprop").strip().split("\\s+")) {
            if (name.equals(property)) {
                return true;
            }
        }
        return false;
    }

    private static Element itemOf(Element property) {
        Element parent = property.parent();
        while (parent != null && !parent.hasAttr("itemscope")) {
            parent = parent.parent();
        }
        return parent;
    }

    /** A property's value as the microdata specification reads it from each kind of element. */
    private static String value(Element element) {
        return switch (element.normalName()) {
            case "meta" -> element.attr("content");
            case "a", "area", "link" -> element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
            case "img", "audio", "video", "source", "embed", "iframe", "track" -> element.absUrl("src");
            case "object" -> element.absUrl("data");
            case "data", "meter" -> element.attr("value");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            default -> element.text();
        };
    }
}
