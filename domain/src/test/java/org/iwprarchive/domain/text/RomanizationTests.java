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
}
