package org.iwprarchive.ingest.parse;

public record ParsedTopic(String name, String slug) {
}
