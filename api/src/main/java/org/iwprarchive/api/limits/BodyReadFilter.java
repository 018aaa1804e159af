package org.iwprarchive.api.limits;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.iwprarchive.api.dispatch.FirstPassFilter;
import org.iwprarchive.api.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's body before anything else runs, without a thread: the servlet container calls back as bytes
 * arrive (non-blocking I/O), and once the body is whole the request is dispatched again, with the body in
 * memory, to the filters and the controller. A client that starts a body and stalls, or sends it a byte at a
 * time, holds a connection, not one of the threads every other client needs; it is answered 408 when the body
 * has not arrived within {@code body-timeout}. Bodies in memory at once are bounded ({@code max-buffered-bodies});
 * past that a request is answered 503. A body announced as larger than any endpoint takes goes on unread, to be
 * refused with 413 by the endpoint's own limit.
 */
final class BodyReadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyReadFilter.class);
    private static final String BODY = FirstPassFilter.READ_BODY;
    private static final int CHUNK = 16 * 1024;

    private final ProblemResponses problems;
    private final long maxBody;
    private final long maxBuffered;
    private final long timeoutMillis;
    private final AtomicLong buffered = new AtomicLong();

    BodyReadFilter(RequestLimitsProperties limits, ProblemResponses problems) {
        this.problems = problems;
        this.maxBody = limits.maxBody().toBytes();
        this.maxBuffered = limits.maxBufferedBodies().toBytes();
        this.timeoutMillis = limits.bodyTimeout().toMillis();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object body = request.getAttribute(BODY);
            chain.doFilter(body instanceof byte[] bytes ? new ReadRequest(request, bytes) : request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader(HttpHeaders.TRANSFER_ENCODING));
        if ((announced <= 0 && !chunked) || announced > maxBody || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeoutMillis);
        Reading reading = new Reading(async, request, response, request.getInputStream());
        async.addListener(reading);
        request.getInputStream().setReadListener(reading);
    }

    /** One body on its way in; it ends once, whichever of done, too slow, too much or gone comes first. */
    private final class Reading implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean ended = new AtomicBoolean();
        private long held;

        Reading(AsyncContext async, HttpServletRequest request, HttpServletResponse response, ServletInputStream in) {
            this.async = async;
            this.request = request;
            this.response = response;
            this.in = in;
        }

        @Override
        public void onDataAvailable() throws IOException {
            byte[] chunk = new byte[CHUNK];
            while (!ended.get() && in.isReady()) {
                int n = in.read(chunk);
                if (n < 0) {
                    return;
                }
                // one byte past the largest body any endpoint takes is enough for that endpoint to refuse it
                int kept = (int) Math.max(0, Math.min(n, maxBody + 1 - body.size()));
                if (kept > 0) {
                    if (buffered.addAndGet(kept) > maxBuffered) {
                        buffered.addAndGet(-kept);
                        refuse(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Service busy",
                                "The service holds as many request bodies as it can at the moment; nothing was "
                                        + "changed. Send the request again shortly.", 5);
                        return;
                    }
                    held += kept;
                    body.write(chunk, 0, kept);
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (ended.compareAndSet(false, true)) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // the client went away or the connection broke: there is nobody to answer
            if (ended.compareAndSet(false, true)) {
                log.debug("A request body could not be read: {}", failure.toString());
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            refuse(HttpStatus.REQUEST_TIMEOUT, "body-timeout", "Request body too slow",
                    "The request body did not arrive within " + timeoutMillis / 1000 + " s; nothing was changed.",
                    0);
        }

        private void refuse(HttpStatus status, String type, String title, String detail, int retryAfter) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            try {
                // the rest of the body is not read: the connection ends with this answer
                response.setHeader(HttpHeaders.CONNECTION, "close");
                if (retryAfter > 0) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter));
                }
                problems.write(response, status, type, title, detail,
                        retryAfter > 0 ? Map.of("retryAfterSeconds", retryAfter) : Map.of());
            } catch (IOException e) {
                log.debug("Could not answer a request whose body was refused: {}", e.toString());
            } finally {
                async.complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            buffered.addAndGet(-held);
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** The request as the filters and controllers see it on the second dispatch: its body from memory. */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
