package org.iwprarchive.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ApiKeyTests {

    @Test
    void aConfiguredKeyMatchesItselfOnlyAndIsNeverPrinted(CapturedOutput output) {
        ApiKey key = ApiKey.configuredOrGenerated("  a-configured-key-of-some-length ");

        assertThat(key.matches("a-configured-key-of-some-length")).isTrue();
        assertThat(key.matches("a-configured-key-of-some-lengtH")).isFalse();
        assertThat(key.matches("a-configured-key")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
        assertThat(output.getAll()).doesNotContain("a-configured-key-of-some-length");
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedAndPrintedOnce(CapturedOutput output) {
        ApiKey key = ApiKey.configuredOrGenerated("");

        Matcher printed = Pattern.compile("X-API-Key: ([A-Za-z0-9_-]{43})").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String generated = printed.group(1);
        assertThat(key.matches(generated)).isTrue();
        assertThat(printed.find()).isFalse();

        ApiKey another = ApiKey.configuredOrGenerated(null);
        assertThat(another.matches(generated)).isFalse();
    }

    @Test
    void aShortConfiguredKeyStopsTheStart() {
        assertThatThrownBy(() -> ApiKey.configuredOrGenerated("short-key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("iwpr.security.api-key is shorter than 16 characters; choose a longer, random key");
    }
}
