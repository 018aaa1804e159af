package org.iwprarchive.search.query;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a query will cost the index, counted from its text before it runs. Every word is looked up in seven
 * fields; a fuzzy term ({@code word~}) becomes up to 50 terms in each, and a prefix ({@code word*}) walks every
 * term that starts with it. Lucene refuses a query of more than 1,024 clauses, and the expensive forms cost
 * seconds of CPU each, so a query is bounded here with a clear answer instead of either.
 *
 * @param terms    words and phrase words, in every part of the query
 * @param fuzzy    terms with {@code ~}
 * @param prefixes terms ending with {@code *}
 */
public record QueryBudget(int terms, int fuzzy, int prefixes) {

    public static final int MAX_TERMS = 64;
    public static final int MAX_FUZZY = 2;
    public static final int MAX_PREFIXES = 8;
    /** A shorter prefix matches a large part of the vocabulary. */
    public static final int MIN_PREFIX_LETTERS = 3;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\"|]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final Pattern FIELD = Pattern.compile("^[A-Za-z]+:");

    /** Counts the terms of {@code query}; the prefixes too short to search are refused here. */
    public static QueryBudget of(String query) {
        int terms = 0;
        int fuzzy = 0;
        int prefixes = 0;
        for (String token : SEPARATORS.split(query == null ? "" : query)) {
            String term = FIELD.matcher(token.replaceFirst("^[+-]+", "")).replaceFirst("");
            if (term.isEmpty() || OPERATORS.contains(token) || term.matches("[+\\-~*]+")) {
                continue;
            }
            terms++;
            if (term.contains("~")) {
                fuzzy++;
            } else if (term.endsWith("*")) {
                prefixes++;
                String stem = term.replaceAll("\\*+$", "");
                if (stem.codePointCount(0, stem.length()) < MIN_PREFIX_LETTERS) {
                    throw new QueryTooExpensiveException("the prefix '" + term + "' is too short to search: give at "
                            + "least " + MIN_PREFIX_LETTERS + " letters before the *");
                }
            }
        }
        return new QueryBudget(terms, fuzzy, prefixes);
    }

    /** Refuses a query over the bounds, saying which and by how much. */
    QueryBudget check() {
        if (terms > MAX_TERMS) {
            throw new QueryTooExpensiveException("the query has " + terms + " terms; at most " + MAX_TERMS
                    + " are searched at once");
        }
        if (fuzzy > MAX_FUZZY) {
            throw new QueryTooExpensiveException("the query has " + fuzzy + " fuzzy terms (~); at most " + MAX_FUZZY
                    + " are searched at once");
        }
        if (prefixes > MAX_PREFIXES) {
            throw new QueryTooExpensiveException("the query has " + prefixes + " prefix terms (*); at most "
                    + MAX_PREFIXES + " are searched at once");
        }
        return this;
    }

    /** How many requests of a client's search allowance this query takes: the expensive forms count more. */
    public int weight() {
        return 1 + 4 * (fuzzy + prefixes);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d terms, %d fuzzy, %d prefixes", terms, fuzzy, prefixes);
    }
}
