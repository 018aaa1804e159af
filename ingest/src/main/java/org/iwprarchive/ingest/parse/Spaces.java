package org.iwprarchive.ingest.parse;

import java.util.regex.Pattern;

/** Runs of white space as one space, as {@code \s+} replaced by a space makes them, without a regex where none is needed. */
public final class Spaces {

    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Spaces() {
    }

    /**
     * The text with each run of white space ({@code \s}) made one space. Most texts have single spaces only and are
     * given back as they are, after one look at each character.
     */
    public static String single(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return RUNS.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** White space as {@code \s} means it. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
