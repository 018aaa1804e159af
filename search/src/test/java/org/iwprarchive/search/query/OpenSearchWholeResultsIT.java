package org.iwprarchive.search.query;

import org.iwprarchive.search.testing.OnOpenSearch;
import org.springframework.test.annotation.DirtiesContext;

/** {@link WholeResultsIT} with the index in a real OpenSearch node: the same expected results on both backends. */
@OnOpenSearch
@DirtiesContext
class OpenSearchWholeResultsIT extends WholeResultsIT {
}
