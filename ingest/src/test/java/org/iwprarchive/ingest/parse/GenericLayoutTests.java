package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GenericLayoutTests {

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
        assertThat(furniture("<p>BALKAN CRISIS REPORT is published by the Institute for War &amp; Peace Reporting, "
                + "London. Copyright &copy; 1999 The Institute for War &amp; Peace Reporting.</p>")).isTrue();
        assertThat(furniture("<p>Parliament passed a copyright law in 2004 that no court has applied.</p>")).isFalse();
        assertThat(furniture("<p><em>Translated from Russian by Katya Ivanova. This article was first published in "
                + "Russian.</em></p>")).isTrue();
        assertThat(furniture("<p>Translated documents show that the ministry knew.</p>")).isFalse();
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
        // two fields in one block: each label's links, up to the next label
        Document both = Jsoup.parse("<div>Регион: <a href=/ru/kg>Кыргызстан</a><br>Темы: <a href=/ru/t/1>Образование</a>, "
                + "<a href=/ru/t/2>Миграция</a></div>");
        assertThat(GenericLayout.textLabelledLinks(both, SiteProfile.iwpr().locationLabels()).orElseThrow().eachText())
                .containsExactly("Кыргызстан");
        assertThat(GenericLayout.textLabelledLinks(both, SiteProfile.iwpr().topicLabels()).orElseThrow().eachText())
                .containsExactly("Образование", "Миграция");
    }

    @Test
    void readsTheFieldALabelOpensRatherThanTheLineAroundIt() {
        Document page = Jsoup.parse("<div class=meta><span>Автори: Ірина Бондар, Олег Коваль</span> <time class=post__date>"
                + "3 березня 2023 р.</time></div><p><strong>Published:</strong> 9 July 2010</p>"
                + "<div>Теги: <a href=/uk/tag/ukraina>Україна</a> <a href=/uk/tag/osvita>Освіта</a></div>");
        assertThat(GenericLayout.labelledText(page, GenericLayout.AUTHOR_LABELS)).contains("Ірина Бондар, Олег Коваль");
        assertThat(GenericLayout.labelledText(page, GenericLayout.DATE_LABELS)).contains("9 July 2010");
        assertThat(GenericLayout.labelledText(Jsoup.parse("<div><div>Contributor(s): Almaz Rysaliev</div></div>"),
                GenericLayout.AUTHOR_LABELS)).contains("Almaz Rysaliev");
        assertThat(GenericLayout.DATE_CLASSES.in(page).eachText()).containsExactly("3 березня 2023 р.");
        assertThat(GenericLayout.textLabelledLinks(page, GenericLayout.MIXED_LABELS).orElseThrow().eachText())
                .containsExactly("Україна", "Освіта");
    }

    @Test
    void readsTheDatePrintedInABylinesBlockButNotInALongerParagraph() {
        assertThat(GenericLayout.bylineDate(Jsoup.parse("<div>Автор: <a href=/a>Алмаз Исмаилов</a> | 12 марта 2008 г."
                + "</div>"))).contains(java.time.LocalDate.of(2008, 3, 12));
        assertThat(GenericLayout.bylineDate(Jsoup.parse("<p>By Lola Olimova, 12 March 2015</p>")))
                .contains(java.time.LocalDate.of(2015, 3, 12));
        assertThat(GenericLayout.bylineDate(Jsoup.parse("<p>On 12 March 2015 the court met.</p>"))).isEmpty();
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
    void readsAFieldUpToTheBarBeforeTheNextOne() {
        Document page = Jsoup.parse("<p>Words: Aziza Rahimova \u00b7 Pictures: Kamol Yusupov</p>");
        assertThat(GenericLayout.labelledText(page, GenericLayout.AUTHOR_LABELS)).contains("Aziza Rahimova");
        assertThat(GenericLayout.isAuthorLine("Text: Madina Saidova | Photos: Ruslan Alimov")).isTrue();
        assertThat(GenericLayout.isAuthorLine("Text: the full speech is published below")).isFalse();
    }

    @Test
    void makesParagraphsOfBlocksOfSentencesOnlyWhereTheyOutweighTheParagraphs() {
        Element divs = Jsoup.parse("<div><div class=menu><div>Home</div><div>Reports</div></div><div class=text>"
                + "<div>Water came back to the district on Monday after a week.</div><div><br></div>"
                + "<div>Residents said they had bought it from <b>tankers</b> at twice the price.</div></div></div>")
                .selectFirst("div");
        GenericLayout.paragraphsFromTextDivs(divs);
        assertThat(divs.select("p").eachText()).containsExactly("Water came back to the district on Monday after a week.",
                "Residents said they had bought it from tankers at twice the price.");
        Element paragraphs = Jsoup.parse("<div><p>" + "A paragraph of the report, longer than the note. ".repeat(3)
                + "</p><div class=note>Names have been changed for the sources' safety.</div></div>").selectFirst("div");
        GenericLayout.paragraphsFromTextDivs(paragraphs);
        assertThat(paragraphs.select("p")).hasSize(1);
    }

    @Test
    void findsAuthorsByTheClassesOfTheirNamesAndTagsByTheirListings() {
        Document page = Jsoup.parse("<header><span class=author>Site Team</span></header><div class=comments>"
                + "<span class=comment-author>Jane Doe</span></div><div class=post><div class=author-bio>Jane Doe is a "
                + "journalist who has reported from Kabul for ten years.</div><div class=\"post__byline\">Бермет "
                + "Талант, Бишкек</div><span class=post-timestamp>5 May 2014</span></div>"
                + "<aside><a href=/tag/everything>Everything</a></aside><div class=tag-cloud><a href=/tag/other>Other"
                + "</a></div><div class=entry-tags><a href=/tag/water>Water</a> <a href=/ky/tags/kyrgyzstan/>"
                + "Kyrgyzstan</a> <a href=/tags/water/page/2>More</a></div>");
        assertThat(GenericLayout.classedAuthors(page)).contains(List.of("Бермет Талант"));
        assertThat(GenericLayout.classedAuthors(Jsoup.parse("<div class=comments><div><span class=comment-author>"
                + "Jane Doe</span></div></div><p class=author-note>Names were changed.</p>"))).isEmpty();
        assertThat(GenericLayout.DATE_CLASSES.in(page).eachText()).containsExactly("5 May 2014");
        assertThat(GenericLayout.tagLinks(page).orElseThrow().eachText()).containsExactly("Water", "Kyrgyzstan");
        assertThat(furniture("<p class=byline>Бермет Талант, Бишкек</p>")).isTrue();
        assertThat(furniture("<p class=byline-note>Names were changed to protect those who spoke to us.</p>")).isFalse();
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

    private static boolean furniture(String html) {
        Element p = Jsoup.parse(html).selectFirst("p");
        return GenericLayout.isFurniture(p, HtmlArticleParser.clean(p.text()));
    }

    @Test
    void tellsFromTheMarkupWhetherAPageHasAnElement() {
        assertThat(HtmlArticleParser.hasTag("<body><pre>a</pre></body>", "pre")).isTrue();
        assertThat(HtmlArticleParser.hasTag("<BODY><PRE CLASS=x>a</PRE></BODY>", "pre")).isTrue();
        assertThat(HtmlArticleParser.hasTag("<body><pre\n>a</pre></body>", "pre")).isTrue();
        assertThat(HtmlArticleParser.hasTag("<body><preview>a</preview><p>pre</p></body>", "pre")).isFalse();
        assertThat(HtmlArticleParser.hasTag("<body><p>a", "pre")).isFalse();
        assertThat(HtmlArticleParser.hasTag("<pre", "pre")).isFalse();
    }
}
