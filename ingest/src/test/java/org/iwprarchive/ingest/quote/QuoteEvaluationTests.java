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
import org.junit.jupiter.params.provider.CsvSource;

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
     * Every labelled set beside the main one, with the figures recorded in docs/quotes.md as floors: a change that
     * lowers them is worse on text the rules were not made on (or, for the development sets, on what they were).
     * Where each set comes from, and which of its misses were seen before rules were changed, is in the set's
     * gold.tsv header and in docs/quotes.md.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # set           | labelled | precision | recall
            # held out after the first tuning; its misses led to three rules, then it joined the main set
            holdout/        | 11       | 1.0       | 1.0
            # written to the analyst's list before the rules for it; before them 0.750 / 0.300
            holdout-2/      | 10       | 1.0       | 1.0
            # written before the anonymity-clause rule; before it 0.813 / 0.650, its misses seen since
            holdout-3/      | 20       | 1.0       | 1.0
            # written after that rule and measured once: 1.000 / 0.929
            holdout-4/      | 14       | 1.0       | 1.0
            # written after the rules made on the fourth and measured once: 1.000 / 0.813; its misses seen since
            holdout-5/      | 16       | 1.0       | 1.0
            # written after the rules made on the fifth and measured once: 0.944 / 0.773; its misses seen since
            holdout-6/      | 22       | 1.0       | 1.0
            # written after the rules made on the sixth and measured once: 0.923 / 0.800; its misses seen since
            holdout-7/      | 15       | 1.0       | 1.0
            # written after the rules made on the seventh and measured once: 0.941 / 0.762; its misses seen since
            holdout-8/      | 21       | 1.0       | 1.0
            # written after the rules made on the eighth and measured once: 0.900 / 0.818; its misses seen since
            holdout-9/      | 22       | 1.0       | 1.0
            # written after the rules made on the ninth and measured once: 0.800 / 0.615; its misses seen since
            holdout-10/     | 26       | 1.0       | 1.0
            # written after the rules made on the tenth and measured once: 0.750 / 0.621; its misses seen since
            holdout-11/     | 29       | 1.0       | 1.0
            # written after the rules made on the eleventh and measured once: 0.960 / 0.889; its misses seen since
            holdout-12/     | 27       | 1.0       | 1.0
            # written after the rules made on the twelfth and measured once: 0.789 / 0.682; its misses seen since
            holdout-13/     | 22       | 1.0       | 1.0
            # written after the rules made on the thirteenth and measured once: 1.000 / 0.905; its misses seen since
            holdout-14/     | 21       | 1.0       | 1.0
            # written after the rules made on the fourteenth and measured once: 0.923 / 0.828; its misses seen since
            holdout-15/     | 29       | 1.0       | 1.0
            # written after the rules made on the fifteenth and measured once: 0.926 / 0.833; its misses seen since
            holdout-16/     | 30       | 1.0       | 1.0
            # written after the rules made on the sixteenth and measured once: 0.850 / 0.680; its misses seen since
            # (the last two, a traditional title read as part of the name, in the twenty-first round)
            holdout-17/     | 25       | 1.0       | 1.0
            # written after the rules made on the seventeenth and measured once: 0.667 / 0.500; its misses seen since
            holdout-18/     | 28       | 1.0       | 1.0
            # written after the rules made on the eighteenth and measured once: 0.941 / 0.727; its misses seen since
            holdout-19/     | 22       | 1.0       | 1.0
            # written after the rules made on the nineteenth and measured once: 0.885 / 0.852; its misses seen since
            holdout-20/     | 27       | 1.0       | 1.0
            # written after the rules made on the twentieth and measured once: 0.813 / 0.542; its misses seen since
            holdout-21/     | 24       | 1.0       | 1.0
            # written after the rules made on the twenty-first and measured once: 0.938 / 0.750; its misses seen since
            holdout-22/     | 20       | 1.0       | 1.0
            # written after the rules made on the twenty-second and measured once: 0.952 / 0.909; its misses seen since
            holdout-23/     | 22       | 1.0       | 1.0
            # written after the rules made on the twenty-third and measured once: 0.933 / 0.737; its misses seen since
            holdout-24/     | 19       | 1.0       | 1.0
            # written after the rules made on the twenty-fourth and measured once: 1.000 / 0.864; its misses seen since
            holdout-25/     | 22       | 1.0       | 1.0
            # written after the rules made on the twenty-fifth and measured once: 0.900 / 0.900; its misses seen since
            holdout-26/     | 20       | 1.0       | 1.0
            # written after the rules made on the twenty-sixth and measured once: 0.923 / 0.800; its misses seen since
            # (one remains: "documents, which it says show that ...")
            holdout-27/     | 15       | 1.0       | 0.93
            # written after the rules made on the twenty-seventh and measured once: 0.786 / 0.647 (17 labels then; one
            # added after, noted in gold.tsv); its misses seen since, two left ("the bank", "One of the women, now 24")
            holdout-28/     | 18       | 1.0       | 0.88
            # written after the rules made on the twenty-eighth and measured once: 0.947 / 0.857 (21 labels then; one
            # added after, noted in gold.tsv); its misses seen since
            holdout-29/     | 22       | 1.0       | 1.0
            # written after the rules made on the twenty-ninth and measured once: 0.923 / 0.706; its misses seen since
            holdout-30/     | 17       | 1.0       | 1.0
            # written after the rules made on the thirtieth and measured once: 1.000 / 0.895; its misses seen since
            holdout-31/     | 19       | 1.0       | 1.0
            # written after the rules made on the thirty-first and measured once: 1.000 / 0.867; its misses seen since
            holdout-32/     | 15       | 1.0       | 1.0
            # written after the rules made on the thirty-second and measured once: 0.923 / 0.750; its misses seen since
            holdout-33/     | 16       | 1.0       | 1.0
            # written after the rules made on the thirty-third and measured once: 1.000 / 0.889; its miss seen since
            holdout-34/     | 9        | 1.0       | 1.0
            # written after the rules made on the thirty-fourth and measured once: 1.000 / 1.000 (role 0.889; two
            # labels corrected to earlier conventions after it, noted in gold.tsv)
            holdout-35/     | 9        | 1.0       | 1.0
            # written after the rules made on the thirty-fifth and measured once: 0.800 / 0.762 (role 0.938; one label
            # corrected to an earlier set's convention after it, noted in gold.tsv); its misses seen since
            holdout-36/     | 21       | 1.0       | 1.0
            # written after the rules made on the thirty-sixth and measured once: 0.875 / 0.824 (one span label
            # corrected after it, noted in gold.tsv); its misses seen since
            holdout-37/     | 17       | 1.0       | 1.0
            # written after the rules made on the thirty-seventh and measured once: 0.846 / 0.846; its misses seen since
            holdout-38/     | 13       | 1.0       | 1.0
            # written after the rules made on the thirty-eighth and measured once: 0.833 / 0.625 (one role label
            # corrected to an earlier convention after it, noted in gold.tsv); its misses seen since
            holdout-39/     | 8        | 1.0       | 1.0
            # written after the rules made on the thirty-ninth and measured once: 1.000 / 0.750; its misses seen since,
            # one left ("..., which it says has withheld ...")
            holdout-40/     | 8        | 1.0       | 0.87
            # written after the rules made on the fortieth and measured once: 1.000 / 0.923; its miss seen since
            holdout-41/     | 13       | 1.0       | 1.0
            # written after the rules made on the forty-first and measured once: 1.000 / 0.909; its misses seen since
            holdout-42/     | 11       | 1.0       | 1.0
            # written after the rules made on the forty-second and measured once: 1.000 / 1.000
            holdout-43/     | 10       | 1.0       | 1.0
            # written after the rules made on the forty-third and measured once: 0.947 / 0.947; its miss seen since
            holdout-44/     | 19       | 1.0       | 1.0
            # written after the rules made on the forty-fourth and measured once: 0.813 / 0.813; its misses seen since
            holdout-45/     | 16       | 1.0       | 1.0
            # written after the rules made on the forty-fifth and measured once: 0.833 / 0.833; its misses seen since
            holdout-46/     | 12       | 1.0       | 1.0
            # written after the rules made on the forty-sixth and measured once: 0.833 / 0.769; its misses seen since
            holdout-47/     | 13       | 1.0       | 1.0
            # written after the rules made on the forty-seventh and measured once: 1.000 / 0.818; its misses seen since
            holdout-48/     | 11       | 1.0       | 1.0
            # written after the rules made on the forty-eighth and measured once: 1.000 / 0.917; its miss seen since
            holdout-49/     | 12       | 1.0       | 1.0
            # written after the rules made on the forty-ninth and measured once: 1.000 / 1.000 (role 0.900)
            holdout-50/     | 10       | 1.0       | 1.0
            # written after the rules made on the fiftieth and measured once: 0.923 / 0.857 (role 0.917); one label
            # relabelled after to the earlier sets' convention (a body keeps where it sits)
            holdout-51/     | 14       | 1.0       | 1.0
            # written after the rules made on the fifty-first and measured once: 1.000 / 1.000 (span and kind 0.917);
            # one sentence relabelled after to the earlier sets' convention ("described X as Y" is a report)
            holdout-52/     | 13       | 1.0       | 1.0
            # written after the rules made on the fifty-second and measured once: 0.889 / 0.800 (role 0.625, three of
            # its misses the labels', which left out the articles roles keep; relabelled after to that convention)
            holdout-53/     | 10       | 1.0       | 1.0
            # written after the rules made on the fifty-third and measured once: 1.000 / 0.900; its one miss was a
            # label against the earlier sets' convention ("blamed" is no report), unlabelled after
            holdout-54/     | 9        | 1.0       | 1.0
            # written after the rules made on the fifty-fourth and measured once: 0.600 / 0.600, 0.900 / 0.900 with
            # three miscounted paragraph numbers of the labels put right after; its one real miss seen since
            holdout-55/     | 10       | 1.0       | 1.0
            # written after the rules made on the fifty-fifth and measured once: 1.000 / 1.000 (role 0.941, its miss
            # the label's, relabelled after to the sets' convention)
            holdout-56/     | 17       | 1.0       | 1.0
            # written after the fifty-sixth was measured, and measured once: 1.000 / 1.000
            holdout-57/     | 14       | 1.0       | 1.0
            # written after the fifty-seventh was measured, and measured once: 0.857 / 0.857; its misses seen since
            holdout-58/     | 21       | 1.0       | 1.0
            # written after the rules made on the fifty-eighth and measured once: 1.000 / 0.929; its misses seen since
            holdout-59/     | 14       | 1.0       | 1.0
            # written after the rules made on the fifty-ninth and measured once: 1.000 / 0.923; its misses seen since
            holdout-60/     | 13       | 1.0       | 1.0
            # written after the rules made on the sixtieth and measured once: 0.938 / 0.938; its misses seen since
            holdout-61/     | 16       | 1.0       | 1.0
            # written after the rules made on the sixty-first and measured once: 0.846 / 0.786 (0.769 / 0.714 under
            # the lede convention it was relabelled to); its misses seen since
            holdout-62/     | 14       | 1.0       | 1.0
            # written after the rules made on the sixty-second and measured once: 0.778 / 0.700; its misses seen since
            holdout-63/     | 10       | 1.0       | 1.0
            # written after the rules made on the sixty-third and measured once: 1.000 / 0.917; its miss seen since
            holdout-64/     | 12       | 1.0       | 1.0
            # written after the rules made on the sixty-fourth and measured once: 1.000 / 0.875; its misses seen since
            holdout-65/     | 8        | 1.0       | 1.0
            # written after the rules made on the sixty-fifth and measured once: 1.000 / 0.889; its miss seen since
            holdout-66/     | 9        | 1.0       | 1.0
            # written after the rules made on the sixty-sixth and measured once: 0.857 / 0.545; its misses seen since
            holdout-67/     | 11       | 1.0       | 1.0
            # written after the rules made on the sixty-seventh and measured once: 1.000 / 1.000, span 0.900
            holdout-68/     | 10       | 1.0       | 1.0
            # written after the rules made on the sixty-eighth and measured once: 0.750 / 0.750; its misses seen since
            holdout-69/     | 8        | 1.0       | 1.0
            # written after the rules made on the sixty-ninth and measured once: 1.000 / 0.917; its miss seen since
            holdout-70/     | 12       | 1.0       | 1.0
            # written with the seventieth and measured once: 0.900 / 0.750; its misses seen since
            holdout-71/     | 12       | 1.0       | 1.0
            # written after the rules made on the seventy-first and measured once: 0.900 / 0.818; its misses seen since
            holdout-72/     | 11       | 1.0       | 1.0
            # written with the seventy-second and measured once: 1.000 / 1.000
            holdout-73/     | 8        | 1.0       | 1.0
            # written after the rules made on the seventy-second and measured once: 0.800 / 0.800 (0.900 / 0.818 under
            # the convention one label was brought to); its misses seen since
            holdout-74/     | 11       | 1.0       | 1.0
            # written after the seventy-fourth set's rules, in the manner of IWPR's older reports, and measured once:
            # 1.000 / 1.000 (role 0.833 as first labelled, two later "he said" roles brought to the sets' convention)
            holdout-75/     | 12       | 1.0       | 1.0
            # written after the seventy-fifth was measured, in the manner of IWPR's older reports, and measured once:
            # 0.900 / 0.900; its misses seen since
            holdout-76/     | 10       | 1.0       | 1.0
            # written after the seventy-sixth was measured, in the manner of IWPR's older reports, and measured once:
            # 1.000 / 0.929; its misses seen since
            holdout-77/     | 14       | 1.0       | 1.0
            # written after the seventy-seventh was measured, in the manner of IWPR's older reports, and measured once:
            # 1.000 / 0.909; its miss seen since
            holdout-78/     | 11       | 1.0       | 1.0
            # written after the seventy-eighth was measured and measured once: 0.900 / 0.818; its misses seen since
            holdout-79/     | 11       | 1.0       | 1.0
            # written after the seventy-ninth was measured and measured once: 1.000 / 0.917; its miss seen since
            holdout-80/     | 12       | 1.0       | 1.0
            # written after the eightieth set's rules and measured once: 1.000 / 1.000, no rule made on it
            holdout-81/     | 12       | 1.0       | 1.0
            # written after the eighty-first was measured and measured once: 0.875 / 0.636; its misses seen since
            holdout-82/     | 11       | 1.0       | 1.0
            # written after the eighty-second's rules and measured once: 1.000 / 0.889; its miss seen since
            holdout-83/     | 9        | 1.0       | 1.0
            # written after the eighty-third's rules and measured once: 1.000 / 1.000, no rule made on it
            holdout-84/     | 9        | 1.0       | 1.0
            # written after the eighty-fourth set was measured and measured once: 1.000 / 1.000, no rule made on it
            holdout-85/     | 9        | 1.0       | 1.0
            # written after the eighty-fifth set and measured once: 1.000 / 1.000, no rule made on it
            holdout-86/     | 10       | 1.0       | 1.0
            # written after the session's court-reporting rounds in other languages and measured once: 0.800 / 0.800;
            # its misses seen since
            holdout-87/     | 5        | 1.0       | 1.0
            # a cross-examination at the Residual Mechanism, written after the twenty-fifth session's court rounds in
            # six other languages and measured once: 0.500 / 0.500; its misses seen since
            holdout-88/     | 6        | 1.0       | 1.0
            # a parliament in Tbilisi and bloggers in Bishkek (politics and posts), written in the twenty-sixth session,
            # and measured once: 0.889 / 0.889; its misses seen since
            holdout-89/     | 9        | 1.0       | 1.0
            # the politics register's second round (Yerevan, Dushanbe), written after the first round's rules, and
            # measured once: 1.000 / 1.000 (span 0.889); its span miss seen since
            holdout-90/     | 9        | 1.0       | 1.0
            # the conflict register (Kherson, Darfur), written in the twenty-sixth session, and measured once: 0.833 /
            # 0.625 (role 0.800); its misses seen since, all but a UN mission named in lower case after its capitalised
            # body
            holdout-91/     | 8        | 1.0       | 0.875
            # the conflict register's second round (Kharkiv region, Idlib), written after the first round's rules, and
            # measured once: 1.000 / 1.000; no rule made on it
            holdout-92/     | 7        | 1.0       | 1.0
            # rights reports (Tajik prisons, Uzbek prisoners' families), a new register written in the twenty-sixth
            # session, and measured once: 1.000 / 1.000; no rule made on it
            holdout-93/     | 6        | 1.0       | 1.0
            # the rights-reports register's second round (Turkmen cotton, the disappeared of Chechnya), written in the
            # twenty-seventh session after the first round's rules, and measured once: 1.000 / 1.000; no rule made on it
            holdout-94/     | 7        | 1.0       | 1.0
            # the economy (the Kyrgyz som, wheat flour in Kabul), a new register written in the twenty-seventh session,
            # and measured once: 0.857 / 0.857; its misses seen since
            holdout-95/     | 7        | 1.0       | 1.0
            # the feature (felt makers above Naryn), a new register written in the twenty-seventh session, and measured
            # once: 1.000 / 1.000; no rule made on it
            holdout-96/     | 6        | 1.0       | 1.0
            # the feature, second round, written in the twenty-eighth session, and measured once: 1.000 / 0.714;
            # its misses seen since
            holdout-97/     | 7        | 1.0       | 1.0
            # health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            holdout-98/     | 7        | 1.0       | 1.0
            # the interview in question-and-answer form, a new register written in the twenty-eighth session, and
            # measured once: 1.000 / 0.143 (no convention for it yet); its misses seen since
            holdout-99/     | 7        | 1.0       | 1.0
            # the environment, a new register written in the twenty-ninth session, and measured once: 1.000 / 0.833; its
            # misses seen since
            holdout-100/    | 6        | 1.0       | 1.0
            # the economy's second round, written in the twenty-ninth session, and measured once: 1.000 / 0.667; its
            # misses seen since
            holdout-101/    | 6        | 1.0       | 1.0
            # migration, a new register written in the thirtieth session, and measured once: 1.000 / 1.000 (role 0.857,
            # against a label corrected since to the sets' convention); no rule made on it
            holdout-102/    | 7        | 1.0       | 1.0
            # education, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no rule made
            # on it
            holdout-103/    | 7        | 1.0       | 1.0
            # Russian: the development set the Russian rules were made on
            ru/             | 17       | 1.0       | 1.0
            # Russian: written with the development set, before any Russian rule; 0.875 / 0.875 then
            ru-holdout/     | 8        | 1.0       | 1.0
            # Russian: bodies and anonymous sources, written before the rules for them; 0.500 / 0.273 then
            ru-holdout-2/   | 11       | 1.0       | 1.0
            # Russian: written after those rules and measured once: 0.900 / 0.818; its misses seen since
            ru-holdout-3/   | 11       | 1.0       | 1.0
            # Russian: written after the rules made on the Ukrainian sets and measured once: 0.857 / 0.500; its misses
            # seen since
            ru-holdout-4/   | 12       | 1.0       | 1.0
            # Russian: written after the fourth set's rules and measured once: 1.000 / 0.667; its misses seen since
            ru-holdout-5/   | 9        | 1.0       | 1.0
            # Russian: written after the fifth set's rules and measured once: 0.600 / 0.375; its misses seen since
            ru-holdout-6/   | 8        | 1.0       | 1.0
            # Russian: written after the sixth set's rules and measured once: 0.500 / 0.308; its misses seen since
            ru-holdout-7/   | 13       | 1.0       | 1.0
            # Russian: written after the seventh set's rules and measured once: 0.714 / 0.455; its misses seen since
            ru-holdout-8/   | 11       | 1.0       | 1.0
            # Russian: written after the eighth set's rules and measured once: 0.667 / 0.222; its misses seen since
            ru-holdout-9/   | 9        | 1.0       | 1.0
            # Russian: written after the ninth set's rules and measured once: 0.667 / 0.286; its misses seen since
            ru-holdout-10/  | 7        | 1.0       | 1.0
            # Russian: written after the tenth set's rules and measured once: 1.000 / 0.625; its misses seen since
            ru-holdout-11/  | 8        | 1.0       | 1.0
            # Russian: written after the eleventh set's rules and measured once: 0.556 / 0.385; its misses seen since
            ru-holdout-12/  | 13       | 1.0       | 1.0
            # Russian: written after the fifth Ukrainian set's rules and measured once: 0.700 / 0.583; its misses seen
            ru-holdout-13/  | 12       | 1.0       | 1.0
            # Russian: written after the thirteenth set's rules and measured once: 0.900 / 0.750; its misses seen since
            ru-holdout-14/  | 12       | 1.0       | 1.0
            # Russian: written after the fourteenth set's rules and measured once: 0.556 / 0.417; its misses seen since
            ru-holdout-15/  | 12       | 1.0       | 1.0
            # Russian: written after the fifteenth set's rules and measured once: 1.000 / 0.818; its misses seen since
            ru-holdout-16/  | 11       | 1.0       | 1.0
            # Russian: written after the sixteenth set's rules and measured once: 1.000 / 1.000, no rule made on it
            ru-holdout-17/  | 10       | 1.0       | 1.0
            # Russian: written after the seventeenth set's rules and measured once: 0.909 / 0.909; its miss seen since
            ru-holdout-18/  | 11       | 1.0       | 1.0
            # Russian: written after the eighteenth set's rules and measured once: 1.000 / 0.800; its misses seen since
            ru-holdout-19/  | 10       | 1.0       | 1.0
            # Russian: written after the nineteenth set's rules and measured once: 0.571 / 0.500; its misses seen since
            # (the last two, "Аким Мангистауской области X", since the twenty-first set's rules)
            ru-holdout-20/  | 8        | 1.0       | 1.0
            # Russian: written after the twentieth set's rules and measured once: 0.900 / 0.900; its miss seen since
            ru-holdout-21/  | 10       | 1.0       | 1.0
            # Russian: written after the twenty-first set's rules and measured once: 0.909 / 0.833; its misses seen since
            ru-holdout-22/  | 12       | 1.0       | 1.0
            # Russian: written after the twenty-second set's rules and measured once: 0.875 / 0.875; its misses seen since
            ru-holdout-23/  | 8        | 1.0       | 1.0
            # Russian: written after the twenty-third set's rules and measured once: 1.000 / 0.600; its misses seen since
            ru-holdout-24/  | 10       | 1.0       | 1.0
            # Russian: written after the twenty-fourth set's rules and measured once: 0.714 / 0.556; its misses seen since
            ru-holdout-25/  | 9        | 1.0       | 1.0
            # Russian: written after the twenty-fifth set's rules and measured once: 0.786 / 0.786; its misses seen since
            ru-holdout-26/  | 14       | 1.0       | 1.0
            # Russian: written after the twenty-sixth set's rules and measured once: 0.923 / 0.857; its misses seen since
            ru-holdout-27/  | 14       | 1.0       | 1.0
            # Russian: written after the twenty-seventh set's rules and measured once: 0.778 / 0.636; its misses seen
            # since
            ru-holdout-28/  | 11       | 1.0       | 1.0
            # Russian: written after the twenty-eighth set's rules and measured once: 0.800 / 0.800; its misses seen
            # since
            ru-holdout-29/  | 10       | 1.0       | 1.0
            # Russian: written after the twenty-ninth set's rules and measured once: 1.000 / 1.000, no rule made on it
            ru-holdout-30/  | 11       | 1.0       | 1.0
            # Russian: written after the thirtieth set and measured once: 1.000 / 0.900; its miss seen since
            ru-holdout-31/  | 10       | 1.0       | 1.0
            # Russian: written after the thirty-first set's rules and measured once: 0.900 / 0.900; its miss seen since
            ru-holdout-32/  | 10       | 1.0       | 1.0
            # Russian: written after the thirty-second set's rules and measured once: 1.000 / 1.000, no rule made on it
            ru-holdout-33/  | 9        | 1.0       | 1.0
            # Russian: written after the thirty-third set was measured and measured once: 1.000 / 0.800; its misses seen
            # since
            ru-holdout-34/  | 10       | 1.0       | 1.0
            # Russian: written after the thirty-fourth set's rules and measured once: 1.000 / 0.800; its misses seen
            # since
            ru-holdout-35/  | 10       | 1.0       | 1.0
            # Russian: written after the thirty-fifth set's rules and measured once: 1.000 / 0.889; its misses seen
            # since
            ru-holdout-36/  | 9        | 1.0       | 1.0
            # Russian: court reporting from Bishkek and Almaty, written after the twenty-fourth session and measured
            # once: 1.000 / 0.600; its misses seen since, all but an unnamed secretary
            ru-holdout-37/  | 10       | 1.0       | 0.9
            # Russian: verdicts in Dushanbe and Baku, written after the thirty-seventh set's rules and measured once:
            # 0.714 / 0.625; its misses seen since
            ru-holdout-38/  | 8        | 1.0       | 1.0
            # Russian: parliaments, campaigns and posts, written in the twenty-sixth session, and measured once: 1.000 /
            # 0.889; its misses seen since
            ru-holdout-39/  | 9        | 1.0       | 1.0
            # Russian: the politics register's second round, written after the first round's rules, and measured once:
            # 1.000 / 1.000; no rule made on it
            ru-holdout-40/  | 9        | 1.0       | 1.0
            # Russian: the conflict register, written in the twenty-sixth session, and measured once: 0.714 / 0.556; its
            # misses seen since
            ru-holdout-41/  | 9        | 1.0       | 1.0
            # Russian: the conflict register's second round, written after the first round's rules, and measured once:
            # 1.000 / 0.875; its miss seen since
            ru-holdout-42/  | 8        | 1.0       | 1.0
            # Russian: rights reports, a new register written in the twenty-sixth session, and measured once: 1.000 /
            # 0.857; its miss seen since
            ru-holdout-43/  | 7        | 1.0       | 1.0
            # Russian: the rights-reports register's second round, written in the twenty-seventh session after the first
            # round's rules, and measured once: 0.833 / 0.714; its misses seen since
            ru-holdout-44/  | 7        | 1.0       | 1.0
            # Russian: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 1.000 (role 0.833); its role seen since
            ru-holdout-45/  | 6        | 1.0       | 1.0
            # Russian: the feature, a new register written in the twenty-seventh session, and measured once: 0.833 /
            # 0.833 (role 0.800); its misses seen since, all but a time read as a role ("Каждое утро")
            ru-holdout-46/  | 6        | 1.0       | 1.0
            # Russian: the feature, second round, written in the twenty-eighth session, and measured once:
            # 1.000 / 0.833;
            # its misses seen since
            ru-holdout-47/  | 6        | 1.0       | 1.0
            # Russian: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 0.833; its misses seen since
            ru-holdout-48/  | 6        | 1.0       | 1.0
            # Russian: the interview in question-and-answer form, written in the twenty-eighth session, and measured
            # once: nothing found (no rule for it yet); its misses seen since
            ru-holdout-49/  | 4        | 1.0       | 1.0
            # Russian: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its misses seen since
            ru-holdout-50/  | 5        | 1.0       | 1.0
            # Russian: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 /
            # 1.000; no rule made on it
            ru-holdout-51/  | 5        | 1.0       | 1.0
            # Russian: migration, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            ru-holdout-52/  | 5        | 1.0       | 1.0
            # Russian: education, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            ru-holdout-53/  | 4        | 1.0       | 1.0
            # Ukrainian: the development set the Ukrainian rules were made on
            uk/             | 14       | 1.0       | 1.0
            # Ukrainian: written with the development set, before any Ukrainian rule, measured once after the rules
            # made on it: 0.600 / 0.500; its misses seen since
            uk-holdout/     | 12       | 1.0       | 1.0
            # Ukrainian: written with the seventh Russian set and measured once: 0.889 / 0.800; its misses seen since
            uk-holdout-2/   | 10       | 1.0       | 1.0
            # Ukrainian: written with the ninth Russian set and measured once: 0.667 / 0.250; its misses seen since
            uk-holdout-3/   | 8        | 1.0       | 1.0
            # Ukrainian: written after the tenth Russian set's rules and measured once: 1.000 / 0.857; its miss seen since
            uk-holdout-4/   | 7        | 1.0       | 1.0
            # Ukrainian: written after the twelfth Russian set's rules and measured once: 0.900 / 0.750; its misses seen
            uk-holdout-5/   | 12       | 1.0       | 1.0
            # Ukrainian: written after the fourteenth Russian set's rules and measured once: 0.900 / 0.900; its miss seen
            uk-holdout-6/   | 10       | 1.0       | 1.0
            # Ukrainian: written after the fifteenth Russian set's rules and measured once: 1.000 / 1.000
            uk-holdout-7/   | 12       | 1.0       | 1.0
            # Ukrainian: written after the sixteenth Russian set's rules and measured once: 0.800 / 0.800; its misses
            # seen since
            uk-holdout-8/   | 10       | 1.0       | 1.0
            # Ukrainian: written after the eighth set's rules and measured once: 0.900 / 0.818; its misses seen since
            uk-holdout-9/   | 11       | 1.0       | 1.0
            # Ukrainian: written after the ninth set's rules and measured once: 1.000 / 1.000
            uk-holdout-10/  | 9        | 1.0       | 1.0
            # Ukrainian: written after the tenth set's rules and measured once: 0.857 / 0.750; its misses seen since
            uk-holdout-11/  | 8        | 1.0       | 1.0
            # Ukrainian: written after the eleventh set's rules and measured once: 1.000 / 1.000, role 0.889
            uk-holdout-12/  | 9        | 1.0       | 1.0
            # Ukrainian: written after the twelfth set's rules and measured once: 1.000 / 1.000
            uk-holdout-13/  | 8        | 1.0       | 1.0
            # Ukrainian: written after the thirteenth set was measured, and measured once: 0.900 / 0.818; its misses seen
            # since
            uk-holdout-14/  | 11       | 1.0       | 1.0
            # Ukrainian: written after the twenty-eighth Russian set's rules and measured once: 1.000 / 0.900; its miss
            # seen since
            uk-holdout-15/  | 10       | 1.0       | 1.0
            # Ukrainian: written after the thirtieth Russian set and measured once: 1.000 / 0.900; its miss seen since
            uk-holdout-16/  | 10       | 1.0       | 1.0
            # Ukrainian: written after the thirty-second Russian set's rules and measured once: 0.778 / 0.778; its misses
            # seen since
            uk-holdout-17/  | 9        | 1.0       | 1.0
            # Ukrainian: written after the thirty-fifth Russian set's rules and measured once: 0.900 / 0.900; its miss
            # seen since
            uk-holdout-18/  | 10       | 1.0       | 1.0
            # Ukrainian: written after the eleventh Albanian set's rules and measured once: 0.714 / 0.625; its misses
            # seen since
            uk-holdout-19/  | 8        | 1.0       | 1.0
            # Ukrainian: court reporting from Lviv and Odesa, written after the twenty-fourth session and measured once:
            # 0.857 / 0.750; its misses seen since
            uk-holdout-20/  | 8        | 1.0       | 1.0
            # Ukrainian: hearings in Kyiv and Kharkiv, written after the twentieth set's rules and measured once: 1.000
            # / 1.000, no rule made on it
            uk-holdout-21/  | 6        | 1.0       | 1.0
            # Ukrainian: the Rada, a city council and posts, written in the twenty-sixth session, and measured once:
            # 1.000 / 1.000 (role 0.750); its misses seen since
            uk-holdout-22/  | 8        | 1.0       | 1.0
            # Ukrainian: the politics register's second round, written after the first round's rules, and measured once:
            # 0.875 / 0.875, a body labelled by its kind and name against the earlier sets' convention, the label
            # corrected since
            uk-holdout-23/  | 8        | 1.0       | 1.0
            # Ukrainian: the conflict register, written in the twenty-sixth session, and measured once: 1.000 / 0.625;
            # its misses seen since, all but "Повітряних сил ЗСУ" (a body's name in the genitive plural)
            uk-holdout-24/  | 8        | 1.0       | 0.875
            # Ukrainian: the conflict register's second round, written after the first round's rules, and measured once:
            # 0.833 / 0.714; its misses seen since, all but an adjectival surname in the genitive ("Хорунжого")
            uk-holdout-25/  | 7        | 0.857     | 0.857
            # Ukrainian: rights reports, a new register written in the twenty-sixth session, and measured once: 1.000 /
            # 0.667; its misses seen since
            uk-holdout-26/  | 6        | 1.0       | 1.0
            # Ukrainian: the rights-reports register's second round, written in the twenty-seventh session after the
            # first round's rules, and measured once: 0.800 / 0.667; its misses seen since
            uk-holdout-27/  | 6        | 1.0       | 1.0
            # Ukrainian: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 1.000; no rule made on it
            uk-holdout-28/  | 5        | 1.0       | 1.0
            # Ukrainian: the feature, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 1.000; no rule made on it
            uk-holdout-29/  | 5        | 1.0       | 1.0
            # Ukrainian: the feature, second round, written in the twenty-eighth session, and measured once:
            # 1.000 / 0.333;
            # its misses seen since
            uk-holdout-30/  | 6        | 1.0       | 1.0
            # Ukrainian: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            uk-holdout-31/  | 6        | 1.0       | 1.0
            # Ukrainian: the interview in question-and-answer form, written in the twenty-eighth session, and measured
            # once: nothing found (no rule for it yet); its misses seen since
            uk-holdout-32/  | 2        | 1.0       | 1.0
            # Ukrainian: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.600; its misses seen since
            uk-holdout-33/  | 5        | 1.0       | 1.0
            # Ukrainian: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 /
            # 0.400; its misses seen since
            uk-holdout-34/  | 5        | 1.0       | 1.0
            # Ukrainian: migration, a new register written in the thirtieth session, and measured once: 1.000 / 0.800;
            # its miss seen since
            uk-holdout-35/  | 5        | 1.0       | 1.0
            # Ukrainian: education, a new register written in the thirtieth session, and measured once: 0.750 / 0.750;
            # its miss seen since
            uk-holdout-36/  | 4        | 1.0       | 1.0
            # Arabic: the development set the Arabic rules were made on
            ar/             | 19       | 1.0       | 1.0
            # Arabic: written with the development set, before any Arabic rule, measured once after the rules made
            # on it: 0.923 recall (its miss, "من جانبها" read as "من جانبه", seen since)
            ar-holdout/     | 13       | 1.0       | 1.0
            # Arabic: written after those rules and measured once: 0.917 / 0.786; its misses seen since
            ar-holdout-2/   | 14       | 1.0       | 1.0
            # Arabic: written after the second set's rules and measured once: 0.571 / 0.333; its misses seen since
            ar-holdout-3/   | 12       | 1.0       | 1.0
            # Arabic: written after the third set's rules and measured once: 0.545 / 0.500; its misses seen since
            ar-holdout-4/   | 12       | 1.0       | 1.0
            # Arabic: written after the fourth set's rules and measured once: 0.900 / 0.818; its misses seen since
            ar-holdout-5/   | 11       | 1.0       | 1.0
            # Arabic: written after the fifth set's rules and measured once: 0.833 / 0.625; its misses seen since
            ar-holdout-6/   | 8        | 1.0       | 1.0
            # Arabic: written after the sixth set's rules and measured once: 1.000 / 1.000 (role 0.857); its miss seen
            ar-holdout-7/   | 7        | 1.0       | 1.0
            # Arabic: written after the seventh set's rules and measured once: 1.000 / 1.000 (span and kind 0.900: words
            # quoted whole after أن read as reported, seen since)
            ar-holdout-8/   | 10       | 1.0       | 1.0
            # Arabic: written after the eighth set's rules and measured once: 0.875 / 0.875; its misses seen since
            ar-holdout-9/   | 8        | 1.0       | 1.0
            # Arabic: written after the ninth set's rules and measured once: 1.000 / 0.875; its miss seen since
            ar-holdout-10/  | 8        | 1.0       | 1.0
            # Arabic: written after the tenth set's rules and measured once: 1.000 / 0.889; its miss seen since
            ar-holdout-11/  | 9        | 1.0       | 1.0
            # Arabic: written after the eleventh set's rules and measured once: 1.000 / 0.714; its misses seen since
            ar-holdout-12/  | 7        | 1.0       | 1.0
            # Arabic: written after the rules made on the twelfth and measured once: 1.000 / 0.900; its misses seen since
            ar-holdout-13/  | 10       | 1.0       | 1.0
            # Arabic: written after the thirteenth set's rules and measured once: 1.000 / 1.000, no rule made on it
            ar-holdout-14/  | 10       | 1.0       | 1.0
            # Arabic: written after the fourteenth set's rules and measured once: 1.000 / 0.900; its miss seen since
            ar-holdout-15/  | 10       | 1.0       | 1.0
            # Arabic: written after the fifteenth set's rules and measured once: 1.000 / 1.000, no rule made on it
            ar-holdout-16/  | 8        | 1.0       | 1.0
            # Arabic: written after the sixteenth set's rules and measured once: 1.000 / 1.000
            ar-holdout-17/  | 9        | 1.0       | 1.0
            # Arabic: written after the seventeenth set's rules and measured once: 1.000 / 1.000
            ar-holdout-18/  | 8        | 1.0       | 1.0
            # Arabic: written after the eighteenth set and measured once: 1.000 / 0.875; its miss seen since
            ar-holdout-19/  | 8        | 1.0       | 1.0
            # Arabic: written after the nineteenth set and measured once: 1.000 / 1.000, no rule made on it
            ar-holdout-20/  | 8        | 1.0       | 1.0
            # Arabic: written after the twentieth set's rules and measured once: 1.000 / 0.875; its miss seen since
            ar-holdout-21/  | 8        | 1.0       | 1.0
            # Arabic: written after the twenty-first set's rules and measured once: 0.857 / 0.750; its misses seen
            # since
            ar-holdout-22/  | 8        | 1.0       | 1.0
            # Arabic: written after the nineteenth Ukrainian set's rules and measured once: 0.750 / 0.429; its misses
            # seen since, all but the prosecutor named only by his office
            ar-holdout-23/  | 7        | 1.0       | 0.85
            # Arabic: court reporting from Erbil and Damascus, written after the twenty-fourth session and measured
            # once: 0.600 / 0.375; its misses seen since
            ar-holdout-24/  | 8        | 1.0       | 1.0
            # Arabic: the Beirut port inquiry, a verdict in Tunis, written after the twenty-fourth set's rules and
            # measured once: 1.000 / 0.750; its misses seen since
            ar-holdout-25/  | 4        | 1.0       | 1.0
            # Arabic: the Iraqi parliament, a campaign in Jordan and posts, written in the twenty-sixth session, and
            # measured once: 0.833 / 0.625; its misses seen since
            ar-holdout-26/  | 8        | 1.0       | 1.0
            # Arabic: the politics register's second round, written after the first round's rules, and measured once:
            # 0.857 / 0.750; its misses seen since
            ar-holdout-27/  | 8        | 1.0       | 1.0
            # Arabic: the conflict register, written in the twenty-sixth session, and measured once: 0.857 / 0.857; its
            # miss seen since
            ar-holdout-28/  | 7        | 1.0       | 1.0
            # Arabic: the conflict register's second round, written after the first round's rules, and measured once:
            # 1.000 / 1.000; no rule made on it
            ar-holdout-29/  | 7        | 1.0       | 1.0
            # Arabic: rights reports, a new register written in the twenty-sixth session, and measured once: 1.000 /
            # 0.500; its misses seen since
            ar-holdout-30/  | 4        | 1.0       | 1.0
            # Arabic: the rights-reports register's second round, written in the twenty-seventh session after the first
            # round's rules, and measured once: 0.800 / 0.800; its miss seen since
            ar-holdout-31/  | 5        | 1.0       | 1.0
            # Arabic: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 0.833; its miss seen since
            ar-holdout-32/  | 6        | 1.0       | 1.0
            # Arabic: the feature, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 0.600; its misses seen since
            ar-holdout-33/  | 5        | 1.0       | 1.0
            # Arabic: the feature, second round, written in the twenty-eighth session, and measured once: 1.000 / 0.667;
            # its misses seen since
            ar-holdout-34/  | 6        | 1.0       | 1.0
            # Arabic: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            ar-holdout-35/  | 5        | 1.0       | 1.0
            # Arabic: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its misses seen since
            ar-holdout-36/  | 5        | 1.0       | 1.0
            # Arabic: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 / 1.000
            # (role 0.800); its miss seen since
            ar-holdout-37/  | 5        | 1.0       | 1.0
            # Arabic: interviews in question-and-answer form, written in the twenty-ninth session, and measured once:
            # nothing found (the convention not yet read in the language); its misses seen since
            ar-holdout-38/  | 3        | 1.0       | 1.0
            # Arabic: migration, a new register written in the thirtieth session, and measured once: 1.000 / 0.800; its
            # miss seen since
            ar-holdout-39/  | 5        | 1.0       | 1.0
            # Arabic: education, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            ar-holdout-40/  | 4        | 1.0       | 1.0
            # French: the development set the French rules were made on
            fr/             | 12       | 1.0       | 1.0
            # French: written with the development set, before any French rule, and measured once: 0.900 / 0.900; its
            # miss seen since
            fr-holdout/     | 10       | 1.0       | 1.0
            # French: written after the first held-out set was measured, and measured once: 1.000 / 0.833; its miss seen
            fr-holdout-2/   | 6        | 1.0       | 1.0
            # French: written after the second French set was measured and measured once: 0.833 / 0.625; its misses
            # seen since
            fr-holdout-3/   | 8        | 1.0       | 1.0
            # French: written after the third French set was measured, and measured once: 1.000 / 0.833; its miss seen
            # since
            fr-holdout-4/   | 6        | 1.0       | 1.0
            # French: written after the twenty-fourth session's European rules and measured once: 1.000 / 1.000
            # (role 0.875, mended since)
            fr-holdout-5/   | 8        | 1.0       | 1.0
            # Spanish: the development set the Spanish rules were made on
            es/             | 10       | 1.0       | 1.0
            # Spanish: written with the development set, before any Spanish rule, and measured once: 1.000 / 1.000
            es-holdout/     | 9        | 1.0       | 1.0
            # Spanish: written after the first held-out set was measured, and measured once: 1.000 / 0.833; its miss seen
            es-holdout-2/   | 6        | 1.0       | 1.0
            # Spanish: written after the third French set's rules and measured once: 1.000 / 0.900; its miss seen since
            es-holdout-3/   | 10       | 1.0       | 1.0
            # Spanish: written with the fourth French set and measured once: 1.000 / 0.833; its miss seen since
            es-holdout-4/   | 6        | 1.0       | 1.0
            # Spanish: written with the fifth French set and measured once: 1.000 / 0.875; its miss seen since
            es-holdout-5/   | 8        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: the development set the edition's rules were made on
            bcs/            | 11       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the development set's rules and measured once: 1.000 / 0.818;
            # its misses seen since
            bcs-holdout/    | 11       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the first held-out set was read and measured once: 0.778 /
            # 0.700; its misses seen since
            bcs-holdout-2/  | 10       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the second set's rules and measured once: 0.750 / 0.600; its
            # misses seen since
            bcs-holdout-3/  | 10       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the third set's rules and measured once: 0.500 / 0.444; its
            # misses seen since
            bcs-holdout-4/  | 9        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the fourth set's rules and measured once: 0.714 / 0.556; its
            # misses seen since
            bcs-holdout-5/  | 9        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the fifth set's rules and measured once: 0.600 / 0.545; its
            # misses seen since
            bcs-holdout-6/  | 11       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the sixth set's rules and measured once: 0.750 / 0.600; its
            # misses seen since (a lede's witness named by pseudonym in the next paragraph two sessions after)
            bcs-holdout-7/  | 10       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the seventh set's rules and measured once: 0.571 / 0.444;
            # its misses seen since (a minister's portfolio with a comma in it the session after)
            bcs-holdout-8/  | 9        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the eighth set's rules and measured once: 0.818 / 0.750; its
            # misses seen since
            bcs-holdout-9/  | 12       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the ninth set's rules and measured once: 0.818 / 0.692; its
            # misses seen since
            bcs-holdout-10/ | 13       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the tenth set's rules and measured once: 0.857 / 0.667; its
            # misses seen since
            bcs-holdout-11/ | 9        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the eleventh set's rules and measured once: 0.700 / 0.700;
            # its misses seen since
            bcs-holdout-12/ | 10       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the twelfth set's rules and measured once: 1.000 / 0.909;
            # its miss seen since
            bcs-holdout-13/ | 11       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the thirteenth set's rules and measured once: 0.667 / 0.667;
            # its misses seen since
            bcs-holdout-14/ | 9        | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the fourteenth set's rules and measured once: 1.000 / 0.700;
            # its misses seen since
            bcs-holdout-15/ | 10       | 1.0       | 1.0
            # Bosnian, Croatian and Serbian: written after the fifteenth set's rules and measured once: 0.800 / 0.800;
            # its misses seen since
            bcs-holdout-16/ | 10       | 1.0       | 1.0
            # Bosnian, Croatian, Serbian: written after the sixteenth set's rules and measured once: 0.778 / 0.700;
            # its misses seen since
            bcs-holdout-17/ | 10       | 1.0       | 1.0
            # Bosnian, Croatian, Serbian: written after the seventeenth set's rules and measured once: 0.333 / 0.250;
            # its misses seen since
            bcs-holdout-18/ | 8        | 1.0       | 1.0
            # Bosnian, Croatian, Serbian: written after the session's court-reporting rounds and measured once: 0.400 /
            # 0.250; its misses seen since (the gerund of saying after another verb since the twenty-fifth session)
            bcs-holdout-19/ | 8        | 1.0       | 1.0
            # Bosnian, Croatian, Serbian: court reporting in Sarajevo and Belgrade, written after the twenty-fourth
            # session and measured once: 0.714 / 0.455; its misses seen since
            bcs-holdout-20/ | 11       | 1.0       | 1.0
            # Bosnian, Croatian, Serbian: trials in Split and Podgorica, written after the twentieth set's rules and
            # measured once: 1.000 / 0.714; its misses seen since
            bcs-holdout-21/ | 7        | 1.0       | 1.0
            # BCS: parliaments in Sarajevo and Belgrade and posts, written in the twenty-sixth session, and measured
            # once: 1.000 / 0.375; its misses seen since
            bcs-holdout-22/ | 8        | 1.0       | 1.0
            # BCS: the politics register's second round, written after the first round's rules, and measured once: 1.000
            # / 0.889; its miss seen since
            bcs-holdout-23/ | 9        | 1.0       | 1.0
            # BCS: the conflict register, written in the twenty-sixth session, and measured once: 1.000 / 1.000; no rule
            # made on it
            bcs-holdout-24/ | 9        | 1.0       | 1.0
            # BCS: the conflict register's second round, written after the first round's rules, and measured once: 0.857
            # / 0.857; its miss seen since
            bcs-holdout-25/ | 7        | 1.0       | 1.0
            # BCS: rights reports, a new register written in the twenty-sixth session, and measured once: 1.000 / 0.800;
            # its miss seen since
            bcs-holdout-26/ | 5        | 1.0       | 1.0
            # BCS: the rights-reports register's second round, written in the twenty-seventh session after the first
            # round's rules, and measured once: 1.000 / 0.800; its miss seen since
            bcs-holdout-27/ | 5        | 1.0       | 1.0
            # BCS: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 / 1.000;
            # no rule made on it
            bcs-holdout-28/ | 5        | 1.0       | 1.0
            # BCS: the feature, a new register written in the twenty-seventh session, and measured once: 1.000 / 0.200;
            # its misses seen since
            bcs-holdout-29/ | 5        | 1.0       | 1.0
            # BCS: the feature, second round, written in the twenty-eighth session, and measured once: 1.000 / 0.667;
            # its misses seen since
            bcs-holdout-30/ | 6        | 1.0       | 1.0
            # BCS: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            bcs-holdout-31/ | 6        | 1.0       | 1.0
            # BCS: the interview in question-and-answer form, written in the twenty-eighth session, and measured
            # once: nothing found (no rule for it yet); its misses seen since
            bcs-holdout-32/ | 4        | 1.0       | 1.0
            # BCS: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its misses seen since
            bcs-holdout-33/ | 5        | 1.0       | 1.0
            # BCS: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 / 1.000
            # (role 0.800); its miss seen since
            bcs-holdout-34/ | 5        | 1.0       | 1.0
            # BCS: migration, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no rule
            # made on it
            bcs-holdout-35/ | 5        | 1.0       | 1.0
            # BCS: education, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no rule
            # made on it
            bcs-holdout-36/ | 5        | 1.0       | 1.0
            # Albanian: the development set the edition's rules were made on
            sq/             | 12       | 1.0       | 1.0
            # Albanian: written with the development set, before any Albanian rule, and measured once: 1.000 / 1.000 (the
            # same hand wrote both sets at the same time, so the figure says little)
            sq-holdout/     | 11       | 1.0       | 1.0
            # Albanian: written after the first held-out set was read and measured once: 0.750 / 0.500; its misses seen
            # since
            sq-holdout-2/   | 12       | 1.0       | 1.0
            # Albanian: written after the second held-out set's rules and measured once: 0.714 / 0.625 (one body's label
            # changed after, to the sets' convention); its misses seen since
            sq-holdout-3/   | 8        | 1.0       | 1.0
            # Albanian: written after the third set's rules and measured once: 1.000 / 1.000
            sq-holdout-4/   | 9        | 1.0       | 1.0
            # Albanian: written after the fourth set's rules and measured once: 0.667 / 0.667; its misses seen since
            sq-holdout-5/   | 9        | 1.0       | 1.0
            # Albanian: written after the fifth set's rules and measured once: 1.000 / 0.909; its miss seen since
            sq-holdout-6/   | 11       | 1.0       | 1.0
            # Albanian: written after the sixth set's rules and measured once: 1.000 / 1.000, no rule made on it
            sq-holdout-7/   | 9        | 1.0       | 1.0
            # Albanian: written after the seventh set's rules and measured once: 1.000 / 0.800; its misses seen since
            sq-holdout-8/   | 10       | 1.0       | 1.0
            # Albanian: written after the eighth set's rules and measured once: 0.667 / 0.667; its misses seen since
            sq-holdout-9/   | 9        | 1.0       | 1.0
            # Albanian: written after the ninth set's rules and measured once: 1.000 / 1.000, no rule made on it
            sq-holdout-10/  | 9        | 1.0       | 1.0
            # Albanian: written after the eleventh Macedonian set's rules and measured once: 0.857 / 0.750; its misses
            # seen since
            sq-holdout-11/  | 8        | 1.0       | 1.0
            # Albanian: court reporting in Tirana and Pristina, written after the twenty-fourth session and measured
            # once: 0.500 / 0.250; its misses seen since
            sq-holdout-12/  | 8        | 1.0       | 1.0
            # Albanian: trials in Shkodër and Pristina, written after the twelfth set's rules and measured once: 1.000 /
            # 0.333; its misses seen since
            sq-holdout-13/  | 6        | 1.0       | 1.0
            # Albanian: the Assembly in Tirana, a campaign in Kosovo and posts, written in the twenty-sixth session, and
            # measured once: 1.000 / 0.750; its misses seen since
            sq-holdout-14/  | 8        | 1.0       | 1.0
            # Albanian: the politics register's second round, written after the first round's rules, and measured once:
            # 0.875 / 0.875; its miss seen since
            sq-holdout-15/  | 8        | 1.0       | 1.0
            # Albanian: the conflict register, written in the twenty-sixth session, and measured once: 0.833 / 0.714;
            # its misses seen since
            sq-holdout-16/  | 7        | 1.0       | 1.0
            # Albanian: the conflict register's second round, written after the first round's rules, and measured once:
            # 0.833 / 0.714; its misses seen since
            sq-holdout-17/  | 7        | 1.0       | 1.0
            # Albanian: rights reports, a new register written in the twenty-sixth session, and measured once: 0.600 /
            # 0.500; its misses seen since
            sq-holdout-18/  | 6        | 1.0       | 1.0
            # Albanian: the rights-reports register's second round, written in the twenty-seventh session after the
            # first round's rules, and measured once: 0.750 / 0.600; its misses seen since
            sq-holdout-19/  | 5        | 1.0       | 1.0
            # Albanian: the economy, a new register written in the twenty-seventh session, and measured once: 0.800 /
            # 0.800; its miss seen since
            sq-holdout-20/  | 5        | 1.0       | 1.0
            # Albanian: the feature, a new register written in the twenty-seventh session, and measured once: 0.333 /
            # 0.200; its misses seen since
            sq-holdout-21/  | 5        | 1.0       | 1.0
            # Albanian: the feature, second round, written in the twenty-eighth session, and measured once:
            # 1.000 / 0.500;
            # its misses seen since
            sq-holdout-22/  | 6        | 1.0       | 1.0
            # Albanian: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            sq-holdout-23/  | 5        | 1.0       | 1.0
            # Albanian: the interview in question-and-answer form, written in the twenty-eighth session, and measured
            # once: nothing found (no rule for it yet); its misses seen since
            sq-holdout-24/  | 2        | 1.0       | 1.0
            # Albanian: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.600; its misses seen since
            sq-holdout-25/  | 5        | 1.0       | 1.0
            # Albanian: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its miss seen since
            sq-holdout-26/  | 5        | 1.0       | 1.0
            # Albanian: migration, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            sq-holdout-27/  | 5        | 1.0       | 1.0
            # Albanian: education, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            sq-holdout-28/  | 4        | 1.0       | 1.0
            # Macedonian: the development set the edition's rules were made on
            mk/             | 12       | 1.0       | 1.0
            # Macedonian: written with the development set, before any Macedonian rule, and measured once: 0.857 /
            # 0.600; its misses seen since
            mk-holdout/     | 10       | 1.0       | 1.0
            # Macedonian: written after the first held-out set's rules and measured once: 0.833 / 0.556; its misses
            # seen since
            mk-holdout-2/   | 9        | 1.0       | 1.0
            # Macedonian: written after the second held-out set's rules and measured once: 1.000 / 0.571; its misses
            # seen since
            mk-holdout-3/   | 7        | 1.0       | 1.0
            # Macedonian: written after the third set's rules and measured once: 1.000 / 1.000
            mk-holdout-4/   | 9        | 1.0       | 1.0
            # Macedonian: written after the fourth set's rules and measured once: 0.778 / 0.778; its misses seen since
            mk-holdout-5/   | 9        | 1.0       | 1.0
            # Macedonian: written after the fifth set's rule and measured once: 1.000 / 0.818; its misses seen since
            mk-holdout-6/   | 11       | 1.0       | 1.0
            # Macedonian: written after the sixth set's rules and measured once: 1.000 / 0.889; its miss seen since
            mk-holdout-7/   | 9        | 1.0       | 1.0
            # Macedonian: written after the seventh set's rules and measured once: 0.778 / 0.700; its misses seen since
            mk-holdout-8/   | 10       | 1.0       | 1.0
            # Macedonian: written after the eighth set's rules and measured once: 1.000 / 0.750; its misses seen since
            mk-holdout-9/   | 8        | 1.0       | 1.0
            # Macedonian: written after the ninth set's rules and measured once: 1.000 / 1.000, no rule made on it
            mk-holdout-10/  | 10       | 1.0       | 1.0
            # Macedonian: written after the eighteenth BCS set's rules and measured once: 0.750 / 0.375; its misses
            # seen since
            mk-holdout-11/  | 8        | 1.0       | 1.0
            # Macedonian: court reporting in Skopje and Gostivar, written after the twenty-fourth session and measured
            # once: 0.750 / 0.375; its misses seen since
            mk-holdout-12/  | 8        | 1.0       | 1.0
            # Macedonian: trials in Skopje and Bitola, written after the twelfth set's rules and measured once: 1.000 /
            # 0.500; its misses seen since
            mk-holdout-13/  | 6        | 1.0       | 1.0
            # Macedonian: the Assembly, a local campaign and posts, written in the twenty-sixth session, and measured
            # once: 1.000 / 0.714; its misses seen since
            mk-holdout-14/  | 7        | 1.0       | 1.0
            # Macedonian: the politics register's second round, written after the first round's rules, and measured
            # once: 1.000 / 1.000; no rule made on it
            mk-holdout-15/  | 7        | 1.0       | 1.0
            # Macedonian: the conflict register, written in the twenty-sixth session, and measured once: 0.833 / 0.714;
            # its misses seen since, all but an unnamed young Afghan without "еден" before him
            mk-holdout-16/  | 7        | 0.857     | 0.857
            # Macedonian: the conflict register's second round, written after the first round's rules, and measured
            # once: 1.000 / 0.833; its miss seen since
            mk-holdout-17/  | 6        | 1.0       | 1.0
            # Macedonian: rights reports, a new register written in the twenty-sixth session, and measured once: 1.000 /
            # 0.800; its miss seen since
            mk-holdout-18/  | 5        | 1.0       | 1.0
            # Macedonian: the rights-reports register's second round, written in the twenty-seventh session after the
            # first round's rules, and measured once: 1.000 / 1.000; no rule made on it
            mk-holdout-19/  | 5        | 1.0       | 1.0
            # Macedonian: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 1.000; no rule made on it
            mk-holdout-20/  | 5        | 1.0       | 1.0
            # Macedonian: the feature, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 0.600; its misses seen since
            mk-holdout-21/  | 5        | 1.0       | 1.0
            # Macedonian: the feature, second round, written in the twenty-eighth session, and measured once:
            # 1.000 / 0.833;
            # its misses seen since
            mk-holdout-22/  | 6        | 1.0       | 1.0
            # Macedonian: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            mk-holdout-23/  | 5        | 1.0       | 1.0
            # Macedonian: the interview in question-and-answer form, written in the twenty-eighth session, and measured
            # once: nothing found (no rule for it yet); its misses seen since
            mk-holdout-24/  | 2        | 1.0       | 1.0
            # Macedonian: the environment, a new register written in the twenty-ninth session, and measured once: 1.000
            # / 0.600; its misses seen since
            mk-holdout-25/  | 5        | 1.0       | 1.0
            # Macedonian: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its miss seen since
            mk-holdout-26/  | 5        | 1.0       | 1.0
            # Macedonian: migration, a new register written in the thirtieth session, and measured once: 0.800 / 0.800;
            # its miss seen since
            mk-holdout-27/  | 5        | 1.0       | 1.0
            # Macedonian: education, a new register written in the thirtieth session, and measured once: 0.667 / 0.500;
            # its misses seen since
            mk-holdout-28/  | 4        | 1.0       | 1.0
            # Persian (Dari): the development set the edition's rules were made on
            fa/             | 20       | 1.0       | 1.0
            # Persian (Dari): written with the development set, before any Persian rule, and measured once: 1.000 /
            # 1.000, role 0.933 (the same hand wrote both sets at the same time, so the figure says little); its miss
            # seen since
            fa-holdout/     | 15       | 1.0       | 1.0
            # Persian (Dari): written after the first held-out set's rules and measured once: 1.000 / 0.875, role
            # 0.929; its misses seen since
            fa-holdout-2/   | 16       | 1.0       | 1.0
            # Persian (Dari): written after the second held-out set's rules and measured once: 0.818 / 0.692, role
            # 0.889; its misses seen since
            fa-holdout-3/   | 13       | 1.0       | 1.0
            # Persian (Dari): written after the third held-out set's rules and measured once: 1.000 / 0.643, role
            # 0.889; its misses seen since
            fa-holdout-4/   | 14       | 1.0       | 1.0
            # Persian (Dari): written after the fourth held-out set's rules and measured once: 0.727 / 0.667, role
            # 1.000; its misses seen since
            fa-holdout-5/   | 12       | 1.0       | 1.0
            # Persian (Dari): written after the fifth held-out set's rules and measured once: 0.900 / 0.818, role
            # 0.778; its misses seen since
            fa-holdout-6/   | 11       | 1.0       | 1.0
            # Persian (Dari): written after the sixth held-out set's rules and measured once: 0.750 / 0.500, role
            # 0.667; its misses seen since
            fa-holdout-7/   | 6        | 1.0       | 1.0
            # Persian (Dari): written after the seventh held-out set's rules and measured once: 1.000 / 0.667, role
            # 1.000; its misses seen since
            fa-holdout-8/   | 12       | 1.0       | 1.0
            # Persian (Dari): written after the eighth held-out set's rules and measured once: 1.000 / 1.000, role
            # 0.875
            fa-holdout-9/   | 8        | 1.0       | 1.0
            # Persian (Dari): written after the ninth held-out set's rules and measured once: 1.000 / 0.636, role
            # 0.857; its misses seen since
            fa-holdout-10/  | 11       | 1.0       | 1.0
            # Persian (Dari): written after the tenth set's rules and measured once: 1.000 / 1.000
            fa-holdout-11/  | 10       | 1.0       | 1.0
            # Persian (Dari): written after the eleventh set was measured and measured once: 0.857 / 0.667; its misses
            # seen since
            fa-holdout-12/  | 9        | 1.0       | 1.0
            # Persian (Dari): written after the twelfth set's rules and measured once: 1.000 / 0.778; its misses seen
            # since
            fa-holdout-13/  | 9        | 1.0       | 1.0
            # Persian (Dari): written after the thirteenth set's rules and measured once: 1.000 / 1.000, no rule made on it
            fa-holdout-14/  | 9        | 1.0       | 1.0
            # Persian (Dari): written after the fourteenth set's rules and measured once: 1.000 / 0.625; its misses
            # seen since
            fa-holdout-15/  | 8        | 1.0       | 1.0
            # Persian: a Taliban decree (Dari), a debate in Iran's parliament (Iranian Persian), written in
            # the twenty-sixth session, and measured once: 1.000 / 1.000; no rule made on it
            fa-holdout-16/  | 8        | 1.0       | 1.0
            # Persian: the politics register's second round, written after the first round's rules, and measured once:
            # 1.000 / 0.875 (role 0.857); its misses seen since
            fa-holdout-17/  | 8        | 1.0       | 1.0
            # Persian: the conflict register, written in the twenty-sixth session, and measured once: 0.833 / 0.714; its
            # misses seen since
            fa-holdout-18/  | 7        | 1.0       | 1.0
            # Persian: the conflict register's second round, written after the first round's rules, and measured once:
            # 0.857 / 0.857; its miss seen since
            fa-holdout-19/  | 7        | 1.0       | 1.0
            # Persian: rights reports, a new register written in the twenty-sixth session, and measured once: 0.750 /
            # 0.600; its misses seen since
            fa-holdout-20/  | 5        | 1.0       | 1.0
            # Persian: the rights-reports register's second round, written in the twenty-seventh session after the first
            # round's rules, and measured once: 1.000 / 1.000; no rule made on it
            fa-holdout-21/  | 5        | 1.0       | 1.0
            # Persian: the economy, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 0.800; its miss seen since
            fa-holdout-22/  | 5        | 1.0       | 1.0
            # Persian: the feature, a new register written in the twenty-seventh session, and measured once: 1.000 /
            # 0.600; its misses seen since
            fa-holdout-23/  | 5        | 1.0       | 1.0
            # Persian: the feature, second round, written in the twenty-eighth session, and measured once:
            # 1.000 / 0.667;
            # its misses seen since
            fa-holdout-24/  | 6        | 1.0       | 1.0
            # Persian: health, a new register written in the twenty-eighth session, and measured once:
            # 1.000 / 1.000; no rule made on it
            fa-holdout-25/  | 5        | 1.0       | 1.0
            # Persian: the environment, a new register written in the twenty-ninth session, and measured once: 1.000 /
            # 0.800; its misses seen since
            fa-holdout-26/  | 5        | 1.0       | 1.0
            # Persian: the economy's second round, written in the twenty-ninth session, and measured once: 1.000 /
            # 1.000; no rule made on it
            fa-holdout-27/  | 5        | 1.0       | 1.0
            # Persian: interviews in question-and-answer form, written in the twenty-ninth session, and measured once:
            # nothing found (the convention not yet read in the language); its misses seen since
            fa-holdout-28/  | 3        | 1.0       | 1.0
            # Persian: migration, a new register written in the thirtieth session, and measured once: 1.000 / 1.000; no
            # rule made on it
            fa-holdout-29/  | 5        | 1.0       | 1.0
            # Persian: education, a new register written in the thirtieth session, and measured once: 0.750 / 0.750; its
            # miss seen since
            fa-holdout-30/  | 4        | 1.0       | 1.0
            """)
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
