package org.iwprarchive.api.article;

import java.util.List;

/** Filter values that name no author, place, topic or source of the archive. */
public class UnknownFilterValueException extends RuntimeException {

    /**
     * @param use the slug to pass instead, when the value is the name of one; otherwise null
     */
    public record Value(String parameter, String value, String message, String use) {

        /** One sentence: what is wrong with the value, and what to send instead where that is known. */
        public String sentence() {
            return parameter + "=" + value + ": " + message
                    + (use == null ? "" : "; that is the name of the one whose slug is " + use + ": send "
                    + parameter + "=" + use);
        }
    }

    private final List<Value> values;

    UnknownFilterValueException(List<Value> values) {
        super(String.join(". ", values.stream().map(Value::sentence).toList()));
        this.values = List.copyOf(values);
    }

    public List<Value> values() {
        return values;
    }
}
