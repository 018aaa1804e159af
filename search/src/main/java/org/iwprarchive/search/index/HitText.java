package org.iwprarchive.search.index;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.CompositeProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A hit with the body it was found in, which the highlighter marks. Read from the index by the queries; the mapping
 * registers it as a projection.
 */
@ProjectionConstructor
public record HitText(@CompositeProjection HitFields fields, @FieldProjection(path = IndexFields.BODY) String body) {
}
