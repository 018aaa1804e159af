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

    /**
     * A sentence that is only a quote: in guillemets, in double quotation marks (the low opening one of Bosnian,
     * Croatian, Serbian and Macedonian too) or a line of dialogue after a dash, with nothing else but a closing stop.
     * A dialogue line that goes on after a comma and a dash ("— ..., — сказал он") has someone's words in it and is
     * not one.
     */
    private static final Pattern SENTENCE_QUOTE_ALONE = Pattern.compile(
            "^(?:[«\"\u201c\u201e]([^«»\"\u201c\u201d\u201e]{2,})[»\"\u201c\u201d]\\s*[.!?]?"
                    + "|[\u2014\u2013]\\s+((?:(?![,!?]\\s[\u2014\u2013])[^«»\"\u201c\u201d\u201e]){2,}))$");

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
        return Optional.of(new Attribution(before.source(), before.sourceKind(), null,
                withoutFullStop(alone.group(1).strip()), QuotationKind.DIRECT, null, index));
    }

    /** Quoted words without the full stop that closes them ("..." stays). */
    private static String withoutFullStop(String text) {
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    /** Reported words, then a colon and a quote that ends the sentence: "..., that X: «Y»". */
    private static final Pattern REPORTED_THEN_QUOTE = Pattern.compile(
            "^(?<reported>[^«»\"\u201c\u201d\u201e]{2,}?)\\s*:\\s*(?<quote>[«\"\u201c\u201e].*)$");

    /**
     * Reported words that run on after a colon into a quote ("Пенсионерка X говорит, что очки ей не по карману:
     * «Пенсия — ...»"; "She says glasses are beyond her: “My pension ...”") are two attributions of one source under
     * one cue: what was reported, then the quote, direct, without the role given with the first.
     */
    static List<Attribution> splitReportedThenQuoted(List<Attribution> found) {
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            Matcher split = a.kind() == QuotationKind.INDIRECT ? REPORTED_THEN_QUOTE.matcher(a.text()) : null;
            if (split == null || !split.matches()) {
                continue;
            }
            Optional<String> quote = quoteAlone(split.group("quote"));
            if (quote.isPresent()) {
                found.set(i, new Attribution(a.source(), a.sourceKind(), a.role(), split.group("reported").strip(),
                        QuotationKind.INDIRECT, a.cue(), a.paragraph()));
                found.add(++i, new Attribution(a.source(), a.sourceKind(), null, quote.get(), QuotationKind.DIRECT,
                        a.cue(), a.paragraph()));
            }
        }
        return found;
    }

    /** The words of a sentence that is nothing but a quote, without a closing full stop. */
    static Optional<String> quoteAlone(String sentence) {
        Matcher alone = SENTENCE_QUOTE_ALONE.matcher(sentence.strip());
        if (!alone.matches()) {
            return Optional.empty();
        }
        String text = withoutFullStop((alone.group(1) != null ? alone.group(1) : alone.group(2)).strip()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
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
            // what the sentence before this one attributed, where it attributed something
            Attribution spoken = null;
            for (String sentence : sentences.apply(paragraphs.get(p).strip())) {
                int before = found.size();
                reader.accept(sentence, p);
                if (found.size() > before) {
                    Attribution last = found.get(found.size() - 1);
                    spoken = last.paragraph() == p ? last : null;
                    continue;
                }
                Optional<String> words = spoken == null ? Optional.empty() : quoteAlone(sentence);
                if (words.isEmpty()) {
                    spoken = null;
                    continue;
                }
                // "«...», — говорит X. «...»." and "„...“, вели X, ... „...“": a quote standing alone right after
                // someone's words in the same paragraph goes on with them, under the same cue
                spoken = new Attribution(spoken.source(), spoken.sourceKind(), null, words.get(), QuotationKind.DIRECT,
                        spoken.cue(), p);
                found.add(spoken);
            }
        }
    }
}
