package org.iwprarchive.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenSearch node for the tests of one JVM, started on first use as a child process ({@link NodeMain}) on
 * the class path this module's build wrote, and stopped when the JVM ends. Only JDK classes here: the tests load
 * this class without OpenSearch's on their class path.
 */
public final class OpenSearchTestNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static OpenSearchTestNode shared;

    private final Process process;
    private final URI uri;
    private final Path log;

    private OpenSearchTestNode(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /** The node of this JVM, started (and waited for) on first call. */
    public static synchronized OpenSearchTestNode shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** The node's HTTP address, such as {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return uri;
    }

    /**
     * A node of the caller's own, over a directory it keeps when it stops: a test that stops a cluster and starts it
     * again over the same data. {@link #close()} stops it.
     */
    public static OpenSearchTestNode start(Path directory, int port) {
        return start(directory, port, true);
    }

    private static OpenSearchTestNode start() {
        try {
            return start(Files.createTempDirectory("iwpr-opensearch-"), freePort(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch test node could not start", e);
        }
    }

    private static OpenSearchTestNode start(Path directory, int port, boolean keep) {
        try {
            Path log = Files.createTempFile("iwpr-opensearch-", ".log");
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            // the tests' node serves every test context of a build, so it has room to spare; a benchmark's needs more
            // (-Diwpr.opensearch.heap=4g)
            String heap = System.getProperty("iwpr.opensearch.heap", "1g");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms" + heap, "-Xmx" + heap, "-Xshare:off",
                    "-cp", classPath(), NodeMain.class.getName(), directory.toString(), String.valueOf(port),
                    keep ? "keep" : "delete"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process process = builder.start();
            URI uri = URI.create("http://127.0.0.1:" + port);
            OpenSearchTestNode node = new OpenSearchTestNode(process, uri, log);
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "opensearch-test-node-stop"));
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch test node could not start", e);
        }
    }

    /** This module's classes and the runner's dependencies, as the build listed them. */
    private static String classPath() throws IOException {
        String resource = "org/iwprarchive/opensearch/node.classpath";
        URL listed = OpenSearchTestNode.class.getClassLoader().getResource(resource);
        if (listed == null) {
            throw new IllegalStateException(resource + " is missing: build the opensearch-node module first");
        }
        String root;
        String address = listed.toString();
        if (address.startsWith("jar:")) {
            root = Paths.get(URI.create(address.substring(4, address.indexOf("!/")))).toString();
        } else {
            Path file = Paths.get(URI.create(address));
            root = file.getParent().getParent().getParent().getParent().toString();
        }
        try (InputStream in = listed.openStream()) {
            return root + java.io.File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private void awaitHealthy() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the OpenSearch test node stopped while starting:\n" + logTail());
            }
            if (healthy()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the OpenSearch test node started", e);
            }
        }
        stop();
        throw new IllegalStateException("the OpenSearch test node did not start within " + START_TIMEOUT + ":\n"
                + logTail());
    }

    private boolean healthy() {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.resolve("/_cluster/health?wait_for_status=yellow"
                    + "&timeout=1s").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops a node of the caller's own (the shared one stops when the JVM ends). */
    @Override
    public void close() {
        stop();
    }

    /** A free port, for a node to start on and start again on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ends the node's input, which stops it; forces it after a while. */
    private void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
