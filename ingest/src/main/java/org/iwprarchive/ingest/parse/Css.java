package org.iwprarchive.ingest.parse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A CSS selector parsed once. jsoup's {@code select(String)} parses its selector again on every call, which a
 * profile of a bulk import put at a twentieth of the time spent reading pages; jsoup's evaluators are thread-safe,
 * so the parsers hold them for every page they read.
 *
 * @param text the selector as written (what a field's rule trace names)
 */
record Css(String text, Evaluator evaluator) {

    /** @throws Selector.SelectorParseException when {@code text} is not a selector jsoup reads */
    static Css of(String text) {
        return new Css(text, Selector.evaluatorOf(text));
    }

    static List<Css> all(List<String> texts) {
        return texts.stream().map(Css::of).toList();
    }

    /** Every element under (and including) {@code root} that matches, in document order. */
    Elements in(Element root) {
        return root.select(evaluator);
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
