package org.iwprarchive.domain.source;

/** What kind of voice a quoted source is. */
public enum SourceKind {
    PERSON,
    ORGANISATION,
    /** Quoted without a name: "an official from a western political institution". */
    ANONYMOUS
}
