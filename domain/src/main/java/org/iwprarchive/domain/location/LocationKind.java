package org.iwprarchive.domain.location;

/** How a place tag sits in IWPR's geography: regions contain countries, countries contain places. */
public enum LocationKind {
    REGION,
    COUNTRY,
    PLACE,
    UNKNOWN
}
