package org.iwprarchive.api.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iwprarchive.api.article.ArticleResponses.QuotationRef;

/**
 * An article's paragraphs cut into runs of plain text and quotations, so the article page can mark each quotation
 * where it stands and link it to its source. A quotation is found by its words in the paragraph; one whose words do
 * not stand in any paragraph as they are (a paraphrase rebuilt across sentences) is listed apart by the page.
 */
final class QuotedText {

    /** A run of a paragraph: plain text when quotation is null. */
    public record Run(String text, QuotationRef quotation) {
    }

    private QuotedText() {
    }

    /** Each paragraph as runs; every quotation marks at most one place, its first free occurrence. */
    static List<List<Run>> paragraphs(List<String> paragraphs, List<QuotationRef> quotations) {
        List<List<int[]>> taken = new ArrayList<>();
        List<List<QuotationRef>> placed = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            taken.add(new ArrayList<>());
            placed.add(new ArrayList<>());
        }
        for (QuotationRef quotation : quotations) {
            String words = quotation.text() == null ? "" : quotation.text().strip();
            if (words.length() < 2) {
                continue;
            }
            find:
            for (int p = 0; p < paragraphs.size(); p++) {
                String paragraph = paragraphs.get(p);
                for (int at = paragraph.indexOf(words); at >= 0; at = paragraph.indexOf(words, at + 1)) {
                    int start = at;
                    int end = at + words.length();
                    if (taken.get(p).stream().noneMatch(span -> start < span[1] && span[0] < end)) {
                        taken.get(p).add(new int[] {start, end});
                        placed.get(p).add(quotation);
                        break find;
                    }
                }
            }
        }
        List<List<Run>> result = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            result.add(runs(paragraphs.get(p), taken.get(p), placed.get(p)));
        }
        return result;
    }

    /** The quotations that stand in no paragraph as they are. */
    static List<QuotationRef> unplaced(List<List<Run>> paragraphs, List<QuotationRef> quotations) {
        List<QuotationRef> placed = paragraphs.stream().flatMap(List::stream).map(Run::quotation)
                .filter(q -> q != null).toList();
        List<QuotationRef> rest = new ArrayList<>(quotations);
        placed.forEach(rest::remove);
        return rest;
    }

    private static List<Run> runs(String paragraph, List<int[]> spans, List<QuotationRef> quotations) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> spans.get(i)[0]));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (int i : order) {
            int[] span = spans.get(i);
            if (span[0] > at) {
                runs.add(new Run(paragraph.substring(at, span[0]), null));
            }
            runs.add(new Run(paragraph.substring(span[0], span[1]), quotations.get(i)));
            at = span[1];
        }
        if (at < paragraph.length() || runs.isEmpty()) {
            runs.add(new Run(paragraph.substring(at), null));
        }
        return runs;
    }
}
