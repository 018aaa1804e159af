package org.iwprarchive.domain.text;

/**
 * Runs of white space as one space, as {@code \s+} replaced by a space makes them, in one pass without a regular
 * expression: {@code Matcher.replaceAll} rewrites every single space of a text as well, one replacement each.
 */
public final class Spaces {

    private Spaces() {
    }

    /**
     * The text with each run of white space ({@code \s}) made one space. Most texts have single spaces only and are
     * given back as they are, after one look at each character.
     */
    public static String single(String text) {
        int length = text.length();
        StringBuilder folded = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (folded != null) {
                    folded.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (folded == null && (c != ' ' || end > i + 1)) {
                folded = new StringBuilder(length).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(' ');
            }
            i = end - 1;
        }
        return folded == null ? text : folded.toString();
    }

    /** White space as {@code \s} means it. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
