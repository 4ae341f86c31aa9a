package de.regiograph.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void everyWordMatchesItselfOrAsPrefix() {
        assertThat(SearchController.luceneQuery("  Pflege   Fulda "))
                .isEqualTo("(pflege OR pflege*) AND (fulda OR fulda*)");
    }

    @Test
    void operatorsAndSpecialCharactersAreEscaped() {
        assertThat(SearchController.luceneQuery("a:b OR (c)"))
                .isEqualTo("(a\\:b OR a\\:b*) AND (or OR or*) AND (\\(c\\) OR \\(c\\)*)");
    }
}
