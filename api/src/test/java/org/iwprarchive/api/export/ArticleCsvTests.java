package org.iwprarchive.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.ArticleResponses.AuthorRef;
import org.iwprarchive.api.article.ArticleResponses.LocationRef;
import org.iwprarchive.api.article.ArticleResponses.QuotationRef;
import org.iwprarchive.api.article.ArticleResponses.TopicRef;
import org.junit.jupiter.api.Test;

class ArticleCsvTests {

    @Test
    void aRowReadsBackWithItsCommasQuotesLineBreaksAndLists() throws Exception {
        ArticleDetail awkward = new ArticleDetail(7, "https://iwpr.net/global-voices/x", "x",
                "Oil, Gas and \"Friendship\"", null, List.of("First paragraph, with a comma.",
                        "Second: \u0410\u043b\u043c\u0430\u0442\u044b\nacross a line."),
                LocalDate.of(2005, 3, 1), "CAPTURE", "en", 12, 2, Instant.EPOCH, Instant.EPOCH,
                List.of(new AuthorRef(1, "Aida Kasymalieva", "aida-kasymalieva", null),
                        new AuthorRef(2, "Saule Mukhametrakhimova", "saule-mukhametrakhimova", null)),
                List.of(new LocationRef(3, "Kazakstan", "kazakstan", "COUNTRY", List.of("central-asia"))),
                List.of(),
                List.of(new QuotationRef(9, "Islam Karimov", "PERSON", "president", "a", "DIRECT", "said"),
                        new QuotationRef(9, "Islam Karimov", "PERSON", "president", "b", "DIRECT", "said"),
                        new QuotationRef(4, "NATO", "ORGANISATION", null, "c", "INDIRECT", null)), List.of());
        ArticleDetail plain = new ArticleDetail(8, "https://iwpr.net/global-voices/y", "y", "Plain", "Standfirst",
                List.of("Text."), null, null, "ru", 1, 1, Instant.EPOCH, Instant.EPOCH, List.of(), List.of(), List.of(),
                List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleCsv csv = new ArticleCsv(out);
        csv.write(awkward);
        csv.write(plain);
        csv.flush();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord first = rows.get(0);
        assertThat(first.getParser().getHeaderNames()).startsWith("id", "url", "title").endsWith("text");
        assertThat(first.get("id")).isEqualTo("7");
        assertThat(first.get("title")).isEqualTo("Oil, Gas and \"Friendship\"");
        assertThat(first.get("standfirst")).isEmpty();
        assertThat(first.get("published_on")).isEqualTo("2005-03-01");
        assertThat(first.get("dated_by")).isEqualTo("CAPTURE");
        assertThat(first.get("authors")).isEqualTo("Aida Kasymalieva; Saule Mukhametrakhimova");
        assertThat(first.get("author_slugs")).isEqualTo("aida-kasymalieva; saule-mukhametrakhimova");
        assertThat(first.get("place_slugs")).isEqualTo("kazakstan");
        assertThat(first.get("topics")).isEmpty();
        assertThat(first.get("quoted_sources")).isEqualTo("Islam Karimov; NATO");
        assertThat(first.get("quoted_source_ids")).isEqualTo("9; 4");
        assertThat(first.get("text")).isEqualTo("First paragraph, with a comma.\n\nSecond: "
                + "\u0410\u043b\u043c\u0430\u0442\u044b\nacross a line.");
        assertThat(rows.get(1).get("published_on")).isEmpty();
        assertThat(rows.get(1).get("dated_by")).isEmpty();
        assertThat(rows.get(1).get("language")).isEqualTo("ru");
    }
}
