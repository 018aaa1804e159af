package org.iwprarchive.ingest.parse;

import java.util.List;
import java.util.Set;

/**
 * Everything the parser knows about the IWPR site, kept as data in one place. The live site's markup could
 * not be checked while writing this, so each field has several selectors tried in order: the current Drupal's
 * field classes ({@code field--name-body}) and the earlier Drupal's ({@code field-name-body}), then generic ones;
 * adjusting the parser to a markup change means editing this record, not the parsing code.
 *
 * @param hosts                host names accepted as IWPR, in any case, with or without a trailing dot
 * @param canonicalHost        the host every article URL is rewritten to
 * @param titleSuffixes        site names appended to {@code <title>}
 * @param titleSelectors       Drupal markup holding the headline
 * @param standfirstSelectors  markup holding the subtitle under the headline
 * @param dateSelectors        markup holding the date line
 * @param authorSelectors      blocks holding the article's authors: their links, or their names as text
 * @param authorBioSelectors   the bio sentence of the author block
 * @param bodySelectors        the container of the article body, tried in order
 * @param noiseSelectors       parts of the body that are not article text: captions, pull-quotes, promos
 * @param locationSelectors    blocks holding the place tag links
 * @param topicSelectors       blocks holding the topic tag links
 * @param locationLabels       labels (lower case, without the colon) of a labelled field of place links, as
 *                             templates print them beside the links ("Location:") whatever the field's markup
 * @param topicLabels          the same for topic links ("Topic:")
 * @param footerPrefixes       paragraph openings that mark funding notes and other boilerplate
 * @param languagePrefixes     path prefixes of the language editions ({@code /ru/...})
 * @param trackingParameters   query parameters dropped from URLs ({@code utm_*} are always dropped)
 * @param locationPathPrefix   the path under which place listings live
 * @param topicPathPrefix      the path under which topic listings live
 * @param nextPageSelectors    the "next page" link of a listing
 */
public record SiteProfile(Set<String> hosts, String canonicalHost, List<String> titleSuffixes,
                          List<String> titleSelectors, List<String> standfirstSelectors, List<String> dateSelectors,
                          List<String> authorSelectors, List<String> authorBioSelectors, List<String> bodySelectors,
                          List<String> noiseSelectors, List<String> locationSelectors, List<String> topicSelectors,
                          Set<String> locationLabels, Set<String> topicLabels, List<String> footerPrefixes, Set<String> languagePrefixes, Set<String> trackingParameters,
                          String locationPathPrefix, String topicPathPrefix, List<String> nextPageSelectors) {

    public static SiteProfile iwpr() {
        return new SiteProfile(
                Set.of("iwpr.net", "www.iwpr.net"),
                "iwpr.net",
                List.of(" | Institute for War and Peace Reporting", " | Institute for War & Peace Reporting",
                        " | IWPR", " - IWPR", " | Институт по освещению войны и мира",
                        " | Інститут висвітлення війни та миру", " | ИВПР", " | ІВПР"),
                List.of("h1.page-title", "h1#page-title", ".field--name-title", "article h1", "h1"),
                List.of(".field--name-field-standfirst", ".field--name-field-subtitle", ".field--name-field-summary",
                        ".field-name-field-standfirst", ".field-name-field-subtitle", ".field-name-field-summary",
                        ".standfirst", ".article-subtitle",
                        // the French edition's
                        ".chapeau", ".chapo"),
                List.of(".field--name-field-date", ".field--name-field-published-date", ".field-name-field-date",
                        ".field-name-field-published-date", ".article-date", ".submitted", "time"),
                List.of(".field--name-field-authors", ".field--name-field-author", ".field-name-field-authors",
                        ".field-name-field-author", ".field-name-field-byline", ".article-author", ".author-name",
                        ".author.vcard", "a[rel=author]",
                        // the article's <address>: its author's name (a Facebook Instant Article's header)
                        "article header address", "article > address"),
                List.of(".field--name-field-authors .author-bio", ".field--name-field-author-bio",
                        ".field-name-field-author-bio", ".author-bio"),
                List.of(".field--name-body", ".field-name-body", ".article-body", "article .content", "article", "main",
                        "#content", "body"),
                List.of("figure", "figcaption", ".caption", ".image-caption", ".field--name-field-image",
                        "blockquote.pull-quote", ".pull-quote", "aside", ".promo", ".newsletter", ".share",
                        ".note", ".editors-note", ".editor-note",
                        // appeals for donations and cookie notices a saved page keeps inside the article
                        "[class*=donat]", "[class*=cookie]",
                        ".field--name-field-funding", ".funding", "script", "style", "noscript", "nav"),
                List.of(".field--name-field-location", ".field--name-field-locations", ".field--name-field-region",
                        ".field-name-field-location", ".field-name-field-locations", ".field-name-field-region",
                        ".article-locations"),
                List.of(".field--name-field-topics", ".field--name-field-topic", ".field-name-field-topics",
                        ".field-name-field-topic", ".article-topics"),
                Set.of("location", "locations", "region", "regions", "country", "countries", "place", "places",
                        "регион", "регионы", "страна", "страны", "регіон", "регіони", "країна", "країни",
                        // the Kyrgyz, Kazakh, Uzbek, Tajik, Georgian, Armenian and Arabic editions' words
                        "аймак", "өлкө", "аймақ", "ел", "hudud", "mintaqa", "mamlakat", "минтақа", "кишвар",
                        "ადგილი", "რეგიონი", "ქვეყანა", "տարածաշրջան", "երկիր", "الموقع", "المنطقة", "البلد",
                        // the Azerbaijani, Spanish and French editions'
                        "ölkə", "bölgə", "ubicación", "lugar", "país", "países", "región", "lieu", "pays",
                        "région", "régions",
                        // the Bosnian, Albanian and Dari editions'
                        "lokacija", "regija", "država", "zemlja", "mjesto", "vendndodhja", "vendi", "rajoni",
                        "shteti", "موقعیت", "منطقه", "کشور", "ولایت", "ځای", "هېواد", "شوێن", "وڵات"),
                Set.of("topic", "topics", "theme", "themes", "subject", "subjects",
                        "тема", "темы", "тематика", "теми", "тақырып", "mavzu", "мавзӯъ", "мавзу", "თემა",
                        "թեմա", "الموضوع", "المواضيع", "mövzu", "tema", "temas", "sujet", "sujets", "thème", "thèmes",
                        "teme", "temat", "موضوع", "موضوعات", "بابەت"),
                List.of("This publication was prepared under", "This article was produced under",
                        "This publication was produced", "This article was prepared under",
                        "This article is part of", "The contents of this publication are the sole responsibility",
                        // editors' notes of a correction
                        "This article was updated", "This article has been updated", "This article was corrected",
                        "This article has been corrected", "This article was amended", "This article has been amended",
                        "An earlier version of this article"),
                Set.of("ru", "ky", "uz", "kk", "tg", "tk", "ka", "hy", "az", "uk", "ar", "fr", "es", "bs", "sr", "hr", "sq", "fa",
                        "ps"),
                // apc_state: the 2000s site's navigation state, which repeats its address's other parameters
                Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "ref", "source", "apc_state"),
                "/global-voices/",
                "/global-voices/topics/",
                List.of("link[rel=next]", "a[rel=next]", ".pager__item--next a", ".pager-next a", "li.next a"));
    }

    /** The same profile, with more host names accepted as the site (a mirror, a local test server). */
    public SiteProfile withHosts(java.util.Collection<String> more) {
        Set<String> all = new java.util.HashSet<>(hosts);
        more.forEach(h -> all.add(h.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.+$", "")));
        return new SiteProfile(Set.copyOf(all), canonicalHost, titleSuffixes, titleSelectors, standfirstSelectors,
                dateSelectors, authorSelectors, authorBioSelectors, bodySelectors, noiseSelectors, locationSelectors,
                topicSelectors, locationLabels, topicLabels, footerPrefixes, languagePrefixes, trackingParameters, locationPathPrefix,
                topicPathPrefix, nextPageSelectors);
    }

    /** Whether {@code host} is one of the site's names, ignoring case and a trailing dot (DNS root). */
    public boolean isSiteHost(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.toLowerCase(java.util.Locale.ROOT);
        while (bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return hosts.contains(bare);
    }
}
