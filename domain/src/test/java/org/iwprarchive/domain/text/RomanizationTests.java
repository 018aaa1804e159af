package org.iwprarchive.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cyrillic names as IWPR's English reporting spells them; Latin text left as it is. */
class RomanizationTests {

    @Test
    void spellsTheRegionsNamesAsIwprDoes() {
        assertThat(Romanization.of("назарбаев токаев каримов жапаров ташкент джумаев чечня"))
                .isEqualTo("nazarbaev tokaev karimov zhaparov tashkent jumaev chechnya");
        assertThat(Romanization.of("мирзиёев щербаков хорог цхинвали объявил"))
                .isEqualTo("mirziyoev shcherbakov khorog tskhinvali obyavil");
        // Ukrainian, Kazakh and Tajik letters
        assertThat(Romanization.of("київ қазақстан ҷумъа")).isEqualTo("kiyiv kazakstan juma");
        assertThat(Romanization.of("karimov, 2005")).isEqualTo("karimov, 2005");
    }

    @Test
    void spellsUkrainianAsUkrainianDoes() {
        assertThat(Romanization.ukrainian("київ харків миколаїв запоріжжя зеленський гончаренко"))
                .isEqualTo("kyiv kharkiv mykolaiv zaporizhzhia zelenskyi honcharenko");
        // є, ї, й, ю, я begin a word otherwise than they go on in it
        assertThat(Romanization.ukrainian("євген юлія яготин їжак йосип, олексій")).isEqualTo(
                "yevhen yuliia yahotyn yizhak yosyp, oleksii");
        // the apostrophe, either form, is no letter of the name
        assertThat(Romanization.ukrainian("м'ясо обов\u2019язок")).isEqualTo("miaso oboviazok");
        // the language chooses the spelling; Russian keeps its own
        assertThat(Romanization.of("микола", "uk")).isEqualTo("mykola");
        assertThat(Romanization.of("николай", "ru")).isEqualTo("nikolay");
        assertThat(Romanization.ukrainian("o'brien, 2005")).isEqualTo("obrien, 2005");
    }
}
