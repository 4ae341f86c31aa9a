package de.regiograph.system;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The number of Cypher statements of a request does not grow with the number of list elements. */
class StatementCountIT extends IntegrationTest {

    static final String NESTED = """
            query($first: Int, $filter: DistrictFilter) {
              districts(first: $first, filter: $filter) {
                totalCount
                edges { node {
                  ags name state { name }
                  neighbours { ags }
                  shortages { occupation { code parent { code } } }
                  actors { id memberships { role network { id } } }
                  networks { id members { role actor { id district { ags } } } focusOccupations { code } }
                  goodPractices { id strategies { name } targetGroups { name } carriers { id } }
                } }
              }
            }""";

    @Autowired
    MeterRegistry meters;

    @Test
    void nestedQueryOverAllDistrictsUsesAsManyStatementsAsOverOne() {
        long oneDistrict = statements(1, Map.of("name", "Vogelsbergkreis"));
        long allDistricts = statements(500, null);
        assertThat(count("MATCH (d:District) RETURN count(d)")).isGreaterThanOrEqualTo(26);
        assertThat(allDistricts).isEqualTo(oneDistrict);
        // one per list level of the document: districts and the 14 nested fields that reach the database
        assertThat(allDistricts).isEqualTo(15);
    }

    private long statements(int first, Map<String, Object> filter) {
        var counter = meters.counter("regiograph.cypher.statements");
        double before = counter.count();
        graphQl.document(NESTED)
                .variable("first", first)
                .variable("filter", filter)
                .execute()
                .errors()
                .verify();
        return Math.round(counter.count() - before);
    }
}
