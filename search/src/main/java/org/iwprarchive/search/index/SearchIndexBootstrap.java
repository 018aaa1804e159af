package org.iwprarchive.search.index;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
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
 * PostgreSQL is the source of truth; the index can always be rebuilt from it. At start-up a Lucene index that
 * is missing (a new index directory over an existing database), holds a different number of articles than
 * the database, or was written under another mapping version is rebuilt before anything else runs. A shared
 * OpenSearch index is filled when it is empty ({@link #fillSharedIndex}).
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
    private final DataSource dataSource;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, ArticleRepository articles, SearchIndexer indexer,
                         SearchProperties properties, IndexProblems problems, DataSource dataSource) {
        this.problems = problems;
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.indexer = indexer;
        this.properties = properties;
    }

    /** The PostgreSQL advisory lock instances take to fill a shared index one at a time. */
    static final long FILL_LOCK = 0x1597_0001L;

    /**
     * A shared index (OpenSearch) is filled from PostgreSQL when it is empty and the database is not: a new cluster,
     * or a new mapping version, whose index has a name of its own. One instance fills it, holding a PostgreSQL
     * advisory lock; the others wait for the lock, find it filled and go on. An index whose count differs from the
     * database's is left as it is (with outbox-polling coordination, changes reach it a moment after they commit)
     * and the difference logged: POST /api/admin/reindex rebuilds it.
     */
    private void fillSharedIndex() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + FILL_LOCK + ")");
            }
            try {
                long inDatabase = articles.count();
                long inIndex = inIndex();
                if (inIndex == 0 && inDatabase > 0) {
                    log.info("The shared search index is empty and the database holds {} articles: filling it",
                            inDatabase);
                    indexer.rebuild();
                } else if (inIndex != inDatabase) {
                    log.warn("The shared search index holds {} articles and the database {}; changes may still be "
                            + "on their way (outbox-polling). POST /api/admin/reindex rebuilds it", inIndex, inDatabase);
                } else {
                    log.info("The shared search index is current ({} articles)", inIndex);
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_unlock(" + FILL_LOCK + ")");
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.error("The shared search index could not be checked or filled at start-up; the service starts "
                    + "without it complete. Rebuild it with POST /api/admin/reindex once the cause is mended", e);
        }
    }

    private long inIndex() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
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
        if (!properties.local()) {
            fillSharedIndex();
            return;
        }
        Path marker = properties.indexDirectory().resolve("iwpr-index-version");
        String written = readMarker(marker);
        String current = String.valueOf(ArticleIndexMapping.VERSION);
        long knownRefused = problems.recall();
        try {
            long inDatabase = articles.count();
            long inIndex = inIndex();
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
