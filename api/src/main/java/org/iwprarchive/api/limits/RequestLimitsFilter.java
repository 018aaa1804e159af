package org.iwprarchive.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a request may send before any work is done on it: the length of the query string (414) and the
 * size of a JSON body (413), whether the body announces its length or arrives in chunks.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    private final RequestLimitsProperties limits;
    private final ProblemResponses problems;

    RequestLimitsFilter(RequestLimitsProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxQueryLength()) {
            problems.write(response, HttpStatus.URI_TOO_LONG, "query-too-long", "Query string too long",
                    "The query string has " + query.length() + " characters; at most " + limits.maxQueryLength()
                            + " are read.");
            return;
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.maxJsonBody().toBytes();
        if (request.getContentLengthLong() > max) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    "The JSON body has " + request.getContentLengthLong() + " bytes; at most " + max
                            + " are read.");
            return;
        }
        chain.doFilter(new BoundedRequest(request, max), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(type);
            return mediaType.isCompatibleWith(MediaType.APPLICATION_JSON) || mediaType.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A request whose body stream fails once it has given more than the limit. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream bounded;

        BoundedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream(), max);
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        BoundedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
