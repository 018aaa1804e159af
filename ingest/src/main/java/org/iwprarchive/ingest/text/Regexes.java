package org.iwprarchive.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns whose {@code \b} is a word boundary in any script, on every Java the service runs on. Up to Java 18 a
 * pattern's {@code \b} counted any letter or digit as a word's (Cyrillic, Arabic, "ë"); since Java 19 it counts only
 * ASCII ones, unless the whole pattern is compiled for Unicode classes (which also changes {@code \s}, {@code \d} and
 * {@code \w}). So "конференција\b" matched before a space on Java 17 and never on Java 25, and the rules that read
 * dates and quotations in other languages than English read less. Every pattern of those rules that has a {@code \b}
 * is compiled here, with the boundary written out as Java 17 read it: between a letter, a combining mark, a decimal
 * digit or "_" and anything else.
 */
public final class Regexes {

    private static final String WORD = "[\\p{L}\\p{Mn}\\p{Nd}_]";
    private static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

    private Regexes() {
    }

    public static Pattern compile(String regex) {
        return Pattern.compile(unicodeBoundaries(regex));
    }

    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(unicodeBoundaries(regex), flags);
    }

    /**
     * As {@link Matcher#find(int)}, for a pattern whose every match begins with one of {@code firstChars}: the
     * matcher is tried only where one of them stands. A search tries the whole pattern at every character, and over
     * a page's paragraphs that was the largest single cost of finding its quotations.
     */
    public static boolean findBeginningWith(Matcher matcher, CharSequence text, int from, String firstChars) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            if (firstChars.indexOf(text.charAt(i)) >= 0) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The regular expression with every {@code \b} written as a boundary between any script's word characters and
     * others; quoted text ({@code \Q...\E}), escaped backslashes and {@code \b{...}} stay as they are.
     */
    static String unicodeBoundaries(String regex) {
        if (!regex.contains("\\b")) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 64);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c != '\\' || i + 1 == regex.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = regex.charAt(i + 1);
            if (next == 'Q') {
                int end = regex.indexOf("\\E", i + 2);
                int stop = end < 0 ? regex.length() : end + 2;
                out.append(regex, i, stop);
                i = stop;
            } else if (next == 'b' && (i + 2 == regex.length() || regex.charAt(i + 2) != '{')) {
                out.append(BOUNDARY);
                i += 2;
            } else {
                out.append(c).append(next);
                i += 2;
            }
        }
        return out.toString();
    }
}
