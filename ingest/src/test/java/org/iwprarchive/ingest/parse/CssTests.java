package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

class CssTests {

    private static final Document PAGE = Jsoup.parse("""
            <div class="tags"><a href="/a">A</a>
              <div class="tags"><a href="/b">B</a></div>
            </div>
            <p>one <a href="/c">C</a></p>
            <div class="tags"><a href="/d">D</a><a>no address</a></div>""");

    @Test
    void selectsWhatJsoupsStringSelectGives() {
        for (String selector : new String[] {"a[href]", ".tags", "p, .tags", "div > a", "*"}) {
            assertThat(Css.of(selector).in(PAGE)).containsExactlyElementsOf(PAGE.select(selector));
            assertThat(Css.of(selector).firstIn(PAGE)).isSameAs(PAGE.selectFirst(selector));
        }
    }

    @Test
    void selectsUnderNestedRootsOnceEachInDocumentOrder() {
        var blocks = PAGE.select(".tags");
        var links = Css.of("a[href]").inEach(blocks);

        assertThat(links).extracting(Element::text).containsExactly("A", "B", "D");
        assertThat(links).containsExactlyElementsOf(blocks.select("a[href]"));
    }

    @Test
    void refusesWhatIsNotASelector() {
        assertThatThrownBy(() -> Css.of("a[href")).isInstanceOf(Selector.SelectorParseException.class);
    }
}
