package org.iwprarchive.search.index;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL is the source of truth; the index can always be rebuilt from it. At start-up an index that
 * is missing (a new index directory over an existing database), holds a different number of articles than
 * the database, or was written under another mapping version is rebuilt before anything else runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleRepository articles;
    private final SearchIndexer indexer;
    private final SearchProperties properties;
    private final IndexProblems problems;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, ArticleRepository articles, SearchIndexer indexer,
                         SearchProperties properties, IndexProblems problems) {
        this.problems = problems;
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.indexer = indexer;
        this.properties = properties;
    }

    private static String readMarker(Path marker) {
        try {
            return Files.exists(marker) ? Files.readString(marker).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeMarker(Path marker, String version) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, version);
        } catch (IOException e) {
            log.warn("Could not record the index mapping version in {}: {}", marker, e.toString());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.rebuildOnStartup()) {
            return;
        }
        Path marker = properties.indexDirectory().resolve("iwpr-index-version");
        String written = readMarker(marker);
        String current = String.valueOf(ArticleIndexMapping.VERSION);
        long knownRefused = problems.recall();
        try {
            long inDatabase = articles.count();
            long inIndex;
            try (var entityManager = entityManagerFactory.createEntityManager()) {
                SearchSession session = Search.session(entityManager);
                inIndex = session.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
            }
            if (!current.equals(written) && inDatabase > 0) {
                log.info("The search index was written by mapping version {} and this is version {}: rebuilding",
                        written == null ? "unknown" : written, current);
                indexer.rebuild();
            } else if (inIndex > inDatabase || inIndex < inDatabase - knownRefused) {
                log.info("The search index holds {} articles and the database {}: rebuilding the index", inIndex,
                        inDatabase);
                indexer.rebuild();
            } else {
                log.info("The search index is current ({} articles{})", inIndex, inIndex == inDatabase ? ""
                        : "; " + (inDatabase - inIndex) + " the index refused before");
            }
            writeMarker(marker, current);
        } catch (RuntimeException e) {
            // the archive is in PostgreSQL whatever happened to the index: the service starts, searches may miss
            // articles until a rebuild succeeds, and the failure is in the log and in GET /api/admin/index-problems
            log.error("The search index could not be rebuilt at start-up; the service starts without it complete. "
                    + "Rebuild it with POST /api/admin/reindex once the cause is mended", e);
        }
    }
}
