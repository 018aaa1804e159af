package org.iwprarchive.ingest.job;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * With several instances on one database, each job is worked on by the instance that claimed it ({@link JobClaims});
 * the claim is renewed while the job runs, and a job whose claim was taken over (this instance was thought dead)
 * is left to its new instance at once.
 */
@Component
class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobWork work;
    private final JobProperties properties;
    private final JobClaims claims;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;
    private ScheduledExecutorService renewals;

    JobRunner(JobWork work, JobProperties properties, JobClaims claims) {
        this.work = work;
        this.properties = properties;
        this.claims = claims;
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
        renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-job-claims");
            thread.setDaemon(true);
            return thread;
        });
        worker = new Thread(this::loop, "ingest-jobs");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Optional<Long> next = claims.claimNext();
                if (next.isPresent()) {
                    runClaimed(next.get());
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

    /** Runs a claimed job, renewing the claim; a claim lost to another instance interrupts the work. */
    private void runClaimed(long jobId) {
        Thread self = Thread.currentThread();
        long every = Math.max(1, properties.claimLease().toMillis() / 3);
        ScheduledFuture<?> renewing = renewals.scheduleAtFixedRate(() -> {
            try {
                if (!claims.renew(jobId)) {
                    log.warn("Job {} was taken over by another instance; this one stops working on it", jobId);
                    self.interrupt();
                }
            } catch (RuntimeException e) {
                // the database cannot be reached: the work itself fails on it and is retried; the lease runs on
                log.debug("The claim on job {} could not be renewed", jobId, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            work.run(jobId);
        } finally {
            renewing.cancel(false);
            if (!running) {
                // paused by a stop: another instance may go on with it at once
                claims.release(jobId);
            } else if (self.isInterrupted()) {
                // lost to another instance while running: not a reason to stop this worker
                Thread.interrupted();
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
        if (renewals != null) {
            renewals.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
