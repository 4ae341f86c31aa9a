package de.regiograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.regiograph.graph.RelationshipType.Property;
import de.regiograph.system.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void symmetricRelationshipsAreStoredFromTheSmallerKey() {
        var link = Link.of("input", RelationshipType.BORDERS, "06535", "06435", Map.of());
        assertThat(link.from()).isEqualTo("06435");
        assertThat(link.to()).isEqualTo("06535");
        var directed = Link.of(
                "input",
                RelationshipType.COMMUTES_TO,
                "06535",
                "06435",
                Map.of(Property.YEAR, 2016, Property.COMMUTERS, 1200));
        assertThat(directed.from()).isEqualTo("06535");
    }

    @Test
    void propertiesMustFitTheType() {
        assertThatThrownBy(() ->
                        Link.of("line 3", RelationshipType.HAS_SHORTAGE, "06535", "813", Map.of(Property.YEAR, 2023)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("line 3.severity: is required for HAS_SHORTAGE");
        assertThatThrownBy(() -> Link.of(
                        "input",
                        RelationshipType.CARRIES,
                        "act-1",
                        "gp-1",
                        Map.of(Property.ROLE, MembershipRole.MEMBER)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("input.role: does not apply to CARRIES");
        assertThatThrownBy(() -> Link.of("input", RelationshipType.COOPERATES_WITH, "act-1", "act-1", Map.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("input.to: COOPERATES_WITH needs two different ends");
        assertThatThrownBy(() -> Link.of("input", RelationshipType.ACTIVE_IN, "net-1", "6535", Map.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("input.to: expected a 5-digit district key");
    }

    @Test
    void theRowCarriesEveryAllowedPropertySoThatLeftOutOnesAreCleared() {
        var row = Link.of(
                        "input",
                        RelationshipType.MEMBER_OF,
                        "act-1",
                        "net-1",
                        Map.of(Property.ROLE, MembershipRole.MEMBER))
                .row();
        assertThat(row.get("properties")).isEqualTo(new java.util.HashMap<>(Map.of("role", "MEMBER")) {
            {
                put("since", null);
                put("until", null);
            }
        });
    }
}
