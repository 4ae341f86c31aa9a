package de.regiograph.district;

import static de.regiograph.system.Values.*;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import org.neo4j.driver.types.MapAccessor;

/** A Kreis or kreisfreie Stadt, keyed by its AGS. */
public record District(
        String ags,
        String name,
        String nameOfficial,
        String stateCode,
        DistrictType type,
        Integer bbsrType,
        String bbsrTypeName,
        Integer population,
        Double areaKm2,
        Double lat,
        Double lon,
        boolean current,
        boolean illustrative) {

    /** Cypher map projection of district {@code n} that {@link #of} reads. */
    public static final String PROJECTION = "n {.*, stateCode: [(n)-[:IN_STATE]->(s) | s.code][0]}";

    public static District of(MapAccessor m) {
        return new District(
                text(m, "ags"),
                text(m, "name"),
                text(m, "nameOfficial"),
                text(m, "stateCode"),
                constant(m, "type", DistrictType.class),
                integer(m, "bbsrType"),
                text(m, "bbsrTypeName"),
                integer(m, "population"),
                decimal(m, "areaKm2"),
                decimal(m, "lat"),
                decimal(m, "lon"),
                flag(m, "current", true),
                flag(m, "illustrative", false));
    }

    /** The district with its fields checked and trimmed; errors name {@code argument.field}. */
    public District checked(String argument) {
        var d = this;
        if (d.bbsrType() != null && (d.bbsrType() < 1 || d.bbsrType() > 4)) {
            throw new InvalidArgumentException(argument + ".bbsrType", "must be 1 to 4, was " + d.bbsrType());
        }
        if (d.population() != null && d.population() < 0) {
            throw new InvalidArgumentException(argument + ".population", "must not be negative");
        }
        if (d.areaKm2() != null && d.areaKm2() < 0) {
            throw new InvalidArgumentException(argument + ".areaKm2", "must not be negative");
        }
        if (d.lat() != null && (d.lat() < -90 || d.lat() > 90)) {
            throw new InvalidArgumentException(argument + ".lat", "must be between -90 and 90");
        }
        if (d.lon() != null && (d.lon() < -180 || d.lon() > 180)) {
            throw new InvalidArgumentException(argument + ".lon", "must be between -180 and 180");
        }
        if (d.type() == null) {
            throw new InvalidArgumentException(argument + ".type", "is required");
        }
        return new District(
                Keys.AGS.check(argument + ".ags", d.ags()),
                Text.required(argument + ".name", d.name(), 200),
                Text.optional(argument + ".nameOfficial", d.nameOfficial(), 200),
                Keys.STATE_CODE.check(argument + ".stateCode", d.stateCode()),
                d.type(),
                d.bbsrType(),
                Text.optional(argument + ".bbsrTypeName", d.bbsrTypeName(), 100),
                d.population(),
                d.areaKm2(),
                d.lat(),
                d.lon(),
                d.current(),
                d.illustrative());
    }

    /** The keys this district refers to, for checking before it is written. */
    public void addReferences(String argument, References references) {
        references.add(argument + ".stateCode", NodeType.STATE, stateCode);
    }
}
