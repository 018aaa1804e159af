package org.iwprarchive.domain;

/**
 * The longest text the archive keeps in each kind of field. Every bound fits the column, the column's b-tree
 * index (PostgreSQL refuses entries over 2,704 bytes; a character takes at most 4 bytes) and the search index
 * (Lucene refuses a term over 32,766 bytes), whatever the text: the parser cuts or drops what is longer before
 * anything is written, the entities refuse it, and the database checks it again (migration V4).
 */
public final class TextLimits {

    /** An address: the canonical link of an article, a tag's link, an address in a job's frontier. */
    public static final int URL = 2048;
    /** The name of an author, a place, a topic or a quoted source, and the slugs made from them. */
    public static final int NAME = 200;
    /** An article's title. */
    public static final int TITLE = 1000;
    /** What a source is, as an article says it ("a spokesman for the interior ministry"). */
    public static final int ROLE = 500;
    /** The words that attribute a quotation ("told IWPR"). */
    public static final int CUE = 100;
    /** An author's bio sentence. */
    public static final int BIO = 2000;
    /** A language tag ({@code en}, {@code ru}). */
    public static final int LANGUAGE = 16;
    /** A media type as a server or client sent it, with its parameters. */
    public static final int CONTENT_TYPE = 255;

    private TextLimits() {
    }

    /**
     * {@code text} as it is when it fits in {@code max} characters; otherwise cut at the last space before the
     * bound (or at the bound, when a word runs past it), without a dangling half of a surrogate pair.
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            end = space;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /** Whether {@code text} is absent or fits in {@code max} characters. */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /**
     * @return {@code text}
     * @throws IllegalArgumentException when it is longer than {@code max}: the parser should have cut it
     */
    public static String within(String text, int max, String what) {
        if (!fits(text, max)) {
            throw new IllegalArgumentException(what + " of " + text.length() + " characters is longer than the "
                    + max + " the archive keeps");
        }
        return text;
    }
}
