package org.iwprarchive.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Leaves out a word that repeats the word just before it at the same position: after {@link KeywordRepeatFilter}
 * and a stemmer, a word the stemmer left as it was. What {@link RemoveDuplicatesTokenFilter} leaves out there, where
 * each position holds one word or two in a row, without the set of a position's words that filter keeps, empties and
 * fills again at every word (a fifth of the index writer's analysis of a bulk import).
 */
public final class RepeatedWordFilterFactory extends TokenFilterFactory {

    /** The name Lucene's factory lookup would know it by. */
    public static final String NAME = "iwprRepeatedWord";

    public RepeatedWordFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's factory lookup only. */
    public RepeatedWordFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new RepeatedWordFilter(input);
    }

    static final class RepeatedWordFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private char[] previous = new char[16];
        private int previousLength = -1;

        RepeatedWordFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && previousLength == term.length()
                        && Arrays.equals(previous, 0, previousLength, term.buffer(), 0, term.length())) {
                    continue;
                }
                if (previous.length < term.length()) {
                    previous = new char[term.buffer().length];
                }
                System.arraycopy(term.buffer(), 0, previous, 0, term.length());
                previousLength = term.length();
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            previousLength = -1;
        }
    }
}
