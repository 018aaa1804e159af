package org.iwprarchive.search.index;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScoreProjection;
import org.iwprarchive.domain.article.DateSource;

/**
 * What a result list shows of an article, read from the index alone (no database round trip per hit): each tag's
 * names and slugs come in the same order, one list each. Public
 * for the queries to read hits into; the mapping registers it as a projection.
 */
@ProjectionConstructor
public record HitFields(@IdProjection Long id,
                        @FieldProjection(path = IndexFields.CANONICAL_URL) String canonicalUrl,
                        @FieldProjection(path = IndexFields.TITLE) String title,
                        @FieldProjection(path = IndexFields.STANDFIRST) String standfirst,
                        @FieldProjection(path = IndexFields.PUBLISHED_ON) LocalDate publishedOn,
                        @FieldProjection(path = IndexFields.DATED_BY) DateSource datedBy,
                        @FieldProjection(path = IndexFields.LANGUAGE) String language,
                        @FieldProjection(path = IndexFields.REPORT) Long report,
                        @FieldProjection(path = IndexFields.AUTHOR_DISPLAY) List<String> authors,
                        @FieldProjection(path = IndexFields.AUTHOR_SLUG) List<String> authorSlugs,
                        @FieldProjection(path = IndexFields.LOCATION_DISPLAY) List<String> places,
                        @FieldProjection(path = IndexFields.LOCATION_SLUG) List<String> placeSlugs,
                        @FieldProjection(path = IndexFields.TOPIC_DISPLAY) List<String> topics,
                        @FieldProjection(path = IndexFields.TOPIC_SLUG) List<String> topicSlugs,
                        @ScoreProjection Float score) {
}
