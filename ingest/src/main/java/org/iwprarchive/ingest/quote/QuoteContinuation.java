package org.iwprarchive.ingest.quote;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;

/**
 * A paragraph that is nothing but a quote, right after a paragraph whose words were a person's: the same person goes
 * on ("«Трава есть, ...», — сказал он." then "«Если так будет и дальше, ...»."). The finders of the Russian, Ukrainian
 * and Arabic editions use it; the English finder reads the same shape with its own sentence rules.
 */
final class QuoteContinuation {

    /** A quote in guillemets or in double quotation marks, and nothing else but a closing stop. */
    private static final Pattern QUOTE_ALONE = Pattern.compile(
            "^[«\"\u201c]([^«»\"\u201c\u201d]{2,})[»\"\u201d]\\s*[.!?]?$");

    private QuoteContinuation() {
    }

    /**
     * The attribution of {@code paragraph} when it continues the person quoted in the paragraph before it: the
     * quote's words, without a closing full stop, a direct quote of that person with no cue of its own.
     */
    static Optional<Attribution> of(String paragraph, int index, List<Attribution> found) {
        Matcher alone = QUOTE_ALONE.matcher(paragraph.strip());
        if (!alone.matches() || found.isEmpty()) {
            return Optional.empty();
        }
        Attribution before = found.get(found.size() - 1);
        if (before.paragraph() != index - 1 || before.sourceKind() != SourceKind.PERSON) {
            return Optional.empty();
        }
        String text = alone.group(1).strip();
        if (text.endsWith(".") && !text.endsWith("..")) {
            text = text.substring(0, text.length() - 1);
        }
        return Optional.of(new Attribution(before.source(), before.sourceKind(), null, text, QuotationKind.DIRECT, null,
                index));
    }

    /**
     * Reads an article paragraph by paragraph: a paragraph that continues the person before ({@link #of}) is theirs,
     * any other is cut into sentences, each given to the reader with its paragraph's index.
     *
     * @param found     the attributions found so far, to which a continuation is added
     * @param sentences how the language cuts a paragraph into sentences
     * @param reader    what reads one sentence of a paragraph
     */
    static void read(List<String> paragraphs, List<Attribution> found, Function<String, List<String>> sentences,
                     ObjIntConsumer<String> reader) {
        for (int p = 0; p < paragraphs.size(); p++) {
            Optional<Attribution> continued = of(paragraphs.get(p), p, found);
            if (continued.isPresent()) {
                found.add(continued.get());
                continue;
            }
            for (String sentence : sentences.apply(paragraphs.get(p).strip())) {
                reader.accept(sentence, p);
            }
        }
    }
}
