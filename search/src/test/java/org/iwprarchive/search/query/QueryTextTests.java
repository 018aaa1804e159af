package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iwprarchive.search.query.QueryText.Occur;
import org.iwprarchive.search.query.QueryText.Scoped;
import org.junit.jupiter.api.Test;

/** The query language as the parser reads it, without an index. */
class QueryTextTests {

    @Test
    void keepsFreeTextInTheSimpleQuerySyntax() {
        QueryText text = QueryText.parse("nato \"drug trafficking\" heroi* narcotcs~");

        assertThat(text.general()).isEqualTo("nato \"drug trafficking\" heroi* narcotcs~");
        assertThat(text.scoped()).isEmpty();
    }

    @Test
    void readsTheWordOperatorsAsTheirSigns() {
        assertThat(QueryText.parse("nato AND taliban").general()).isEqualTo("nato +taliban");
        assertThat(QueryText.parse("nato OR taliban").general()).isEqualTo("nato | taliban");
        assertThat(QueryText.parse("nato NOT taliban").general()).isEqualTo("nato -taliban");
        assertThat(QueryText.parse("AND OR").general()).isEmpty();
    }

    @Test
    void takesFieldScopedTermsApartWithWhetherTheyMustOrMustNotMatch() {
        QueryText text = QueryText.parse("earthquake title:nato -body:\"drug trade\" +Author:saule");

        assertThat(text.general()).isEqualTo("earthquake");
        assertThat(text.scoped()).containsExactly(
                new Scoped("title", "nato", Occur.MUST),
                new Scoped("body", "\"drug trade\"", Occur.MUST_NOT),
                new Scoped("author", "saule", Occur.MUST));
        // with the same text in the fields of the languages indexed apart
        assertThat(QueryText.FIELDS.get("body"))
                .containsExactly("bodyWords", "standfirstWords", "body_ar", "body_fa", "body_ru", "body_uk");
        assertThat(QueryText.FIELDS.get("title"))
                .containsExactly("titleWords", "title_ar", "title_fa", "title_ru", "title_uk");
    }

    @Test
    void leavesAddressesAlone() {
        assertThat(QueryText.parse("https://iwpr.net/x").scoped()).isEmpty();
    }

    @Test
    void saysWhereAQueryCannotBeRead() {
        assertThatThrownBy(() -> QueryText.parse("nato \"drug"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("the quotation mark at position 5 is never closed")
                .extracting(e -> ((InvalidQueryException) e).position()).isEqualTo(5);
        assertThatThrownBy(() -> QueryText.parse("(nato OR taliban"))
                .hasMessage("'(' at position 0 is never closed");
        assertThatThrownBy(() -> QueryText.parse("nato)")).hasMessage("')' at position 4 closes nothing");
        assertThatThrownBy(() -> QueryText.parse("nato place:uzbekistan"))
                .hasMessageStartingWith("unknown field 'place' at position 5; the fields are author, body, location");
        assertThatThrownBy(() -> QueryText.parse("title: nato")).hasMessage("'title:' at position 0 has no term");
    }

    @Test
    void quotesAndParenthesesInsidePhrasesAreText() {
        QueryText text = QueryText.parse("\"(not a group\" body:\"a ) b\"");

        assertThat(text.general()).isEqualTo("\"(not a group\"");
        assertThat(text.scoped()).extracting(Scoped::text).isEqualTo(List.of("\"a ) b\""));
    }
}
