package org.iwprarchive.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
/** Turns an archived page (HTML or print-view text) into the fields of an article. */
public class ArticleParser {

    /** Stored with every snapshot; raise it whenever a change to the rules can change what a page yields. */
    public static final String VERSION = "iwpr-parser/70";
    /** What old pages in Latin script are, whatever they declare of Latin-1: what browsers read them as. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** An encoding named in a content type or a {@code <meta>}: "charset=windows-1251", {@code charset="utf-8"}. */
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final HtmlArticleParser html;
    private final PrintViewParser printView;
    private final ArticleUrls urls;
    private final SiteProfile profile;
    private final Gazetteer gazetteer;

    public ArticleParser() {
        this(SiteProfile.iwpr(), Gazetteer.iwpr());
    }

    public ArticleParser(SiteProfile profile, Gazetteer gazetteer) {
        this.profile = profile;
        this.gazetteer = gazetteer;
        this.urls = new ArticleUrls(profile);
        ArticleAssembly assembly = new ArticleAssembly(profile, gazetteer);
        this.html = new HtmlArticleParser(profile, urls, assembly);
        this.printView = new PrintViewParser(urls, assembly);
    }

    /**
     * @param sourceUrl   where the page came from; used when the page names no canonical address itself
     * @param contentType {@code text/html} (or XHTML) for a page, {@code text/plain} for the print view,
     *                    {@code multipart/related} for a page a browser saved as one MHTML file
     * @throws UnparseablePageException   when the page is not a readable article
     * @throws InvalidArticleUrlException when no site address can be found for it
     */
    public ParsedArticle parse(byte[] content, String contentType, String sourceUrl) {
        if (SavedPages.isMhtml(content, contentType)) {
            // a page a browser saved as one file: the HTML page in it, from the address it was saved from (a
            // page of the site or of a Wayback Machine) unless the caller gave one
            SavedPages.Unpacked saved = SavedPages.unpack(content);
            String location = saved.location();
            boolean known = location != null && (WaybackPages.address(location).isPresent() || urls.isSiteUrl(location));
            return parse(saved.html().getBytes(StandardCharsets.UTF_8), "text/html",
                    sourceUrl != null ? sourceUrl : known ? location : null);
        }
        // a page given with its archive.today address: the page itself names the original (its header's "Saved
        // from"), unless the address does
        if (ArchiveTodayPages.isArchiveAddress(sourceUrl)) {
            return parse(content, contentType, ArchiveTodayPages.original(sourceUrl).orElse(null), sourceUrl);
        }
        // and one given with its address in Google's cache: the query names the original
        if (GoogleCachePages.isCacheAddress(sourceUrl)) {
            return parse(content, contentType, GoogleCachePages.original(sourceUrl).orElse(null), sourceUrl);
        }
        // a page given with its Wayback Machine address is the page at the original address
        Optional<WaybackPages.Capture> wayback = WaybackPages.address(sourceUrl);
        String given = wayback.map(WaybackPages.Capture::original).orElse(sourceUrl);
        ParsedArticle parsed = parse(content, contentType, given, sourceUrl);
        return wayback.isPresent() && parsed.capturedAt() == null
                ? parsed.capturedAt(wayback.get().capturedAt()) : parsed;
    }

    private ParsedArticle parse(byte[] content, String contentType, String sourceUrl, String asGiven) {
        if (sourceUrl != null) {
            urls.canonical(sourceUrl);
        }
        String text = decode(content, contentType);
        if (text.isBlank()) {
            throw new UnparseablePageException("the page is empty");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return printView.parse(text, sourceUrl);
        }
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            return html.parse(text, sourceUrl, asGiven);
        }
        throw new UnparseablePageException("pages of type '" + contentType + "' cannot be read; send text/html, "
                + "text/plain or a page saved as MHTML (multipart/related)");
    }

    /** The article and next-page links of a listing page. */
    public ListingLinks listingLinks(byte[] content, String pageUrl) {
        return ListingLinks.of(decode(content, null), pageUrl, profile, gazetteer);
    }

    /** Whether an address on the site is an article page, not a listing or another kind of page. */
    public boolean isArticleUrl(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getHost() != null && profile.isSiteHost(uri.getHost())
                    && ListingLinks.isArticlePath(uri.getPath() == null ? "" : uri.getPath(), profile, gazetteer);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The normalised form of a site address; throws for an address that is not on the site. */
    public String canonicalUrl(String url) {
        return urls.canonical(url);
    }

    /**
     * The page's text: UTF-8 when its bytes are UTF-8 (a page in another encoding is almost never valid UTF-8 once it
     * has a letter beyond ASCII), else the encoding the content type or the page's own {@code <meta>} declares
     * ("windows-1251" for the Russian edition's pages of the 2000s, "koi8-r"), else windows-1252, which browsers read
     * pages declared Latin-1 as.
     */
    static String decode(byte[] content, String contentType) {
        if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            throw new UnparseablePageException("the page is a PDF document, not an article page");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new UnparseablePageException("the page is binary data, not text");
            }
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !containsEncodedReplacementCharacter(content)) {
            Charset declared = declaredCharset(contentType)
                    .or(() -> declaredCharset(new String(content, 0, Math.min(content.length, 4096),
                            StandardCharsets.ISO_8859_1)))
                    .filter(charset -> !charset.equals(StandardCharsets.UTF_8))
                    .orElse(WINDOWS_1252);
            return new String(content, declared);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The encoding a content type or a page's head names: "text/html; charset=windows-1251", {@code <meta
     * charset="koi8-r">}, {@code <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">}; empty
     * when none is named or Java does not know it.
     */
    private static Optional<Charset> declaredCharset(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher named = CHARSET.matcher(text);
        if (!named.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(named.group(1)));
        } catch (IllegalArgumentException unknown) { // an illegal or unsupported name
            return Optional.empty();
        }
    }

    /** Whether the page itself holds U+FFFD (bytes EF BF BD), so one in the decoded text is not a decoding error. */
    private static boolean containsEncodedReplacementCharacter(byte[] content) {
        for (int i = 0; i + 2 < content.length; i++) {
            if (content[i] == (byte) 0xEF && content[i + 1] == (byte) 0xBF && content[i + 2] == (byte) 0xBD) {
                return true;
            }
        }
        return false;
    }
}
