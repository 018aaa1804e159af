package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.search.index.ArticleIndexMapping;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.OpenSearchAnalysisConfigurer;
import org.iwprarchive.search.testing.OnOpenSearch;
import org.springframework.test.annotation.DirtiesContext;

/** {@link ArticleSearchIT} with the index in a real OpenSearch node: the same expected results on both backends. */
@OnOpenSearch
@DirtiesContext
class OpenSearchArticleSearchIT extends ArticleSearchIT {

    /** Here the node's mapping of the index: the texts kept for hits only, their words fields analysed. */
    @Override
    void eachTextIsStoredApartAndInvertedInItsWordsField() throws Exception {
        RestClient client = Search.mapping(entityManager.getEntityManagerFactory()).backend()
                .unwrap(ElasticsearchBackend.class).client(RestClient.class);
        String index = Search.mapping(entityManager.getEntityManagerFactory()).indexManager(ArticleIndexMapping.INDEX)
                .unwrap(ElasticsearchIndexManager.class).descriptor().readName();
        String body = new String(client.performRequest(new Request("GET", "/" + index + "/_mapping"))
                .getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        JsonObject properties = JsonParser.parseString(body).getAsJsonObject().entrySet().iterator().next().getValue()
                .getAsJsonObject().getAsJsonObject("mappings").getAsJsonObject("properties");
        for (String text : List.of(IndexFields.TITLE, IndexFields.STANDFIRST, IndexFields.BODY)) {
            assertThat(properties.getAsJsonObject(text).get("index").getAsBoolean()).as(text).isFalse();
        }
        for (String words : List.of(IndexFields.TITLE_WORDS, IndexFields.STANDFIRST_WORDS, IndexFields.BODY_WORDS)) {
            JsonObject field = properties.getAsJsonObject(words);
            assertThat(field.get("analyzer").getAsString()).as(words).isEqualTo(OpenSearchAnalysisConfigurer.WORD_FORMS);
            // scored by their lengths: norms are on unless the mapping turns them off
            assertThat(field.has("norms")).as(words).isFalse();
        }
    }
}
