package de.regiograph.strategy;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;

/**
 * What a workshop decided about one measure: at workshop 2 it was agreed (no assessment), at
 * workshop 3 it was evaluated (assessment required, notes optional).
 */
public record WorkshopOutcome(String workshopId, String measureId, Assessment assessment, String notes) {

    public WorkshopOutcome checked(String argument) {
        return new WorkshopOutcome(
                Keys.ID.check(argument + ".workshopId", workshopId),
                Keys.ID.check(argument + ".measureId", measureId),
                assessment,
                Text.optional(argument + ".notes", notes, 4000));
    }

    public void addReferences(String argument, References references) {
        references
                .add(argument + ".workshopId", NodeType.WORKSHOP, workshopId)
                .add(argument + ".measureId", NodeType.MEASURE, measureId);
    }
}
