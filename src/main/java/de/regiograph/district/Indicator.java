package de.regiograph.district;

import de.regiograph.system.Keys;
import de.regiograph.system.Text;

/** An indicator of the codebook: what a value means and in which unit. */
public record Indicator(String name, String label, String unit, String category, String inkarCode, String notes) {

    public Indicator checked(String argument) {
        return new Indicator(
                Keys.TERM.check(argument + ".variable", name),
                Text.optional(argument + ".label", label, 300),
                Text.optional(argument + ".unit", unit, 100),
                Text.optional(argument + ".category", category, 100),
                Text.optional(argument + ".inkar_code", inkarCode, 100),
                Text.optional(argument + ".notes", notes, 1000));
    }
}
