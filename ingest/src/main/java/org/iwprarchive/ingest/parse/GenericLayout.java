package org.iwprarchive.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * What a reader finds on a page of a template no selector of the site profile knows, read from the page's layout,
 * its class names and its labels rather than the site's own classes (the headline and standfirst: {@link Headlines}):
 * the block that holds most of the page's paragraph text (and the text blocks beside it) as the body, text between {@code <br>} tags as paragraphs,
 * dates of issue lines ("RCA No. 134, 18-Jul-02") and labels ("Published:"), bylines anywhere, authors linked to
 * their pages, tag links ({@code rel="tag"}, "Filed under:"), a breadcrumb, and what is a page's furniture rather than
 * its text. Each is a last layer, tried after structured data and the profile's selectors; measured on held-out pages
 * by {@code TemplateEvaluationTests}.
 */
final class GenericLayout {

    private static final Set<String> SOURCE_URL_LABELS = Set.of("source url", "original url", "source address");
    /**
     * What templates call a date line in their class names ("date", "dateline", "posted-on", "pubdate", "timestamp",
     * "article__time", and in the editions' languages "data", "datum", "fecha").
     */
    static final Css DATE_CLASSES = Css.of("[class~=(?i)(?<![a-z])(date|dateline|pubdate|posted|published|created"
            + "|time|timestamp|data|datum|fecha)(?![a-z])]");
    private static final Css BLOCKS_WITH_BREAKS = Css.of(":has(> br)");
    /** A breadcrumb's separators between its links. */
    private static final Pattern CRUMB_REMAINDER = Regexes.compile("^[\\s>\u00bb\u203a/|]*$");
    private static final Css PARAGRAPHS = Css.of("p");
    private static final Css DIVS = Css.of("div");
    /** How a sentence ends: its stop, and the closing quotes or bracket after it. */
    private static final Pattern SENTENCE_END = Regexes.compile("[.!?\u2026\u3002\u06d4][\"'\u00bb\u201d\u2019)]*$");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css TAG_LINKS = Css.of("a[rel~=(^|\\s)tag(\\s|$)][href]");
    /** Links to a tag's listing ("/tag/elections", "/ru/tags/ekologiya"), as blogs and newer templates link tags. */
    private static final Css TAG_PATH_LINKS = Css.of("a[href~=/tags?/[^/?#]+/?$]");
    /** Blocks beside an article that list every tag of a site: a sidebar's tag cloud, a widget. */
    private static final Pattern SITE_WIDE = Regexes.compile("sidebar|widget|cloud|menu", Pattern.CASE_INSENSITIVE);
    private static final Css TEXT_LABELLED = Css.of("p, li, dd, div, span, footer");
    /**
     * A serial's issue reference and its date, as IWPR's reports printed them: "(CRS No. 433, 05-Mar-08)", the Bosnian
     * edition's "Izvještaj sa Tribunala br. 352, 5. mart 2004.".
     */
    private static final Pattern ISSUE_DATE = Regexes.compile("(?:\\bNo\\.?|\\bIssue|№|\\bВыпуск|\\bВипуск|\\bbr\\.|\\bбр\\.|ژمارە)"
            // the Kurdish edition's digits, comma and genitive: "ژمارە ٢٦٤، ١٤ی ئایاری ٢٠٠٨"
            + "\\s*\\p{Nd}{1,4}[,\u060c]\\s+(\\p{Nd}{1,2}\u06cc\\s+\\p{L}{3,12}\\s+\\p{Nd}{4}|\\d{1,2}\\.?[- ]\\p{L}{3,9}\\.?[- ]\\d{2,4}"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    private static final Pattern LEADING_SEPARATORS = Regexes.compile("^[\\s|\u00b7\u2022]+");
    /** What may stand between a field's links: commas, bars, bullets. */
    private static final Pattern LINK_SEPARATORS = Regexes.compile("^[\\s,;|/\u00b7\u2022-]*$");
    /** What is left of a paragraph of links once their words are taken out: separators and a label at most. */
    private static final Pattern LINK_REMAINDER = Regexes.compile("^[\\p{L} ]{0,20}:?[\\s,|/\u00b7\u2022>-]*$");
    static final Pattern RIGHTS_LINE = Regexes.compile("^(?:Copyright\\b|\u00a9|\\(c\\)\\s+\\d{4})|All rights reserved"
            + "|Copyright\\s*(?:\u00a9|\\(c\\))?\\s*\\d{4}|\u00a9\\s*\\d{4}", Pattern.CASE_INSENSITIVE);
    /** How long a notice of the publisher's rights may be: a sentence or two on who publishes the report. */
    private static final int MOST_RIGHTS_LINE = 400;
    /** The body block must hold this share of the paragraph text of the container it is found in. */
    private static final double BODY_SHARE = 0.5;

    /** A translator's note: "Translated from Russian by A.", "This article was first published in Russian ...". */
    private static final Pattern TRANSLATION_NOTE = Regexes.compile("^(?:Translated\\s+(?:from\\s+\\p{L}+\\s+)?by\\b"
            + "|Translation\\s+(?:from\\s+\\p{L}+\\s+)?by\\b|This\\s+(?:article|report|story)\\s+was\\s+(?:first|originally)"
            + "\\s+published\\s+in\\b)");
    private static final Css PRE = Css.of("pre");
    private static final Pattern BLANK_LINES = Regexes.compile("\\n\\s*\\n");
    /** Labels of the article's authors and of its date, written before them. */
    static final Set<String> AUTHOR_LABELS = Set.of("author", "authors", "by", "written by", "contributor", "text",
            "words", "reporting",
            "contributors", "contributor(s)", "author(s)",
            "автор", "авторы", "автори", "muallif", "муаллиф", "ავტორი", "հեղինակ",
            // the Bosnian, Albanian and Dari editions'
            "autor", "autori", "autorka", "piše", "pišu", "autori i artikullit", "نویسنده", "نویسندگان", "نوشته",
            // and the Pashto and Kurdish editions'
            "لیکوال", "لیکوالان", "نووسەر");
    static final Set<String> DATE_LABELS = Set.of("published", "date", "posted", "published on", "posted on",
            "дата", "опубликовано", "опубліковано");
    private static final Set<String> PAGE_FRAME = Set.of("nav", "header", "footer");
    /**
     * What templates call the author's name in their class names ("byline", "article__author", "story-author", and in
     * templates made in the editions' countries "avtor", "autor", "autori").
     */
    private static final Css AUTHOR_CLASSES = Css.of("[class~=(?i)(?<![a-z])(author|authors|byline|writer|avtor|autor"
            + "|autori)(?![a-z])]");
    /** Where sites keep their people's pages. */
    private static final Css PROFILE_LINKS = Css.of("a[href*=/users/], a[href*=/author/], a[href*=/authors/], "
            + "a[href*=/people/], a[href*=/contributors/], a[href*=/members/]");
    /** A bar, bullet or middle dot between two fields of one line: "Text: A | Photos: B". */
    private static final Pattern NEXT_FIELD = Regexes.compile("\\s+[|\u00b7\u2022]\\s+(?=\\p{L}[\\p{L} ]{0,20}:)");
    private static final Pattern NAME = Regexes.compile("\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){1,3}");
    /** A labelled date line: "Published: 9 July 2010". */
    private static final Pattern LABELLED_DATE = Regexes.compile("^(?i)(?:published|date|posted)(?: on)?\\s*:\\s*.{6,30}$");

    /** Labels of a field whose links are places and topics together ("Filed under:", "Tags:"). */
    static final Set<String> MIXED_LABELS = Set.of("filed under", "tags", "tagged", "categories", "category",
            "posted in", "keywords", "filed in", "теги", "тэги", "метки", "мітки", "ключевые слова", "ключові слова");

    /**
     * Within a container as wide as a whole page ({@code body}, {@code main}), the element whose own paragraphs
     * hold most of its paragraph text: the article's text block, without the navigation, related links, comments
     * and footer beside it. The container itself when no one block holds half of it.
     */
    static Element densestBlock(Element container) {
        Map<Element, Integer> textByParent = new IdentityHashMap<>();
        int total = 0;
        for (Element p : PARAGRAPHS.in(container)) {
            int length = p.text().length();
            total += length;
            if (p.parent() != null) {
                textByParent.merge(p.parent(), length, Integer::sum);
            }
        }
        Element best = null;
        int most = 0;
        for (Map.Entry<Element, Integer> entry : textByParent.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        if (best == null || most < total * BODY_SHARE) {
            return container;
        }
        // a body split into blocks ("paragraph" blocks with an image between them): the blocks beside the densest
        // that hold a paragraph of text rather than links belong to it
        List<Element> blocks = new ArrayList<>();
        for (Element sibling : best.parent() == null ? List.of(best) : best.parent().children()) {
            if (sibling == best || isTextBlock(sibling)) {
                blocks.add(sibling);
            }
        }
        if (blocks.size() == 1) {
            return best;
        }
        Element joined = new Element("div");
        blocks.forEach(joined::appendChild);
        return joined;
    }

    /** A block holding paragraphs of text: more than 80 characters of them, less than a quarter of it in links. */
    private static boolean isTextBlock(Element block) {
        int text = paragraphText(block);
        if (text <= 80) {
            return false;
        }
        int linked = 0;
        for (Element link : LINKS.in(block)) {
            linked += link.text().length();
        }
        return linked * 4 < text;
    }

    /**
     * A report kept as preformatted text ("<pre>" holding the whole of an old newsletter issue): each block between
     * blank lines becomes a {@code p}, its hard line breaks spaces. A {@code pre} of fewer than three blocks (code, a
     * table of figures) is left as it is.
     */
    static void paragraphsFromPre(Document page) {
        for (Element pre : PRE.in(page)) {
            String[] blocks = BLANK_LINES.split(pre.wholeText().strip());
            if (blocks.length < 3) {
                continue;
            }
            Element paragraphs = new Element("div");
            for (String block : blocks) {
                String joined = HtmlArticleParser.clean(block);
                if (!joined.isEmpty()) {
                    paragraphs.appendElement("p").text(joined);
                }
            }
            pre.replaceWith(paragraphs);
        }
    }

    /**
     * Makes paragraphs of text written between {@code <br>} tags, as templates before paragraphs were common print a
     * body ("Para one.<br><br>Para two."): where the element's own text, so laid out, outweighs its paragraphs, each
     * run of text and inline elements between two breaks (or blocks) becomes a {@code p}. For a copy of the page.
     */
    static void paragraphsFromBreaks(Element container) {
        int betweenBreaks = 0;
        Elements broken = BLOCKS_WITH_BREAKS.in(container);
        for (Element block : broken) {
            betweenBreaks += block.ownText().length();
        }
        if (paragraphTextReaches(container, betweenBreaks)) {
            return;
        }
        for (Element block : broken) {
            if (block.ownText().isBlank() || block.tagName().equals("p")) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(block.childNodes())) {
                boolean breaks = child instanceof Element e && (e.tagName().equals("br") || e.isBlock());
                if (!breaks) {
                    run.add(child);
                    continue;
                }
                wrap(run, child);
                run = new ArrayList<>();
            }
            wrap(run, null);
        }
    }

    /**
     * Makes paragraphs of blocks that hold a sentence or more and no other block ("<div>Para one.</div><div><br>
     * </div><div>Para two.</div>"), as editors that write each paragraph as a {@code div} leave a body: where their
     * text outweighs the element's paragraphs. For a copy of the page.
     */
    static void paragraphsFromTextDivs(Element container) {
        List<Element> textDivs = new ArrayList<>();
        int inDivs = 0;
        for (Element div : DIVS.in(container)) {
            if (div.children().stream().anyMatch(Element::isBlock)) {
                continue;
            }
            String text = div.text().strip();
            if (text.length() >= 20 && SENTENCE_END.matcher(text).find()) {
                textDivs.add(div);
                inDivs += text.length();
            }
        }
        if (!paragraphTextReaches(container, inDivs)) {
            textDivs.forEach(div -> div.tagName("p"));
        }
    }

    /**
     * Whether the block's paragraphs hold at least this many characters of text: they are read only until they do
     * (a body of paragraphs, most pages, against none or a few characters written otherwise).
     */
    private static boolean paragraphTextReaches(Element block, int atLeast) {
        int text = 0;
        for (Element p : PARAGRAPHS.in(block)) {
            if (text >= atLeast) {
                return true;
            }
            text += p.text().length();
        }
        return text >= atLeast;
    }

    /** How many characters of text the block's paragraphs hold. */
    private static int paragraphText(Element block) {
        int text = 0;
        for (Element p : PARAGRAPHS.in(block)) {
            text += p.text().length();
        }
        return text;
    }

    /** Puts a run of inline nodes into a new paragraph where the run stood (before {@code next}, or last). */
    private static void wrap(List<Node> run, Node next) {
        boolean text = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
                : n instanceof Element e && !e.text().isBlank());
        if (!text) {
            return;
        }
        Element parent = (Element) run.get(0).parent();
        Element paragraph = new Element("p");
        if (next != null) {
            next.before(paragraph);
        } else {
            parent.appendChild(paragraph);
        }
        for (Node node : run) {
            paragraph.appendChild(node);
        }
    }

    private GenericLayout() {
    }

    /** Whether an element is the page's header, navigation or footer, which hold no article's text. */
    static boolean isPageFrame(Element element) {
        return PAGE_FRAME.contains(element.tagName());
    }

    /**
     * The date a byline's block prints beside the names ("By Lola Olimova | 12 March 2015", "Автор: Алмаз Исмаилов |
     * 12 марта 2008 г."): the first block of up to 120 characters that opens with "By" or an author's label and holds a
     * written date.
     */
    static Optional<LocalDate> bylineDate(Document page) {
        for (Element block : TEXT_LABELLED.in(page.body())) {
            String text = HtmlArticleParser.clean(block.text());
            if (text.length() > 120 || text.length() < 10) {
                continue;
            }
            // "By A | 12 March 2015", "by A | 14/06/2016": a byline in either case, the date written out or in digits
            boolean byline = text.startsWith("By ") || text.startsWith("by ") || Bylines.isCredit(text)
                    || AUTHOR_LABELS.contains(labelOf(text));
            Optional<LocalDate> date = byline ? DateLines.written(text).or(() -> DateLines.numericIn(text))
                    : Optional.empty();
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The text of every paragraph of the page outside its header, navigation and footer. */
    static List<String> paragraphsOutsideFrame(Document page) {
        List<String> texts = new ArrayList<>();
        for (Element p : PARAGRAPHS.in(page.body())) {
            if (p.parents().stream().noneMatch(GenericLayout::isPageFrame)) {
                texts.add(HtmlArticleParser.clean(p.text()));
            }
        }
        return texts;
    }

    /**
     * A byline anywhere in the page: an element whose first words are "By " ("<div>By <a>Lola Olimova</a></div>",
     * "<span class=authors>By A, B and C</span>"), read as a byline.
     */
    static Optional<List<String>> bylineAnywhere(Document page) {
        for (Element element : page.body().getAllElements()) {
            Node first = element.childNodeSize() == 0 ? null : element.childNode(0);
            if (first instanceof TextNode words && (Bylines.opensAByline(words.text())
                    || Bylines.isCredit(words.text()))) {
                Optional<List<String>> names = Bylines.names(Bylines.asByline(HtmlArticleParser.clean(element.text())));
                if (names.isPresent()) {
                    return names;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The names an element classed as the author's holds, and nothing else but a label or where they wrote from
     * ("<span class=article__author>Дана Омарова</span>", "<p class=byline>Айбек Абдылдаев, Ош</p>"), outside the
     * page's header, navigation and footer and not in its comments.
     */
    static Optional<List<String>> classedAuthors(Document page) {
        for (Element element : AUTHOR_CLASSES.in(page.body())) {
            Optional<List<String>> names = classedNames(element);
            if (names.isPresent() && element.parents().stream().noneMatch(parent -> isPageFrame(parent)
                    || parent.className().toLowerCase(Locale.ROOT).contains("comment"))) {
                return names;
            }
        }
        return Optional.empty();
    }

    /** The names of an element classed as the author's, read as a byline; empty when it holds more than names. */
    private static Optional<List<String>> classedNames(Element element) {
        String text = HtmlArticleParser.clean(element.text());
        if (text.isEmpty() || text.length() > 100 || element.className().toLowerCase(Locale.ROOT).contains("comment")) {
            return Optional.empty();
        }
        String names = AUTHOR_LABELS.contains(labelOf(text)) ? text.substring(labelEnd(text) + 1).strip() : text;
        return Bylines.names(names).or(() -> Bylines.names("By " + names));
    }

    /**
     * Authors linked to their pages on the site ("<a href=/users/mina-habib>Mina Habib</a>"), as a template without a
     * byline shows them: links under a path of people whose words are a name.
     */
    static List<String> profileLinkNames(Document page) {
        List<String> names = new ArrayList<>();
        for (Element link : PROFILE_LINKS.in(page)) {
            if (link.parents().stream().anyMatch(GenericLayout::isPageFrame)) {
                continue; // "My account" in the site's header is nobody's byline
            }
            String name = HtmlArticleParser.clean(link.text());
            if (NAME.matcher(name).matches() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The text of a field labelled in its block ("<p><strong>Author:</strong> <a>A</a></p>", "Published: 9 July
     * 2010"), after its label, for the first block whose label is one of {@code labels}.
     */
    static Optional<String> labelledText(Document page, Set<String> labels) {
        for (Element block : TEXT_LABELLED.in(page)) {
            String text = HtmlArticleParser.clean(block.text());
            if (text.length() > 200) {
                continue;
            }
            if (labels.contains(labelOf(text))) {
                int colon = labelEnd(text);
                String label = text.substring(0, colon + 1);
                // (a child holding the whole line, "<p><i>Автор: A, Ош</i></p>", is the field itself, only wrapped)
                if (block.children().stream().map(child -> HtmlArticleParser.clean(child.text()))
                        .anyMatch(inner -> inner.startsWith(label) && inner.length() > label.length() + 1
                                && !inner.equals(text))) {
                    // "<div><span>Автори: A, B</span> <time>..</time></div>": the field is the span, not the line
                    continue;
                }
                String value = labelValue(text);
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A paragraph opening with its byline and a dateline run into it, set off by dashes: "By Timur Toktonaliev –
     * BARSKOON, June 3, 2013 – Hundreds of villagers ...", or the dateline alone ("KABUL, 4 May 2010 — ...").
     */
    private static final Pattern RUN_IN = Regexes.compile("^(?:By\\s+[^\u2013\u2014]{3,80}?\\s+[\u2013\u2014]\\s+)?"
            + "\\p{Lu}[\\p{Lu} .'\u2019-]{2,40},\\s+(?<date>[^\u2013\u2014]{6,40}?)\\s+[\u2013\u2014]\\s+(?=\\S)");
    private static final Css FIRST_PARAGRAPHS = Css.of("p");

    /** The date of a dateline run into one of a page's first paragraphs, as {@link #RUN_IN} reads it. */
    static Optional<LocalDate> runInDate(Document page) {
        Elements paragraphs = FIRST_PARAGRAPHS.in(page.body());
        for (int i = 0; i < Math.min(paragraphs.size(), 8); i++) {
            Matcher runIn = RUN_IN.matcher(HtmlArticleParser.clean(paragraphs.get(i).text()));
            if (runIn.lookingAt()) {
                Optional<LocalDate> date = DateLines.written(runIn.group("date"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** A paragraph's text without the byline and dateline run into its start, when they hold a date. */
    static String withoutRunIn(String paragraph) {
        Matcher runIn = RUN_IN.matcher(paragraph);
        return runIn.lookingAt() && DateLines.written(runIn.group("date")).isPresent()
                ? paragraph.substring(runIn.end()) : paragraph;
    }

    /** The address a print view was printed from: "Source URL: https://iwpr.net/..." (Drupal's print module). */
    static Optional<String> sourceUrlLabel(Document page) {
        return labelledText(page, SOURCE_URL_LABELS).filter(value -> value.startsWith("http") && !value.contains(" "));
    }

    /** A line that is an author's field and nothing else: "Автор: Улугбек Бабакулов, Ош", "Author: A and B". */
    static boolean isAuthorLine(String text) {
        if (text.length() > 160 || !AUTHOR_LABELS.contains(labelOf(text))) {
            return false;
        }
        return Bylines.names("By " + labelValue(text)).isPresent();
    }

    /**
     * What a label opens, up to a bar before another field: "Text: Madina Saidova | Photos: Ruslan Alimov" is
     * "Madina Saidova".
     */
    private static String labelValue(String text) {
        return NEXT_FIELD.split(text.substring(labelEnd(text) + 1).strip(), 2)[0].strip();
    }

    /** The label a text opens with, lower-cased ("Published: 9 July 2010" is "published"), or "" when none. */
    private static String labelOf(String text) {
        int colon = labelEnd(text);
        return colon <= 0 || colon > 20 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    /** Where a label ends: its colon, or the separator Armenian writes after one ("Հեղինակ՝"); -1 without one. */
    static int labelEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\u055D' || c == '\uFF1A') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The links of a breadcrumb before the headline ("Central Asia &gt; Tajikistan"): a block of two or more links
     * with nothing but separators between them.
     */
    static Optional<Elements> breadcrumbBefore(Element heading) {
        for (Element block = heading.previousElementSibling(); block != null; block = block.previousElementSibling()) {
            Elements links = LINKS.in(block);
            if (links.size() < 2) {
                continue;
            }
            if (CRUMB_REMAINDER.matcher(withoutLinks(HtmlArticleParser.clean(block.text()), links)).matches()) {
                return Optional.of(links);
            }
        }
        return Optional.empty();
    }

    /**
     * A paragraph that is a page's furniture rather than its text: links and separators only ("Back to this issue |
     * RCA home", "Location: Azerbaijan"), or a copyright line.
     */
    static boolean isFurniture(Element paragraph, String text) {
        // every body paragraph comes here: the cheap length checks first, the patterns only on short lines
        // "BALKAN CRISIS REPORT is published by IWPR, ... Copyright © 1999 ...": a notice, wherever its copyright;
        // "Translated from Russian by A. This article was first published in Russian ...": a translator's note
        if (text.length() < MOST_RIGHTS_LINE && (isRightsLine(text)
                || TRANSLATION_NOTE.matcher(text).lookingAt())) {
            return true;
        }
        if (text.length() <= 60) {
            if (LABELLED_DATE.matcher(text).matches() && DateLines.written(text).isPresent()) {
                return true; // "Published: 9 July 2010": the date's, not the text's
            }
            // "BCR No. 521, 22-Oct-04": an issue line, which the date rule reads
            Matcher issue = ISSUE_DATE.matcher(text);
            if (issue.find() && issue.end() >= text.length() - 1) {
                return true;
            }
        }
        if (text.length() <= 100 && AUTHOR_CLASSES.matches(paragraph) && classedNames(paragraph).isPresent()) {
            return true; // "<p class=byline>Айбек Абдылдаев, Ош</p>": the authors', not the text's
        }
        Elements links = LINKS.in(paragraph);
        if (links.isEmpty()) {
            return false;
        }
        return LINK_REMAINDER.matcher(withoutLinks(text, links)).matches();
    }

    /**
     * Whether the text holds a notice of the publisher's rights ({@link #RIGHTS_LINE}). Every body paragraph is asked,
     * and the pattern, searched without regard to case, is tried at every character; each of its matches holds "©",
     * "(c)", "copyright" or "rights reserved" in some case, so a paragraph with none of them is answered by one scan.
     */
    static boolean isRightsLine(String text) {
        return mayNameRights(text) && RIGHTS_LINE.matcher(text).find();
    }

    /** Whether the text holds "©", or "(c)", "copyright" or "rights reserved" in any ASCII case. */
    static boolean mayNameRights(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '©':
                    return true;
                case '(':
                    if (text.regionMatches(true, i, "(c)", 0, 3)) {
                        return true;
                    }
                    break;
                case 'c', 'C':
                    if (text.regionMatches(true, i, "copyright", 0, 9)) {
                        return true;
                    }
                    break;
                case 'r', 'R':
                    if (text.regionMatches(true, i, "rights reserved", 0, 15)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** A block's text with the words of its links taken out: what separates or labels them. */
    private static String withoutLinks(String text, Elements links) {
        String rest = text;
        for (Element link : links) {
            rest = rest.replace(HtmlArticleParser.clean(link.text()), " ");
        }
        return rest;
    }

    /** The date of an issue reference in the page's text ("No. 134, 18-Jul-02"). */
    static Optional<LocalDate> issueDate(Document page) {
        Matcher issue = ISSUE_DATE.matcher(page.body().text());
        while (issue.find()) {
            Optional<LocalDate> date = DateLines.written(issue.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The links marked as tags ({@code rel="tag"}, {@code rel="category tag"}), as microformats and blogs mark them;
     * without such marks, the links to tags' listings ("/ru/tags/ekologiya") outside the page's header, navigation,
     * footer, asides and tag clouds.
     */
    static Optional<Elements> tagLinks(Document page) {
        Elements links = TAG_LINKS.in(page);
        if (links.isEmpty()) {
            TAG_PATH_LINKS.in(page.body()).stream().filter(link -> link.parents().stream().noneMatch(parent ->
                    isPageFrame(parent) || parent.nameIs("aside")
                            || SITE_WIDE.matcher(parent.className() + " " + parent.id()).find()))
                    .forEach(links::add);
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(links);
    }

    /**
     * The links of a field labelled in its own text: "Location: <a>Azerbaijan</a>" in one paragraph, or one of several
     * fields a block holds ("Регион: <a>..</a><br>Темы: <a>..</a>, <a>..</a>"): the links after the label, up to the
     * next label.
     */
    static Optional<Elements> textLabelledLinks(Document page, Set<String> labels) {
        for (Element block : TEXT_LABELLED.in(page)) {
            if (block.childrenSize() == 0) {
                continue;
            }
            Elements links = null;
            for (Node child : block.childNodes()) {
                if (child instanceof TextNode words && !words.isBlank()) {
                    // "| Теми:": a separator before the next field's label
                    String text = LEADING_SEPARATORS.matcher(HtmlArticleParser.clean(words.text())).replaceFirst("");
                    if (text.isEmpty()) {
                        continue; // a separator alone between links
                    }
                    boolean label = labelEnd(text) == text.length() - 1 && text.length() <= 21;
                    if (links != null && (label || !LINK_SEPARATORS.matcher(text).matches())) {
                        break; // the next field's label, or words that are no separator between links
                    }
                    if (label && labels.contains(text.substring(0, text.length() - 1).strip()
                            .toLowerCase(Locale.ROOT))) {
                        links = new Elements();
                    }
                } else if (links != null && child instanceof Element element) {
                    links.addAll(element.tagName().equals("a") && element.hasAttr("href") ? List.of(element)
                            : LINKS.in(element));
                }
            }
            if (links != null && !links.isEmpty()) {
                return Optional.of(links);
            }
        }
        return Optional.empty();
    }
}
