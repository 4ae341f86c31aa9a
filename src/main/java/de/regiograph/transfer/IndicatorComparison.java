package de.regiograph.transfer;

/** One INKAR indicator of the district and of the compared district, and their z-score distance. */
record IndicatorComparison(
        String indicator, String label, String unit, double value, double otherValue, double zDifference) {}
