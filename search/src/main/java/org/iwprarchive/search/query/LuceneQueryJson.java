package org.iwprarchive.search.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;

/**
 * A query the query parser built (with the index's own analysis, {@link org.iwprarchive.search.index.LuceneAnalysis})
 * in OpenSearch's query DSL, term for term: the words are analysed once, here, so both backends look for the same
 * words. Phrases go as {@code match_phrase} over their analysed words split at white space (a phrase's scoring, as
 * in Lucene); a gap a stop word left in a Russian or Arabic phrase becomes slop, so such a phrase also matches its
 * words with as many other words between them. Variants at one position (spelling variants of a name) are any of
 * the terms, scored each by itself rather than blended.
 */
final class LuceneQueryJson {

    /** A phrase with variants at several positions is any of its spellings, up to this many. */
    private static final int MAX_PHRASE_SPELLINGS = 64;

    private LuceneQueryJson() {
    }

    static JsonObject of(Query query) {
        if (query instanceof BoostQuery boosted) {
            JsonObject bool = new JsonObject();
            JsonArray must = new JsonArray();
            must.add(of(boosted.getQuery()));
            bool.add("must", must);
            bool.addProperty("boost", boosted.getBoost());
            return wrap("bool", bool);
        }
        if (query instanceof TermQuery term) {
            return term(term.getTerm());
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof SynonymQuery synonyms) {
            JsonObject bool = new JsonObject();
            JsonArray should = new JsonArray();
            synonyms.getTerms().forEach(term -> should.add(term(term)));
            bool.add("should", should);
            return wrap("bool", bool);
        }
        if (query instanceof PhraseQuery phrase) {
            List<String> words = new ArrayList<>();
            for (Term term : phrase.getTerms()) {
                words.add(term.text());
            }
            int[] positions = phrase.getPositions();
            int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (positions.length - 1);
            return phrase(phrase.getField(), words, phrase.getSlop() + gaps);
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return multiPhrase(phrase);
        }
        if (query instanceof PrefixQuery prefix) {
            return valued("prefix", prefix.getField(), prefix.getPrefix().text());
        }
        if (query instanceof FuzzyQuery fuzzy) {
            JsonObject value = new JsonObject();
            value.addProperty("value", fuzzy.getTerm().text());
            value.addProperty("fuzziness", fuzzy.getMaxEdits());
            value.addProperty("prefix_length", fuzzy.getPrefixLength());
            value.addProperty("transpositions", fuzzy.getTranspositions());
            value.addProperty("max_expansions", FuzzyQuery.defaultMaxExpansions);
            return wrap("fuzzy", field(fuzzy.getField(), value));
        }
        if (query instanceof DisjunctionMaxQuery disjunction) {
            JsonObject max = new JsonObject();
            JsonArray queries = new JsonArray();
            disjunction.getDisjuncts().forEach(part -> queries.add(of(part)));
            max.add("queries", queries);
            max.addProperty("tie_breaker", disjunction.getTieBreakerMultiplier());
            return wrap("dis_max", max);
        }
        if (query instanceof MatchAllDocsQuery) {
            return wrap("match_all", new JsonObject());
        }
        if (query instanceof MatchNoDocsQuery) {
            return wrap("match_none", new JsonObject());
        }
        if (query instanceof SpanQuery span) {
            return span(span);
        }
        throw new IllegalArgumentException("a query of this form has no OpenSearch equivalent here: "
                + query.getClass().getSimpleName());
    }

    private static JsonObject bool(BooleanQuery query) {
        JsonObject bool = new JsonObject();
        boolean positive = false;
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
            if (!bool.has(occur)) {
                bool.add(occur, new JsonArray());
            }
            bool.getAsJsonArray(occur).add(of(clause.getQuery()));
        }
        if (!positive) {
            // Lucene matches nothing with exclusions alone, where OpenSearch would match everything else
            return wrap("match_none", new JsonObject());
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.addProperty("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        return wrap("bool", bool);
    }

    private static JsonObject multiPhrase(MultiPhraseQuery phrase) {
        Term[][] positions = phrase.getTermArrays();
        int[] at = phrase.getPositions();
        int gaps = at.length == 0 ? 0 : at[at.length - 1] - at[0] - (at.length - 1);
        List<List<String>> spellings = new ArrayList<>();
        spellings.add(List.of());
        for (Term[] position : positions) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> spelling : spellings) {
                for (Term term : position) {
                    if (longer.size() < MAX_PHRASE_SPELLINGS) {
                        List<String> next = new ArrayList<>(spelling);
                        next.add(term.text());
                        longer.add(next);
                    }
                }
            }
            spellings = longer;
        }
        String field = positions[0][0].field();
        JsonObject bool = new JsonObject();
        JsonArray should = new JsonArray();
        spellings.forEach(words -> should.add(phrase(field, words, phrase.getSlop() + gaps)));
        bool.add("should", should);
        return wrap("bool", bool);
    }

    private static JsonObject phrase(String field, List<String> words, int slop) {
        JsonObject value = new JsonObject();
        value.addProperty("query", String.join(" ", words));
        // the words are analysed already: split at white space, they stay as they are
        value.addProperty("analyzer", "whitespace");
        value.addProperty("slop", slop);
        return wrap("match_phrase", field(field, value));
    }

    private static JsonObject span(SpanQuery query) {
        if (query instanceof SpanTermQuery term) {
            return valued("span_term", term.getField(), term.getTerm().text());
        }
        if (query instanceof SpanNearQuery near) {
            JsonObject body = new JsonObject();
            body.add("clauses", spans(near.getClauses()));
            body.addProperty("slop", near.getSlop());
            body.addProperty("in_order", near.isInOrder());
            return wrap("span_near", body);
        }
        if (query instanceof SpanOrQuery or) {
            JsonObject body = new JsonObject();
            body.add("clauses", spans(or.getClauses()));
            return wrap("span_or", body);
        }
        throw new IllegalArgumentException("a span query of this form has no OpenSearch equivalent here: "
                + query.getClass().getSimpleName());
    }

    private static JsonArray spans(SpanQuery[] queries) {
        JsonArray clauses = new JsonArray();
        for (SpanQuery clause : queries) {
            clauses.add(span(clause));
        }
        return clauses;
    }

    private static JsonObject term(Term term) {
        return valued("term", term.field(), term.text());
    }

    /** A query of one value on one field: {@code {type: {field: {"value": text}}}}. */
    private static JsonObject valued(String type, String field, String text) {
        JsonObject value = new JsonObject();
        value.addProperty("value", text);
        return wrap(type, field(field, value));
    }

    private static JsonObject field(String name, JsonObject value) {
        JsonObject field = new JsonObject();
        field.add(name, value);
        return field;
    }

    private static JsonObject wrap(String type, JsonObject body) {
        JsonObject query = new JsonObject();
        query.add(type, body);
        return query;
    }
}
