package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A CSS selector parsed once. jsoup's {@code select(String)} parses its selector again on every call, which a
 * profile of a bulk import put at a twentieth of the time spent reading pages; jsoup's evaluators are thread-safe,
 * so the parsers hold them for every page they read.
 *
 * @param text      the selector as written (what a field's rule trace names)
 * @param evaluator jsoup's reading of it
 * @param names     for each selector of a group ({@code a, b}), the class names and ids it names, in lower case:
 *                  words a page's markup has wherever that selector matches
 */
record Css(String text, Evaluator evaluator, List<List<String>> names) {

    /** A class name or id, as a selector names it ({@code .field--name-body}, {@code #content}). */
    private static final Pattern NAMED = Pattern.compile("[.#]([\\w-]+)");

    /** @throws Selector.SelectorParseException when {@code text} is not a selector jsoup reads */
    static Css of(String text) {
        return new Css(text, Selector.evaluatorOf(text), names(text));
    }

    /**
     * The class names and ids of each selector of a group, where they can be read plainly: in a group or an argument
     * of a pseudo-class ({@code :has(.x)}, {@code :matches(a.b)}) a selector is taken to name nothing, which only
     * means it is always looked for.
     */
    private static List<List<String>> names(String text) {
        if (text.contains("(")) {
            return List.of(List.of());
        }
        return Arrays.stream(text.split(",")).map(one -> {
            List<String> found = new ArrayList<>();
            // attribute selectors' values ([href*=example.org]) are not names
            Matcher m = NAMED.matcher(one.replaceAll("\\[[^\\]]*]", " "));
            while (m.find()) {
                found.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            return List.copyOf(found);
        }).toList();
    }

    /**
     * Whether the selector can match anything in a page of that markup: false when each of its selectors names a
     * class or id the markup does not have anywhere. A search of the text costs a fraction of a walk over every
     * element, which most of a template's selectors find nothing in.
     */
    boolean mayMatch(Markup markup) {
        for (List<String> one : names) {
            if (one.stream().allMatch(markup::mentions)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page's markup as received, searched for the class names and ids selectors name. jsoup matches classes in any
     * case, so a name not found as written is looked for in the markup in lower case, made only then.
     */
    static final class Markup {
        private final String html;
        private String lowerCase;

        Markup(String html) {
            this.html = html;
        }

        /** Whether the markup has {@code name} (lower case) anywhere, in any case. */
        boolean mentions(String name) {
            if (html.contains(name)) {
                return true;
            }
            if (lowerCase == null) {
                lowerCase = html.toLowerCase(Locale.ROOT);
            }
            return lowerCase.contains(name);
        }
    }

    static List<Css> all(List<String> texts) {
        return texts.stream().map(Css::of).toList();
    }

    /** Every element under (and including) {@code root} that matches, in document order. */
    Elements in(Element root) {
        return root.select(evaluator);
    }

    /** Whether the element itself matches. */
    boolean matches(Element element) {
        return element.is(evaluator);
    }

    /** The first element under (and including) {@code root} that matches, or null. */
    Element firstIn(Element root) {
        return root.selectFirst(evaluator);
    }

    /** Every element under any of {@code roots} that matches, each once, as {@link Elements#select(String)} gives. */
    Elements inEach(Elements roots) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Elements found = new Elements();
        for (Element root : roots) {
            for (Element element : root.select(evaluator)) {
                if (seen.add(element)) {
                    found.add(element);
                }
            }
        }
        return found;
    }
}
