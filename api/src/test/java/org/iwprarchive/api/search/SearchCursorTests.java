package org.iwprarchive.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.search.query.SearchAfter;
import org.iwprarchive.search.query.SearchSort;

class SearchCursorTests {

    @Property(tries = 300)
    void aPositionReadsBackAsItWasGiven(@ForAll("dateOrders") SearchSort sort, @ForAll("days") LocalDate day,
                                        @ForAll @LongRange(min = 1) long id) {
        SearchAfter position = new SearchAfter(sort, day, id);
        String cursor = SearchCursor.encode(position);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.decode(cursor)).isEqualTo(position);
    }

    @Property(tries = 300)
    void junkIsRefusedNamingTheCursorAndNeverFailsOtherwise(@ForAll String junk) {
        // a token is ours when it decodes to a version-1 position; junk that happens to decode to one is a position
        try {
            assertThat(SearchCursor.decode(junk).id()).isPositive();
        } catch (InvalidRequestException e) {
            assertThat(e.parameter()).isEqualTo("cursor");
        }
    }

    @Property(tries = 50)
    void aTamperedTokenIsRefused(@ForAll("tampered") String plain) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(cursor)).isInstanceOf(InvalidRequestException.class);
    }

    @Provide
    Arbitrary<SearchSort> dateOrders() {
        return Arbitraries.of(SearchSort.NEWEST, SearchSort.OLDEST);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> tampered() {
        return Arbitraries.of("2|newest|2002-12-06|5", "1|relevance|2002-12-06|5", "1|newest|2002-13-06|5",
                "1|newest|2002-12-06|-5", "1|newest|2002-12-06|0", "1|newest|2002-12-06", "1|sideways||5",
                "1|newest||5|extra", "1|newest||x");
    }
}
