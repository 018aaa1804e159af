package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

/** What a failed search is told to the client as: a query too expensive, an index out of reach, or a failure. */
class QueryFailureTests {

    @Test
    void aClusterThatCannotBeReachedIsAnUnavailableIndex() {
        RuntimeException failure = new SearchException("HSEARCH400588: Request execution failed",
                new ConnectException("Connection refused"));

        assertThat(QueryTooExpensiveException.orCause(failure)).isInstanceOf(IndexUnavailableException.class)
                .hasCause(failure);
    }

    @Test
    void tooManyClausesOnEitherBackendIsAQueryTooExpensive() {
        assertThat(QueryTooExpensiveException.orCause(new SearchException("lucene",
                new IndexSearcher.TooManyClauses()))).isInstanceOf(QueryTooExpensiveException.class);
        assertThat(QueryTooExpensiveException.orCause(new SearchException("HSEARCH400007: Elasticsearch request "
                + "failed: {\"type\": \"too_many_nested_clauses\"}"))).isInstanceOf(QueryTooExpensiveException.class);
    }

    @Test
    void anyOtherFailureStaysWhatItIs() {
        IllegalStateException failure = new IllegalStateException("a bug");

        assertThat(QueryTooExpensiveException.orCause(failure)).isSameAs(failure);
    }
}
