package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateLinesTests {

    @Test
    void readsTheDateFormsIwprPrints() {
        assertThat(DateLines.written("Monday, 21 February, 2005")).contains(LocalDate.of(2005, 2, 21));
        assertThat(DateLines.written("21 February 2005")).contains(LocalDate.of(2005, 2, 21));
        assertThat(DateLines.written("February 21, 2005")).contains(LocalDate.of(2005, 2, 21));
        assertThat(DateLines.written("Published on Friday, 6 December, 2002 in London")).contains(LocalDate.of(2002, 12, 6));
        assertThat(DateLines.iso("2002-12-06T12:00:00+00:00")).contains(LocalDate.of(2002, 12, 6));
        assertThat(DateLines.iso("2012-05-14")).contains(LocalDate.of(2012, 5, 14));
    }

    @Test
    void refusesImpossibleDatesAndTellsDateLinesFromSentences() {
        assertThat(DateLines.written("31 February 2005")).isEmpty();
        assertThat(DateLines.iso("not a date")).isEmpty();
        assertThat(DateLines.isDateLine("Monday, 21 February, 2005")).isTrue();
        assertThat(DateLines.isDateLine("The vote on 21 February 2005 was marred by fraud.")).isFalse();
    }
}
