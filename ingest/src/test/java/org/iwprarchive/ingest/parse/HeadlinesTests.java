package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlinesTests {

    private final Headlines headlines = new Headlines(SiteProfile.iwpr().titleSuffixes());

    @Test
    void takesTheSiteNamesOffEitherEndOfATitleAndKnowsALogoHeading() {
        assertThat(headlines.withoutSiteNames("IWPR - Balkan Crisis Report: Serbs Return to Kosovo Villages"))
                .isEqualTo("Balkan Crisis Report: Serbs Return to Kosovo Villages");
        assertThat(headlines.withoutSiteNames("IWPR Institute for War & Peace Reporting | Serbs Return"))
                .isEqualTo("Serbs Return");
        assertThat(headlines.withoutSiteNames("Serbs Return - IWPR")).isEqualTo("Serbs Return");
        assertThat(headlines.withoutSiteNames("Tajik-Uzbek Border Reopens")).isEqualTo("Tajik-Uzbek Border Reopens");
        assertThat(headlines.isSiteName("IWPR")).isTrue();
        assertThat(headlines.isSiteName("IWPR Reports")).isFalse();
    }

    @Test
    void takesTheProminentHeadingInTheLargestFontOverASeriesNameAboveIt() {
        Document page = Jsoup.parse("<title>IWPR</title><body><table><tr><td><font size=2><b>CAUCASUS REPORTING "
                + "SERVICE</b></font><br><font size=5><b>Armenian Miners Walk Out</b></font><p>Text.</p></td></tr>"
                + "</table></body>");
        assertThat(headlines.prominentHeading(page)).contains("Armenian Miners Walk Out");
    }

    @Test
    void takesTheHeadlineAHeadingRepeatsInTheTitlesCasingAndNotTheSeriesName() {
        Document page = Jsoup.parse("<title>IWPR - Balkan Crisis Report: Serbs Return to Kosovo Villages</title>"
                + "<b>BALKAN CRISIS REPORT</b> No. 5<p><b>SERBS RETURN TO KOSOVO VILLAGES</b></p><p>Text.</p>");
        assertThat(headlines.headlineRepeatingTitle(page)).contains("Serbs Return to Kosovo Villages");
        Document none = Jsoup.parse("<title>Serbs Return | IWPR</title><h1>IWPR</h1><p>Text.</p>");
        assertThat(headlines.headlineRepeatingTitle(none)).isEmpty();
    }

    @Test
    void readsAnItalicStandfirstUnderTheHeadlineButNotAnItalicWordInTheFirstParagraph() {
        Document page = Jsoup.parse("<p><b>Serbs Return</b></p><p>By Ana Lukic in Pristina</p>"
                + "<p><i>Families who fled in 1999 are rebuilding their houses near Gracanica.</i></p><p>Body.</p>");
        assertThat(Headlines.headingOf(page, "SERBS RETURN").flatMap(Headlines::standfirstUnder))
                .contains("Families who fled in 1999 are rebuilding their houses near Gracanica.");
        Document plain = Jsoup.parse("<h2>Serbs Return</h2><p>Families who fled in 1999 are rebuilding "
                + "<i>their</i> houses near Gracanica.</p>");
        assertThat(Headlines.headingOf(plain, "Serbs Return").flatMap(Headlines::standfirstUnder)).isEmpty();
    }

    @Test
    void readsASentenceAsASubHeadingUnderTheHeadlineButNotASectionHeading() {
        Document page = Jsoup.parse("<h1>Herat Traders</h1><h2>Merchants say they have lost millions since the "
                + "border closed.</h2><p>Body.</p>");
        assertThat(Headlines.headingOf(page, "Herat Traders").flatMap(Headlines::standfirstUnder))
                .contains("Merchants say they have lost millions since the border closed.");
        Document section = Jsoup.parse("<h1>Herat Traders</h1><h2>Background to the closure</h2><p>Body.</p>");
        assertThat(Headlines.headingOf(section, "Herat Traders").flatMap(Headlines::standfirstUnder)).isEmpty();
    }

    @Test
    void letsAHeadingBeTheHeadlineWhenTheTitleRepeatsItOrNamesOnlyTheSite() {
        assertThat(headlines.titleAllows("Serbs Return to Kosovo | IWPR", "SERBS RETURN TO KOSOVO")).isTrue();
        assertThat(headlines.titleAllows("IWPR", "Serbs Return to Kosovo")).isTrue();
        assertThat(headlines.titleAllows("", "Serbs Return to Kosovo")).isTrue();
        assertThat(headlines.titleAllows("Serbs Return to Kosovo | IWPR", "Reports")).isFalse();
    }

    @Test
    void tellsADescriptionOfTheSiteFromOneOfTheArticle() {
        assertThat(headlines.isAboutTheSite("IWPR - Institute for War & Peace Reporting")).isTrue();
        assertThat(headlines.isAboutTheSite("An IWPR investigation into cotton quotas in Uzbekistan")).isFalse();
    }

    @Test
    void takesTheHeadlineAPageShowsWhenItsTitleNamesOnlyASeriesOrAnIssue() {
        Document issue = Jsoup.parse("<title>IWPR: Balkan Crisis Report No. 85</title><center><b>BALKAN CRISIS REPORT, "
                + "No. 85, 21 October 1999</b></center><font size=\"+2\"><b>KOSOVO SERBS FEAR WINTER</b></font>"
                + "<p>Text.</p>");
        assertThat(headlines.titleNamesTheArticle(issue)).isFalse();
        assertThat(headlines.prominentHeading(issue)).contains("KOSOVO SERBS FEAR WINTER");
        Document series = Jsoup.parse("<title>IWPR - Reporting Central Asia</title><nav><a href=/rca>Reporting Central "
                + "Asia</a></nav><table><tr><td class=navheading>Reports</td></tr><tr><td class=storytitle>Kyrgyz "
                + "Teachers Quit</td></tr></table><p>Text.</p>");
        assertThat(headlines.titleNamesTheArticle(series)).isFalse();
        assertThat(headlines.prominentHeading(series)).contains("Kyrgyz Teachers Quit");
        Document own = Jsoup.parse("<title>Kyrgyz Teachers Quit | IWPR</title><div class=subtitle>Schools lose staff "
                + "to building sites</div><p>Text.</p>");
        assertThat(headlines.titleNamesTheArticle(own)).isTrue();
        assertThat(headlines.prominentHeading(own)).isEmpty();
        Document crumb = Jsoup.parse("<title>Kyrgyz Teachers Quit | IWPR</title><p><a href=/rca>Central Asia</a> &gt; "
                + "<a href=/teachers-quit#top>Kyrgyz Teachers Quit</a></p><p>Text.</p>", "https://iwpr.net/teachers-quit");
        assertThat(headlines.titleNamesTheArticle(crumb)).isTrue();
    }

    @Test
    void takesATitleThatNamesTheBannersSeriesForTheSeriesAndKnowsTheSiteInItsOtherLanguages() {
        Document banner = Jsoup.parse("<title>IWPR Iraqi Crisis Report</title><img src=/b.gif alt=\"Iraqi Crisis Report\">"
                + "<p><span class=headline>Baghdad Queues for Fuel</span></p><p>Text.</p>");
        assertThat(headlines.titleNamesTheArticle(banner)).isFalse();
        assertThat(headlines.prominentHeading(banner)).contains("Baghdad Queues for Fuel");
        assertThat(headlines.isAboutTheSite("Інститут висвітлення війни та миру")).isTrue();
        assertThat(headlines.withoutSiteNames("Киргизские школы | Институт по освещению войны и мира"))
                .isEqualTo("Киргизские школы");
    }

    @Test
    void readsABoldSentenceUnderTheHeadlineAsTheStandfirstButNotABoldName() {
        Document page = Jsoup.parse("<h1>Serbs Return</h1><p><b>Families who fled in 1999 are rebuilding their "
                + "houses near Gracanica.</b></p><p>Body.</p>");
        assertThat(Headlines.headingOf(page, "Serbs Return").flatMap(Headlines::standfirstUnder))
                .contains("Families who fled in 1999 are rebuilding their houses near Gracanica.");
        // a container's first blocks, past a line that holds a date
        Document node = Jsoup.parse("<h1>Miners Strike</h1><div class=node><span>Submitted by webeditor on Thu, "
                + "07/14/2016 - 10:32</span><div class=content><p><strong>Workers say they have not been paid for "
                + "three months.</strong></p><p>Body.</p></div></div>");
        assertThat(Headlines.headingOf(node, "Miners Strike").flatMap(Headlines::standfirstUnder))
                .contains("Workers say they have not been paid for three months.");
        Document name = Jsoup.parse("<h1>Serbs Return</h1><p><b>Interview with the Bishop of Raska</b></p><p>Body.</p>");
        assertThat(Headlines.headingOf(name, "Serbs Return").flatMap(Headlines::standfirstUnder)).isEmpty();
    }

    @Test
    void readsAStandfirstClassRunTogetherOrInACssModuleButNotALeader() {
        Document page = Jsoup.parse("<div class=leader>Our director</div><div class=articlesummary>Schools lose "
                + "staff.</div><p class=ArticleHeader_standfirst__b4Lm0>Classes go underground.</p><div class=post__lead>"
                + "Pupils return.</div><div class=misleading>No.</div>");
        assertThat(Headlines.STANDFIRST_CLASSES.in(page).eachText())
                .containsExactly("Schools lose staff.", "Classes go underground.", "Pupils return.");
    }

    @Test
    void tellsTheSiteNamedAsAnAuthorFromAPersonWithAShortName() {
        assertThat(headlines.namesOnlyTheSite("Institute for War & Peace Reporting")).isTrue();
        assertThat(headlines.namesOnlyTheSite("IWPR")).isTrue();
        assertThat(headlines.namesOnlyTheSite("Ali Ahmad")).isFalse();
        assertThat(headlines.namesOnlyTheSite("IWPR Central Asia")).isFalse();
    }
}
