package org.iwprarchive.ingest.parse;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links a listing page leads to: article pages, and the next page of the listing.
 *
 * @param articles  absolute addresses of the articles listed, in page order
 * @param nextPages absolute addresses of the following page(s) of the listing
 */
public record ListingLinks(List<String> articles, List<String> nextPages) {

    private static final Pattern PAGE_PARAMETER = Pattern.compile("(?:^|&)page=(\\d+)");

    /** Reads the links of a listing page served at {@code pageUrl}. */
    public static ListingLinks of(String html, String pageUrl, SiteProfile profile, Gazetteer gazetteer) {
        Document page = Jsoup.parse(html, pageUrl);
        URI here = URI.create(pageUrl);
        Set<String> articles = new LinkedHashSet<>();
        Set<String> next = new LinkedHashSet<>();
        for (String selector : profile.nextPageSelectors()) {
            for (Element link : page.select(selector)) {
                addIfOnSite(next, link.attr("abs:href"), profile);
            }
        }
        int current = pageNumber(here.getRawQuery());
        for (Element link : page.select("a[href]")) {
            String href = link.attr("abs:href");
            URI target;
            try {
                target = URI.create(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (target.getHost() == null || !profile.isSiteHost(target.getHost())) {
                continue;
            }
            String path = target.getPath() == null ? "" : target.getPath();
            if (isArticlePath(path, profile, gazetteer)) {
                articles.add(withoutFragment(target));
            } else if (next.isEmpty() && path.equals(here.getPath()) && pageNumber(target.getRawQuery()) == current + 1) {
                next.add(withoutFragment(target));
            }
        }
        return new ListingLinks(List.copyOf(articles), List.copyOf(next));
    }

    /** {@code /global-voices/{slug}} (or under a language prefix), but not a place or topic listing. */
    static boolean isArticlePath(String path, SiteProfile profile, Gazetteer gazetteer) {
        String bare = path.replaceAll("/+$", "");
        String[] segments = bare.split("/");
        int start = segments.length > 1 && profile.languagePrefixes().contains(segments[1]) ? 2 : 1;
        String prefix = profile.locationPathPrefix().replaceAll("(^/|/$)", "");
        if (segments.length != start + 2 || !segments[start].equals(prefix)) {
            return false;
        }
        String slug = segments[start + 1];
        return !slug.isEmpty() && !slug.equals("topics") && gazetteer.byPath(slug).isEmpty();
    }

    private static int pageNumber(String query) {
        if (query == null) {
            return 0;
        }
        Matcher m = PAGE_PARAMETER.matcher(query);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void addIfOnSite(Set<String> into, String href, SiteProfile profile) {
        try {
            URI target = URI.create(href);
            if (target.getHost() != null && profile.isSiteHost(target.getHost())) {
                into.add(withoutFragment(target));
            }
        } catch (IllegalArgumentException e) {
            // an unusable link is no link
        }
    }

    private static String withoutFragment(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }
}
