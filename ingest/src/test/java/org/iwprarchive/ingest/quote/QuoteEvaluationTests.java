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
     * The held-out texts were labelled after the rules were tuned on the main set and have not been used to
     * change them: their figures are the fairer estimate, printed for the record rather than held to a target.
     */
    @Test
    void holdsItsFloorOnTheHeldOutTexts() throws IOException {
        Figures figures = evaluate("holdout/");
        assertThat(figures.labelled()).isEqualTo(11);
        // the figures recorded in docs/quotes.md when these texts were held out; a change that lowers them is
        // worse on text no rule was tuned to
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.818);
    }

    /**
     * The second held-out set, written to the issue's list (single-name sources, described anonymous sources, job
     * titles before a name, cues such as "told the court") before the rules for them were made, and not used to
     * make them.
     */
    @Test
    void holdsItsFloorOnTheSecondHeldOutTexts() throws IOException {
        Figures figures = evaluate("holdout-2/");
        assertThat(figures.labelled()).isEqualTo(10);
        // before those rules: precision 0.750, recall 0.300 (docs/quotes.md); after them, this floor
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * The third held-out set, written before the rule for anonymity clauses set off by commas ("A diplomat, who
     * asked not to be named, said") and not used to make it: sources of every kind in the shapes IWPR reports use.
     */
    @Test
    void holdsItsFloorOnTheThirdHeldOutTexts() throws IOException {
        Figures figures = evaluate("holdout-3/");
        assertThat(figures.labelled()).isEqualTo(20);
        // before that rule: precision 0.813, recall 0.650 (docs/quotes.md); after it, this floor
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(1.0);
    }

    /**
     * The fourth held-out set, written after the rules the third set's misses led to and measured once: the honest
     * estimate for them.
     */
    @Test
    void holdsItsFloorOnTheFourthHeldOutTexts() throws IOException {
        Figures figures = evaluate("holdout-4/");
        assertThat(figures.labelled()).isEqualTo(14);
        // measured once: precision 1.000, recall 0.929, role accuracy 0.923 (docs/quotes.md)
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.928);
    }

    /**
     * Russian: the development set the Russian rules were made on, and a held-out set written with it, before any
     * rule, and not used to make them.
     */
    @Test
    void findsRussianAttributionsOnTheDevelopmentAndHeldOutTexts() throws IOException {
        Figures development = evaluate("ru/");
        Figures heldOut = evaluate("ru-holdout/");
        assertThat(development.labelled()).isEqualTo(17);
        assertThat(heldOut.labelled()).isEqualTo(8);
        // the figures recorded in docs/quotes.md; a change that lowers them is worse
        assertThat(development.precision()).isGreaterThanOrEqualTo(RU_DEVELOPMENT_PRECISION);
        assertThat(development.recall()).isGreaterThanOrEqualTo(RU_DEVELOPMENT_RECALL);
        assertThat(heldOut.precision()).isGreaterThanOrEqualTo(RU_HELD_OUT_PRECISION);
        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(RU_HELD_OUT_RECALL);
    }

    /**
     * The second Russian held-out set: organisations and anonymous sources among people, written before the Russian
     * rules for them and not used to make them.
     */
    @Test
    void holdsItsFloorOnTheSecondRussianHeldOutTexts() throws IOException {
        Figures figures = evaluate("ru-holdout-2/");
        assertThat(figures.labelled()).isEqualTo(11);
        // before those rules: precision 0.500, recall 0.273 (docs/quotes.md); after them, this floor
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(1.0);
    }

    /** The third Russian held-out set, written after the rules the second one's misses led to, measured once. */
    @Test
    void holdsItsFloorOnTheThirdRussianHeldOutTexts() throws IOException {
        Figures figures = evaluate("ru-holdout-3/");
        assertThat(figures.labelled()).isEqualTo(11);
        // measured once: precision 0.900, recall 0.818 (docs/quotes.md)
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.818);
    }

    private static final double RU_DEVELOPMENT_PRECISION = 1.0;
    private static final double RU_DEVELOPMENT_RECALL = 1.0;
    private static final double RU_HELD_OUT_PRECISION = 1.0;
    private static final double RU_HELD_OUT_RECALL = 1.0;

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
            predicted.put(file, folder.startsWith("ru") ? new RussianQuoteExtractor().extract(paragraphs, List.of(author))
                    : new QuoteExtractor().extract(paragraphs, List.of(author)));
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
