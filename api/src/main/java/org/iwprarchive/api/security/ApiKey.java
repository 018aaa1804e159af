package org.iwprarchive.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that unlocks writes. Compared in constant time over SHA-256 digests, so neither the content nor the
 * length of the key leaks through timing. The key itself is never logged, except the one a start-up without a
 * configured key generates, which is printed once so that the operator can use it.
 */
final class ApiKey {

    static final String HEADER = "X-API-Key";
    static final int MIN_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(ApiKey.class);

    private final byte[] digest;

    private ApiKey(String key) {
        this.digest = sha256(key);
    }

    static ApiKey configuredOrGenerated(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("iwpr.security.api-key is shorter than " + MIN_LENGTH
                        + " characters; choose a longer, random key");
            }
            return new ApiKey(configured.strip());
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("""

                No API key is configured (iwpr.security.api-key / IWPR_SECURITY_API_KEY), so writes and admin \
                actions need this key, generated for this run only:

                    {}: {}
                """, HEADER, generated);
        return new ApiKey(generated);
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
