package org.iwprarchive.api.dispatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.iwprarchive.api.InvalidRequestException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A query parameter an operation does not take is refused with a 400 that names it and the ones it takes, rather
 * than ignored: {@code /api/articles?q=water} lists every article as if it had looked for water, and a misspelt
 * filter ({@code locaton=}) filters nothing without a word.
 */
@Configuration(proxyBeanMethods = false)
class UnknownParameters implements WebMvcConfigurer {

    private static final String OWN_PACKAGE = "org.iwprarchive.api";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check());
    }

    private static final class Check implements HandlerInterceptor {

        private final Map<Method, Set<String>> taken = new ConcurrentHashMap<>();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            // the error page answers for a request that already failed: its parameters were not its own
            if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR
                    || !(handler instanceof HandlerMethod method) || request.getParameterMap().isEmpty()
                    || !method.getBeanType().getPackageName().startsWith(OWN_PACKAGE)) {
                return true;
            }
            Set<String> names = taken.computeIfAbsent(method.getMethod(), m -> parametersOf(method));
            Set<String> unknown = new TreeSet<>();
            for (String name : request.getParameterMap().keySet()) {
                if (!name.isEmpty() && !names.contains(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException(String.join(", ", unknown), (unknown.size() == 1 ? "is not a "
                        + "parameter" : "are not parameters") + " of this operation, which takes "
                        + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
            return true;
        }

        /** The query parameters a handler takes: its own, and the components of a record it binds them into. */
        private static Set<String> parametersOf(HandlerMethod method) {
            Set<String> names = new LinkedHashSet<>();
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                    names.add(name.isEmpty() ? parameter.getParameterName() : name);
                } else if (parameter.getParameterType().isRecord()
                        && !parameter.hasParameterAnnotation(RequestBody.class)
                        && !parameter.hasParameterAnnotation(PathVariable.class)) {
                    Arrays.stream(parameter.getParameterType().getRecordComponents()).map(RecordComponent::getName)
                            .forEach(names::add);
                }
            }
            return Collections.unmodifiableSet(new TreeSet<>(names));
        }
    }
}
