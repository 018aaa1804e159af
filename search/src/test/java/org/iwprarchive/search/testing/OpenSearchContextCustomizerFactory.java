package org.iwprarchive.search.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.iwprarchive.opensearch.OpenSearchTestNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a test context of a class marked {@link OnOpenSearch} at the shared OpenSearch test node, with an index
 * prefix of its own, so contexts never see each other's articles. Registered in META-INF/spring.factories.
 */
public class OpenSearchContextCustomizerFactory implements ContextCustomizerFactory {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return AnnotatedElementUtils.hasAnnotation(testClass, OnOpenSearch.class) ? new OpenSearchIndex() : null;
    }

    static final class OpenSearchIndex implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("iwpr-test-opensearch",
                    Map.of("iwpr.search.backend", "opensearch",
                            "iwpr.search.opensearch.uris", OpenSearchTestNode.shared().uri().toString(),
                            "iwpr.search.opensearch.index-prefix",
                            "test" + ProcessHandle.current().pid() + "-" + CONTEXTS.incrementAndGet() + "-",
                            // the shared node serves every context of the build: a slow answer on a busy machine
                            // is not what these tests are about, so it is not refused as too expensive
                            "iwpr.search.query-timeout", "30s")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OpenSearchIndex;
        }

        @Override
        public int hashCode() {
            return OpenSearchIndex.class.hashCode();
        }
    }
}
