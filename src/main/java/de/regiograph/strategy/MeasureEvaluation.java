package de.regiograph.strategy;

import static de.regiograph.system.Values.constant;
import static de.regiograph.system.Values.text;

import org.neo4j.driver.types.MapAccessor;

/** The assessment of a measure at workshop 3. */
record MeasureEvaluation(Measure measure, Assessment assessment, String notes) {

    /** Cypher map of evaluation {@code r} of measure {@code n}. */
    static final String PROJECTION = "{measure: " + Measure.PROJECTION + ", assessment: r.assessment, notes: r.notes}";

    static MeasureEvaluation of(MapAccessor m) {
        return new MeasureEvaluation(
                Measure.of(m.get("measure")), constant(m, "assessment", Assessment.class), text(m, "notes"));
    }
}
