package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search settings refuse a combination that would split the index's work wrongly. */
class SearchPropertiesTests {

    private static SearchProperties with(SearchProperties.Backend backend, SearchProperties.Coordination coordination) {
        return new SearchProperties(backend, Path.of("index"), true, 100, Duration.ofSeconds(5),
                new SearchProperties.OpenSearch(List.of(URI.create("http://localhost:9200")), null, null, ""),
                coordination);
    }

    @Test
    void outboxCoordinationNeedsASharedIndex() {
        assertThatThrownBy(() -> with(SearchProperties.Backend.LUCENE, SearchProperties.Coordination.OUTBOX_POLLING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iwpr.search.backend=opensearch");
        assertThat(with(SearchProperties.Backend.OPENSEARCH, SearchProperties.Coordination.OUTBOX_POLLING).local())
                .isFalse();
        assertThat(with(SearchProperties.Backend.LUCENE, SearchProperties.Coordination.NONE).local()).isTrue();
    }
}
