package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages a browser renders from data the page carries (Next.js's {@code __NEXT_DATA__}, and other frameworks' JSON in a
 * {@code <script type="application/json">} or assigned to a global, as Redux's and Vue's server rendering leave it:
 * {@code window.__INITIAL_STATE__ = {...};}): the markup as served holds a loading notice, the article is in the data.
 * Where the page's own text is that bare, the article the data holds (an object with a title and a body of HTML
 * paragraphs) is written into the page as a reader's browser would show it: a headline, the standfirst, the body,
 * and its authors and date as the page's structured data, so the usual rules read it.
 */
final class RenderedPages {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Css DATA = Css.of("script[type=application/json]");
    private static final Css INLINE = Css.of("script:not([src])");
    /** A global given the state a script renders from: "window.__INITIAL_STATE__ =", "self.__PRELOADED_STATE__=". */
    private static final Pattern STATE = Pattern.compile("^\\s*(?:window|self)\\.(__[A-Za-z][\\w$]*)\\s*=\\s*(?=\\{)");
    private static final Pattern CLOSING = Pattern.compile(";?\\s*$");
    /** How little text a page's own markup holds when a script renders it. */
    private static final int BARE = 200;
    private static final List<String> TITLES = List.of("headline", "title");
    private static final List<String> BODIES = List.of("body", "bodyHtml", "content", "html", "text");
    private static final List<String> SUMMARIES = List.of("standfirst", "summary", "description", "excerpt", "lead",
            "subtitle");
    private static final List<String> DATES = List.of("datePublished", "publishedAt", "published", "publishDate",
            "date", "created");
    private static final List<String> AUTHORS = List.of("authors", "author", "byline");
    /** How deep in the data an article is looked for. */
    private static final int DEEPEST = 12;

    private RenderedPages() {
    }

    /** Whether the markup may carry data a script renders (a search of the text, no walk over the page). */
    static boolean mayBeIn(String html) {
        return html.contains("application/json") || html.contains("window.__") || html.contains("self.__");
    }

    /**
     * Writes the article the page's data holds into the page when the page's own text is bare.
     *
     * @return where the data was ({@code script:application/json}, {@code script:window.__INITIAL_STATE__}), when
     *         it wrote one
     */
    static Optional<String> render(Document page) {
        if (!isBare(page)) {
            return Optional.empty();
        }
        List<String[]> sources = new ArrayList<>();
        DATA.in(page).forEach(script -> sources.add(new String[] {"script:application/json", script.data()}));
        for (Element script : INLINE.in(page)) {
            Matcher state = STATE.matcher(script.data());
            if (state.lookingAt()) {
                // the object literal alone, as JSON: a state written as JavaScript (unquoted keys) is not read
                String literal = CLOSING.matcher(script.data().substring(state.end())).replaceFirst("");
                sources.add(new String[] {"script:window." + state.group(1), literal});
            }
        }
        for (String[] source : sources) {
            Optional<JsonNode> article;
            try {
                article = article(JSON.readTree(source[1]), 0);
            } catch (JacksonException e) {
                continue; // not JSON after all: another script may hold the data
            }
            if (article.isPresent()) {
                write(page, article.get());
                return Optional.of(source[0]);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the body's own text is no more than a loading notice: its text nodes are counted only until they pass
     * {@link #BARE} characters, so a page with text of its own (every other page) costs a few of its first nodes.
     */
    private static boolean isBare(Document page) {
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    seen[0] += text.text().strip().length();
                }
                return seen[0] > BARE ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, page.body());
        return seen[0] <= BARE;
    }

    /** The first object, depth first, with a title and a body of HTML paragraphs. */
    private static Optional<JsonNode> article(JsonNode node, int depth) {
        if (depth > DEEPEST) {
            return Optional.empty();
        }
        if (node.isObject() && first(node, TITLES).isPresent()
                && first(node, BODIES).filter(body -> body.contains("<p")).isPresent()) {
            return Optional.of(node);
        }
        for (JsonNode child : node.isObject() || node.isArray() ? node.valueStream().toList() : List.<JsonNode>of()) {
            Optional<JsonNode> found = article(child, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(JsonNode node, List<String> keys) {
        return keys.stream().map(node::get).filter(value -> value != null && value.isString())
                .map(JsonNode::asString).filter(value -> !value.isBlank()).findFirst();
    }

    private static void write(Document page, JsonNode article) {
        String title = first(article, TITLES).orElseThrow();
        ObjectNode data = JSON.createObjectNode();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", title);
        first(article, SUMMARIES).ifPresent(summary -> data.put("description", summary));
        first(article, DATES).ifPresent(date -> data.put("datePublished", date));
        List<String> authors = authors(article);
        if (!authors.isEmpty()) {
            ArrayNode people = data.putArray("author");
            authors.forEach(name -> people.addObject().put("@type", "Person").put("name", name));
        }
        page.head().appendElement("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(JSON.writeValueAsString(data)));
        Element shown = page.body().empty().appendElement("article");
        shown.appendElement("h1").text(title);
        first(article, SUMMARIES).ifPresent(summary -> shown.appendElement("div").addClass("standfirst").text(summary));
        shown.appendElement("div").addClass("article-body").html(first(article, BODIES).orElseThrow());
    }

    /** The authors' names, under the first key that gives any: a list of people or of names, one person, or one name. */
    private static List<String> authors(JsonNode article) {
        List<String> names = new ArrayList<>();
        for (String key : AUTHORS) {
            JsonNode given = article.get(key);
            if (given == null || !names.isEmpty()) {
                continue;
            }
            for (JsonNode one : given.isArray() ? given.valueStream().toList() : List.of(given)) {
                JsonNode name = one.isObject() ? one.get("name") : one;
                if (name != null && name.isString() && !name.asString().isBlank()) {
                    names.add(name.asString().strip());
                }
            }
        }
        return names;
    }
}
