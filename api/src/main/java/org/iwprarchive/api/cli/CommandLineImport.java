package org.iwprarchive.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.iwprarchive.ingest.job.IngestJobs;
import org.iwprarchive.ingest.job.InvalidIngestRequestException;
import org.iwprarchive.ingest.job.JobProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar iwpr-archive.jar --import <file.warc|file.warc.gz|file.wacz>...}: imports web archive files,
 * each as an import job run here (the article pages at their capture dates; everything else counted and passed
 * over), prints what each job did, and exits: 0 when every file was read to its end with no page failing, 1
 * otherwise. A run stopped part way is resumed by the service (or the same command) from the last batch stored.
 */
@Component
@Order(210)
class CommandLineImport implements ApplicationRunner, ExitCodeGenerator {

    private final IngestJobs jobs;
    private final PrintStream out = System.out;
    private int exitCode;

    CommandLineImport(IngestJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("import")) {
            return;
        }
        List<String> files = new ArrayList<>(args.getOptionValues("import"));
        files.addAll(args.getNonOptionArgs());
        files.removeIf(String::isBlank);
        if (files.isEmpty()) {
            out.println("usage: java -jar iwpr-archive.jar --import <file.warc|file.warc.gz|file.wacz>...");
            exitCode = 2;
            return;
        }
        int troubled = 0;
        for (String file : files) {
            troubled += importFile(Path.of(file)) ? 0 : 1;
        }
        out.printf("import: %d of %d files imported without a failure%n", files.size() - troubled, files.size());
        exitCode = troubled == 0 ? 0 : 1;
    }

    private boolean importFile(Path file) {
        long jobId;
        try {
            jobId = jobs.submitImport(file).getId();
        } catch (InvalidIngestRequestException e) {
            out.println(e.getMessage());
            return false;
        }
        out.printf("%s: importing as job %d%n", file, jobId);
        jobs.runInThisThread(jobId);
        JobProgress done = jobs.progress(jobId).orElseThrow();
        done.errors().forEach(e -> out.printf("  %s: %s%n", e.url(), e.message()));
        double seconds = done.startedAt() == null || done.finishedAt() == null ? 0
                : Duration.between(done.startedAt(), done.finishedAt()).toMillis() / 1000.0;
        out.printf("%s: %d records read, %d pages archived, %d records skipped, %d failed in %.1f s (%.0f pages/s)%n",
                file, done.total(), done.done(), done.skipped(), done.failed(), seconds,
                seconds > 0 ? done.done() / seconds : 0);
        return done.failed() == 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
