package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.search.testing.OnOpenSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The OpenSearch index's analysis is the twin of the Lucene one: for texts of every language and script IWPR
 * publishes in, each analyzer of the OpenSearch index (asked through its {@code _analyze} API) gives the same words
 * at the same positions as the Lucene chain of the same name run here. The query parser analyses queries with the
 * Lucene chains on both backends, so any difference would be words a search looks for and the index never holds.
 */
@SpringBootTest
@OnOpenSearch
@DirtiesContext
class OpenSearchAnalysisTwinIT {

    private static final List<String> TEXTS = List.of(
            "NATO's officials met the President's envoy in Tashkent's old town",
            "Café Ağaoğlu, Zürich and Tbilisi; façade naïve ÉLAN",
            "Kazak students in Alma-Ata and Kirghizia welcomed Nazarbaev and Tokayev",
            "Negotiations negotiated negotiating: running runners ran",
            "Каримов встретился с Джумаевым в Ташкенте. ДЖАЛАЛ-АБАД, Джалал-Абад, дЖ",
            "Ёлка, щука, Хорог, Чечня, Цхинвали, Шымкент, подъезд, объём",
            "Київ, Львів, їжак, ґанок, Євген, Україна",
            "М'ЯСО, м’ясо, ЮЛІЯ Гнатюк, Зеленський з Миколаєва, ЄВГЕН, Йосип, Ї",
            "Қазақстан, Әлихан, Ғани, Өскемен, Ұлытау, Үкімет, Ҳисор, Ҷаббор, Ӯротеппа",
            "Выборы прошли в Бишкеке, и наблюдатели заявили о нарушениях на выборах",
            "قال الرئيس إن الانتخابات ستجري في ١٢ مايو والمواطنون ينتظرون",
            "باشندگان می‌گویند که کمک‌ها به قریه‌های كابل نرسيده است؛ ۱۲ خانه‌ی ویران، مکتب‌ها",
            "O'Brien's 2024 report: 45% of 1,200 people; e-mail x@y.org #hashtag");

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Value("${iwpr.search.opensearch.index-prefix}")
    private String prefix;

    @Test
    void everyAnalyzerGivesTheSameWordsAtTheSamePositionsOnBothBackends() {
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        LuceneAnalysis.ANALYZERS.keySet().forEach(name -> analyzers.put(name, LuceneAnalysis.analyzer(name)));
        analyzers.put(OpenSearchAnalysisConfigurer.WORD_FORMS, WordsBinder.WORD_FORMS);
        int compared = 0;
        for (Map.Entry<String, Analyzer> analyzer : analyzers.entrySet()) {
            for (String text : TEXTS) {
                List<String> lucene = words(analyzer.getValue(), text);
                assertThat(openSearch("analyzer", analyzer.getKey(), text))
                        .as("%s of \"%s\"", analyzer.getKey(), text)
                        .isEqualTo(lucene);
                compared += lucene.size();
            }
        }
        // the texts are not lost on the way: each analyzer gives words
        assertThat(compared).isGreaterThan(analyzers.size() * TEXTS.size());
    }

    @Test
    void theKeywordNormalizerFoldsAsTheLuceneOneDoes() {
        for (String value : List.of("Central-Asia", "ÉLAN", "RU", "Zürich Ağaoğlu")) {
            List<String> expected = List.of(value.toLowerCase(java.util.Locale.ROOT)
                    .replace("é", "e").replace("ü", "u").replace("ğ", "g"));
            assertThat(openSearch("normalizer", IwprAnalysisConfigurer.KEYWORD, value)).isEqualTo(
                    expected.stream().map(v -> v + "@0").toList());
        }
    }

    /** Each word with its position, as {@code word@position}. */
    private static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                words.add(term + "@" + position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private List<String> openSearch(String kind, String name, String text) {
        RestClient client = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
        JsonObject body = new JsonObject();
        body.addProperty(kind, name);
        body.addProperty("text", text);
        Request request = new Request("POST", "/" + new VersionedIndexLayout(prefix)
                .createReadAlias(ArticleIndexMapping.INDEX) + "/_analyze");
        request.setJsonEntity(body.toString());
        try {
            String response = new String(client.performRequest(request).getEntity().getContent().readAllBytes(),
                    StandardCharsets.UTF_8);
            JsonArray tokens = JsonParser.parseString(response).getAsJsonObject().getAsJsonArray("tokens");
            List<String> words = new ArrayList<>();
            tokens.forEach(token -> words.add(token.getAsJsonObject().get("token").getAsString() + "@"
                    + token.getAsJsonObject().get("position").getAsInt()));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
