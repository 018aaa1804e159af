package org.iwprarchive.api;

/** The key the API tests configure (config/application.properties on the test class path). */
public final class TestApiKey {

    public static final String HEADER = "X-API-Key";
    public static final String VALUE = "test-key-of-the-api-tests-0123456789";

    private TestApiKey() {
    }
}
