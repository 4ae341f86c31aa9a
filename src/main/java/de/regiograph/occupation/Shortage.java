package de.regiograph.occupation;

/** An occupation in short supply in a district in a year (severity on the BA scale 0.0-3.0). */
record Shortage(Occupation occupation, int year, double severity) {}
