package org.iwprarchive.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.ingest.archive.ArchivedPage;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.job.IngestJobs;
import org.iwprarchive.ingest.job.InvalidIngestRequestException;
import org.iwprarchive.ingest.job.JobProgress;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar iwpr-archive.jar --ingest <url|file>...}: archives the given addresses (fetched as a job,
 * with the same politeness and safety as the API) and saved pages ({@code .html} or print-view {@code .txt}),
 * prints what happened to each, and exits: 0 when everything was archived, 1 otherwise.
 */
@Component
@Order(200)
class CommandLineIngest implements ApplicationRunner, ExitCodeGenerator {

    private final IngestJobs jobs;
    private final ArticleArchiver archiver;
    private final PrintStream out = System.out;
    private int exitCode;

    CommandLineIngest(IngestJobs jobs, ArticleArchiver archiver) {
        this.jobs = jobs;
        this.archiver = archiver;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("ingest")) {
            return;
        }
        List<String> targets = new ArrayList<>(args.getOptionValues("ingest"));
        targets.addAll(args.getNonOptionArgs());
        targets.removeIf(String::isBlank);
        if (targets.isEmpty()) {
            out.println("usage: java -jar iwpr-archive.jar --ingest <url|file>...");
            exitCode = 2;
            return;
        }
        List<String> urls = targets.stream().filter(CommandLineIngest::isUrl).toList();
        int failures = 0;
        for (String file : targets.stream().filter(t -> !isUrl(t)).toList()) {
            failures += ingestFile(Path.of(file)) ? 0 : 1;
        }
        if (!urls.isEmpty()) {
            failures += ingestUrls(urls);
        }
        out.printf("ingest: %d archived, %d failed%n", targets.size() - failures, failures);
        exitCode = failures == 0 ? 0 : 1;
    }

    private boolean ingestFile(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".txt") ? "text/plain; charset=utf-8"
                    : name.endsWith(".mhtml") || name.endsWith(".mht") ? "multipart/related" : "text/html";
            ArchivedPage page = archiver.archive(PageCapture.received(file.toAbsolutePath().toUri().toString(), type,
                    content, SnapshotOrigin.FILE, Instant.now()));
            out.printf("%s: %s, article %d version %d%n", file, page.outcome(), page.articleId(), page.articleVersion());
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            out.printf("%s: no such file%n", file);
        } catch (IOException e) {
            out.printf("%s: cannot be read: %s%n", file, e);
        } catch (UnparseablePageException | InvalidArticleUrlException e) {
            out.printf("%s: not archived: %s%n", file, e.getMessage());
        }
        return false;
    }

    private int ingestUrls(List<String> urls) {
        try {
            long jobId = jobs.submitUrls(urls).getId();
            out.printf("fetching %d addresses as job %d%n", urls.size(), jobId);
            jobs.runInThisThread(jobId);
            JobProgress done = jobs.progress(jobId).orElseThrow();
            done.errors().forEach(e -> out.printf("%s: not archived: %s%n", e.url(), e.message()));
            out.printf("job %d: %d archived, %d skipped, %d failed in %s%n", jobId, done.done(), done.skipped(),
                    done.failed(), elapsed(done));
            return (int) done.failed();
        } catch (InvalidIngestRequestException e) {
            out.println(e.getMessage());
            e.problems().forEach(p -> out.println("  " + p));
            return urls.size();
        }
    }

    private static String elapsed(JobProgress done) {
        if (done.startedAt() == null || done.finishedAt() == null) {
            return "-";
        }
        return java.time.Duration.between(done.startedAt(), done.finishedAt()).toMillis() + " ms";
    }

    private static boolean isUrl(String target) {
        return target.contains("://");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
