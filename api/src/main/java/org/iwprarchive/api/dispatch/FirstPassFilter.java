package org.iwprarchive.api.dispatch;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that acts once on each request, on the dispatch where the request's work begins: its first one, or,
 * for a request whose body was read before anything else ran (the limits' body reader), the second one that
 * carries the body, the first having ended at that reader. Other async dispatches (a streamed export's) follow a
 * first one it acted on.
 */
public abstract class FirstPassFilter extends OncePerRequestFilter {

    /** The request attribute that holds a body read ahead; its presence marks the dispatch that carries it. */
    public static final String READ_BODY = "org.iwprarchive.api.readBody";

    /** Whether the work of {@code request} begins on this dispatch. */
    public static boolean firstPassOf(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ASYNC || request.getAttribute(READ_BODY) != null;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !firstPassOf(request);
    }
}
