package org.iwprarchive.search.query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.iwprarchive.search.index.IndexFields;
import org.springframework.stereotype.Component;

/**
 * How an {@link ArticleQuery} reads against the index: the predicate of its text and filters and the order of its
 * hits. The search, the facet counts, the suggestions and the export of every match share them.
 */
@Component
class ArticleQueries {

    private final IndexBackend backend;

    ArticleQueries(IndexBackend backend) {
        this.backend = backend;
    }

    /**
     * The query language's text as a Lucene query over {@code fields}, analysed as the index's search analysis
     * does each field; null when nothing of it is left to search (only function words, say).
     */
    Query textQuery(Map<String, Float> fields, String text) {
        return new TextQueryParser(backend.searchAnalyzer(), fields).parse(text);
    }

    /**
     * Plain words over {@code fields}, any of them enough, analysed as {@link #textQuery} analyses them; null when
     * none is left to search.
     */
    Query anyWordQuery(Map<String, Float> fields, List<String> words) {
        TextQueryParser parser = new TextQueryParser(backend.searchAnalyzer(), fields);
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        return parser.parse(String.join(" ", words));
    }

    /** A query the parser built, as a predicate of the index's backend. */
    SearchPredicate textPredicate(SearchPredicateFactory f, Query parsed) {
        return backend.predicate(f, parsed);
    }

    private static final Map<String, Float> GENERAL_FIELDS = generalFields();

    /** The fields free text is looked for in, and the weight of a match in each; the languages' own included. */
    private static Map<String, Float> generalFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(IndexFields.TITLE_WORDS, 3.0f);
        fields.put(IndexFields.STANDFIRST_WORDS, 2.0f);
        fields.put(IndexFields.BODY_WORDS, 1.0f);
        fields.put(IndexFields.AUTHOR_NAME, 2.0f);
        fields.put(IndexFields.LOCATION_NAME, 1.0f);
        fields.put(IndexFields.TOPIC_NAME, 1.0f);
        fields.put(IndexFields.SOURCE_NAME, 1.0f);
        IndexFields.LANGUAGE_FIELDS.keySet().forEach(language -> {
            fields.put(IndexFields.title(language), 3.0f);
            fields.put(IndexFields.body(language), 1.0f);
        });
        return Map.copyOf(fields);
    }

    /**
     * What a search matches: its text over the general and the field-scoped fields, scored, and its filters, not
     * scored; {@code leaveOut} names a facet whose own filter is left out (for counting its other values), or null.
     */
    SearchPredicate predicate(SearchPredicateFactory f, QueryText text, ArticleQuery query,
                                      SearchFacet leaveOut) {
        var bool = f.bool();
        boolean scored = false;
        if (!text.general().isEmpty()) {
            Query parsed = textQuery(GENERAL_FIELDS, text.general());
            if (parsed != null) {
                bool.must(textPredicate(f, parsed));
                scored = true;
            }
        }
        for (QueryText.Scoped scoped : text.scoped()) {
            Map<String, Float> fields = new LinkedHashMap<>();
            QueryText.FIELDS.get(scoped.field()).forEach(field -> fields.put(field, 1.0f));
            Query parsed = textQuery(fields, scoped.text());
            if (parsed == null) {
                continue;
            }
            var matching = textPredicate(f, parsed);
            if (scoped.occur() == QueryText.Occur.MUST_NOT) {
                bool.mustNot(matching);
            } else {
                bool.must(matching);
                scored = true;
            }
        }
        if (!scored) {
            bool.must(f.matchAll());
        }
        if (leaveOut != SearchFacet.LOCATION && !query.locations().isEmpty()) {
            bool.filter(f.terms().field(IndexFields.LOCATION_TREE).matchingAny(query.locations()));
        }
        if (leaveOut != SearchFacet.AUTHOR && !query.authors().isEmpty()) {
            bool.filter(f.terms().field(IndexFields.AUTHOR_SLUG).matchingAny(query.authors()));
        }
        if (leaveOut != SearchFacet.TOPIC && !query.topics().isEmpty()) {
            bool.filter(f.terms().field(IndexFields.TOPIC_SLUG).matchingAny(query.topics()));
        }
        if (leaveOut != SearchFacet.SOURCE && !query.sources().isEmpty()) {
            bool.filter(f.terms().field(IndexFields.SOURCE_KEY).matchingAny(query.sources(), ValueModel.INDEX));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f.range().field(IndexFields.PUBLISHED_ON).between(query.from(), query.to()));
        }
        if (leaveOut != SearchFacet.LANGUAGE && query.language() != null) {
            bool.filter(f.match().field(IndexFields.LANGUAGE).matching(query.language()));
        }
        return bool.toPredicate();
    }

    /**
     * The articles after a position in a date order, as that order places them: a later (or earlier) day, the same
     * day and a further id, or no date at all (undated articles come last, by id).
     */
    static SearchPredicate after(SearchPredicateFactory f, SearchAfter position) {
        boolean newest = position.sort() == SearchSort.NEWEST;
        var furtherId = newest ? f.range().field(IndexFields.ARTICLE_ID).lessThan(position.id())
                : f.range().field(IndexFields.ARTICLE_ID).greaterThan(position.id());
        var undated = f.not(f.exists().field(IndexFields.PUBLISHED_ON));
        LocalDate day = position.publishedOn();
        if (day == null) {
            return f.and(undated, furtherId).toPredicate();
        }
        var furtherDay = newest ? f.range().field(IndexFields.PUBLISHED_ON).lessThan(day)
                : f.range().field(IndexFields.PUBLISHED_ON).greaterThan(day);
        var sameDay = f.and(f.match().field(IndexFields.PUBLISHED_ON).matching(day), furtherId);
        return f.or(furtherDay, sameDay, undated).toPredicate();
    }

    /** The order of the hits: by relevance (newest first among equals), or by publication date with the id. */
    static org.hibernate.search.engine.search.sort.SearchSort order(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED_ON).desc().missing().last().toSort();
            case NEWEST -> f.field(IndexFields.PUBLISHED_ON).desc().missing().last()
                    .then().field(IndexFields.ARTICLE_ID).desc().toSort();
            case OLDEST -> f.field(IndexFields.PUBLISHED_ON).asc().missing().last()
                    .then().field(IndexFields.ARTICLE_ID).asc().toSort();
        };
    }
}
