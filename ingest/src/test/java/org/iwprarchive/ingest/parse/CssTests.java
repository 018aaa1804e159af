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

    @Test
    void tellsFromTheMarkupWhenASelectorCannotMatch() {
        var markup = new Css.Markup("<div class=\"Field--Name-Body\" id=\"main\"><a href=\"/x.pdf\">a</a></div>");

        assertThat(Css.of(".field--name-body").mayMatch(markup)).isTrue();
        assertThat(Css.of("div#main .field--name-body").mayMatch(markup)).isTrue();
        assertThat(Css.of(".standfirst, #main").mayMatch(markup)).isTrue();
        assertThat(Css.of(".standfirst").mayMatch(markup)).isFalse();
        assertThat(Css.of("h1.page-title, #page-title").mayMatch(markup)).isFalse();
        assertThat(Css.of("article .field--name-body .standfirst").mayMatch(markup)).isFalse();
        // what names no class or id, or names one where it is not read plainly, is always looked for
        assertThat(Css.of("a[href*=.doc]").mayMatch(markup)).isTrue();
        assertThat(Css.of("article").mayMatch(markup)).isTrue();
        assertThat(Css.of("div:has(.standfirst)").mayMatch(markup)).isTrue();
        // and a selector that matches an element of a page may match its markup
        for (String selector : new String[] {".tags", "div.tags > a", "p, .tags", ".TAGS"}) {
            assertThat(Css.of(selector).in(PAGE)).isNotEmpty();
            assertThat(Css.of(selector).mayMatch(new Css.Markup(PAGE.outerHtml()))).as(selector).isTrue();
        }
    }
}
