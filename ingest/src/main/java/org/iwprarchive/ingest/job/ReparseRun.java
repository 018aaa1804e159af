package org.iwprarchive.ingest.job;

import java.time.Instant;
import java.util.List;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.springframework.stereotype.Component;

/** A reparse job: every article parsed again from its newest archived page, without fetching. */
@Component
class ReparseRun {

    private final ArticleRepository articles;
    private final ArticleArchiver archiver;
    private final JobLedger ledger;

    ReparseRun(ArticleRepository articles, ArticleArchiver archiver, JobLedger ledger) {
        this.articles = articles;
        this.archiver = archiver;
        this.ledger = ledger;
    }

    /**
     * Parses every article again, in id order. A job resumed after a restart goes on after the articles it had
     * finished with, so its counts stay those of one pass.
     */
    void run(long jobId) {
        List<Long> ids = articles.findAllIds();
        IngestJob job = ledger.update(jobId, j -> {
            if (j.getTotal() == null) {
                j.discovered(ids.size());
            }
        });
        for (Long id : ids.subList(Math.min(job.processed(), ids.size()), ids.size())) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                boolean found = archiver.reparse(id).isPresent();
                ledger.update(jobId, found ? IngestJob::succeeded : IngestJob::skipped);
            } catch (UnparseablePageException | InvalidArticleUrlException e) {
                ledger.update(jobId, j -> j.failed("article " + id, e.getMessage(), Instant.now()));
            }
        }
    }
}
