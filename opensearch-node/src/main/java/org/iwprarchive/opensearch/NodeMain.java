package org.iwprarchive.opensearch;

import java.io.IOException;
import java.io.InputStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * The child process: a single-node OpenSearch cluster in a directory, on an HTTP port, until its standard input
 * ends. The test JVM that started it holds the other end, so the node stops (and deletes its directory, unless told
 * to keep it) whether that JVM ends normally or is killed.
 */
public final class NodeMain {

    private NodeMain() {
    }

    /** @param args the node's directory, its HTTP port, and {@code keep} to keep the directory when it stops */
    public static void main(String[] args) throws IOException {
        String directory = args[0];
        int port = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        // the port the parent chose, not the runner's search from 9201 upwards
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("http.port", String.valueOf(port));
            settings.put("discovery.type", "single-node");
            // a test machine's disk may be fuller than a production node's watermarks allow
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        runner.build("-basePath", directory, "-numOfNode", "1", "-clusterName", "iwpr-test",
                "-baseHttpPort", String.valueOf(port - 1));
        System.out.println("iwpr-opensearch-node started on port " + port);
        System.out.flush();
        try (InputStream parent = System.in) {
            while (parent.read() >= 0) {
                // the parent never writes; reading only waits for the end
            }
        } finally {
            runner.close();
            if (!(args.length > 2 && "keep".equals(args[2]))) {
                runner.clean();
            }
        }
        System.exit(0);
    }
}
