package org.iwprarchive.domain.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotTests {

    private static final byte[] PAGE = "<html><title>NATO Looks to Central Asia</title></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void keepsTheBytesCompressedAndGivesThemBackUnchanged() {
        Snapshot snapshot = Snapshot.original(capture(PAGE));

        assertThat(snapshot.content()).isEqualTo(PAGE);
        assertThat(snapshot.getContentLength()).isEqualTo(PAGE.length);
        assertThat(snapshot.getSha256()).isEqualTo("428f2cb526ed8c624e85ada025de092f2d02f23301836216e76635f7ecbd859a");
        assertThat(snapshot.isRevisit()).isFalse();
    }

    @Test
    void aRevisitHoldsNoBytesOfItsOwnButReadsThoseOfTheOriginal() {
        Snapshot original = Snapshot.original(capture(PAGE));

        Snapshot revisit = Snapshot.revisit(capture(PAGE.clone()), original);

        assertThat(revisit.isRevisit()).isTrue();
        assertThat(revisit.content()).isEqualTo(PAGE);
    }

    @Test
    void refusesARevisitOfDifferentContent() {
        Snapshot original = Snapshot.original(capture(PAGE));

        assertThatThrownBy(() -> Snapshot.revisit(capture("changed".getBytes(StandardCharsets.UTF_8)), original))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheDigestAndCompressionWorkedOutBeforeAndOnlyThoseOfItsOwnBytes() {
        Snapshot prepared = Snapshot.original(capture(PAGE), PageBytes.of(PAGE.clone()));

        assertThat(prepared.content()).isEqualTo(PAGE);
        assertThat(prepared.getSha256()).isEqualTo(Snapshot.original(capture(PAGE)).getSha256());
        assertThatThrownBy(() -> Snapshot.original(capture(PAGE), PageBytes.of("another page".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class);
    }

    private static PageCapture capture(byte[] content) {
        return new PageCapture("https://iwpr.net/global-voices/nato-looks-central-asia", null,
                Instant.parse("2024-03-01T10:15:30Z"), 200, "text/html", content, SnapshotOrigin.FETCH, "\"v1\"",
                null, "gzip");
    }
}
