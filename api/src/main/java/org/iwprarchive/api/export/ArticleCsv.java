package org.iwprarchive.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.QuotationRef;

/**
 * Articles as CSV for a spreadsheet or a data frame: RFC 4180 (Commons CSV quotes commas, quotation marks and
 * line breaks), UTF-8, a header row, one row an article. A column of several values (authors, places, topics,
 * sources) holds them in the article's order separated by {@value #SEPARATOR}; the text keeps its paragraphs
 * apart with a blank line.
 */
final class ArticleCsv {

    static final String SEPARATOR = "; ";

    /** The columns, in order: the header row names them. */
    private enum Column {
        ID(a -> Long.toString(a.id())),
        URL(ArticleDetail::url),
        TITLE(ArticleDetail::title),
        STANDFIRST(ArticleDetail::standfirst),
        PUBLISHED_ON(a -> a.publishedOn() == null ? null : a.publishedOn().toString()),
        DATED_BY(ArticleDetail::datedBy),
        LANGUAGE(ArticleDetail::language),
        WORD_COUNT(a -> Integer.toString(a.wordCount())),
        VERSION(a -> Integer.toString(a.version())),
        AUTHORS(a -> joined(a.authors().stream().map(author -> author.name()).toList())),
        AUTHOR_SLUGS(a -> joined(a.authors().stream().map(author -> author.slug()).toList())),
        PLACES(a -> joined(a.locations().stream().map(place -> place.name()).toList())),
        PLACE_SLUGS(a -> joined(a.locations().stream().map(place -> place.slug()).toList())),
        TOPICS(a -> joined(a.topics().stream().map(topic -> topic.name()).toList())),
        TOPIC_SLUGS(a -> joined(a.topics().stream().map(topic -> topic.slug()).toList())),
        QUOTED_SOURCES(a -> joined(a.quotations().stream().map(QuotationRef::source).distinct().toList())),
        QUOTED_SOURCE_IDS(a -> joined(a.quotations().stream().map(q -> Long.toString(q.sourceId())).distinct()
                .toList())),
        TEXT(a -> String.join("\n\n", a.paragraphs()));

        final Function<ArticleDetail, String> value;

        Column(Function<ArticleDetail, String> value) {
            this.value = value;
        }

        String heading() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final CSVPrinter printer;

    ArticleCsv(OutputStream out) throws IOException {
        String[] header = java.util.Arrays.stream(Column.values()).map(Column::heading).toArray(String[]::new);
        this.printer = CSVFormat.RFC4180.builder().setHeader(header).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    void write(ArticleDetail article) throws IOException {
        for (Column column : Column.values()) {
            printer.print(column.value.apply(article));
        }
        printer.println();
    }

    /** Hands what has been written so far to the stream, so a long export reaches the client as it goes. */
    void flush() throws IOException {
        printer.flush();
    }

    private static String joined(List<String> values) {
        return String.join(SEPARATOR, values);
    }
}
