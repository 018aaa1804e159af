package org.iwprarchive.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.iwprarchive.domain.TextLimits;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AddressGuardTests {

    private final AddressGuard guard = new AddressGuard(properties(List.of("iwpr.net", "www.iwpr.net", "localhost"), false));

    @Test
    void acceptsTheSiteInAnyOfItsSpellings() {
        assertThat(guard.checkSyntax("https://iwpr.net/global-voices/x").getHost()).isEqualTo("iwpr.net");
        assertThat(guard.checkSyntax("http://WWW.IWPR.NET./global-voices/x").getHost()).isEqualTo("WWW.IWPR.NET.");
    }

    @Test
    void refusesOtherSchemesHostsAndCredentials() {
        assertThatThrownBy(() -> guard.checkSyntax("file:///etc/passwd"))
                .isInstanceOf(FetchRefusedException.class).hasMessage("'file:///etc/passwd' is not an http or https URL");
        assertThatThrownBy(() -> guard.checkSyntax("ftp://iwpr.net/x")).isInstanceOf(FetchRefusedException.class);
        assertThatThrownBy(() -> guard.checkSyntax("https://evil.example/global-voices/x"))
                .isInstanceOf(FetchRefusedException.class).hasMessageStartingWith("the host evil.example is not on the allow-list");
        assertThatThrownBy(() -> guard.checkSyntax("https://user:secret@iwpr.net/x"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("carries credentials");
        assertThatThrownBy(() -> guard.checkSyntax("not a url")).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void refusesAnAllowedHostThatResolvesToAnInternalAddress() {
        assertThatThrownBy(() -> guard.check("http://localhost/global-voices/x"))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("resolves to the internal address 127.0.0.1");
    }

    @Test
    void fetchesAllowedHostsOnTheStandardPortsOnlyUnlessTheListNamesAnother() {
        assertThat(guard.checkSyntax("https://iwpr.net:443/x").getPort()).isEqualTo(443);
        assertThat(guard.checkSyntax("http://iwpr.net:80/x").getPort()).isEqualTo(80);
        assertThatThrownBy(() -> guard.checkSyntax("https://iwpr.net:22/x"))
                .isInstanceOf(FetchRefusedException.class).hasMessageStartingWith("port 22 of iwpr.net is not fetched");

        AddressGuard mirror = new AddressGuard(properties(List.of("iwpr.net", "mirror.example:8080", "local.test:*"),
                false));
        assertThat(mirror.checkSyntax("http://mirror.example:8080/x").getPort()).isEqualTo(8080);
        assertThatThrownBy(() -> mirror.checkSyntax("http://mirror.example:8081/x"))
                .isInstanceOf(FetchRefusedException.class);
        assertThat(mirror.checkSyntax("http://local.test:34567/x").getHost()).isEqualTo("local.test");
        assertThatThrownBy(() -> mirror.checkSyntax("http://iwpr.net:8080/x")).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void refusesAnAddressLongerThanTheArchiveKeeps() {
        String longest = "https://iwpr.net/" + "a".repeat(TextLimits.URL - "https://iwpr.net/".length());
        assertThat(guard.checkSyntax(longest).toString()).hasSize(TextLimits.URL);
        assertThatThrownBy(() -> guard.checkSyntax(longest + "b"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("longer than the 2048 the archive keeps");
    }

    @Test
    void knowsWhichAddressesAreInternal() throws Exception {
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fd00::1", "fe80::1",
                "::ffff:127.0.0.1")) {
            assertThat(AddressGuard.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : List.of("93.184.216.34", "8.8.8.8", "2606:4700::6810:84e5")) {
            assertThat(AddressGuard.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }

    static FetchProperties properties(List<String> hosts, boolean allowPrivate) {
        return new FetchProperties("IWPR-Archive-Test/1.0", hosts, allowPrivate, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofSeconds(2), DataSize.ofKilobytes(64), 3, 3, Duration.ofMillis(10), Duration.ofMillis(200),
                true);
    }
}
