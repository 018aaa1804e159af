package org.iwprarchive.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;
import org.iwprarchive.domain.TextLimits;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.location.LocationKind;

/**
 * The steps both page forms share once their raw pieces are read: cleaning the body of bylines, date lines,
 * photo credits, funding notes and the author's bio, placing location names in the hierarchy, and the final
 * checks that make a page an article.
 */
final class ArticleAssembly {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final SiteProfile profile;
    private final Gazetteer gazetteer;

    ArticleAssembly(SiteProfile profile, Gazetteer gazetteer) {
        this.profile = profile;
        this.gazetteer = gazetteer;
    }

    /** A body paragraph that is not article text. */
    boolean isBoilerplate(String paragraph) {
        return Bylines.isPhotoCredit(paragraph)
                || DateLines.isDateLine(paragraph)
                || profile.footerPrefixes().stream().anyMatch(paragraph::startsWith);
    }

    /**
     * Removes the author's bio sentence (and anything after it that is boilerplate) from the body and gives
     * it to the author it belongs to.
     */
    List<String> takeBios(List<String> paragraphs, List<ParsedAuthor> authors, FieldTrace trace, String rule) {
        List<String> body = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (Bylines.bioOf(paragraph, authors).isEmpty()) {
                body.add(paragraph);
                continue;
            }
            // one paragraph may hold the bios of several authors, a sentence each, or one sentence for all
            for (String sentence : SENTENCE_BREAK.split(paragraph)) {
                for (ParsedAuthor owner : Bylines.bioOf(sentence, authors)) {
                    if (owner.bio() == null) {
                        authors.set(authors.indexOf(owner), owner.withBio(sentence));
                        trace.record("authors.bio", rule);
                    }
                }
            }
        }
        return body;
    }

    /** A location known only by its name, placed through the gazetteer when it knows the name. */
    ParsedLocation locationNamed(String name) {
        return gazetteer.byName(name)
                .orElseGet(() -> new ParsedLocation(name.strip(), Slugs.of(name), LocationKind.UNKNOWN, null, null));
    }

    /** The gazetteer's place of this name, if it knows one. */
    Optional<ParsedLocation> knownLocationNamed(String name) {
        return gazetteer.byName(name);
    }

    /** A location from a tag link: its path under the listing prefix places it. */
    ParsedLocation locationLinked(String name, String linkPath) {
        String path = withoutLanguage(linkPath);
        String prefix = profile.locationPathPrefix();
        if (path != null && path.startsWith(prefix)) {
            String relative = path.substring(prefix.length()).replaceAll("/+$", "");
            // "/az/global-voices/location/azerbaijan": an edition's listing by another path, named by its last segment
            Optional<ParsedLocation> known = gazetteer.byPath(relative)
                    .or(() -> gazetteer.byName(Slugs.lastSegment(relative)));
            if (known.isPresent()) {
                return known.get();
            }
            int cut = relative.lastIndexOf('/');
            ParsedLocation parent = cut < 0 ? null : gazetteer.byPath(relative.substring(0, cut)).orElse(null);
            return new ParsedLocation(name.strip(), Slugs.lastSegment(relative), LocationKind.UNKNOWN, path, parent);
        }
        // "/fa/location/afghanistan": an edition's own listing, whose last segment may name the place in English
        return gazetteer.byName(name)
                .or(() -> path == null ? Optional.empty() : gazetteer.bySlug(Slugs.lastSegment(path)))
                .orElseGet(() -> new ParsedLocation(name.strip(), Slugs.of(name), LocationKind.UNKNOWN, null, null));
    }

    /**
     * The gazetteer's place for a listing path, if {@code path} is one: by the whole path, or, for a path under a
     * region the gazetteer knows whose levels differ from its own ({@code europe-eurasia/ukraine} for its
     * {@code europe-eurasia/eastern-europe/ukraine}, as a site rearranges its listings), by its last segment.
     */
    Optional<ParsedLocation> knownLocation(String linkPath) {
        String path = withoutLanguage(linkPath);
        String prefix = profile.locationPathPrefix();
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        String relative = path.substring(prefix.length()).replaceAll("/+$", "");
        int first = relative.indexOf('/');
        return gazetteer.byPath(relative).or(() -> first > 0 && gazetteer.byPath(relative.substring(0, first)).isPresent()
                ? gazetteer.byName(Slugs.lastSegment(relative)) : Optional.empty());
    }

    /**
     * A listing path without an edition's language before it: "/ar/global-voices/middle-east-north-africa/iraq" is
     * the Arabic edition's listing of the place "/global-voices/middle-east-north-africa/iraq" is.
     */
    private String withoutLanguage(String path) {
        if (path == null || path.length() < 4 || path.charAt(0) != '/') {
            return path;
        }
        int slash = path.indexOf('/', 1);
        return slash > 1 && profile.languagePrefixes().contains(path.substring(1, slash).toLowerCase(Locale.ROOT))
                ? path.substring(slash) : path;
    }

    /*
     * A page can hold anything: a name of 40,000 characters in a byline, a link no server would send. What the
     * archive keeps is bounded (TextLimits): names are cut where a word ends, as a reader would shorten them, and
     * links too long to be real are dropped; the article itself is kept.
     */
    private static ParsedLocation bounded(ParsedLocation location) {
        return location == null ? null : new ParsedLocation(name(location.name()), slug(location.slug()),
                location.kind(), link(location.url()), bounded(location.parent()));
    }

    private static String name(String name) {
        return TextLimits.cut(name, TextLimits.NAME);
    }

    /** A slug cut where one of its words ends. */
    private static String slug(String slug) {
        if (slug == null || slug.length() <= TextLimits.NAME) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', TextLimits.NAME);
        return slug.substring(0, hyphen > TextLimits.NAME / 2 ? hyphen : TextLimits.NAME);
    }

    /**
     * A slug made from a name on a Ukrainian page, made again as Ukrainian spells it ({@link Slugs#of(String,
     * String)}); a slug from elsewhere (a tag page's address, the gazetteer) stays, as does every slug of a page in
     * another language, which the romanisation of no language in particular spells as its language does.
     */
    private static String inLanguage(String name, String slug, String language) {
        if (!"uk".equals(language) || name == null || slug == null || !slug.equals(Slugs.of(name))) {
            return slug;
        }
        return Slugs.of(name, language);
    }

    private static String link(String url) {
        return TextLimits.fits(url, TextLimits.URL) ? url : null;
    }

    ParsedArticle finish(String canonicalUrl, String title, String standfirst, List<String> paragraphs,
                         LocalDate publishedOn, String language, List<ParsedAuthor> authors,
                         List<ParsedLocation> locations, List<ParsedTopic> topics, FieldTrace trace) {
        if (title == null || title.isBlank()) {
            throw new UnparseablePageException("the page has no title");
        }
        if (paragraphs.isEmpty()) {
            throw new UnparseablePageException("the page has no article text");
        }
        Map<String, ParsedLocation> uniqueLocations = new LinkedHashMap<>();
        locations.stream().map(ArticleAssembly::bounded)
                .map(l -> new ParsedLocation(l.name(), inLanguage(l.name(), l.slug(), language), l.kind(), l.url(),
                        l.parent()))
                .forEach(l -> uniqueLocations.putIfAbsent(l.slug(), l));
        Map<String, ParsedTopic> uniqueTopics = new LinkedHashMap<>();
        topics.stream().map(t -> new ParsedTopic(name(t.name()), slug(inLanguage(t.name(), t.slug(), language))))
                .forEach(t -> uniqueTopics.putIfAbsent(t.slug(), t));
        Map<String, ParsedAuthor> uniqueAuthors = new LinkedHashMap<>();
        authors.stream().map(a -> new ParsedAuthor(name(a.name()), slug(inLanguage(a.name(), a.slug(), language)),
                        TextLimits.cut(a.bio(), TextLimits.BIO), link(a.profileUrl())))
                .forEach(a -> uniqueAuthors.putIfAbsent(a.slug(), a));
        ArticleContent content = new ArticleContent(TextLimits.cut(title, TextLimits.TITLE), standfirst, paragraphs,
                publishedOn, language);
        return new ParsedArticle(canonicalUrl, ArticleUrls.slugOf(canonicalUrl), content,
                List.copyOf(uniqueAuthors.values()), List.copyOf(uniqueLocations.values()),
                List.copyOf(uniqueTopics.values()), trace.rules(), null, Map.of());
    }
}
