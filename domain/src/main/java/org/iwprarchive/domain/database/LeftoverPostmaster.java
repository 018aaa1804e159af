package org.iwprarchive.domain.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server a data directory's {@code postmaster.pid} names. When the service is killed (SIGKILL, an
 * out-of-memory kill, a crashed JVM) its server keeps running, holding the directory, and a new start would wait
 * for it in vain. Called only while this process holds the directory's lock, so no running instance of the
 * service owns such a server: it is stopped the way {@code pg_ctl stop -m fast} would, and its data is intact.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private final Path directory;
    private final long pid;

    private LeftoverPostmaster(Path directory, long pid) {
        this.directory = directory;
        this.pid = pid;
    }

    /** The server {@code directory}'s pid file names, when it is a PostgreSQL process that still runs. */
    static Optional<LeftoverPostmaster> in(Path directory) {
        Optional<Long> pid = pidOf(directory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get());
        if (process.isEmpty()) {
            // PostgreSQL replaces the pid file of a server that no longer runs by itself
            return Optional.empty();
        }
        if (!running(process.get())) {
            // a killed server its parent has not reaped yet: PostgreSQL takes the number for a live server and
            // would refuse to start, although that server's sessions ended with it
            log.warn("{} names process {}, which has ended: removing the stale pid file",
                    directory.resolve("postmaster.pid"), pid.get());
            deleteQuietly(directory.resolve("postmaster.pid"));
            return Optional.empty();
        }
        if (!isPostgresOver(process.get(), directory)) {
            // the number was given to another program since (after a reboot): the file is stale, and PostgreSQL
            // would refuse to start while a live process has that number
            log.warn("{} names process {}, which is not a PostgreSQL server over this directory: removing the "
                    + "stale pid file", directory.resolve("postmaster.pid"), pid.get());
            deleteQuietly(directory.resolve("postmaster.pid"));
            return Optional.empty();
        }
        return Optional.of(new LeftoverPostmaster(directory, pid.get()));
    }

    /** Whether the server the pid file of {@code directory} names is running. */
    static boolean runningIn(Path directory) {
        return pidOf(directory).flatMap(ProcessHandle::of).filter(LeftoverPostmaster::running).isPresent();
    }

    long pid() {
        return pid;
    }

    /**
     * Stops the server: a fast shutdown (SIGINT: sessions end, the server checkpoints), then, if it has not
     * ended within {@code wait}, an immediate one (SIGQUIT: recovery from the write-ahead log at the next start).
     *
     * @throws IllegalStateException when the server still runs after both
     */
    void stop(Duration wait) {
        log.warn("A PostgreSQL server (pid {}) left running by an instance of the service that ended without "
                + "stopping it holds {}: stopping it", pid, directory);
        for (String signal : List.of("INT", "QUIT")) {
            signal(signal);
            if (awaitExit(wait)) {
                log.info("The left-over PostgreSQL server (pid {}) has stopped", pid);
                return;
            }
        }
        throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") left running over " + directory
                + " did not stop; stop it by hand (kill " + pid + ") and start the service again");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: Java's own signal is SIGTERM, PostgreSQL's smart shutdown, which is enough here
            // since the sessions of the ended service are gone
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitExit(Duration wait) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!running(process.get())) {
                return true;
            }
            try {
                process.get().onExit().get(100, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                // not yet: an ended process that nobody has reaped yet is looked at again above
            } catch (ExecutionException e) {
                return !running(process.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !running(process.get());
    }

    /** Alive and not a zombie: a killed server whose parent has not reaped it still has its number. */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int endOfName = stat.lastIndexOf(')');
            return endOfName < 0 || endOfName + 2 >= stat.length() || stat.charAt(endOfName + 2) != 'Z';
        } catch (IOException e) {
            // no /proc (not Linux), or the process ended a moment ago
            return process.isAlive();
        }
    }

    private static boolean isPostgresOver(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        if (!command.isEmpty() && !Path.of(command).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        return info.arguments().map(arguments -> List.of(arguments).contains(directory.toString())).orElse(true);
    }

    private static Optional<Long> pidOf(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {}: {}", directory.resolve("postmaster.pid"), e.toString());
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", file, e.toString());
        }
    }
}
