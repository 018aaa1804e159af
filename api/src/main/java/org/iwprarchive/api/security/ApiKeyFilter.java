package org.iwprarchive.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.iwprarchive.api.dispatch.FirstPassFilter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Authenticates a request that presents the right API key. A wrong key is remembered on the request, so that a
 * write refused for it answers 403 rather than 401; reads are public and work with any key or none.
 */
final class ApiKeyFilter extends FirstPassFilter {

    static final String WRONG_KEY = ApiKeyFilter.class.getName() + ".wrongKey";
    static final String WRITER = "ROLE_WRITER";

    private final ApiKey key;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyFilter(ApiKey key) {
        this.key = key;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(ApiKey.HEADER);
        if (presented != null) {
            if (key.matches(presented)) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new KeyHolder());
                contexts.setContext(context);
            } else {
                request.setAttribute(WRONG_KEY, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    /** Whoever holds the key: one client role, no user accounts. */
    private static final class KeyHolder extends AbstractAuthenticationToken {

        KeyHolder() {
            super(List.of(new SimpleGrantedAuthority(WRITER)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "api-key";
        }
    }
}
