package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class QueryBudgetTests {

    @Test
    void countsWordsPhraseWordsFuzzyTermsAndPrefixesButNotOperators() {
        QueryBudget budget = QueryBudget.of("nato AND \"drug trafficking\" | karimv~ -title:heroi* (uzbek OR tajik)");
        assertThat(budget).isEqualTo(new QueryBudget(7, 1, 1));
        assertThat(budget.weight()).isEqualTo(9);
        assertThat(QueryBudget.of("narcotics").weight()).isEqualTo(1);
    }

    @Test
    void refusesTooManyTermsOfEachKind() {
        assertThatThrownBy(() -> QueryText.parse(String.join(" ", Collections.nCopies(147, "word"))))
                .isInstanceOf(QueryTooExpensiveException.class).hasMessage("the query has 147 terms; at most 64 are "
                        + "searched at once");
        assertThatThrownBy(() -> QueryText.parse("nato~ karimov~ uzbek~"))
                .isInstanceOf(QueryTooExpensiveException.class).hasMessageContaining("3 fuzzy terms");
        assertThatThrownBy(() -> QueryText.parse(String.join(" ", Collections.nCopies(9, "narc*"))))
                .isInstanceOf(QueryTooExpensiveException.class).hasMessageContaining("9 prefix terms");
        assertThat(QueryText.parse("nato~ karimov~ heroi* narc*").general()).isEqualTo("nato~ karimov~ heroi* narc*");
    }

    @Test
    void refusesAPrefixTooShortToSearch() {
        assertThatThrownBy(() -> QueryText.parse("a*"))
                .isInstanceOf(QueryTooExpensiveException.class).hasMessageContaining("'a*' is too short");
        assertThatThrownBy(() -> QueryText.parse("body:ab*")).isInstanceOf(QueryTooExpensiveException.class);
        assertThat(QueryText.parse("abc*").general()).isEqualTo("abc*");
    }
}
