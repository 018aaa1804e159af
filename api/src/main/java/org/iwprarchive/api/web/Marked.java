package org.iwprarchive.api.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A search's highlighted fragment made safe to insert as HTML: only {@code <mark>} and {@code </mark>} stay
 * markup, everything else is text, whatever the fragment holds. The search escapes what it highlights; this does not
 * rely on it, so text that reads {@code <script>} in an article is shown as those characters and never runs.
 */
final class Marked {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    private Marked() {
    }

    static String html(String fragment) {
        if (fragment == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(fragment.length() + 16);
        Matcher marks = MARK.matcher(fragment);
        int open = 0;
        int at = 0;
        while (marks.find()) {
            html.append(text(fragment.substring(at, marks.start())));
            boolean opening = marks.group().equals("<mark>");
            if (opening) {
                html.append("<mark>");
                open++;
            } else if (open > 0) {
                html.append("</mark>");
                open--;
            }
            at = marks.end();
        }
        html.append(text(fragment.substring(at)));
        html.append("</mark>".repeat(open));
        return html.toString();
    }

    /** Text that may arrive escaped or not, escaped exactly once. */
    private static String text(String part) {
        return HtmlUtils.htmlEscape(HtmlUtils.htmlUnescape(part));
    }
}
