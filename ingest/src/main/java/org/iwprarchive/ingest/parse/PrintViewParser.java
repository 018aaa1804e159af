package org.iwprarchive.ingest.parse;

import static org.iwprarchive.ingest.parse.FieldTrace.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the print-view text form of an article: the title, {@code Author:} line, standfirst, body, the
 * author's bio, then labelled trailer lines ({@code Location:}, {@code Topic:}, {@code Source URL:}).
 */
final class PrintViewParser {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern LABEL = Pattern.compile("^(Author|Authors|Date|Published|Location|Locations|"
            + "Topic|Topics|Source URL)\\s*:\\s*(.*)$", Pattern.DOTALL);

    private final ArticleUrls urls;
    private final ArticleAssembly assembly;

    PrintViewParser(ArticleUrls urls, ArticleAssembly assembly) {
        this.urls = urls;
        this.assembly = assembly;
    }

    ParsedArticle parse(String text, String sourceUrl) {
        FieldTrace trace = new FieldTrace();
        List<String> blocks = new ArrayList<>(Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n')
                        .split("\\n\\s*\\n"))
                .map(String::strip).filter(b -> !b.isEmpty()).toList());
        if (blocks.isEmpty()) {
            throw new UnparseablePageException("the page is empty");
        }

        String title = plain(blocks.remove(0).replaceAll("\\s+", " "));
        trace.record("title", "print:first-line");

        List<ParsedAuthor> authors = new ArrayList<>();
        List<ParsedLocation> locations = new ArrayList<>();
        List<ParsedTopic> topics = new ArrayList<>();
        String sourceUrlLine = null;
        LocalDate published = null;
        List<String> rest = new ArrayList<>();
        for (String block : blocks) {
            Matcher label = LABEL.matcher(block);
            if (!label.matches()) {
                rest.add(block);
                continue;
            }
            String value = label.group(2).strip();
            switch (label.group(1)) {
                case "Author", "Authors" -> {
                    authors.addAll(authorsIn(value));
                    trace.record("authors", "print:author-label");
                }
                case "Date", "Published" -> {
                    published = DateLines.written(value).or(() -> DateLines.iso(value)).orElse(null);
                    trace.record("publishedOn", "print:date-label");
                }
                case "Location", "Locations" -> {
                    namesIn(value).forEach(name -> locations.add(assembly.locationNamed(name)));
                    trace.record("locations", "print:location-label");
                }
                case "Topic", "Topics" -> {
                    namesIn(value).forEach(name -> topics.add(new ParsedTopic(name, Slugs.of(name))));
                    trace.record("topics", "print:topic-label");
                }
                default -> sourceUrlLine = value.replaceAll("^<|>$", "").strip();
            }
        }

        if (authors.isEmpty() && !rest.isEmpty()) {
            Optional<List<String>> byline = Bylines.names(plain(rest.get(0)));
            if (byline.isPresent()) {
                rest.remove(0);
                byline.get().forEach(name -> authors.add(Bylines.author(name, null)));
                trace.record("authors", "text:byline");
            }
        }
        if (published == null && !rest.isEmpty() && DateLines.isDateLine(rest.get(0))) {
            published = DateLines.written(rest.remove(0)).orElse(null);
            trace.record("publishedOn", "text:date-line");
        }

        String fromText = sourceUrlLine;
        String canonical = trace.first("canonicalUrl",
                rule("print:source-url", () -> Optional.ofNullable(fromText).filter(urls::isSiteUrl).map(urls::canonical)),
                rule("source-url", () -> Optional.ofNullable(sourceUrl).map(urls::canonical)))
                .orElseThrow(() -> new InvalidArticleUrlException("the page names no address on the site and none was given"));

        String standfirst = null;
        if (rest.size() >= 2) {
            standfirst = plain(rest.remove(0).replaceAll("\\s+", " "));
            trace.record("standfirst", "print:first-paragraph");
        }
        List<String> paragraphs = rest.stream()
                .map(b -> plain(b.replaceAll("\\s+", " ")))
                .filter(p -> !assembly.isBoilerplate(p))
                .toList();
        paragraphs = assembly.takeBios(paragraphs, authors, trace, "text:bio-paragraph");
        trace.record("body", "print:paragraphs");

        // a print view declares no language: its address may, and its text tells
        TextLanguage.Decision language = TextLanguage.settle(urls.languageOf(canonical), "url:language-prefix",
                title + "\n" + String.join("\n", paragraphs));
        trace.record("language", language.rule());

        return assembly.finish(canonical, title, standfirst, paragraphs, published, language.language(), authors,
                locations, topics, trace);
    }

    private static List<ParsedAuthor> authorsIn(String value) {
        List<ParsedAuthor> found = new ArrayList<>();
        Matcher link = MARKDOWN_LINK.matcher(value);
        while (link.find()) {
            String href = link.group(2).strip();
            found.add(Bylines.author(link.group(1), href.isEmpty() || href.equals("#") ? null : href));
        }
        if (found.isEmpty()) {
            namesIn(value).forEach(name -> found.add(Bylines.author(name, null)));
        }
        return found;
    }

    /** Names listed one a line, or separated by commas. */
    private static List<String> namesIn(String value) {
        return Arrays.stream(plain(value).split("\\s*(?:\\n|,)\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String plain(String text) {
        return MARKDOWN_LINK.matcher(text).replaceAll("$1").strip();
    }
}
