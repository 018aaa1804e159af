package org.iwprarchive.ingest.parse;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages as archive.today (archive.ph, archive.is and its other names) serves a capture: the page's markup with its
 * styles written inline, its links rewritten to {@code https://archive.ph/o/<id>/<original>}, and a header of the
 * archive's own above it naming the original address ("Saved from") and the time of the capture. Read here back into
 * the page it captured: the original addresses, the header gone, the original address and capture time returned.
 */
final class ArchiveTodayPages {

    private static final Set<String> HOSTS = Set.of("archive.today", "archive.ph", "archive.is", "archive.li",
            "archive.vn", "archive.fo", "archive.md");
    /** A link through the archive: the capture's id ({@code o/AbC12}) or time ({@code 2015.03.12-140211}), then the original. */
    private static final Pattern REWRITTEN = Regexes.compile("^https?://(?:www\\.)?archive\\.(?:today|ph|is|li|vn|fo|md)"
            + "/(?:o/[A-Za-z0-9]+|\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6})/(https?://.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTURE_TIME = Regexes.compile("\\b(\\d{1,2} \\p{L}{3} \\d{4} \\d{2}:\\d{2}:\\d{2}) UTC\\b");
    private static final DateTimeFormatter HEADER_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss", Locale.ENGLISH);
    /** The archive's header above the captured page. */
    private static final Css HEADER = Css.of("#HEADER");
    private static final Css LINKS = Css.of("a[href]");
    private static final Css ADDRESSED = Css.of("[href], [src]");

    private ArchiveTodayPages() {
    }

    /**
     * Whether a page's markup can be archive.today's: the address given is the archive's, or the markup names it
     * (its header says "archive.today ... Saved from"). Spares other pages {@link #unwrap}'s walks over every element.
     */
    static boolean mayBeIn(String html, String given) {
        return isArchiveAddress(given) || html.contains("archive.today");
    }

    /** A capture's original address, and its time when the page tells it. */
    record Capture(String original, Optional<Instant> capturedAt) {
    }

    /** Whether an address is archive.today's (any of its names). */
    static boolean isArchiveAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && HOSTS.contains(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The original address in an archive.today address of the timed form ({@code /2015.03.12-140211/<original>}). */
    static Optional<String> original(String url) {
        Matcher m = url == null ? null : REWRITTEN.matcher(url.strip());
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Makes a page served by archive.today the page it captured: its header removed and its links back to the
     * originals.
     *
     * @param given the address the page was given with
     * @return the capture's original address and time, or empty when the page is not an archive.today capture
     */
    static Optional<Capture> unwrap(Document page, String given) {
        Element header = HEADER.firstIn(page);
        boolean archived = isArchiveAddress(given)
                || header != null && header.text().contains("archive.today") && header.text().contains("Saved from");
        if (!archived) {
            return Optional.empty();
        }
        String original = original(given).orElse(null);
        Optional<Instant> at = Optional.empty();
        if (header != null) {
            for (Element link : LINKS.in(header)) {
                String href = link.attr("abs:href");
                if (original == null && !href.isEmpty() && !isArchiveAddress(href)) {
                    original = href; // "Saved from <a href=original>"
                }
            }
            Matcher time = CAPTURE_TIME.matcher(header.text());
            if (time.find()) {
                at = parseTime(time.group(1));
            }
            header.remove();
        }
        for (Element element : ADDRESSED.in(page)) {
            for (String attribute : new String[] {"href", "src"}) {
                original(element.attr(attribute)).ifPresent(back -> element.attr(attribute, back));
            }
        }
        return original == null ? Optional.empty() : Optional.of(new Capture(original, at));
    }

    /** A time written "12 Mar 2015 10:21:04", as archives' notices print it, in UTC. */
    static Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, HEADER_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
