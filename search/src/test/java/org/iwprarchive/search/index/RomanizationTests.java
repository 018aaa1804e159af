package org.iwprarchive.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cyrillic names as IWPR's English reporting spells them; Latin text left as it is. */
class RomanizationTests {

    @Test
    void spellsTheRegionsNamesAsIwprDoes() {
        assertThat(RomanizationFilterFactory.romanize("назарбаев токаев каримов жапаров ташкент джумаев чечня"))
                .isEqualTo("nazarbaev tokaev karimov zhaparov tashkent jumaev chechnya");
        assertThat(RomanizationFilterFactory.romanize("мирзиёев щербаков хорог цхинвали объявил"))
                .isEqualTo("mirziyoev shcherbakov khorog tskhinvali obyavil");
        // Ukrainian, Kazakh and Tajik letters
        assertThat(RomanizationFilterFactory.romanize("київ қазақстан ҷумъа")).isEqualTo("kiyiv kazakstan juma");
        assertThat(RomanizationFilterFactory.romanize("karimov, 2005")).isEqualTo("karimov, 2005");
    }
}
