package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that start a request body and stall hold connections, not the threads other clients need; each is
 * answered 408 once its time to send the body is up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iwpr.example-data.enabled=false",
        "iwpr.request-limits.body-timeout=3s"})
class SlowClientsIT {

    /** More than the container's 200 request threads. */
    private static final int STALLED = 250;

    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Test
    void answersOtherClientsWhileStalledUploadsAreOpenAndEndsThemWith408() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("localhost", port);
                socket.getOutputStream().write(("POST /api/ingest/page?url=https://iwpr.net/global-voices/stalled-" + i
                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n"
                        + (i % 2 == 0 ? TestApiKey.HEADER + ": " + TestApiKey.VALUE + "\r\n" : "")
                        + "\r\n<html><body>").getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }

            long asked = System.nanoTime();
            HttpResponse<String> other = api.get("/api/articles?size=1");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));

            Socket first = stalled.get(0);
            first.setSoTimeout(10_000);
            InputStream answer = first.getInputStream();
            String status = new String(answer.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 408");
            assertThat(new String(answer.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("/problems/body-timeout").containsIgnoringCase("connection: close");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        assertThat(api.get("/api/articles?size=1").statusCode()).isEqualTo(200);
    }
}
