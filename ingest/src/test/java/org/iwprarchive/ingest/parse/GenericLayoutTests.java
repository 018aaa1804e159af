package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GenericLayoutTests {

    private final GenericLayout layout = new GenericLayout(SiteProfile.iwpr().titleSuffixes());

    @Test
    void takesTheSiteNamesOffEitherEndOfATitleAndKnowsALogoHeading() {
        assertThat(layout.withoutSiteNames("IWPR - Balkan Crisis Report: Serbs Return to Kosovo Villages"))
                .isEqualTo("Balkan Crisis Report: Serbs Return to Kosovo Villages");
        assertThat(layout.withoutSiteNames("IWPR Institute for War & Peace Reporting | Serbs Return"))
                .isEqualTo("Serbs Return");
        assertThat(layout.withoutSiteNames("Serbs Return - IWPR")).isEqualTo("Serbs Return");
        assertThat(layout.withoutSiteNames("Tajik-Uzbek Border Reopens")).isEqualTo("Tajik-Uzbek Border Reopens");
        assertThat(layout.isSiteName("IWPR")).isTrue();
        assertThat(layout.isSiteName("IWPR Reports")).isFalse();
    }

    @Test
    void takesTheHeadlineAHeadingRepeatsInTheTitlesCasingAndNotTheSeriesName() {
        Document page = Jsoup.parse("<title>IWPR - Balkan Crisis Report: Serbs Return to Kosovo Villages</title>"
                + "<b>BALKAN CRISIS REPORT</b> No. 5<p><b>SERBS RETURN TO KOSOVO VILLAGES</b></p><p>Text.</p>");
        assertThat(layout.headlineRepeatingTitle(page)).contains("Serbs Return to Kosovo Villages");
        Document none = Jsoup.parse("<title>Serbs Return | IWPR</title><h1>IWPR</h1><p>Text.</p>");
        assertThat(layout.headlineRepeatingTitle(none)).isEmpty();
    }

    @Test
    void readsAnItalicStandfirstUnderTheHeadlineButNotAnItalicWordInTheFirstParagraph() {
        Document page = Jsoup.parse("<p><b>Serbs Return</b></p><p>By Ana Lukic in Pristina</p>"
                + "<p><i>Families who fled in 1999 are rebuilding their houses near Gracanica.</i></p><p>Body.</p>");
        assertThat(GenericLayout.headingOf(page, "SERBS RETURN").flatMap(GenericLayout::standfirstUnder))
                .contains("Families who fled in 1999 are rebuilding their houses near Gracanica.");
        Document plain = Jsoup.parse("<h2>Serbs Return</h2><p>Families who fled in 1999 are rebuilding "
                + "<i>their</i> houses near Gracanica.</p>");
        assertThat(GenericLayout.headingOf(plain, "Serbs Return").flatMap(GenericLayout::standfirstUnder)).isEmpty();
    }

    @Test
    void readsASentenceAsASubHeadingUnderTheHeadlineButNotASectionHeading() {
        Document page = Jsoup.parse("<h1>Herat Traders</h1><h2>Merchants say they have lost millions since the "
                + "border closed.</h2><p>Body.</p>");
        assertThat(GenericLayout.headingOf(page, "Herat Traders").flatMap(GenericLayout::standfirstUnder))
                .contains("Merchants say they have lost millions since the border closed.");
        Document section = Jsoup.parse("<h1>Herat Traders</h1><h2>Background to the closure</h2><p>Body.</p>");
        assertThat(GenericLayout.headingOf(section, "Herat Traders").flatMap(GenericLayout::standfirstUnder)).isEmpty();
    }

    @Test
    void takesTheTextBlocksBesideTheDensestButNotItsLinkLists() {
        Document page = Jsoup.parse("<div id=body><div class=t><p>" + "A long paragraph of the report. ".repeat(8)
                + "</p></div><figure><img src=a.jpg></figure><div class=t><p>" + "The closing paragraph. ".repeat(5)
                + "</p></div><div class=related><p><a href=/a>" + "A related story with a long title. ".repeat(4)
                + "</a></p></div></div>");
        Element body = GenericLayout.densestBlock(page.body());
        assertThat(body.select("p")).hasSize(2);
        assertThat(body.text()).doesNotContain("related story");
    }

    @Test
    void findsAuthorsByTheirPagesAndFieldsByTheirLabels() {
        Document page = Jsoup.parse("<header><a href=/users/me>My Account</a></header><div>2 May 2019 | "
                + "<a href=/users/mina-habib>Mina Habib</a></div><p><strong>Published:</strong> 9 July 2010</p>");
        assertThat(GenericLayout.profileLinkNames(page)).containsExactly("Mina Habib");
        assertThat(GenericLayout.labelledText(page, GenericLayout.DATE_LABELS)).contains("9 July 2010");
        assertThat(GenericLayout.labelledText(page, GenericLayout.AUTHOR_LABELS)).isEmpty();
    }

    @Test
    void narrowsAPageWideContainerToTheBlockHoldingMostOfItsTextOnlyWhenOneHoldsHalf() {
        Document page = Jsoup.parse("<div id=nav><p>Home</p><p>Reports</p></div><div id=text>"
                + "<p>" + "A long paragraph of the report. ".repeat(5) + "</p><p>" + "Another. ".repeat(10) + "</p>"
                + "</div><div id=footer><p>Copyright 2008 IWPR</p></div>");
        assertThat(GenericLayout.densestBlock(page.body()).id()).isEqualTo("text");
        Document split = Jsoup.parse("<div><p>" + "First half. ".repeat(10) + "</p></div><div><p>"
                + "Second half. ".repeat(10) + "</p></div><div><p>" + "Third part. ".repeat(10) + "</p></div>");
        assertThat(GenericLayout.densestBlock(split.body())).isSameAs(split.body());
    }

    @Test
    void tellsLinkRowsLabelledLinksAndCopyrightLinesFromTextWithALink() {
        assertThat(furniture("<p><a href=/a>Back to this issue</a> | <a href=/b>Home</a></p>")).isTrue();
        assertThat(furniture("<p>Location: <a href=/l/az>Azerbaijan</a></p>")).isTrue();
        assertThat(furniture("<p>Copyright © 2002 Institute for War &amp; Peace Reporting.</p>")).isTrue();
        assertThat(furniture("<p>The <a href=/r>report</a> found that 300 workers had not been paid.</p>")).isFalse();
    }

    @Test
    void findsFieldsLabelledInTheirOwnTextAndTagLinks() {
        Document page = Jsoup.parse("<p>Location: <a href=/location/armenia>Armenia</a></p>"
                + "<p>Topic: <a href=/topic/economy>Economy</a>, <a href=/topic/health>Health</a></p>"
                + "<span>Tagged <a rel=\"category tag\" href=/c/energy>Energy</a> <a href=/x>Other</a></span>");
        assertThat(GenericLayout.textLabelledLinks(page, SiteProfile.iwpr().topicLabels()).orElseThrow().eachText())
                .containsExactly("Economy", "Health");
        assertThat(GenericLayout.textLabelledLinks(page, SiteProfile.iwpr().locationLabels()).orElseThrow().eachText())
                .containsExactly("Armenia");
        assertThat(GenericLayout.tagLinks(page).orElseThrow().eachText()).isEqualTo(List.of("Energy"));
    }

    @Test
    void makesParagraphsOfTextBetweenBreaksOnlyWhereItOutweighsTheParagraphs() {
        Element old = Jsoup.parse("<div><span class=headline>Serbs Return</span><br>By Ana Lukic<br><br>"
                + "First paragraph of the report, with <i>a word</i> in italics.<br><br>Second paragraph.<br></div>")
                .selectFirst("div");
        GenericLayout.paragraphsFromBreaks(old);
        assertThat(old.select("p").eachText()).containsExactly("Serbs Return", "By Ana Lukic",
                "First paragraph of the report, with a word in italics.", "Second paragraph.");
        Element modern = Jsoup.parse("<div><p>" + "A paragraph of the report. ".repeat(4) + "</p>"
                + "Photo: IWPR<br>Tashkent</div>").selectFirst("div");
        GenericLayout.paragraphsFromBreaks(modern);
        assertThat(modern.select("p")).hasSize(1);
    }

    @Test
    void findsABylineWhereverItIsWrittenAndABreadcrumbOverTheHeadline() {
        Document page = Jsoup.parse("<div><div><a href=/asia>Central Asia</a> &gt; <a href=/asia/tj>Tajikistan</a></div>"
                + "<h1>Migrants Return</h1><div>By <a href=/users/lo>Lola Olimova</a> and Ali Ali</div>"
                + "<p>By the end of the year, many had gone home.</p></div>");
        assertThat(GenericLayout.bylineAnywhere(page)).contains(List.of("Lola Olimova", "Ali Ali"));
        assertThat(GenericLayout.breadcrumbBefore(page.selectFirst("h1")).orElseThrow().eachText())
                .containsExactly("Central Asia", "Tajikistan");
        assertThat(GenericLayout.breadcrumbBefore(Jsoup.parse("<p>Text with <a href=/a>a</a> and <a href=/b>b</a>"
                + ".</p><h1>X</h1>").selectFirst("h1"))).isEmpty();
    }

    @Test
    void letsAHeadingBeTheHeadlineWhenTheTitleRepeatsItOrNamesOnlyTheSite() {
        assertThat(layout.titleAllows("Serbs Return to Kosovo | IWPR", "SERBS RETURN TO KOSOVO")).isTrue();
        assertThat(layout.titleAllows("IWPR", "Serbs Return to Kosovo")).isTrue();
        assertThat(layout.titleAllows("", "Serbs Return to Kosovo")).isTrue();
        assertThat(layout.titleAllows("Serbs Return to Kosovo | IWPR", "Reports")).isFalse();
    }

    @Test
    void tellsADescriptionOfTheSiteFromOneOfTheArticle() {
        assertThat(layout.isAboutTheSite("IWPR - Institute for War & Peace Reporting")).isTrue();
        assertThat(layout.isAboutTheSite("An IWPR investigation into cotton quotas in Uzbekistan")).isFalse();
    }

    private static boolean furniture(String html) {
        Element p = Jsoup.parse(html).selectFirst("p");
        return GenericLayout.isFurniture(p, HtmlArticleParser.clean(p.text()));
    }
}
