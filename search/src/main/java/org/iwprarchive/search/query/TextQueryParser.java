package org.iwprarchive.search.query;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's simple query parser for the query language's text, over fields that hold the words as written beside
 * their stems ({@link org.iwprarchive.search.index.WordsBinder}), where prefix and fuzzy terms match the words as
 * written ({@code negotiat*} finds "negotiations", whose stem is "negoti"), with fuzziness scaled to the word's
 * length as Elasticsearch's {@code AUTO} does: none under three letters, one edit under six, two from six. A fuzzy term keeps its first letter and is never a function word,
 * so that {@code nato~} does not match "to", "at" and "not".
 */
final class TextQueryParser extends SimpleQueryParser {

    /** Words too common to look for approximately: a fuzzy one is looked for as written. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "not", "of", "on",
            "or", "she", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "who", "will",
            "with");

    /**
     * @param analyzer the search's analysis, by field
     * @param weights  the fields to search and their boosts
     */
    TextQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    @Override
    protected Query newPrefixQuery(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            BytesRef prefix = getAnalyzer().normalize(field.getKey(), text);
            any.add(boosted(new PrefixQuery(new Term(field.getKey(), prefix)), field.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return simplify(any.build());
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        int edits = Math.min(fuzziness, edits(text));
        if (edits == 0 || FUNCTION_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return newDefaultQuery(text);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            BytesRef word = getAnalyzer().normalize(field.getKey(), text);
            any.add(boosted(new FuzzyQuery(new Term(field.getKey(), word), edits, 1), field.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return simplify(any.build());
    }

    /** The edits a fuzzy word of this length may take. */
    static int edits(String word) {
        int letters = word.codePointCount(0, word.length());
        return letters < 3 ? 0 : letters < 6 ? 1 : 2;
    }

    private static Query boosted(Query query, float weight) {
        return weight == 1f ? query : new BoostQuery(query, weight);
    }
}
