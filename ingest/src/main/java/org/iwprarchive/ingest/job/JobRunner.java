package org.iwprarchive.ingest.job;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One background worker that takes queued jobs in order, and on start-up resumes the jobs a stop
 * interrupted. One worker keeps the politeness rules simple to reason about: one request at a time per host.
 * It stops with the other lifecycle beans, before the database pool closes, so a job in flight is paused.
 */
@Component
class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final IngestJobRepository jobs;
    private final JobWork work;
    private final JobProperties properties;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    JobRunner(IngestJobRepository jobs, JobWork work, JobProperties properties) {
        this.jobs = jobs;
        this.work = work;
        this.properties = properties;
    }

    @TransactionalEventListener
    void onQueued(JobQueued queued) {
        wake.release();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Work starts once the service is ready, after the start-up index check and the example data. */
    @EventListener(ApplicationReadyEvent.class)
    void startWorking() {
        if (!running || !properties.runJobs() || worker != null) {
            return;
        }
        worker = new Thread(this::loop, "ingest-jobs");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Optional<IngestJob> next = jobs.findByStatusInOrderByIdAsc(
                        List.of(IngestJobStatus.RUNNING, IngestJobStatus.QUEUED)).stream().findFirst();
                if (next.isPresent()) {
                    work.run(next.get().getId());
                } else {
                    wake.tryAcquire(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                log.error("The ingest worker failed; it tries again in 5 s", e);
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread active = worker;
        worker = null;
        if (active != null) {
            active.interrupt();
            try {
                active.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
