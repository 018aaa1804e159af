package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text in the Arabic script as the Arabic and Persian finders read it: cut into sentences, and folded for comparison
 * with a map back to the text as written. Both languages write short vowels, tatweel and the zero-width non-joiner
 * ("می‌گوید", "میگوید") or leave them out, and the forms of alef vary from one writer to the next; Persian writers
 * also use the Arabic yeh and kaf for the Persian ones, and "ۀ" for a final heh with ezafe.
 */
final class ArabicScript {

    /** How a text is folded: Arabic's letters as they are, or Persian's with the Arabic yeh and kaf made Persian. */
    enum Folding { ARABIC, PERSIAN }

    private ArabicScript() {
    }

    /** What reads one sentence, folded, of a paragraph: its attribution, or null. */
    interface SentenceReader {
        Attribution read(Folded sentence, int paragraph);
    }

    /**
     * The attributions of an article's paragraphs: a paragraph that only continues the person before is theirs
     * ({@link QuoteContinuation}), any other is cut into sentences, each folded and read; none is the authors'.
     */
    static List<Attribution> attributions(List<String> paragraphs, List<String> authors, Folding folding,
                                          SentenceReader reader) {
        Set<String> authorKeys = authors.stream().map(SourceNames::key).collect(Collectors.toSet());
        List<Attribution> found = new ArrayList<>();
        QuoteContinuation.read(paragraphs, found, ArabicScript::sentences, (sentence, paragraph) -> {
            Attribution attribution = reader.read(Folded.of(sentence, folding), paragraph);
            if (attribution != null && !authorKeys.contains(SourceNames.key(attribution.source()))) {
                found.add(attribution);
            }
        });
        return found;
    }

    /**
     * The sentences of a paragraph: split after a full stop, question or exclamation mark outside quotation marks,
     * each without the mark that ends it, and after a quotation mark that closes right after one, with it.
     */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int depth = 0;
        boolean straight = false;
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            switch (c) {
                case '«', '“' -> depth++;
                case '»', '”' -> depth = Math.max(0, depth - 1);
                case '"' -> straight = !straight;
                default -> {
                }
            }
            boolean ends = (c == '.' || c == '!' || c == '؟' || c == '?') && depth == 0 && !straight
                    && (i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1)));
            // "X می‌گوید: «... است.» او افزود": a quote closing right after its own stop ends the sentence too, marks
            // and all, when words before it opened the sentence ("«... .» این را X گفت": a sentence opened by the quote
            // goes on to say whose it is)
            boolean endsQuoted = (c == '»' || c == '”' || c == '"') && depth == 0 && !straight && i > start
                    && ".!?؟".indexOf(paragraph.charAt(i - 1)) >= 0
                    && i + 1 < paragraph.length() && Character.isWhitespace(paragraph.charAt(i + 1))
                    && "«“\"".indexOf(paragraph.substring(start, i).strip().charAt(0)) < 0;
            if (ends) {
                addSentence(sentences, paragraph.substring(start, i));
                start = i + 1;
            } else if (endsQuoted) {
                addSentence(sentences, paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        addSentence(sentences, paragraph.substring(start));
        return sentences;
    }

    private static void addSentence(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }

    /** Reported words without the mark that ends their sentence, as the article writes them. */
    static String reportedWords(String text) {
        return text.strip().replaceAll("[.!؟]+$", "").strip();
    }

    /** Quoted words without the full stop inside the marks; a question or exclamation keeps its mark. */
    static String quotedWords(String text) {
        return text.strip().replaceAll("\\.+$", "").strip();
    }

    /**
     * Short vowels, shadda, sukun, tanween, hamza above and below, the dagger alef, tatweel and the zero-width
     * non-joiner: written or not, the word is the same.
     */
    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200C';
    }

    private static char fold(char c, Folding folding) {
        if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
            return 'ا';
        }
        if (c == 'ؤ') {
            return 'و'; // "مؤسسه" and "موسسه", "مسؤول" and "مسوول": the hamza on its seat written or not
        }
        if (folding == Folding.PERSIAN) {
            return switch (c) {
                case 'ي', 'ى' -> 'ی';
                case 'ك' -> 'ک';
                case 'ۀ', 'ة' -> 'ه';
                default -> c;
            };
        }
        return c;
    }

    /** A sentence folded for matching, with where each folded character stands in the sentence as written. */
    record Folded(String original, String text, int[] at) {

        static Folded of(String original, Folding folding) {
            StringBuilder text = new StringBuilder(original.length());
            int[] at = new int[original.length() + 1];
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (!isMark(c)) {
                    at[text.length()] = i;
                    text.append(fold(c, folding));
                }
            }
            at[text.length()] = original.length();
            return new Folded(original, text.toString(), at);
        }

        /** The written text of folded characters start to end, with the marks that follow the last. */
        String original(int start, int end) {
            return start >= end ? "" : original.substring(at[start], at[end]);
        }
    }
}
