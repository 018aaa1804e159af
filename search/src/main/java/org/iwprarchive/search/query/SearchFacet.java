package org.iwprarchive.search.query;

import java.util.Arrays;
import java.util.Optional;
import org.iwprarchive.search.index.IndexFields;

/**
 * The facets a search counts: the name a client asks for and gets back, the index field counted (its doc values,
 * by {@link FacetCounter}), and the query
 * that gives its values' names. The one list of them, from the index to the API.
 */
public enum SearchFacet {

    LOCATION("location", IndexFields.LOCATION_SLUG,
            "select l.slug, l.name from Location l where l.slug in :values"),
    AUTHOR("author", IndexFields.AUTHOR_SLUG, "select a.slug, a.name from Author a where a.slug in :values"),
    TOPIC("topic", IndexFields.TOPIC_SLUG, "select t.slug, t.name from Topic t where t.slug in :values"),
    SOURCE("source", IndexFields.SOURCE_KEY,
            "select cast(s.id as string), s.name from Source s where cast(s.id as string) in :values"),
    /** Years name themselves. */
    YEAR("year", IndexFields.YEAR, null),
    /** Language codes, named by {@link FacetLabels} in English ("ru": Russian); the filter is {@code lang}. */
    LANGUAGE("lang", IndexFields.LANGUAGE, null);

    private final String parameter;
    private final String indexField;
    private final String labelQuery;

    SearchFacet(String parameter, String indexField, String labelQuery) {
        this.parameter = parameter;
        this.indexField = indexField;
        this.labelQuery = labelQuery;
    }

    /** The name clients use: in the {@code facets} parameter and in the answer. */
    public String parameter() {
        return parameter;
    }

    /** The facet a client names, if it is one. */
    public static Optional<SearchFacet> named(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }

    String indexField() {
        return indexField;
    }

    /** A JPQL query of value and name pairs for {@code :values}, or null when the values are their own names. */
    String labelQuery() {
        return labelQuery;
    }
}
