package org.iwprarchive.ingest.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Tries the rules for a field in order and remembers which one produced it. */
final class FieldTrace {

    private final Map<String, String> rules = new LinkedHashMap<>();

    /** A rule: its name as recorded with the snapshot, and how it reads the value. */
    record Rule<T>(String name, Supplier<Optional<T>> reader) {
    }

    @SafeVarargs
    final <T> Optional<T> first(String field, Rule<T>... candidates) {
        for (Rule<T> rule : candidates) {
            Optional<T> value = rule.reader().get();
            if (value.isPresent()) {
                rules.put(field, rule.name());
                return value;
            }
        }
        return Optional.empty();
    }

    void record(String field, String rule) {
        rules.put(field, rule);
    }

    Map<String, String> rules() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    static <T> Rule<T> rule(String name, Supplier<Optional<T>> reader) {
        return new Rule<>(name, reader);
    }
}
