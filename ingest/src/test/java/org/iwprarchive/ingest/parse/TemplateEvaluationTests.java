package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many of the fields a careful reader finds on pages of templates the parser's rules were not made on the
 * parser finds too: each set of pages is labelled in its expected.tsv (a field a row) before the parser is run on
 * it. Prints every field it gets wrong and holds each set to the share recorded in docs/parsing.md as its floor.
 */
class TemplateEvaluationTests {

    private record Expected(String file, String address, String field, String value) {
    }

    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # set                | fields | right at least
            # three templates of other eras, written and labelled before the parser was run on them; measured once
            # at 5 of 28, then the generic layout rules (GenericLayout) were made on what it missed
            templates-holdout/   | 28     | 28
            # written after the rules made on the first and measured once at 5 of 27 (two pages refused: text between
            # <br> tags and an archive.today capture); then the rules for those
            templates-holdout-2/ | 27     | 27
            # written after the rules made on the second and measured once at 18 of 27; then the rules for its misses
            templates-holdout-3/ | 27     | 27
            # written after the rules made on the third and measured once at 18 of 28; then the rules for its misses
            templates-holdout-4/ | 28     | 28
            # written after the rules made on the fourth and measured once at 14 of 31 (the Archive-It replay
            # refused, the Russian page's labels, date and bio not read); then the rules for its misses
            templates-holdout-5/ | 31     | 31
            # written after the rules made on the fifth and measured once at 14 of 29; then the rules for its misses
            templates-holdout-6/ | 29     | 29
            # written after the rules made on the sixth and measured once at 13 of 23; then the rules for its misses
            templates-holdout-7/ | 23     | 23
            # written after the rules made on the seventh and measured once at 20 of 27; then the rules for its misses
            templates-holdout-8/ | 27     | 27
            # written after the rules made on the eighth and measured once at 10 of 26 (the Google cache copy refused);
            # then the rules for its misses
            templates-holdout-9/ | 26     | 26
            # written after the rules made on the ninth and measured once at 16 of 24; then the rules for its misses
            templates-holdout-10/ | 24    | 24
            # written after the rules made on the tenth and measured once at 20 of 26; then the rules for its misses
            templates-holdout-11/ | 26    | 26
            # written after the rules made on the eleventh and measured once at 17 of 22; then the rules for its misses
            templates-holdout-12/ | 22    | 22
            # written after the rules made on the twelfth and measured once at 19 of 21; then the rules for its misses
            templates-holdout-13/ | 21    | 21
            # written after the rules made on the thirteenth and measured once at 8 of 20 (the <pre> report refused);
            # then the rules for its misses
            templates-holdout-14/ | 20    | 20
            # written after the rules made on the fourteenth and measured once at 20 of 25; then the rules for its misses
            templates-holdout-15/ | 25    | 25
            # written after the rules made on the fifteenth and measured once at 15 of 22 (the windows-1251 page read
            # as Latin-1); then the rules for its misses
            templates-holdout-16/ | 22    | 22
            # written after the rules made on the sixteenth and measured once at 11 of 15; then the rules for its misses
            templates-holdout-17/ | 15    | 15
            # written after the rules made on the seventeenth and measured once at 8 of 21; then the rules for its misses
            templates-holdout-18/ | 21    | 21
            # written after the rules made on the eighteenth and measured once at 4 of 18; then the rules for its misses
            templates-holdout-19/ | 18    | 18
            # written after the rules made on the nineteenth and measured once at 11 of 20; then the rules for its misses
            templates-holdout-20/ | 20    | 20
            # written after the rules made on the twentieth and measured once at 7 of 22 (the page of text in <div>s
            # refused); then the rules for its misses
            templates-holdout-21/ | 22    | 22
            # written after the rules made on the twenty-first and measured once at 16 of 20; then the rules for its
            # misses
            templates-holdout-22/ | 20    | 20
            # written after the rules made on the twenty-second and measured once at 8 of 17; then the rules for its
            # misses
            templates-holdout-23/ | 17    | 17
            # written after the rules made on the twenty-third and measured once at 8 of 16 (the page a script renders
            # refused); then the rules for its misses
            templates-holdout-24/ | 16    | 16
            # written after the rules made on the twenty-fourth and measured once at 8 of 15; then the rules for its
            # misses
            templates-holdout-25/ | 15    | 15
            # written after the rules made on the twenty-fifth and measured once at 7 of 14; then the rules for its
            # misses
            templates-holdout-26/ | 14    | 14
            # written after the rules made on the twenty-sixth and measured once at 19 of 19: no rule made on it
            templates-holdout-27/ | 19    | 19
            # written after the twenty-seventh was read in full and measured once at 19 of 19: no rule made on it
            templates-holdout-28/ | 19    | 19
            """)
    void findsTheLabelledFieldsOfPagesOfOtherTemplates(String folder, int fields, int floor) throws IOException {
        List<Expected> expected = read(folder);
        List<String> wrong = new ArrayList<>();
        for (Expected row : expected) {
            String found;
            try {
                found = field(parser.parse(Fixtures.bytes(folder + row.file()), "text/html", row.address()), row.field());
            } catch (RuntimeException refused) {
                found = "(page refused: " + refused.getMessage() + ")";
            }
            boolean right = row.field().equals("places") ? found.contains(row.value()) : row.value().equals(found);
            if (!right) {
                wrong.add(row.file() + " " + row.field() + ": labelled '" + row.value() + "', found '" + found + "'");
            }
        }
        int right = expected.size() - wrong.size();
        System.out.printf("templates (%s): %d of %d labelled fields found%n", folder, right, expected.size());
        wrong.forEach(w -> System.out.println("templates: " + w));
        assertThat(expected).hasSize(fields);
        assertThat(right).isGreaterThanOrEqualTo(floor);
    }

    private static String field(ParsedArticle article, String field) {
        List<String> paragraphs = article.content().paragraphs();
        return switch (field) {
            case "canonicalUrl" -> article.canonicalUrl();
            case "title" -> article.content().title();
            case "standfirst" -> String.valueOf(article.content().standfirst());
            case "authors" -> article.authors().stream().map(ParsedAuthor::name).collect(Collectors.joining("; "));
            case "bios" -> article.authors().stream().map(a -> String.valueOf(a.bio()))
                    .collect(Collectors.joining("; "));
            case "publishedOn" -> String.valueOf(article.content().publishedOn());
            case "places" -> article.locations().stream().map(ParsedLocation::name).collect(Collectors.joining("; "));
            case "topics" -> article.topics().stream().map(ParsedTopic::name).collect(Collectors.joining("; "));
            case "first" -> paragraphs.isEmpty() ? "" : paragraphs.get(0);
            case "last" -> paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
            case "paragraphs" -> String.valueOf(paragraphs.size());
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    private static List<Expected> read(String folder) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                TemplateEvaluationTests.class.getResourceAsStream("/fixtures/" + folder + "expected.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new Expected(cells[0], cells[1], cells[2], cells[3]))
                    .toList();
        }
    }
}
