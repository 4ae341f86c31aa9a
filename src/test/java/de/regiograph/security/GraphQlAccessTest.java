package de.regiograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule table: which field needs which role, and which roles imply which. */
class GraphQlAccessTest {

    @Test
    void rootFieldsNeedTheRoleOfTheirKind() {
        assertThat(GraphQlAccess.required("Query", "districts")).isEqualTo(Role.READER);
        assertThat(GraphQlAccess.required("Query", "cypher")).isEqualTo(Role.RESEARCHER);
        assertThat(GraphQlAccess.required("Mutation", "upsertStrategyProcess")).isEqualTo(Role.EDITOR);
        assertThat(GraphQlAccess.required("Mutation", "link")).isEqualTo(Role.EDITOR);
        assertThat(GraphQlAccess.required("Mutation", "deleteWorkshop")).isEqualTo(Role.ADMIN);
        assertThat(GraphQlAccess.required("Mutation", "importCsv")).isEqualTo(Role.ADMIN);
        assertThat(GraphQlAccess.required("Actor", "contacts")).isEqualTo(Role.EDITOR);
        assertThat(GraphQlAccess.required("Actor", "name")).isNull();
    }

    @Test
    void adminHoldsEveryRoleEditorAndResearcherIncludeReaderOnly() {
        assertThat(Role.authorities(Set.of(Role.ADMIN)))
                .containsExactlyInAnyOrder("ROLE_READER", "ROLE_EDITOR", "ROLE_RESEARCHER", "ROLE_ADMIN");
        assertThat(Role.authorities(Set.of(Role.EDITOR))).containsExactlyInAnyOrder("ROLE_READER", "ROLE_EDITOR");
        assertThat(Role.authorities(Set.of(Role.RESEARCHER)))
                .containsExactlyInAnyOrder("ROLE_READER", "ROLE_RESEARCHER");
        assertThat(Role.authorities(Set.of(Role.READER))).containsExactly("ROLE_READER");
    }
}
