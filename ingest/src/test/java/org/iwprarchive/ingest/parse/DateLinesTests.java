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
    void readsADateOfDigitsInsideALineAndAPermalinksDate() {
        assertThat(DateLines.numericIn("Submitted by webeditor on Thu, 07/14/2016 - 10:32"))
                .contains(LocalDate.of(2016, 7, 14));
        assertThat(DateLines.numericIn("Version 2.10.1 of the rules, 2016")).isEmpty();
        // Drupal's medium format is month first even when the day could be a month; digits alone stay day first
        assertThat(DateLines.numericIn("Created 05/06/2014 - 09:15")).contains(LocalDate.of(2014, 5, 6));
        assertThat(DateLines.numericIn("Updated 05/06/2014")).contains(LocalDate.of(2014, 6, 5));
        assertThat(DateLines.inPath("https://iwpr.net/syria-stories/2011/06/14/refugees-find-work"))
                .contains(LocalDate.of(2011, 6, 14));
        assertThat(DateLines.inPath("https://iwpr.net/global-voices/2011-report")).isEmpty();
    }

    @Test
    void readsTheRussianAndUkrainianEditionsDates() {
        assertThat(DateLines.written("Автор: Алмаз Исмаилов | 12 марта 2008 г.")).contains(LocalDate.of(2008, 3, 12));
        assertThat(DateLines.written("3 Березня 2022 року")).contains(LocalDate.of(2022, 3, 3));
        assertThat(DateLines.isDateLine("12 марта 2008 г.")).isTrue();
        assertThat(DateLines.isDateLine("3 березня 2022 року")).isTrue();
        assertThat(DateLines.isDateLine("12 марта 2008 г. в Бишкеке прошёл митинг")).isFalse();
    }

    @Test
    void readsIssueReferenceDatesWithTwoDigitYearsAsOfTheArchivesCenturies() {
        assertThat(DateLines.written("RCA No. 134, 18-Jul-02")).contains(LocalDate.of(2002, 7, 18));
        assertThat(DateLines.written("(BCR No. 12, 3-Feb-99)")).contains(LocalDate.of(1999, 2, 3));
        assertThat(DateLines.written("05-Mar-2008")).contains(LocalDate.of(2008, 3, 5));
        assertThat(DateLines.written("30-Feb-08")).isEmpty();
        // with spaces, where nothing but punctuation follows: not "5 May 20 people"
        assertThat(DateLines.written("CRS Issue 88, 4 Nov 11")).contains(LocalDate.of(2011, 11, 4));
        assertThat(DateLines.written("On 5 May 20 people were hurt.")).isEmpty();
        // the Arabic edition's months, Levantine and Egyptian, in Arabic-Indic digits or ours
        assertThat(DateLines.written("\u0663 \u0622\u0630\u0627\u0631 \u0662\u0660\u0661\u0669"))
                .contains(LocalDate.of(2019, 3, 3));
        assertThat(DateLines.written("21 \u0623\u0643\u062a\u0648\u0628\u0631 2016")).contains(LocalDate.of(2016, 10, 21));
        // the Georgian and Armenian editions' months
        assertThat(DateLines.written("3 ოქტომბერი, 2017")).contains(LocalDate.of(2017, 10, 3));
        assertThat(DateLines.written("28 նոյեմբերի 2018")).contains(LocalDate.of(2018, 11, 28));
        // the Kyrgyz edition's nominative months after a hyphened day, the Uzbek and Kazakh editions' months
        assertThat(DateLines.written("7-октябрь, 2015-ж.")).contains(LocalDate.of(2015, 10, 7));
        assertThat(DateLines.isDateLine("7-октябрь, 2015-ж.")).isTrue();
        assertThat(DateLines.written("19 sentyabr 2020 yil")).contains(LocalDate.of(2020, 9, 19));
        assertThat(DateLines.written("3 желтоқсан 2019")).contains(LocalDate.of(2019, 12, 3));
        // the Tajik edition's months; a dateline with the place it was written from is a date line
        assertThat(DateLines.written("2 октябри 2017")).contains(LocalDate.of(2017, 10, 2));
        assertThat(DateLines.isDateLine("Kabul, 4 May 2010")).isTrue();
        assertThat(DateLines.isDateLine("Kabul was calm on 4 May 2010")).isFalse();
    }

    @Test
    void readsTheTurkicEditionsDatesWithTheYearFirst() {
        // Kyrgyz with the month in the possessive, Kazakh, Uzbek and Azerbaijani
        assertThat(DateLines.written("2015-жылдын 3-марты")).contains(LocalDate.of(2015, 3, 3));
        assertThat(DateLines.written("Бишкек, 2016-жылы 28-декабры")).contains(LocalDate.of(2016, 12, 28));
        assertThat(DateLines.written("2019 жылғы 21 қараша")).contains(LocalDate.of(2019, 11, 21));
        assertThat(DateLines.written("2012-yil 5-dekabr")).contains(LocalDate.of(2012, 12, 5));
        assertThat(DateLines.written("2011-ci il 9 fevral")).contains(LocalDate.of(2011, 2, 9));
        // a day the month does not have, and a year followed by a count of people, are no dates
        assertThat(DateLines.written("2015-жылдын 31-июну")).isEmpty();
        assertThat(DateLines.written("2015-жылы 12 адам каза болду")).isEmpty();
    }

    @Test
    void readsADateOfDigitsClosedByThePointBcsWritesAfterAYear() {
        assertThat(DateLines.numericIn("14.03.2012. 10:45")).contains(LocalDate.of(2012, 3, 14));
        assertThat(DateLines.numericIn("Objavljeno 5.11.2009.")).contains(LocalDate.of(2009, 11, 5));
        assertThat(DateLines.numericIn("verzija 3.4.2012.5")).isEmpty();
    }

    @Test
    void readsAnEnglishOrdinalDayAndAYearFirstDateLine() {
        assertThat(DateLines.written("Tuesday 3rd June 2014")).contains(LocalDate.of(2014, 6, 3));
        assertThat(DateLines.written("on the 21st of June")).isEmpty();
        assertThat(DateLines.isDateLine("2019 жылғы 21 қараша")).isTrue();
        assertThat(DateLines.isDateLine("2015-yil 12-mart kuni majlis bo'ldi")).isFalse();
    }

    @Test
    void tellsADateLineOfDigitsFromDigitsInASentence() {
        assertThat(DateLines.isDateLine("12.03.2008")).isTrue();
        assertThat(DateLines.isDateLine("12.03.2008 г.")).isTrue();
        assertThat(DateLines.isDateLine("12.03.2008 в Бишкеке прошёл митинг")).isFalse();
        assertThat(DateLines.isDateLine("31.02.2008")).isFalse();
    }

    @Test
    void readsADateOfDigitsWithTheYearFirstInAnyDigits() {
        assertThat(DateLines.numericIn("\u0662\u0660\u0661\u0665/\u0660\u0663/\u0661\u0664"))
                .contains(LocalDate.of(2015, 3, 14));
        assertThat(DateLines.numericIn("Updated 2019-11-05 08:00")).contains(LocalDate.of(2019, 11, 5));
        assertThat(DateLines.numericIn("2019/13/05")).isEmpty();
    }

    @Test
    void readsADateOfEightDigitsAsMetaTagsWriteIt() {
        assertThat(DateLines.compact("20080512")).contains(LocalDate.of(2008, 5, 12));
        assertThat(DateLines.compact(" 20111203143000 ")).contains(LocalDate.of(2011, 12, 3));
        assertThat(DateLines.compact("20081332")).isEmpty();
        assertThat(DateLines.compact("12345678")).isEmpty();
    }

    @Test
    void readsDatesOfDigitsDayFirstUnlessTheDayCannotBe() {
        assertThat(DateLines.numeric("14/06/2011")).contains(LocalDate.of(2011, 6, 14));
        assertThat(DateLines.numeric("04.06.2011")).contains(LocalDate.of(2011, 6, 4));
        assertThat(DateLines.numeric("06/14/2011")).contains(LocalDate.of(2011, 6, 14));
        assertThat(DateLines.numeric("31/31/2011")).isEmpty();
        assertThat(DateLines.numeric("Page 1/2/2011 of 3")).isEmpty();
    }

    @Test
    void refusesImpossibleDatesAndTellsDateLinesFromSentences() {
        assertThat(DateLines.written("31 February 2005")).isEmpty();
        assertThat(DateLines.iso("not a date")).isEmpty();
        assertThat(DateLines.isDateLine("Monday, 21 February, 2005")).isTrue();
        assertThat(DateLines.isDateLine("The vote on 21 February 2005 was marred by fraud.")).isFalse();
    }

    @Test
    void readsTheSpanishFrenchTurkmenAndAzerbaijaniEditionsDates() {
        assertThat(DateLines.written("3 de marzo de 2018")).contains(LocalDate.of(2018, 3, 3));
        assertThat(DateLines.written("Publicado el 21 de septiembre de 2019 en Caracas")).contains(LocalDate.of(2019, 9, 21));
        assertThat(DateLines.written("1er mai 2019")).contains(LocalDate.of(2019, 5, 1));
        assertThat(DateLines.written("17 août 2021")).contains(LocalDate.of(2021, 8, 17));
        assertThat(DateLines.written("12 maý 2017")).contains(LocalDate.of(2017, 5, 12));
        assertThat(DateLines.written("9 avqust 2015")).contains(LocalDate.of(2015, 8, 9));
        assertThat(DateLines.isDateLine("3 de marzo de 2018")).isTrue();
        assertThat(DateLines.isDateLine("17 août 2021")).isTrue();
    }

    @Test
    void readsTheBalkanAndAlbanianEditionsDatesAndTheSolarHijriCalendar() {
        assertThat(DateLines.written("Sarajevo, 14. septembar 2006.")).contains(LocalDate.of(2006, 9, 14));
        assertThat(DateLines.written("Zagreb, 3. prosinca 2001.")).contains(LocalDate.of(2001, 12, 3));
        assertThat(DateLines.written("21. јул 2008.")).contains(LocalDate.of(2008, 7, 21));
        assertThat(DateLines.written("2 nëntor 2011")).contains(LocalDate.of(2011, 11, 2));
        assertThat(DateLines.isDateLine("14. septembar 2006.")).isTrue();
        // Nowruz: the first of Hamal (Farvardin) 1400 was 21 March 2021; the solar months have 31 days, then 30
        assertThat(DateLines.written("۱ حمل ۱۴۰۰")).contains(LocalDate.of(2021, 3, 21));
        assertThat(DateLines.written("کابل، ۲۹ اسفند ۱۳۸۸")).contains(LocalDate.of(2010, 3, 20));
        // 1388 was a common year: its Esfand had 29 days; Mizan (Mehr) has 30
        assertThat(DateLines.written("۳۰ اسفند ۱۳۸۸")).isEmpty();
        assertThat(DateLines.written("31 میزان 1395")).isEmpty();
        assertThat(DateLines.written("12 تير 1437")).isEmpty();
    }

    @Test
    void readsThePashtoSolarMonthsAndTheKurdishEditionsDates() {
        // the first of Wray (Hamal) 1395 was 20 March 2016, a leap year's Nowruz
        assertThat(DateLines.written("۱ وری ۱۳۹۵")).contains(LocalDate.of(2016, 3, 20));
        assertThat(DateLines.written("کندهار، ۵ مرغومی ۱۳۸۹")).contains(LocalDate.of(2010, 12, 26));
        // Sorani: the genitive's "ی" after the day and the month
        assertThat(DateLines.written("٣ی تشرینی یەکەمی ٢٠٠٧")).contains(LocalDate.of(2007, 10, 3));
        assertThat(DateLines.written("21 حوزەیران 2009")).contains(LocalDate.of(2009, 6, 21));
    }

    @Test
    void readsTheMacedonianMonthsAndADateLineThatSaysItWasPublished() {
        assertThat(DateLines.written("Скопје, 3 октомври 2008")).contains(LocalDate.of(2008, 10, 3));
        assertThat(DateLines.isDateLine("Publié le 12 mars 2012")).isTrue();
        assertThat(DateLines.isDateLine("Published on 9 July 2010")).isTrue();
        assertThat(DateLines.isDateLine("Publié le rapport du 12 mars 2012 sur les prisons")).isFalse();
    }
}
