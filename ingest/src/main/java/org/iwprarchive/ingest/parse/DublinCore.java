package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dublin Core metadata in a page's head ({@code <meta name="DC.title">}, {@code DC.creator}, {@code dcterms.issued}),
 * which older content systems and library-minded sites print instead of OpenGraph or JSON-LD.
 */
final class DublinCore {

    private final List<Element> metas;

    private DublinCore(List<Element> metas) {
        this.metas = metas;
    }

    static DublinCore of(Document page) {
        List<Element> found = new ArrayList<>();
        for (Element meta : page.head().getElementsByTag("meta")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            if (name.startsWith("dc.") || name.startsWith("dcterms.")) {
                found.add(meta);
            }
        }
        return new DublinCore(found);
    }

    /** The first value of one of the terms, in the order given ("date", "issued", "created"). */
    Optional<String> first(String... terms) {
        for (String term : terms) {
            List<String> values = all(term);
            if (!values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Every term a list-valued element names ("Afghanistan; Trade", "Kabul, Herat"), each once, in the page's order.
     */
    List<String> terms(String element) {
        return all(element).stream().flatMap(value -> java.util.Arrays.stream(value.split("[;,]")))
                .map(String::strip).filter(term -> !term.isEmpty()).distinct().toList();
    }

    /** Every value of a term, in the page's order, under either prefix: {@code DC.creator} and {@code dcterms.creator}. */
    List<String> all(String term) {
        List<String> values = new ArrayList<>();
        for (Element meta : metas) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            String content = HtmlArticleParser.clean(meta.attr("content"));
            if ((name.equals("dc." + term) || name.equals("dcterms." + term)) && !content.isEmpty()) {
                values.add(content);
            }
        }
        return values;
    }
}
