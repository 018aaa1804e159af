package org.iwprarchive.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iwprarchive.search.index.IndexFields;

/**
 * The query language: words (all must match), {@code "phrases"}, {@code prefix*}, {@code fuzzy~}, {@code +word}
 * or {@code AND}, {@code |} or {@code OR}, {@code -word} or {@code NOT word}, parentheses, and field-scoped terms
 * {@code title:}, {@code body:}, {@code author:}, {@code location:}, {@code source:}, {@code topic:} (a word or a
 * quoted phrase). It is checked here, so that a mistake is answered with where it is.
 *
 * @param general the free part, in Lucene simple-query-string syntax
 * @param scoped  the field-scoped parts
 */
record QueryText(String general, List<Scoped> scoped) {

    enum Occur { MUST, MUST_NOT }

    /** One field-scoped term: {@code -title:"drug trade"}. */
    record Scoped(String field, String text, Occur occur) {
    }

    /** The query fields and the index fields each one searches. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "title", withLanguages(List.of(IndexFields.TITLE_WORDS), IndexFields::title),
            "body", withLanguages(List.of(IndexFields.BODY_WORDS, IndexFields.STANDFIRST_WORDS), IndexFields::body),
            "author", List.of(IndexFields.AUTHOR_NAME),
            "location", List.of(IndexFields.LOCATION_NAME),
            "source", List.of(IndexFields.SOURCE_NAME),
            "topic", List.of(IndexFields.TOPIC_NAME));

    /** A scope's fields with the same field of every language indexed apart. */
    private static List<String> withLanguages(List<String> fields, java.util.function.UnaryOperator<String> ofLanguage) {
        List<String> all = new ArrayList<>(fields);
        IndexFields.LANGUAGE_FIELDS.keySet().stream().sorted().map(ofLanguage).forEach(all::add);
        return List.copyOf(all);
    }

    static QueryText parse(String query) {
        checkBalance(query);
        QueryBudget.of(query).check();
        StringBuilder general = new StringBuilder();
        List<Scoped> scoped = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                general.append(c);
                i++;
                continue;
            }
            int tokenStart = i;
            int end = tokenEnd(query, i);
            String token = query.substring(i, end);
            Occur occur = Occur.MUST;
            String bare = token;
            if (bare.startsWith("-") || bare.startsWith("+")) {
                occur = bare.startsWith("-") ? Occur.MUST_NOT : Occur.MUST;
                bare = bare.substring(1);
            }
            int colon = bare.indexOf(':');
            if (colon > 0 && bare.substring(0, colon).matches("[A-Za-z]+") && !bare.startsWith("http")) {
                String field = bare.substring(0, colon).toLowerCase(Locale.ROOT);
                if (!FIELDS.containsKey(field)) {
                    throw new InvalidQueryException("unknown field '" + bare.substring(0, colon) + "' at position "
                            + (tokenStart + (token.length() - bare.length())) + "; the fields are " + String.join(", ",
                            FIELDS.keySet().stream().sorted().toList()), tokenStart);
                }
                String value = bare.substring(colon + 1);
                if (value.isEmpty() || value.equals("\"\"")) {
                    throw new InvalidQueryException("'" + field + ":' at position " + tokenStart + " has no term",
                            tokenStart);
                }
                scoped.add(new Scoped(field, value, occur));
                i = end;
                continue;
            }
            general.append(switch (token) {
                case "AND" -> "+";
                case "OR" -> "|";
                case "NOT" -> "-";
                default -> token;
            });
            i = end;
        }
        String free = general.toString().replaceAll("\\+\\s+", "+").replaceAll("-\\s+", "-").strip();
        if (free.matches("^[+|\\-\\s]*$")) {
            free = "";
        }
        return new QueryText(free, List.copyOf(scoped));
    }

    /** A token runs to the next white space outside quotes. */
    private static int tokenEnd(String query, int from) {
        boolean quoted = false;
        int i = from;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static void checkBalance(String query) {
        int openQuote = -1;
        int depth = 0;
        int firstOpen = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && c == '(') {
                if (depth++ == 0) {
                    firstOpen = i;
                }
            } else if (openQuote < 0 && c == ')') {
                if (--depth < 0) {
                    throw new InvalidQueryException("')' at position " + i + " closes nothing", i);
                }
            }
        }
        if (openQuote >= 0) {
            throw new InvalidQueryException("the quotation mark at position " + openQuote + " is never closed",
                    openQuote);
        }
        if (depth > 0) {
            throw new InvalidQueryException("'(' at position " + firstOpen + " is never closed", firstOpen);
        }
    }
}
