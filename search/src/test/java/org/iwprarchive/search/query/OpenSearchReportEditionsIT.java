package org.iwprarchive.search.query;

import org.iwprarchive.search.testing.OnOpenSearch;
import org.springframework.test.annotation.DirtiesContext;

/** {@link ReportEditionsIT} with the index in a real OpenSearch node: the same hits on both backends. */
@OnOpenSearch
@DirtiesContext
class OpenSearchReportEditionsIT extends ReportEditionsIT {
}
