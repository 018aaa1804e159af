package org.iwprarchive.search.query;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.IndexFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions for a search box: names of authors, places, topics and quoted sources that have a word starting
 * with what was typed, then article titles with such a word.
 */
@Service
public class SuggestionService {

    private static final int PER_KIND = 5;
    private static final int MAX_TYPED = 100;

    private final EntityManager entityManager;
    private final SearchMetrics metrics;

    private final ArticleQueries queries;

    SuggestionService(EntityManager entityManager, SearchMetrics metrics, ArticleQueries queries) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, int limit) {
        return metrics.time("suggest", () -> complete(typed, limit));
    }

    private List<Suggestion> complete(String typed, int limit) {
        String cleaned = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\*\"~|+\\-()]", "");
        if (cleaned.length() < 2) {
            return List.of();
        }
        // a completion is of a few words; the rest of a longer text adds nothing but terms for the index to expand
        String prefix = cleaned.length() > MAX_TYPED ? cleaned.substring(0, MAX_TYPED).strip() : cleaned;
        List<Suggestion> found = new ArrayList<>();
        names(found, "source", "select s.name, str(s.id) from Source s where s.kind <> "
                + "org.iwprarchive.domain.source.SourceKind.ANONYMOUS and (lower(s.name) like :start or lower(s.name) "
                + "like :word) order by s.name", prefix);
        names(found, "author", "select a.name, a.slug from Author a where lower(a.name) like :start "
                + "or lower(a.name) like :word order by a.name", prefix);
        names(found, "place", "select l.name, l.slug from Location l where lower(l.name) like :start "
                + "or lower(l.name) like :word order by l.name", prefix);
        names(found, "topic", "select t.name, t.slug from Topic t where lower(t.name) like :start "
                + "or lower(t.name) like :word order by t.name", prefix);
        // the last word a prefix of the words as written ("negotiat" completes "negotiations")
        Query titles = queries.textQuery(Map.of(IndexFields.TITLE_WORDS, 1.0f), prefix.replaceAll("\\s+", " ") + "*");
        if (titles != null) {
            Search.session(entityManager).search(Article.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field(IndexFields.TITLE, String.class))
                            .as((id, title) -> new Suggestion("title", title, id.toString())))
                    .where(f -> f.bool().must(queries.textPredicate(f, titles)))
                    .fetchHits(PER_KIND)
                    .forEach(found::add);
        }
        return found.stream().distinct().limit(limit).toList();
    }

    private void names(List<Suggestion> into, String type, String jpql, String prefix) {
        entityManager.createQuery(jpql, Object[].class)
                .setParameter("start", prefix + "%")
                .setParameter("word", "% " + prefix + "%")
                .setMaxResults(PER_KIND)
                .getResultList()
                .forEach(row -> into.add(new Suggestion(type, (String) row[0], (String) row[1])));
    }
}
