package org.iwprarchive.ingest.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iwprarchive.domain.TextLimits;

/**
 * Canonical article URLs: https, the site's one host name, no fragment, no tracking parameters, no trailing
 * slash. Two addresses of one article normalise to the same string, so de-duplication can compare strings.
 */
public final class ArticleUrls {

    private final SiteProfile profile;

    public ArticleUrls(SiteProfile profile) {
        this.profile = profile;
    }

    /**
     * @throws InvalidArticleUrlException when {@code url} is not an http(s) address on the site
     */
    public String canonical(String url) {
        if (url != null && url.length() > TextLimits.URL) {
            throw new InvalidArticleUrlException("an address of " + url.length() + " characters is longer than the "
                    + TextLimits.URL + " the archive keeps");
        }
        URI uri = parse(url);
        if (!profile.isSiteHost(uri.getHost())) {
            throw new InvalidArticleUrlException("'" + url + "' is not an address on " + profile.canonicalHost());
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = path.replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = keptQuery(uri.getRawQuery());
        String canonical = "https://" + profile.canonicalHost() + path + (query.isEmpty() ? "" : "?" + query);
        if (canonical.length() > TextLimits.URL) {
            throw new InvalidArticleUrlException("the address is longer than the " + TextLimits.URL
                    + " characters the archive keeps");
        }
        return canonical;
    }

    /** Whether {@code url} can be normalised; never throws. */
    public boolean isSiteUrl(String url) {
        try {
            canonical(url);
            return true;
        } catch (InvalidArticleUrlException e) {
            return false;
        }
    }

    /** The slug of an article URL: its last path segment. */
    public static String slugOf(String canonicalUrl) {
        String path = URI.create(canonicalUrl).getPath();
        String slug = Slugs.lastSegment(path);
        return slug.isEmpty() ? "home" : slug;
    }

    /** The language edition a path belongs to ({@code /ru/...} is Russian), or null for the English site. */
    public String languageOf(String canonicalUrl) {
        String path = URI.create(canonicalUrl).getPath();
        String[] segments = path.split("/");
        if (segments.length > 1 && profile.languagePrefixes().contains(segments[1].toLowerCase(Locale.ROOT))) {
            return segments[1].toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidArticleUrlException("the source URL is missing");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidArticleUrlException("'" + url + "' is not an http or https URL");
            }
            if (uri.getHost() == null) {
                throw new InvalidArticleUrlException("'" + url + "' has no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidArticleUrlException("'" + url + "' is not a valid URL: " + e.getReason());
        }
    }

    private String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !profile.trackingParameters().contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
