package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTests {

    private final Gazetteer gazetteer = Gazetteer.iwpr();

    /** A tag named in any of the languages IWPR writes its places in finds the one place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Armenia,                 europe-eurasia/caucasus/armenia
            Армения,                 europe-eurasia/caucasus/armenia
            Вірменія,                europe-eurasia/caucasus/armenia
            Нагірний Карабах,        europe-eurasia/caucasus/nagorny-karabakh
            Нагорный Карабах,        europe-eurasia/caucasus/nagorny-karabakh
            Білорусь,                europe-eurasia/eastern-europe/belarus
            Центральна Азія,         europe-eurasia/central-asia
            Близький Схід і Північна Африка, middle-east-north-africa
            سوريا,                   middle-east-north-africa/syria
            سورية,                   middle-east-north-africa/syria
            العراق,                  middle-east-north-africa/iraq
            افغانستان,               asia/afghanistan
            Kosovë,                  europe-eurasia/balkans/kosovo
            Bosna i Hercegovina,     europe-eurasia/balkans/bosnia-and-herzegovina
            Crna Gora,               europe-eurasia/balkans/montenegro
            """)
    void findsAPlaceByItsNameInAnyOfItsEditionsLanguages(String name, String path) {
        assertThat(gazetteer.byName(name)).map(ParsedLocation::url).hasValue("/global-voices/" + path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Крим", "Атлантида", "اليمن"})
    void findsNoPlaceItDoesNotList(String name) {
        assertThat(gazetteer.byName(name)).isEmpty();
    }
}
