package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scan that spares most paragraphs the search for a notice of rights answers as the search alone does, on text
 * made of the words, marks and cases that decide it.
 */
class RightsLineProperties {

    @Property(tries = 3000)
    void aNoticeOfRightsIsFoundWhereThePatternFindsIt(@ForAll("lines") String line) {
        assertThat(GenericLayout.isRightsLine(line)).isEqualTo(GenericLayout.RIGHTS_LINE.matcher(line).find());
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Copyright", "COPYRIGHT", "copyRight", "Copy right", "\u00a9", "(c)", "(C)", "( c)",
                        "All rights reserved", "ALL RIGHTS RESERVED", "all rights  reserved", "rights reserved",
                        "Rights", "reserved", "copy", "right", "IWPR", "the", "report", "\u017fright"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
                Arbitraries.of(" ", "  ", ".", ",", "\u00a0", "\n", "-", ""));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
