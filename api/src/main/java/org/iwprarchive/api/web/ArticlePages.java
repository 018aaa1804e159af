package org.iwprarchive.api.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.article.ArchiveReader;
import org.iwprarchive.api.article.ArchiveReader.VersionSummary;
import org.iwprarchive.api.article.ArticleReader;
import org.iwprarchive.api.article.ArticleResponses.ArticleDetail;
import org.iwprarchive.api.article.VersionDiff;
import org.iwprarchive.api.search.SearchResponses.SearchPage;
import org.iwprarchive.api.search.Searches;
import org.iwprarchive.api.source.SourceReader;
import org.iwprarchive.api.source.SourceReader.SourceDetail;
import org.iwprarchive.api.tag.TagReader;
import org.iwprarchive.api.tag.TagReader.AuthorDetail;
import org.iwprarchive.api.tag.TagReader.LocationNode;
import org.iwprarchive.api.tag.TagReader.TopicSummary;
import org.iwprarchive.domain.text.LanguageNames;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The interface's pages of one thing: an article (its text with quotations marked and linked to their sources,
 * related articles, versions and snapshots), the differences between two versions, and a source, author, place or
 * topic with its articles over time. Each reads through the services the REST API reads through.
 */
@Controller
class ArticlePages {

    private static final int LIST_SIZE = 20;

    private final ArticleReader articles;
    private final ArchiveReader archive;
    private final SourceReader sources;
    private final TagReader tags;
    private final Searches searches;

    ArticlePages(ArticleReader articles, ArchiveReader archive, SourceReader sources, TagReader tags,
                 Searches searches) {
        this.articles = articles;
        this.archive = archive;
        this.sources = sources;
        this.tags = tags;
        this.searches = searches;
    }

    @GetMapping(path = "/articles/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String article(@PathVariable long id, Model model) {
        ArticleDetail article = articles.detail(id);
        List<List<QuotedText.Run>> paragraphs = QuotedText.paragraphs(article.paragraphs(), article.quotations());
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", paragraphs);
        model.addAttribute("unplaced", QuotedText.unplaced(paragraphs, article.quotations()));
        // the names of the places an article's places lie in, for their hierarchy
        model.addAttribute("placeNames", article.locations().stream().allMatch(place -> place.within().isEmpty())
                ? Map.of() : tags.placeNames());
        Map<String, String> languageNames = new HashMap<>();
        article.translations().forEach(edition -> languageNames.put(edition.language(),
                LanguageNames.inEnglish(edition.language())));
        model.addAttribute("languageNames", languageNames);
        model.addAttribute("related", SearchView.hits(new SearchPage(searches.related(id, 5), 0, 5, 0, 0, true,
                List.of(), null, null)));
        List<VersionSummary> versions = archive.versions(id).items();
        model.addAttribute("versions", versions);
        model.addAttribute("snapshots", archive.snapshots(id).items());
        model.addAttribute("q", "");
        return "article";
    }

    @GetMapping(path = "/articles/{id}/diff", produces = MediaType.TEXT_HTML_VALUE)
    String diff(@PathVariable long id, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        ArticleDetail article = articles.detail(id);
        int later = to == null ? article.version() : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        if (earlier > later) {
            throw new InvalidRequestException("from", "must not be after to (" + earlier + " > " + later + ")");
        }
        model.addAttribute("article", article);
        model.addAttribute("versions", archive.versions(id).items());
        model.addAttribute("diff", VersionDiff.between(archive.version(id, earlier), archive.version(id, later)));
        model.addAttribute("q", "");
        return "diff";
    }

    @GetMapping(path = "/sources/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String source(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        int number = pageOf(page);
        SourceDetail source = sources.detail(id, number, LIST_SIZE);
        model.addAttribute("source", source);
        model.addAttribute("quotations", source.quotations());
        model.addAttribute("pageUrl", "/sources/" + id + "?page=");
        // only its spread over the years: the quotations themselves come from the source's own list
        articles("source", Long.toString(id), 0, 1, model);
        model.addAttribute("q", "");
        return "source";
    }

    @GetMapping(path = "/authors/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String author(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        AuthorDetail author = tags.author(slug);
        model.addAttribute("kind", "Author");
        model.addAttribute("name", author.name());
        model.addAttribute("about", author.bio());
        model.addAttribute("profileUrl", author.profileUrl());
        return tagPage("author", slug, page, model);
    }

    @GetMapping(path = "/places/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String place(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        LocationNode place = tags.location(slug);
        Map<String, String> names = tags.placeNames();
        model.addAttribute("kind", switch (place.kind()) {
            case "REGION" -> "Region";
            case "COUNTRY" -> "Country";
            default -> "Place";
        });
        model.addAttribute("name", place.name());
        model.addAttribute("within", place.within().stream().map(s -> new SearchView.TagLink(names.getOrDefault(s, s),
                "/places/" + s)).toList());
        model.addAttribute("children", place.children().stream().map(child -> new SearchView.TagLink(child.name()
                + " (" + child.articlesWithin() + ")", "/places/" + child.slug())).toList());
        return tagPage("location", slug, page, model);
    }

    @GetMapping(path = "/topics/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String topic(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        TopicSummary topic = tags.topic(slug);
        model.addAttribute("kind", "Topic");
        model.addAttribute("name", topic.name());
        return tagPage("topic", slug, page, model);
    }

    /** An author's, place's or topic's page: its articles, newest first, with their spread over the years. */
    private String tagPage(String field, String value, Integer page, Model model) {
        int number = pageOf(page);
        SearchPage answer = articles(field, value, number, LIST_SIZE, model);
        model.addAttribute("hits", SearchView.hits(answer));
        model.addAttribute("paging", SearchView.paging(answer, tagged(field, value, number)));
        return "tag";
    }

    /**
     * A page of the articles with one filter value, newest first, as the search finds them; the timeline of all of
     * them and the address of that search go to the model.
     */
    private SearchPage articles(String field, String value, int page, int size, Model model) {
        SearchState state = tagged(field, value, page);
        SearchPage answer = searches.search("", state.filterParameters(), state.sort(), List.of("year"),
                new PageParameters(page, size), null, false);
        model.addAttribute("timeline", Timeline.of(answer.facets(), year -> state.inYear(year).url()));
        model.addAttribute("searchUrl", state.atPage(0).url());
        model.addAttribute("q", "");
        return answer;
    }

    private static SearchState tagged(String field, String value, int page) {
        return new SearchState("", Map.of(field, List.of(value)), null, null, "newest", page);
    }

    private static int pageOf(Integer page) {
        if (page != null && (page < 0 || page > 499)) {
            throw new InvalidRequestException("page", "must be between 0 and 499");
        }
        return page == null ? 0 : page;
    }
}
