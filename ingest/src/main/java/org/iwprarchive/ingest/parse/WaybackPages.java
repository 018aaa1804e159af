package org.iwprarchive.ingest.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Pages as a Wayback Machine (the Internet Archive's, or any pywb or OpenWayback: Archive-It, national libraries'
 * web archives) serves them for viewing: every address rewritten to {@code https://web.archive.org/web/<timestamp>/
 * <original>} (or {@code /<collection>/<timestamp>/<original>}), and a toolbar, scripts and banners added. Read here back into the page as it was captured: the original addresses, the toolbar gone, and
 * the capture's time from the timestamp. A saved Wayback page then yields the article the original page does.
 */
final class WaybackPages {

    /**
     * A Wayback address: an optional host, the collection's path ({@code /web/}, Archive-It's {@code /2135/}, a
     * library's {@code /wayback/archive/}), a timestamp with an optional mode, the original.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:https?:)?(?://[^/]+)?/(?:[^/?#]+/){0,3}?(\\d{4,14})(?:[a-z]{2}_|\\*)?/+"
                    + "((?:https?:/+)?[a-z0-9.-]+\\.[a-z]{2,}(?::\\d+)?(?:[/?#].*)?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^(https?):/+", Pattern.CASE_INSENSITIVE);
    /** The Wayback Machine's own script call naming the page it shows and when it was captured. */
    private static final Pattern WOMBAT = Pattern.compile("__wm\\.wombat\\(\\s*\"([^\"]+)\"\\s*,\\s*\"(\\d{4,14})\"");
    /** pywb's settings for the page it shows: {@code wbinfo.timestamp = "20150312140211";}. */
    private static final Pattern WBINFO = Pattern.compile("wbinfo\\.timestamp\\s*=\\s*\"(\\d{4,14})\"");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);
    /** What the Wayback Machine adds to a page: its toolbar, banners and the scripts that run them. */
    private static final Css ADDED = Css.of("#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato, #wm-capinfo, "
            + "script[src*=archive.org], script[src*=/_static/], link[href*=/_static/], script:containsData(__wm.), "
            // pywb's: its settings, scripts, style sheet and banners
            + "script:containsData(wbinfo), script[src*=/static/wb.js], script[src*=wombat], link[href*=/static/wb.css], "
            + "#_wb_plain_banner, #_wb_frame_top_banner, #_wb_banner");
    private static final Css ADDRESSED = Css.of("[href], [src], [action], meta[content]");
    private static final Css SCRIPTS = Css.of("script");
    private static final Css ALL = Css.of("*");

    private WaybackPages() {
    }

    /**
     * Whether a page's markup can be a Wayback page's: the address given is a Wayback address, or the markup has an
     * address with a capture's timestamp in it, or the Wayback Machine's or pywb's scripts. Most pages are not, and
     * this look through the text spares them {@link #unwrap}'s walks over every element.
     */
    static boolean mayBeIn(String html, String given) {
        return address(given).isPresent() || html.contains("__wm") || html.contains("wbinfo") || hasTimestampStep(html);
    }

    /** A capture's original address and time. */
    record Capture(String original, Instant capturedAt) {
    }

    /** The original address and capture time of a Wayback address; empty for any other address. */
    static Optional<Capture> address(String url) {
        if (url == null || !hasTimestampStep(url)) {
            return Optional.empty();
        }
        Matcher m = ADDRESS.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String original = m.group(2);
        Matcher scheme = SCHEME.matcher(original);
        original = scheme.lookingAt() ? scheme.replaceFirst(scheme.group(1).toLowerCase(Locale.ROOT) + "://")
                : "http://" + original;
        return capture(original, m.group(1));
    }

    /**
     * Whether a slash is followed by a timestamp (four to fourteen digits from a year of 19xx or 20xx: web archives
     * began in 1996) and then a slash, an archive mode ({@code id_}) or a star: what every Wayback address has and
     * few others do. Checked before {@link #ADDRESS}, whose backtracking a page's every link would otherwise pay for,
     * and through whole pages by {@link #mayBeIn}.
     */
    private static boolean hasTimestampStep(String text) {
        return hasTimestampStep(text, "/20") || hasTimestampStep(text, "/19");
    }

    private static boolean hasTimestampStep(String text, String century) {
        int n = text.length();
        for (int at = text.indexOf(century); at >= 0; at = text.indexOf(century, at + 1)) {
            int end = at + 1;
            while (end < n && end - at <= 14 && isAsciiDigit(text.charAt(end))) {
                end++;
            }
            if (end - at - 1 >= 4 && end < n && isStepEnd(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isStepEnd(char c) {
        return c == '/' || c == '*' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Optional<Capture> capture(String original, String timestamp) {
        return timestamp(timestamp).map(at -> new Capture(original, at));
    }

    /**
     * Makes a page served by a Wayback Machine the page it captured: the addresses of its links, images and
     * canonical link back to the originals, the toolbar and its scripts removed.
     *
     * @param given the address the page was given with, which may itself be a Wayback address
     * @return when the page was captured, or empty when it is not a Wayback page
     */
    static Optional<Instant> unwrap(Document page, String given) {
        Optional<Instant> capturedAt = address(given).map(Capture::capturedAt);
        Optional<Instant> named = ownCapture(page);
        Map<Instant, Integer> linked = new HashMap<>();
        boolean rewritten = false;
        for (Element element : ADDRESSED.in(page)) {
            for (String attribute : new String[] {"href", "src", "action", "content"}) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                Optional<Capture> original = address(element.attr(attribute));
                if (original.isPresent()) {
                    element.attr(attribute, original.get().original());
                    linked.merge(original.get().capturedAt(), 1, Integer::sum);
                    rewritten = true;
                }
            }
        }
        // a Wayback Machine's toolbar links to its captures and its scripts name the capture, so a page with neither
        // has nothing of one to remove (and the selector need not look through it)
        if (!rewritten && named.isEmpty() && capturedAt.isEmpty()) {
            return Optional.empty();
        }
        ADDED.in(page).remove();
        removeToolbarComments(page);
        // the page's own capture: as given, as the Wayback Machine's script names it, or its links' commonest time
        return capturedAt.or(() -> named).or(() -> linked.entrySet().stream()
                .max(Map.Entry.<Instant, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey));
    }

    private static Optional<Instant> ownCapture(Document page) {
        for (Element script : SCRIPTS.in(page)) {
            String data = script.data();
            if (!data.contains("__wm") && !data.contains("wbinfo")) {
                continue;
            }
            Matcher m = WOMBAT.matcher(data);
            if (m.find()) {
                return timestamp(m.group(2));
            }
            Matcher pywb = WBINFO.matcher(data);
            if (pywb.find()) {
                return timestamp(pywb.group(1));
            }
        }
        return Optional.empty();
    }

    /** What lies between the toolbar's {@code BEGIN WAYBACK TOOLBAR INSERT} and {@code END} comments. */
    private static void removeToolbarComments(Document page) {
        for (Comment begin : ALL.in(page).comments()) {
            if (!begin.getData().contains("BEGIN WAYBACK TOOLBAR INSERT")) {
                continue;
            }
            Node next = begin.nextSibling();
            while (next != null && !(next instanceof Comment end && end.getData().contains("END WAYBACK TOOLBAR"))) {
                Node following = next.nextSibling();
                next.remove();
                next = following;
            }
        }
    }

    /** A timestamp of 4 to 14 digits, the missing parts the earliest they can be (month and day 01). */
    static Optional<Instant> timestamp(String digits) {
        StringBuilder padded = new StringBuilder(digits);
        if (padded.length() < 6) {
            padded.setLength(4);
            padded.append("01");
        }
        if (padded.length() < 8) {
            padded.setLength(6);
            padded.append("01");
        }
        while (padded.length() < 14) {
            padded.append('0');
        }
        try {
            return Optional.of(LocalDateTime.parse(padded, TIMESTAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
