package org.iwprarchive.search.index;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.iwprarchive.domain.archive.BulkWrites;

/**
 * Hibernate Search's {@code read-sync}, except for what happens when the index refuses a document. A write
 * still returns once its articles are searchable; but the index is updated after PostgreSQL has committed, so
 * a failure there cannot undo the write, and {@code read-sync} would throw it at a caller whose article is
 * stored. Here it goes to {@link IndexProblems} instead, and the write reports what it stored. Within
 * {@link BulkWrites#indexingOneBehind} a write waits for the index update of the write before it instead of its own.
 */
final class ReportingReadSync implements IndexingPlanSynchronizationStrategy {

    private final IndexProblems problems;

    ReportingReadSync(IndexProblems problems) {
        this.problems = problems;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        context.indexingFutureHandler(future -> {
            Runnable awaitAndReport = () -> {
                SearchIndexingPlanExecutionReport report;
                try {
                    report = future.join();
                } catch (CompletionException e) {
                    problems.record(List.of(), "store", "indexing after a write", e.getCause());
                    return;
                }
                report.throwable().ifPresent(failure -> problems.record(
                        List.<EntityReference>copyOf(report.failingEntities()), "store", "indexing after a write",
                        failure));
            };
            // a bulk import's batch is searchable once the next batch is stored; every other write waits here
            if (!BulkWrites.handOver(awaitAndReport)) {
                awaitAndReport.run();
            }
        });
    }
}
