package de.regiograph.district;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Statistics of one district in one year, by indicator name (INKAR codebook names such as
 * {@code unemployment_rate}, commuting totals such as {@code in_commuters}). A missing value is
 * absent, never zero.
 */
public record IndicatorValues(String ags, int year, Map<String, Double> values) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public String id() {
        return ags + ":" + year;
    }

    public IndicatorValues checked(String argument) {
        Keys.AGS.check(argument + ".ags", ags);
        if (year < 1900 || year > 2100) {
            throw new InvalidArgumentException(argument + ".year", "must be between 1900 and 2100, was " + year);
        }
        values.keySet().forEach(name -> {
            if (!NAME.matcher(name).matches() || name.equals("ags") || name.equals("year") || name.equals("id")) {
                throw new InvalidArgumentException(argument + "." + name, "is not a usable indicator name");
            }
        });
        return this;
    }

    public void addReferences(String argument, References references) {
        references.add(argument + ".ags", NodeType.DISTRICT, ags);
    }
}
