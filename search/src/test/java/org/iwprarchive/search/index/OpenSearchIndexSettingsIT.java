package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchService;
import org.iwprarchive.search.query.SearchSort;
import org.iwprarchive.search.testing.OnOpenSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The OpenSearch index as the service creates it: one shard (exact facet counts), every allowed page reachable. */
@SpringBootTest
@OnOpenSearch
@DirtiesContext
class OpenSearchIndexSettingsIT {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private ArticleSearchService search;

    @Value("${iwpr.search.opensearch.index-prefix}")
    private String prefix;

    @Test
    void theIndexHasOneShardAndRoomForTheLastPageInADateOrder() throws Exception {
        RestClient client = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
        String index = new VersionedIndexLayout(prefix).createReadAlias(ArticleIndexMapping.INDEX);
        String body = new String(client.performRequest(new Request("GET", "/" + index + "/_settings"))
                .getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        JsonObject settings = JsonParser.parseString(body).getAsJsonObject().entrySet().iterator().next().getValue()
                .getAsJsonObject().getAsJsonObject("settings").getAsJsonObject("index");

        assertThat(settings.get("number_of_shards").getAsInt()).isEqualTo(1);
        // the API's last page of 100 ends at the 10,000th hit; a date order asks for one more
        var last = new ArticleQuery("", null, null, null, null, null, null, null, SearchSort.NEWEST, 99, 100);
        assertThat(search.search(last).hits()).isEmpty();
    }
}
