package de.regiograph.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

class CollaborationGraphsTest {

    @Test
    void recognisesAServerWithoutGds() {
        var procedure = new ClientException(
                "Neo.ClientError.Procedure.ProcedureNotFound",
                "There is no procedure with the name `gds.leiden.mutate` registered for this database instance.");
        var function = new ClientException(
                "Neo.ClientError.Statement.SyntaxError", "Unknown function 'gds.graph.project' (line 40, column 6)");
        assertThat(CollaborationGraphs.gdsMissing(new InvalidDataAccessResourceUsageException("wrapped", procedure)))
                .isTrue();
        assertThat(CollaborationGraphs.gdsMissing(new InvalidDataAccessResourceUsageException("wrapped", function)))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForAMissingPlugin() {
        var other = new ClientException(
                "Neo.ClientError.Procedure.ProcedureCallFailed",
                "Failed to invoke procedure `gds.leiden.mutate`: out of memory");
        assertThat(CollaborationGraphs.gdsMissing(new InvalidDataAccessResourceUsageException("wrapped", other)))
                .isFalse();
        assertThat(CollaborationGraphs.gdsMissing(new IllegalStateException("gds.x")))
                .isFalse();
    }
}
