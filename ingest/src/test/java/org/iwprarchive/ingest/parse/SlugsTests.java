package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void spellsLatinAndCyrillicNamesAsIwprsAddressesDo() {
        assertThat(Slugs.of("Saule Mukhametrakhimova")).isEqualTo("saule-mukhametrakhimova");
        assertThat(Slugs.of("Zoë O’Brien & Sahakián")).isEqualTo("zoe-obrien-and-sahakian");
        assertThat(Slugs.of("Тимур Токтоналиев")).isEqualTo("timur-toktonaliev");
        assertThat(Slugs.of("Микола Гнатюк", "uk")).isEqualTo("mykola-hnatiuk");
    }

    @Test
    void givesNamesInOtherScriptsSlugsOfTheirOwnNotOneTheyAllShare() {
        assertThat(Slugs.of("سامر العبدالله")).isEqualTo("samr-albdallh");
        assertThat(Slugs.of("هيوا عثمان")).isEqualTo("hywa-thman");
        assertThat(Slugs.of("سوريا")).isNotEqualTo(Slugs.of("العراق"));
        assertThat(Slugs.of("თბილისი")).isEqualTo("tbilisi");
        assertThat(Slugs.of("Երևան")).isEqualTo("erevan");
        assertThat(Slugs.of("…")).isEqualTo("untitled");
    }

    @Test
    void tellsWhichTextsHaveAScriptTheServicesOwnRomanisationLeaves() {
        assertThat(Slugs.hasOtherScript("أحمد الحسن")).isTrue();
        assertThat(Slugs.hasOtherScript("Ahmad al-Hassan, Каримов 2024")).isFalse();
    }
}
