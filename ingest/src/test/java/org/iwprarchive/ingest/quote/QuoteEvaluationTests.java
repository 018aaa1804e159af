package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Precision and recall of quoted-source detection, role accuracy and quote-span accuracy over the labelled
 * evaluation set in src/test/resources/quotes (eleven IWPR-style texts, gold.tsv). Prints the figures with
 * every miss and every false find, and fails below precision 0.9 or recall 0.85.
 */
class QuoteEvaluationTests {

    private record Gold(String file, int paragraph, String source, String sourceKind, String role, String kind,
                        String cue, String text) {
    }

    @Test
    void meetsThePrecisionAndRecallTargetsOnTheLabelledSet() throws IOException {
        Figures figures = evaluate("");
        assertThat(figures.labelled()).isGreaterThanOrEqualTo(30);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Every labelled set beside the main one, with the figures recorded in docs/quotes.md as floors (in
     * quotes/floors.psv, one row a set, a comment above it saying how it was first measured): a change that lowers
     * them is worse on text the rules were not made on (or, for the development sets, on what they were).
     * Where each set comes from, and which of its misses were seen before rules were changed, is in the set's
     * gold.tsv header and in docs/quotes.md.
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/quotes/floors.psv", delimiter = '|')
    void holdsItsFloorOnEveryOtherLabelledSet(String folder, int labelled, double precision, double recall)
            throws IOException {
        Figures figures = evaluate(folder);
        assertThat(figures.labelled()).isEqualTo(labelled);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(precision);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(recall);
    }

    private record Figures(int labelled, double precision, double recall) {
    }

    private Figures evaluate(String folder) throws IOException {
        List<Gold> gold = readGold(folder);
        Map<String, List<Attribution>> predicted = new LinkedHashMap<>();
        for (String file : gold.stream().map(Gold::file).distinct().toList()) {
            String text = read(folder + file);
            String[] lines = text.split("\n", 2);
            String author = lines[0].replaceFirst("^Author:\\s*", "").strip();
            List<String> paragraphs = Arrays.stream(lines[1].split("\\n\\s*\\n"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            List<String> authors = List.of(author);
            predicted.put(file, folder.startsWith("ru") ? CyrillicQuoteExtractor.russian().extract(paragraphs, authors)
                    : folder.startsWith("uk") ? CyrillicQuoteExtractor.ukrainian().extract(paragraphs, authors)
                    : folder.startsWith("ar") ? new ArabicQuoteExtractor().extract(paragraphs, authors)
                    : folder.startsWith("fa") ? new PersianQuoteExtractor().extract(paragraphs, authors)
                    : folder.startsWith("fr") ? EuropeanQuoteExtractor.french().extract(paragraphs, authors)
                    : folder.startsWith("es") ? EuropeanQuoteExtractor.spanish().extract(paragraphs, authors)
                    : folder.startsWith("bcs") ? EuropeanQuoteExtractor.bosnianCroatianSerbian().extract(paragraphs, authors)
                    : folder.startsWith("sq") ? EuropeanQuoteExtractor.albanian().extract(paragraphs, authors)
                    : folder.startsWith("mk") ? EuropeanQuoteExtractor.macedonian().extract(paragraphs, authors)
                    : new QuoteExtractor().extract(paragraphs, authors));
        }

        List<Gold> missed = new ArrayList<>(gold);
        List<String> falseFinds = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int found = 0;
        int matched = 0;
        int roleRight = 0;
        int spanRight = 0;
        int kindRight = 0;
        for (Map.Entry<String, List<Attribution>> entry : predicted.entrySet()) {
            for (Attribution a : entry.getValue()) {
                found++;
                Gold match = missed.stream().filter(g -> g.file().equals(entry.getKey()) && g.paragraph() == a.paragraph()
                        && SourceNames.key(g.source()).equals(SourceNames.key(a.source()))
                        && overlaps(g.text(), a.text())).findFirst().orElse(null);
                if (match == null) {
                    falseFinds.add(entry.getKey() + " ¶" + a.paragraph() + " " + a);
                    continue;
                }
                missed.remove(match);
                matched++;
                roleRight += Objects.equals(match.role(), a.role()) ? 1 : 0;
                spanRight += match.text().equals(a.text()) ? 1 : 0;
                if (!Objects.equals(match.role(), a.role())) {
                    wrong.add("role of " + a.source() + ": labelled '" + match.role() + "', found '" + a.role() + "'");
                }
                if (!match.text().equals(a.text())) {
                    wrong.add("span of " + a.source() + ": labelled '" + match.text() + "', found '" + a.text() + "'");
                }
                boolean kindsRight = match.sourceKind().equals(a.sourceKind().name()) && match.kind().equals(a.kind().name());
                kindRight += kindsRight ? 1 : 0;
                if (!kindsRight) {
                    wrong.add("kind of " + a.source() + ": labelled " + match.sourceKind() + " " + match.kind() + ", found "
                            + a.sourceKind() + " " + a.kind());
                }
            }
        }
        double precision = found == 0 ? 0 : (double) matched / found;
        double recall = (double) matched / gold.size();
        System.out.printf("quotes%s: %d labelled attributions in %d texts; %d found, %d right%n",
                folder.isEmpty() ? "" : " (" + folder.replace("/", "") + ")", gold.size(),
                predicted.size(), found, matched);
        System.out.printf("quotes: source precision %.3f, recall %.3f, role accuracy %.3f, span accuracy %.3f, "
                + "kind accuracy %.3f%n", precision, recall, (double) roleRight / matched, (double) spanRight / matched,
                (double) kindRight / matched);
        missed.forEach(g -> System.out.println("quotes: missed " + g));
        falseFinds.forEach(f -> System.out.println("quotes: false find " + f));
        wrong.forEach(w -> System.out.println("quotes: " + w));

        return new Figures(gold.size(), precision, recall);
    }

    private static boolean overlaps(String gold, String found) {
        String g = gold.toLowerCase();
        String f = found.toLowerCase();
        return g.contains(f) || f.contains(g);
    }

    private static List<Gold> readGold(String folder) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (String line : read(folder + "gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            gold.add(new Gold(c[0], Integer.parseInt(c[1]), c[2], c[3], dash(c[4]), c[5], dash(c[6]), c[7]));
        }
        return gold;
    }

    private static String dash(String value) {
        return value.equals("-") ? null : value;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = QuoteEvaluationTests.class.getResourceAsStream("/quotes/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
