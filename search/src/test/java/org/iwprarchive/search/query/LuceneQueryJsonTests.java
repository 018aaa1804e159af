package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.LuceneAnalysis;
import org.junit.jupiter.api.Test;

/** Queries of the query language, parsed with the index's analysis, in OpenSearch's query DSL. */
class LuceneQueryJsonTests {

    private static final Map<String, Float> FIELDS = Map.of(IndexFields.BODY_WORDS, 1.0f);

    private static Query parse(String text, Map<String, Float> fields) {
        return new TextQueryParser(LuceneAnalysis.searchAnalyzer(), fields).parse(text);
    }

    private static JsonObject json(String text) {
        return LuceneQueryJson.of(parse(text, FIELDS));
    }

    @Test
    void wordsAreTermsOfTheirStemsAllRequired() {
        assertThat(json("negotiations Tashkent")).isEqualTo(JsonParser.parseString("""
                {"bool": {"must": [{"term": {"bodyWords": {"value": "negoti"}}},
                                   {"term": {"bodyWords": {"value": "tashkent"}}}]}}""").getAsJsonObject());
    }

    @Test
    void aPhraseIsAPhraseOfItsAnalysedWords() {
        assertThat(json("\"drug trafficking\"")).isEqualTo(JsonParser.parseString("""
                {"match_phrase": {"bodyWords": {"query": "drug traffick", "analyzer": "whitespace", "slop": 0}}}""")
                .getAsJsonObject());
    }

    @Test
    void aStopWordLeftOutOfARussianPhraseBecomesSlop() {
        // "и" is a Russian stop word: the phrase's words stand at positions 0 and 2
        JsonObject phrase = LuceneQueryJson.of(parse("\"выборы и наблюдатели\"", Map.of(IndexFields.body("ru"), 1.0f)));

        assertThat(phrase.getAsJsonObject("match_phrase").getAsJsonObject("body_ru").get("slop").getAsInt())
                .isEqualTo(1);
    }

    @Test
    void prefixAndFuzzyTermsGoToTheFieldOfTheWordsAsWritten() {
        assertThat(json("negotiat*")).isEqualTo(JsonParser.parseString("""
                {"prefix": {"bodyWords": {"value": "negotiat"}}}""").getAsJsonObject());
        JsonObject fuzzy = json("narcotcs~").getAsJsonObject("fuzzy").getAsJsonObject("bodyWords");
        assertThat(fuzzy.get("value").getAsString()).isEqualTo("narcotcs");
        assertThat(fuzzy.get("fuzziness").getAsInt()).isEqualTo(2);
        assertThat(fuzzy.get("prefix_length").getAsInt()).isEqualTo(1);
    }

    @Test
    void weightsBecomeBoostsAndVariantsAnyOfTheirSpellings() {
        JsonObject weighted = LuceneQueryJson.of(parse("nazarbaev", Map.of(IndexFields.TITLE_WORDS, 3.0f)));

        JsonObject bool = weighted.getAsJsonObject("bool");
        assertThat(bool.get("boost").getAsFloat()).isEqualTo(3.0f);
        assertThat(bool.getAsJsonArray("must").get(0).toString())
                .contains("\"nazarbaev\"").contains("\"nazarbayev\"");
    }

    @Test
    void exclusionsAloneMatchNothingAsInLucene() {
        // the parser itself adds "everything" to an excluded word alone ...
        assertThat(json("-taliban")).isEqualTo(JsonParser.parseString("""
                {"bool": {"must_not": [{"term": {"bodyWords": {"value": "taliban"}}}], "should": [{"match_all": {}}]}}""")
                .getAsJsonObject());
        // ... and a query of exclusions only, which Lucene answers with nothing, is nothing on OpenSearch too
        Query exclusions = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.BODY_WORDS, "taliban")), BooleanClause.Occur.MUST_NOT).build();
        assertThat(LuceneQueryJson.of(exclusions)).isEqualTo(JsonParser.parseString("{\"match_none\": {}}")
                .getAsJsonObject());
    }

    /** Whatever a client types, the parsed query has an equivalent: never an error of the translation. */
    @Property(tries = 500)
    void everyParsedQueryTranslates(@ForAll @StringLength(max = 40)
                                    @CharRange(from = 'a', to = 'e') @CharRange(from = 'а', to = 'е')
                                    @Chars({' ', '"', '*', '~', '-', '+', '|', '(', ')', '\'', '1'}) String text) {
        Query parsed = parse(text, Map.of(IndexFields.TITLE_WORDS, 3.0f, IndexFields.BODY_WORDS, 1.0f,
                IndexFields.AUTHOR_NAME, 2.0f, IndexFields.body("ru"), 1.0f));
        if (parsed != null) {
            assertThat(LuceneQueryJson.of(parsed).size()).isEqualTo(1);
        }
    }
}
