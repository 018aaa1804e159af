package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceNamesTests {

    @Test
    void mergesSpellingsOfOneNameButKeepsDifferentNamesApart() {
        assertThat(SourceNames.key("Nursultan Nazarbayev")).isEqualTo("nursultan nazarbaev");
        assertThat(SourceNames.key("Nursultan  Nazarbaev")).isEqualTo("nursultan nazarbaev");
        assertThat(SourceNames.key("Ilham Aliyev")).isEqualTo("ilham aliev");
        assertThat(SourceNames.key("George W. Bush")).isEqualTo("george w bush");
        assertThat(SourceNames.key("Eka Khoperiá")).isEqualTo("eka khoperia");
        assertThat(SourceNames.key("Kurmanbek Bakiyev")).isNotEqualTo(SourceNames.key("Kurmanbek Bakaev"));
        assertThat(SourceNames.key("Khasan")).isNotEqualTo(SourceNames.key("Hasan"));
    }
}
