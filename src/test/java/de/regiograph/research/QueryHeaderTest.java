package de.regiograph.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryHeaderTest {

    @Test
    void readsExampleLiteralsOverSeveralLinesAndColumnsWithDescriptions() {
        var header = QueryHeader.parse("""
                // Purpose.
                //
                // Parameters (example values):
                //   $ags      '06535'    the district
                //   $year     null       INKAR year; null = the latest
                //   $names    ['a', 'b',
                //              'c']
                //   $weights  {x: 0.5, y: 0.5}
                //   $first    10
                //
                // Columns: district (map of the other District), score, shared (list of {name,
                // value}), credits.

                MATCH (n) RETURN n
                """);
        assertThat(header.examples())
                .containsExactly(
                        entry("ags", "'06535'"),
                        entry("year", "null"),
                        entry("names", "['a', 'b',  'c']"),
                        entry("weights", "{x: 0.5, y: 0.5}"),
                        entry("first", "10"));
        assertThat(header.columns()).containsExactly("district", "score", "shared", "credits");
    }

    @Test
    void refusesAHeaderWithoutColumns() {
        assertThatThrownBy(() -> QueryHeader.parse("// Purpose.\nMATCH (n) RETURN n"))
                .hasMessageContaining("Columns:");
    }

    @Test
    void refusesAParameterWithoutExample() {
        assertThatThrownBy(() -> QueryHeader.parse("// Parameters:\n//   $ags\n//\n// Columns: n\nRETURN 1 AS n"))
                .hasMessageContaining("$ags has no example value");
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
