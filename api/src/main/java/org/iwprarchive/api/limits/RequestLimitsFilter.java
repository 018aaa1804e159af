package org.iwprarchive.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.iwprarchive.api.dispatch.FirstPassFilter;
import org.iwprarchive.api.problem.BodyTooLargeException;
import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Bounds what a request may send before any work is done on it: the length of the query string (414), its
 * parameters readable as text (400), and the size of a JSON body (413), whether the body announces its length or
 * arrives in chunks.
 */
final class RequestLimitsFilter extends FirstPassFilter {

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
        String unreadable = query == null ? null : unreadableParameter(query);
        if (unreadable != null) {
            problems.write(response, HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                    unreadable + ".");
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

    /**
     * Why the query string cannot be read as parameters, or null when it can: every name and value must be valid
     * UTF-8 once percent-decoded, and none may hold U+0000, which no text field of the archive can (PostgreSQL
     * refuses it in text). The servlet container would drop such a parameter silently, or pass it on to fail later.
     */
    static String unreadableParameter(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            try {
                String name = decode(rawName);
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
                    return "The parameter '" + printable(name) + "' holds a NUL character (%00), which no field of "
                            + "the archive can hold";
                }
            } catch (CharacterCodingException e) {
                return "The parameter '" + printable(rawName) + "' is not percent-encoded UTF-8: its bytes are not "
                        + "UTF-8 text";
            } catch (IllegalArgumentException e) {
                return "The parameter '" + printable(rawName) + "' is not percent-encoded UTF-8: " + e.getMessage();
            }
        }
        return null;
    }

    private static String decode(String encoded) throws CharacterCodingException {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("'%' at the end is not an escape");
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("'%" + encoded.charAt(i + 1) + encoded.charAt(i + 2)
                            + "' is not an escape");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c == '+') {
                bytes.put((byte) ' ');
            } else {
                // the container gives an unescaped byte of the query string as the ISO-8859-1 character of it
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[^\\p{Alnum}._-]", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
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
