package org.iwprarchive.domain.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkWritesTests {

    @Test
    void outsideBulkWorkEveryWriteWaitsForItsOwnIndexUpdate() {
        assertThat(BulkWrites.handOver(() -> { })).isFalse();
    }

    @Test
    void withinBulkWorkAWriteWaitsForTheOneBeforeAndTheWorkForTheLast() {
        List<String> awaited = new ArrayList<>();

        String result = BulkWrites.indexingOneBehind(() -> {
            assertThat(BulkWrites.handOver(() -> awaited.add("first"))).isTrue();
            assertThat(awaited).as("the first write's update is not waited for yet").isEmpty();
            assertThat(BulkWrites.handOver(() -> awaited.add("second"))).isTrue();
            assertThat(awaited).as("the second write waits for the first").containsExactly("first");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(awaited).as("the work returns once the last update is done").containsExactly("first", "second");
        assertThat(BulkWrites.handOver(() -> { })).as("and the window is closed").isFalse();
    }

    @Test
    void workThatFailsStillWaitsForItsLastUpdate() {
        List<String> awaited = new ArrayList<>();
        assertThatThrownBy(() -> BulkWrites.indexingOneBehind(() -> {
            BulkWrites.handOver(() -> awaited.add("stored before the failure"));
            throw new IllegalStateException("the file is damaged");
        })).hasMessage("the file is damaged");
        assertThat(awaited).containsExactly("stored before the failure");
    }
}
