package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline and the standfirst of a page of a template no selector of the site profile knows: the page's
 * {@code <title>} without the site's names, the heading that repeats it, the element a page prints its headline in
 * when the {@code <title>} names only a series or an issue, and a standfirst in italics, in bold or as a sub-heading
 * right under the headline. Last layers, tried after structured data and the profile's selectors; measured on
 * held-out pages by {@code TemplateEvaluationTests}.
 */
final class Headlines {

    /** How a {@code <title>} separates the site's and series' names from the headline. */
    private static final Pattern TITLE_SEPARATOR = Regexes.compile("\\s+[|\u2013\u2014-]\\s+|\\s*:\\s+|\\s+::\\s+");
    private static final Css HEADINGS = Css.of("h1, h2, h3, h4, [class~=(?i)\\b(title|headline|heading)\\b], b, strong");
    /**
     * What templates call a standfirst in their class names ("field-field-teaser", "subhead", "entry-summary",
     * "story-excerpt", and run together or in CSS modules: "articlesummary", "ArticleHeader_standfirst__b4Lm0"); the
     * short words only as words of a class, between anything but letters ("post__lead", "lede", not "leader").
     */
    static final Css STANDFIRST_CLASSES = Css.of("[class~=(?i)(?<![a-z])(dek|deck|lead|lede|intro)(?![a-z])|standfirst|subhead"
            + "|sub-?title|summary|teaser|strapline|excerpt]");
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4");
    /** Italics as markup or as an inline style (archive.today writes every style inline). */
    private static final Css ITALIC = Css.of("i, em, [style*=italic]");
    private static final Pattern SPACES = Regexes.compile("\\s+");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css IMAGES = Css.of("img[alt]");
    /** Text in bold, as markup or as an inline style. */
    private static final Css BOLD = Css.of("b, strong, [style*=bold]");
    /** Where a page may print its headline without a heading: an element with a class, bold text, a font. */
    private static final Css PROMINENT = Css.of("[class], b, strong, font, p, h1, h2, h3");
    private static final Css PARAGRAPHS = Css.of("p");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3");
    /** What templates call a headline in their class names, in English or Russian ("zag", "zagolovok"). */
    private static final Pattern TITLE_CLASS = Regexes.compile("title|headline|(?<![a-z])zag(?:olovok)?(?![a-z])");
    /** An issue's number in a title or a line: "No. 85", "Issue 12". */
    private static final Pattern ISSUE_NUMBER = Regexes.compile("(?:\\b(?:No\\.?|Issue|Number|br\\.|бр\\.)|ژمارە|العدد)"
            + "\\s*\\p{Nd}{1,4}(?!\\p{Nd})");

    private final List<String> siteNames;

    /** @param titleSuffixes the site's names as appended to {@code <title>} (" | IWPR"): the names are read off them */
    Headlines(List<String> titleSuffixes) {
        this.siteNames = titleSuffixes.stream()
                .map(s -> TITLE_SEPARATOR.matcher(s).replaceFirst("").strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Whether a text is nothing but one of the site's names (a logo's heading, "IWPR"). */
    boolean isSiteName(String text) {
        return siteNames.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a page's {@code <title>} allows a heading to be the headline: it repeats the heading, in any case, or
     * says nothing but the site's names (or nothing at all).
     */
    boolean titleAllows(String pageTitle, String heading) {
        return isAboutTheSite(pageTitle) || pageTitle.toLowerCase(Locale.ROOT).contains(heading.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a text is nothing but the site's names, in any order and with any separators ("IWPR", "Institute for
     * War &amp; Peace Reporting (IWPR)"); a short name of someone else ("Ali Ahmad") is not.
     */
    boolean namesOnlyTheSite(String text) {
        return lettersBesideSiteNames(text) == 0;
    }

    /** Whether a text says no more than the site's names ("IWPR - Institute for War &amp; Peace Reporting"). */
    boolean isAboutTheSite(String text) {
        return lettersBesideSiteNames(text) < 12;
    }

    /** How many letters a text has once the site's names are taken out of it. */
    private int lettersBesideSiteNames(String text) {
        String rest = text.toLowerCase(Locale.ROOT);
        for (String name : siteNames) {
            rest = rest.replace(name, " ");
        }
        return rest.replaceAll("[^\\p{L}]", "").length();
    }

    /**
     * Whether a page's description is the site's rather than the article's: no more than the site's names, or a
     * tagline opening with one of them ("Institute for War &amp; Peace Reporting: IWPR builds democracy ...").
     */
    boolean isSiteDescription(String description) {
        String lower = description.strip().toLowerCase(Locale.ROOT);
        return isAboutTheSite(description) || siteNames.stream().anyMatch(name -> lower.startsWith(name)
                && lower.substring(name.length()).matches("^\\s*[:|\u2013\u2014-].*"));
    }

    /** The {@code <title>} without the site's names at its start or end ("IWPR - X", "X | IWPR"). */
    String withoutSiteNames(String title) {
        String[] all = TITLE_SEPARATOR.split(title.strip());
        List<String> parts = new ArrayList<>(List.of(all));
        while (parts.size() > 1 && namesSite(parts.get(0))) {
            parts.remove(0);
        }
        while (parts.size() > 1 && namesSite(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() == all.length) {
            return title.strip();
        }
        // the separators between what is kept are kept as written
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        int from = title.indexOf(first);
        int to = title.lastIndexOf(last) + last.length();
        return from >= 0 && to > from ? title.substring(from, to).strip() : String.join(" - ", parts);
    }

    private boolean namesSite(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return siteNames.stream().anyMatch(lower::contains);
    }

    /**
     * The headline: a part of the {@code <title>} (without the site's names) that a heading of the page repeats, in
     * any case ("UZBEK FARMERS ..." under a {@code <title>} in title case); the title's casing when the heading is
     * in capitals. Empty when no heading repeats it.
     */
    Optional<String> headlineRepeatingTitle(Document page) {
        String title = HtmlArticleParser.clean(page.title());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(withoutSiteNames(title));
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (!namesSite(part) && part.strip().length() >= 8) {
                parts.add(part.strip());
            }
        }
        // the longest part a heading repeats: a series' name ("Reporting Central Asia") may have a heading too
        parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        List<String> headings = new ArrayList<>();
        for (Element heading : HEADINGS.in(page.body())) {
            String text = HtmlArticleParser.clean(heading.text());
            if (text.length() >= 8 && !isSiteName(text)) {
                headings.add(text);
            }
        }
        String pageText = null;
        for (String part : parts) {
            if (namesAnotherPage(page, part)) {
                continue; // "TRIBUNAL UPDATE" over the headline, a series the navigation links to
            }
            for (String text : headings) {
                if (!text.equalsIgnoreCase(part)) {
                    continue;
                }
                // a series whose issue line the page prints ("Балкански извештај бр. 287, ..."), read once
                pageText = pageText == null ? page.body().text() : pageText;
                if (namesAnIssuesSeries(pageText, part)) {
                    break;
                }
                return Optional.of(text.equals(text.toUpperCase(Locale.ROOT)) ? part : text);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the page's {@code <title>}, without the site's names, can be the headline: it is not empty, names no
     * issue ("Balkan Crisis Report No. 85") and is not the words of one of the page's links to another page, as a
     * series' or section's name is ("Reporting Central Asia" in the navigation and the breadcrumb).
     */
    boolean titleNamesTheArticle(Document page) {
        String title = withoutSiteNames(HtmlArticleParser.clean(page.title()));
        if (title.isEmpty() || isAboutTheSite(title) || ISSUE_NUMBER.matcher(title).find()) {
            return false;
        }
        // "IWPR Iraqi Crisis Report" under a banner image whose text is "Iraqi Crisis Report": the series' name
        String series = withoutLeadingSiteName(title);
        for (Element image : IMAGES.in(page.body())) {
            if (HtmlArticleParser.clean(image.attr("alt")).equalsIgnoreCase(series)) {
                return false;
            }
        }
        // "BALKAN CRISIS REPORT, No. 145, 12-May-00" in the text: the title names the series of an issue
        if (namesAnIssuesSeries(page.body().text(), title)) {
            return false;
        }
        return !namesAnotherPage(page, title);
    }

    /**
     * Whether a {@code <title>} whose words the page's text never prints gives way to a heading the page sets out as
     * its headline: "ИВПР :: Репортажи о Центральной Азии" over a cell classed "zag" with the report's headline names
     * the series, not the report.
     */
    boolean titleGivesWayToAHeading(Document page, String title) {
        String text = page.body().text().toLowerCase(Locale.ROOT);
        return !text.contains(title.toLowerCase(Locale.ROOT)) && prominentHeading(page).isPresent();
    }

    /** Whether the page's text prints these words before an issue's number: "BALKAN CRISIS REPORT, No. 145, ...". */
    private static boolean namesAnIssuesSeries(String pageText, String words) {
        return Regexes.compile(Pattern.quote(words) + "[,:]?\\s+(?:No\\.?|Issue|Number|br\\.|бр\\.|ژمارە|العدد)\\s*\\p{Nd}",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(pageText).find();
    }

    /** Whether the words are those of a link to another page than this one, as a series' or section's name is. */
    private static boolean namesAnotherPage(Document page, String words) {
        String own = withoutFragment(page.location());
        for (Element link : LINKS.in(page.body())) {
            // a link to the page itself (a breadcrumb's last step) names the article, not a section
            if (HtmlArticleParser.clean(link.text()).equalsIgnoreCase(words)
                    && (own.isEmpty() || !withoutFragment(link.attr("abs:href")).equals(own))) {
                return true;
            }
        }
        return false;
    }

    /** A title without a site's name written before it with no separator ("IWPR Iraqi Crisis Report"). */
    private String withoutLeadingSiteName(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String name : siteNames) {
            if (lower.startsWith(name + " ")) {
                return title.substring(name.length() + 1).strip();
            }
        }
        return title;
    }

    private static String withoutFragment(String address) {
        int hash = address.indexOf('#');
        String kept = hash < 0 ? address : address.substring(0, hash);
        return kept.endsWith("/") ? kept.substring(0, kept.length() - 1) : kept;
    }

    /**
     * The headline as a page shows it when its {@code <title>} does not say it: the element, outside the page's
     * header, navigation and footer, whose class names a title ("articletitle", "story-headline", not a "subtitle"),
     * or whose text is all in bold or in a large font, or a heading, with three to twenty-five words that are not
     * links, a byline, a date line, an issue line, the site's name or a series' name the page links to or prints an
     * issue number after; of several, the first in the largest font ("REPORTING CENTRAL ASIA" in bold at size 2 is a
     * series' name above the headline at size 4).
     */
    Optional<String> prominentHeading(Document page) {
        String best = null;
        int bestSize = 0;
        String pageText = null;
        for (Element element : PROMINENT.in(page.body())) {
            String text = HtmlArticleParser.clean(element.text());
            int words = text.isEmpty() ? 0 : SPACES.split(text).length;
            if (words < 3 || words > 25 || isSiteName(text) || ISSUE_NUMBER.matcher(text).find()
                    || Bylines.names(text).isPresent() || DateLines.isDateLine(text) || namesAnotherPage(page, text)
                    || !LINKS.in(element).isEmpty() || element.parents().stream().anyMatch(GenericLayout::isPageFrame)) {
                continue;
            }
            String classes = element.className().toLowerCase(Locale.ROOT);
            boolean titled = TITLE_CLASS.matcher(classes).find() && !classes.contains("sub");
            // "MONTENEGRO BRACES FOR BELGRADE PRESSURE": a line in capitals, as plain-text reports set a headline
            // a heading of the first three levels is prominent by its kind ("<title>IWPR</title>" over an <h2>)
            boolean heading = HEADING_TAGS.contains(element.tagName()) && !classes.contains("sub");
            boolean prominent = heading || (!element.className().isEmpty() ? titled
                    : HtmlArticleParser.clean(BOLD.in(element).text()).equals(text) || isLargeFont(element)
                    || isCapitals(text));
            int size = fontSize(element);
            // the page's text read once, and searched only for a line that would be the headline
            if (prominent && size > bestSize) {
                pageText = pageText == null ? page.body().text() : pageText;
                if (!namesAnIssuesSeries(pageText, text)) {
                    best = text;
                    bestSize = size;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The size an element's text is set in, on the scale of {@code <font size>} (1 to 7, 3 the default; "+2" is 5):
     * the nearest {@code font} element's, itself or around it.
     */
    private static int fontSize(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            String size = at.tagName().equals("font") ? at.attr("size").strip() : "";
            if (size.matches("[+-]?[1-7]")) {
                int value = Integer.parseInt(size.replace("+", ""));
                return size.startsWith("+") || size.startsWith("-") ? 3 + value : value;
            }
        }
        return 3;
    }

    /** A {@code font} element set larger than the text around it: {@code size="+2"}, {@code size="5"}. */
    private static boolean isLargeFont(Element element) {
        String size = element.tagName().equals("font") ? element.attr("size").strip() : "";
        return size.startsWith("+") && !size.equals("+0") || size.matches("[5-7]");
    }

    /**
     * The text of the first element a standfirst class names that is not a teaser of another article (an element
     * holding a link of three words or more: "Also in this issue", "Read more"); empty when that element is.
     */
    static Optional<String> classStandfirst(Document page) {
        for (Element element : STANDFIRST_CLASSES.in(page)) {
            boolean teaser = LINKS.in(element).stream()
                    .anyMatch(link -> SPACES.split(HtmlArticleParser.clean(link.text())).length >= 3);
            if (!teaser) {
                String text = HtmlArticleParser.clean(element.text());
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The first heading-like element whose text is the headline, in any case. */
    static Optional<Element> headingOf(Document page, String title) {
        for (Element heading : HEADINGS.in(page.body())) {
            if (HtmlArticleParser.clean(heading.text()).equalsIgnoreCase(title)) {
                return Optional.of(heading);
            }
        }
        // a plain-text report's headline, a paragraph in capitals
        if (isCapitals(title)) {
            for (Element paragraph : PARAGRAPHS.in(page.body())) {
                if (HtmlArticleParser.clean(paragraph.text()).equals(title)) {
                    return Optional.of(paragraph);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A standfirst printed right under the headline, before or after the byline: the first text after the
     * headline's block, when all of it is in italics, or a sentence of eight words or more all in bold, or a
     * sub-heading of six words or more; under a headline in capitals, the sentence that follows it alone.
     */
    static Optional<String> standfirstUnder(Element heading) {
        // from the headline's block, or from the inline element it is in when more follows that in the same block
        // ("<td><font><b>HEADLINE</b></font><p><b>Standfirst</b>")
        Element block = heading;
        while (block.parent() != null && !block.isBlock() && block.nextElementSibling() == null) {
            block = block.parent();
        }
        int looked = 0;
        for (Element next = following(block); next != null && looked < 4; next = following(next)) {
            // a container's first block, as a reader meets it ("<div class=node><span>Submitted ...</span><div
            // class=content><p><strong>Standfirst</strong>")
            while (next.children().stream().anyMatch(Element::isBlock)) {
                next = next.child(0);
            }
            String text = HtmlArticleParser.clean(next.text());
            if (text.isEmpty()) {
                continue;
            }
            looked++;
            // bylines and date lines, and a short line that holds a date ("Submitted by webeditor on Thu, 07/14/2016")
            if (Bylines.names(text).isPresent() || DateLines.isDateLine(text) || text.length() < 100
                    && (DateLines.written(text).isPresent() || DateLines.numericIn(text).isPresent())) {
                continue;
            }
            boolean sized = text.length() >= 30 && text.length() <= 600;
            boolean italic = HtmlArticleParser.clean(ITALIC.in(next).text()).equals(text);
            // "<p><font><b>With the roads ... cut, the Serb community ...</b></font>": a sentence in bold
            boolean bold = SPACES.split(text).length >= 8 && HtmlArticleParser.clean(BOLD.in(next).text()).equals(text);
            // "<h1>Headline</h1><h2>Merchants say they have lost ...</h2>": a sentence as a sub-heading
            boolean sentence = SUBHEADINGS.contains(next.tagName()) && SPACES.split(text).length >= 6;
            // under a headline in capitals, a plain-text report's summary: the first sentence that stands alone
            boolean summary = looked == 1 && isCapitals(HtmlArticleParser.clean(heading.text()))
                    && SPACES.split(text).length >= 6 && text.endsWith(".") && text.length() <= 300;
            return sized && (italic || bold || sentence || summary) ? Optional.of(text) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a line of three words or more has every letter a capital: a headline as a plain-text report sets it. */
    static boolean isCapitals(String text) {
        return SPACES.split(text.strip()).length >= 3
                && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The element after this one in document order, leaving its children aside; null at the end. */
    private static Element following(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
