package org.iwprarchive.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.iwprarchive.api.dispatch.FirstPassFilter;
import org.iwprarchive.api.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A method an address does not take is answered 405 with {@code Allow}, before the API key is asked for: a
 * {@code POST /api/search} is a mistake of method, not of authority, and a 401 would send its sender looking for a
 * key that would not help.
 */
final class UnsupportedMethodFilter extends FirstPassFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final RequestMappingHandlerMapping mapping;
    private final ProblemResponses problems;

    UnsupportedMethodFilter(RequestMappingHandlerMapping mapping, ProblemResponses problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/")) {
            Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            ServletRequestPathUtils.parseAndCache(request);
            try {
                mapping.getHandler(request);
            } catch (HttpRequestMethodNotSupportedException e) {
                String allowed = e.getSupportedHttpMethods() == null ? "" : String.join(", ",
                        e.getSupportedHttpMethods().stream().map(Object::toString).toList());
                response.setHeader(HttpHeaders.ALLOW, allowed);
                problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                        request.getMethod() + " is not an operation of " + request.getRequestURI()
                                + (allowed.isEmpty() ? "." : "; it takes " + allowed + "."));
                return;
            } catch (Exception e) {
                // anything else (an unknown address, a body type it does not take) is for Spring MVC to answer
            } finally {
                if (parsed == null) {
                    ServletRequestPathUtils.clearParsedRequestPath(request);
                } else {
                    request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
