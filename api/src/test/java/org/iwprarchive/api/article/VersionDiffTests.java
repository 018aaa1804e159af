package org.iwprarchive.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.iwprarchive.api.article.ArchiveReader.VersionDetail;
import org.iwprarchive.api.article.VersionDiff.Stretch;
import org.junit.jupiter.api.Test;

class VersionDiffTests {

    @Test
    void listsTheStretchesThatStayedAndThoseReplacedRemovedOrAddedInTextOrder() {
        VersionDetail earlier = version(1, "NATO Looks to Central Asia", List.of("One.", "Two.", "Three.", "Four."));
        VersionDetail later = version(2, "NATO Looks to Central Asia", List.of("One.", "Two, revised.", "Four.",
                "Five."));

        VersionDiff diff = VersionDiff.between(earlier, later);

        assertThat(diff.title()).isNull();
        assertThat(diff.paragraphs()).containsExactly(
                new Stretch("EQUAL", 0, 0, List.of("One."), List.of("One.")),
                new Stretch("CHANGE", 1, 1, List.of("Two.", "Three."), List.of("Two, revised.")),
                new Stretch("EQUAL", 3, 2, List.of("Four."), List.of("Four.")),
                new Stretch("INSERT", 4, 3, List.of(), List.of("Five.")));
        assertThat(diff.paragraphsChanged()).isEqualTo(3);
    }

    @Test
    void saysWhenTheTitleChangedAndComparesInEitherOrder() {
        VersionDetail earlier = version(1, "Old title", List.of("Same."));
        VersionDetail later = version(2, "New title", List.of("Same."));

        VersionDiff backwards = VersionDiff.between(later, earlier);

        assertThat(backwards.from()).isEqualTo(2);
        assertThat(backwards.title()).isEqualTo(new VersionDiff.Change("New title", "Old title"));
        assertThat(backwards.paragraphsChanged()).isZero();
    }

    private static VersionDetail version(int number, String title, List<String> paragraphs) {
        return new VersionDetail(7, number, title, null, paragraphs, null, "en", "hash" + number, Instant.EPOCH, null);
    }
}
