package de.regiograph.practice;

/** Where a practice works: lokal, regional, überregional. */
public enum SpatialLevel {
    LOCAL,
    REGIONAL,
    SUPRA_REGIONAL
}
