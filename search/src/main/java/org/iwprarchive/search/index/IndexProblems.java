package org.iwprarchive.search.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEntityFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Articles the search index could not take, whether when they were stored or during a rebuild. PostgreSQL has
 * them either way, so such a failure costs the article its place in searches, never the service: it is logged,
 * counted ({@code iwpr.index.failures}) and listed here until a rebuild indexes the article.
 */
@Component
public class IndexProblems implements FailureHandler, MassIndexingFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(IndexProblems.class);
    /** Problems kept, newest last; an index that fails on more articles than this has one cause to fix. */
    static final int KEPT = 1000;
    private static final int MESSAGE = 500;

    /**
     * @param articleId the article, or null for a failure of no one article (the index itself)
     * @param operation what was being done: storing an article, a rebuild
     * @param message   why, as the index said it
     */
    public record Problem(Long articleId, Instant at, String operation, String message) {
    }

    private final Map<Object, Problem> problems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Counter failures;
    /**
     * Every article the index lacks because it refused it, since the last rebuild began (or as the last start
     * found them listed), kept beyond {@link #KEPT} to be counted and saved.
     */
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    /** Where they are listed, beside the index: a start that finds the index short by them knows why. */
    private final Path refusedFile;

    IndexProblems(SearchProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.refusedFile = properties.indexDirectory().resolve("iwpr-index-refused");
        this.failures = Counter.builder("iwpr.index.failures")
                .description("Articles (or index operations) the search index could not take")
                .register(meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /** The recorded problems, oldest first. */
    public List<Problem> list() {
        synchronized (problems) {
            return List.copyOf(problems.values());
        }
    }

    /** The articles among them. */
    public Set<Long> articleIds() {
        synchronized (problems) {
            return problems.values().stream().map(Problem::articleId).filter(id -> id != null)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    /** Forgets what the rebuild that starts now will find again. */
    void clear() {
        problems.clear();
        refused.clear();
    }

    /** Articles the index lacks since the last {@link #clear()} (all of them, not only those kept in the list). */
    int refusedArticles() {
        return refused.size();
    }

    /** Saves the articles the index lacks, so that a restart still knows them without a new rebuild. */
    void remember() {
        try {
            Files.createDirectories(refusedFile.getParent());
            Files.write(refusedFile, refused.stream().sorted().map(String::valueOf).toList());
        } catch (IOException e) {
            log.warn("Could not record the articles the index refused in {}: {}", refusedFile, e.toString());
        }
    }

    /** Lists the articles the index refused before this start; returns how many there are. */
    int recall() {
        if (!Files.exists(refusedFile)) {
            return 0;
        }
        try (var lines = Files.lines(refusedFile)) {
            lines.map(String::strip).filter(line -> line.matches("\\d{1,18}")).map(Long::valueOf)
                    .forEach(refused::add);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not read the articles the index refused from {}: {}", refusedFile, e.toString());
        }
        synchronized (problems) {
            refused.stream().sorted().limit(KEPT).forEach(id -> problems.put(id, new Problem(id, Instant.now(),
                    "recalled", "refused by the search index before this start; the log of that time says why")));
        }
        return refused.size();
    }

    /** Every failure is reported here: the list keeps the newest, the counter counts them all. */
    @Override
    public long failureFloodingThreshold() {
        return Long.MAX_VALUE;
    }

    @Override
    public void handle(FailureContext context) {
        if (String.valueOf(context.failingOperation()).contains("entityIdentifier=")) {
            // the index's report of one document's write, which the write's or the rebuild's report of the same
            // article follows: logged, not listed twice
            log.debug("Index work failed: {}", context.failingOperation(), context.throwable());
            return;
        }
        record(List.of(), "index", context.failingOperation(), context.throwable());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        record(context.failingEntityReferences(), "store", context.failingOperation(), context.throwable());
    }

    @Override
    public void handle(MassIndexingFailureContext context) {
        record(List.of(), "rebuild", context.failingOperation(), context.throwable());
    }

    @Override
    public void handle(MassIndexingEntityFailureContext context) {
        record(context.failingEntityReferences(), "rebuild", context.failingOperation(), context.throwable());
    }

    void record(List<EntityReference> entities, String operation, Object failing, Throwable cause) {
        String message = rootMessage(cause);
        log.error("The search index could not take {} ({}): {}", entities.isEmpty() ? failing
                : entities.stream().map(e -> e.name() + " " + e.id()).toList(), operation, message, cause);
        List<Problem> found = new ArrayList<>();
        if (entities.isEmpty()) {
            found.add(new Problem(null, Instant.now(), operation, message));
        }
        for (EntityReference entity : entities) {
            Long id = entity.id() instanceof Number number ? number.longValue() : null;
            found.add(new Problem(id, Instant.now(), operation, message));
        }
        boolean newlyRefused = false;
        synchronized (problems) {
            for (Problem problem : found) {
                failures.increment();
                if (problem.articleId() != null) {
                    newlyRefused |= refused.add(problem.articleId());
                }
                Object key = problem.articleId() == null ? new Object() : problem.articleId();
                problems.remove(key);
                problems.put(key, problem);
                while (problems.size() > KEPT) {
                    problems.remove(problems.keySet().iterator().next());
                }
            }
        }
        if (newlyRefused && operation.equals("store")) {
            // a rebuild saves its list when it ends; a refusal between rebuilds is saved at once
            remember();
        }
    }

    private static String rootMessage(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.length() > MESSAGE ? message.substring(0, MESSAGE) + "..." : message;
    }
}
